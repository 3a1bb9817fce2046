import type { IsoDate } from '../dates/iso-date.js';
import type { BemCaseInput } from '../model/bem-case.js';
import { checkedCase } from '../case/trusted-case.js';
import { parseInput } from '../model/input-error.js';
import { RetentionPolicy, retentionOf } from '../law/retention.js';

export { RetentionPolicy, type RetentionPolicyInput } from '../law/retention.js';

/**
 * The day the BEM file is due for deletion, or `null` while the case runs (the [privacy guide](../../docs/privacy.md)).
 *
 * - By default the file is kept **3 years after closure** (practice), then destroyed:
 *   closed 2025-06-30 → due 2028-06-30; closed 2024-02-29 → due 2027-02-28 (clamped).
 * - If the employee **declined** (also by silence after a reminder, `no-response`, unless the
 *   policy says otherwise) or **withdrew**, the file is due **at once** (the closing day).
 * - If the employee **revoked every consent to the BEM itself**, the file is due on the day of the
 *   last revocation, also while the case is still paused: without consent nothing may be kept
 *   (Art. 7 Abs. 3, Art. 17 Abs. 1 lit. b GDPR).
 *
 * In each case where the file is due at once, only the proof of a proper offer is kept
 * (`proofOfOffer` stays available).
 *
 * @param c the case (checked: it must follow from its own event log).
 * @param policy optional {@link RetentionPolicy}.
 * @throws BemInputError when `c` or `policy` is invalid, or (code `date-out-of-range`) when the
 *   period would end after 9999-12-31.
 * @see Art. 5 Abs. 1 lit. e GDPR (storage limitation)
 * @example
 * ```ts
 * retentionUntil(completedCase);                          //=> '2028-06-30' (closed 2025-06-30)
 * retentionUntil(completedCase, { yearsAfterClosure: 1 }); //=> '2026-06-30'
 * retentionUntil(declinedCase);                           //=> '2025-11-10' (the day it closed)
 * retentionUntil(revokedCase);                           //=> '2025-12-01' (the BEM consent revoked that day; paused)
 * retentionUntil(openCase);                               //=> null
 * ```
 */
export function retentionUntil(c: BemCaseInput, policy: RetentionPolicy = {}): IsoDate | null {
  const valid = checkedCase(c);
  return retentionOf(valid, parseInput(RetentionPolicy, policy, ['policy']))?.until ?? null;
}
