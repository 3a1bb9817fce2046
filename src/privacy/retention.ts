import { addMonths } from '../dates/arithmetic.js';
import type { IsoDate } from '../dates/iso-date.js';
import type { BemCase, BemCaseInput } from '../model/bem-case.js';
import { checkedCase } from '../case/trusted-case.js';
import { parseInput } from '../model/input-error.js';
import { RetentionPolicy } from './retention-policy.js';
import { GDPR_5_1_E, PRACTICE, cite } from '../law/citations.js';

/** The reference of the retention rules (the privacy guide). */
export const RETENTION_REFERENCE: string = cite(GDPR_5_1_E, PRACTICE);

export { RetentionPolicy } from './retention-policy.js';

/** When the BEM file is due and why: `atOnce` after a decline or a withdrawal. */
export interface Retention {
  readonly until: IsoDate;
  readonly atOnce: boolean;
}

/**
 * The retention of a validated case under a validated policy; `null` while the case is open.
 * Shared by {@link retentionUntil} and the audit.
 */
export function retentionOf(c: BemCase, policy: RetentionPolicy): Retention | null {
  if (c.closedOn === null) return null;
  if (deletedAtOnce(c, policy)) return { until: c.closedOn, atOnce: true };
  return { until: addMonths(c.closedOn, 12 * (policy.yearsAfterClosure ?? 3)), atOnce: false };
}

/** Declined, no answer (by policy), withdrawn, or every BEM consent revoked (the privacy guide). */
function deletedAtOnce(c: BemCase, policy: RetentionPolicy): boolean {
  if (c.outcome === 'declined' || c.outcome === 'withdrawn') return true;
  if (c.outcome === 'no-response') return policy.noResponseAsDecline ?? true;
  const bemConsents = c.consents.filter((consent) => consent.purpose === 'bem-procedure');
  return bemConsents.length > 0 && bemConsents.every((consent) => consent.revokedOn !== null);
}

/**
 * The day the BEM file is due for deletion, or `null` while the case is open (the privacy guide).
 *
 * - By default the file is kept **3 years after closure** (practice), then destroyed:
 *   closed 2025-06-30 → due 2028-06-30; closed 2024-02-29 → due 2027-02-28 (clamped).
 * - If the employee **declined** (also by silence after a reminder, `no-response`, unless the
 *   policy says otherwise), **withdrew**, or revoked every BEM consent, the file is due **at once**
 *   (the closing day); only the proof of a proper offer is kept (`proofOfOffer`).
 *
 * @param c the case (validated with the `BemCase` schema).
 * @param policy optional {@link RetentionPolicy}.
 * @throws BemInputError when `c` or `policy` is invalid, e.g. `policy.yearsAfterClosure: Expected int, received number`.
 * @see Art. 5 Abs. 1 lit. e GDPR (storage limitation)
 * @example
 * ```ts
 * retentionUntil(completedCase);                          //=> '2028-06-30' (closed 2025-06-30)
 * retentionUntil(completedCase, { yearsAfterClosure: 1 }); //=> '2026-06-30'
 * retentionUntil(declinedCase);                           //=> '2025-11-10' (the day it closed)
 * retentionUntil(openCase);                               //=> null
 * ```
 */
export function retentionUntil(c: BemCaseInput, policy: RetentionPolicy = {}): IsoDate | null {
  const valid = checkedCase(c);
  return retentionOf(valid, parseInput(RetentionPolicy, policy, ['policy']))?.until ?? null;
}
