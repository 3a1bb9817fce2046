import * as z from 'zod';
import { addMonthsToEpochDay } from '../dates/arithmetic.js';
import { fromEpochDay, MAX_EPOCH_DAY, OUT_OF_CALENDAR, toEpochDay } from '../dates/epoch-day.js';
import { inputError } from '../door/door.js';
import type { IsoDate } from '../dates/iso-date.js';
import { cite, GDPR_17_1_B, GDPR_5_1_E, GDPR_7_3, PRACTICE } from './citations.js';

/**
 * The source of the retention rules (the [privacy guide](../../docs/privacy.md)): storage limitation, and practice for
 * the periods, which no statute fixes.
 *
 * @example
 * ```ts
 * RETENTION_REFERENCE; //=> 'Art. 5 Abs. 1 lit. e GDPR; practice'
 * ```
 */
export const RETENTION_REFERENCE: string = cite(GDPR_5_1_E, PRACTICE);

/**
 * The source of deletion once every consent to the BEM was withdrawn: withdrawal ends the basis
 * of the processing, and the data are erased without undue delay.
 *
 * @example
 * ```ts
 * WITHDRAWN_CONSENT_REFERENCE; //=> 'Art. 7 Abs. 3 GDPR; Art. 17 Abs. 1 lit. b GDPR'
 * ```
 */
export const WITHDRAWN_CONSENT_REFERENCE: string = cite(GDPR_7_3, GDPR_17_1_B);

/**
 * How long a closed BEM file is kept (the [privacy guide](../../docs/privacy.md)). No statute fixes a period; these are
 * policy settings with the defaults of practice:
 *
 * - `yearsAfterClosure` (default 3): the BEM file is due for deletion this many years after the
 *   case was closed (the same calendar day, 29 Feb clamped to 28 Feb).
 * - `noResponseAsDecline` (default `true`): silence after a reminder is documented like a
 *   refusal (the [case-lifecycle guide](../../docs/case-lifecycle.md)), so the file is due at once, as after a decline.
 *
 * Once the employee has revoked every consent to the BEM itself, the file is due on the day of
 * the last revocation, whatever the policy and even while the case is only paused
 * (Art. 7 Abs. 3 and Art. 17 Abs. 1 lit. b GDPR).
 *
 * @example
 * ```ts
 * RetentionPolicy.parse({ yearsAfterClosure: 2 }).yearsAfterClosure; //=> 2
 * ```
 */
export const RetentionPolicy = z.strictObject({
  yearsAfterClosure: z.int().min(0).max(100).optional(),
  noResponseAsDecline: z.boolean().optional(),
});

export interface RetentionPolicy extends z.infer<typeof RetentionPolicy> {}

/**
 * RetentionPolicy as callers pass it in (dates as plain strings, checked on the way in); see the {@link RetentionPolicy}
 * schema.
 *
 * @example
 * ```ts
 * const check = (input: RetentionPolicyInput): RetentionPolicy => RetentionPolicy.parse(input);
 * ```
 */
export interface RetentionPolicyInput extends z.input<typeof RetentionPolicy> {}

/**
 * When the BEM file is due and why: `because` is `consent-revoked` (every BEM consent withdrawn:
 * due on the last revocation, open or closed), `declined` (a decline, no answer or a withdrawal:
 * due on the closing day) or `period` (the retention period after closure); `atOnce` for the first
 * two.
 *
 * @example
 * ```ts
 * const retention: Retention = { until: '2028-06-30', atOnce: false, because: 'period' };
 * ```
 */
export interface Retention {
  /** The day the file is due for deletion. */
  readonly until: IsoDate;
  /** Whether it is due at once (after a decline, a withdrawal or the revocation of every BEM consent). */
  readonly atOnce: boolean;
  /** Why it is due then. */
  readonly because: 'consent-revoked' | 'declined' | 'period';
}

/**
 * What the retention rule reads of a case: its closing day and outcome, and its consents.
 *
 * @example
 * ```ts
 * const facts: RetentionFacts = { closedOn: '2025-06-30', outcome: 'completed', consents: [] };
 * ```
 */
export interface RetentionFacts {
  readonly closedOn: IsoDate | null;
  readonly outcome: string | null;
  readonly consents: readonly { readonly purpose: string; readonly revokedOn: string | null }[];
}

/** The day the last BEM consent was revoked, when every one was (`null` while one holds or none was given). */
function bemConsentEndedOn(c: RetentionFacts): IsoDate | null {
  let last: string | null = null;
  for (const consent of c.consents) {
    if (consent.purpose !== 'bem-procedure') continue;
    if (consent.revokedOn === null) return null;
    if (last === null || consent.revokedOn > last) last = consent.revokedOn;
  }
  return last as IsoDate | null;
}

/**
 * The retention of a validated case under a validated policy; `null` while the case runs and a BEM
 * consent holds (or none was given yet).
 *
 * Shared by `retentionUntil`, the audit and the agenda. A retention period that would end after
 * 9999-12-31 is refused at `[...path, 'closedOn']` (the case's field that leads out of the
 * calendar), code `date-out-of-range`.
 *
 * @example
 * ```ts
 * retentionOf({ closedOn: '2025-06-30', outcome: 'completed', consents: [] }, {}); //=> { until: '2028-06-30', atOnce: false, because: 'period' }
 * retentionOf({ closedOn: null, outcome: null, consents: [{ purpose: 'bem-procedure', revokedOn: '2025-12-01' }] }, {});
 * //=> { until: '2025-12-01', atOnce: true, because: 'consent-revoked' }
 * ```
 */
export function retentionOf(c: RetentionFacts, policy: RetentionPolicy, path: readonly (string | number)[] = ['case']): Retention | null {
  const revokedOn = bemConsentEndedOn(c);
  if (revokedOn !== null) return { until: revokedOn, atOnce: true, because: 'consent-revoked' };
  if (c.closedOn === null) return null;
  const noAnswer = c.outcome === 'no-response' && (policy.noResponseAsDecline ?? true);
  if (c.outcome === 'declined' || c.outcome === 'withdrawn' || noAnswer) return { until: c.closedOn, atOnce: true, because: 'declined' };
  const years = policy.yearsAfterClosure ?? 3;
  const until = addMonthsToEpochDay(toEpochDay(c.closedOn), 12 * years);
  if (until > MAX_EPOCH_DAY) {
    const message = `The case was closed on ${c.closedOn}: its retention period of ${years} years would end after 9999-12-31, outside the calendar the library knows`;
    throw inputError([...path, 'closedOn'], message, OUT_OF_CALENDAR);
  }
  return { until: fromEpochDay(until), atOnce: false, because: 'period' };
}

/**
 * Why the file is due, in the words of the audit and the agenda.
 *
 * @example
 * ```ts
 * retentionReason({ until: '2028-06-30', atOnce: false, because: 'period' }); //=> 'at the end of the retention period'
 * ```
 */
export function retentionReason(retention: Retention): string {
  switch (retention.because) {
    case 'consent-revoked':
      return `on the day the employee revoked the last consent to the BEM: without consent nothing of it may be kept (${WITHDRAWN_CONSENT_REFERENCE}); keep only the proof of the offer`;
    case 'declined':
      return 'at once after the decline or withdrawal; keep only the proof of the offer';
    case 'period':
      return 'at the end of the retention period';
  }
}
