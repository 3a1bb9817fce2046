import * as z from 'zod';
import { addMonths } from '../dates/arithmetic.js';
import type { IsoDate } from '../dates/iso-date.js';
import { cite, GDPR_5_1_E, PRACTICE } from './citations.js';

/**
 * The source of the retention rules (the privacy guide): storage limitation, and practice for
 * the periods, which no statute fixes.
 *
 * @example
 * ```ts
 * RETENTION_REFERENCE; //=> 'Art. 5 Abs. 1 lit. e GDPR; practice'
 * ```
 */
export const RETENTION_REFERENCE: string = cite(GDPR_5_1_E, PRACTICE);

/**
 * How long a closed BEM file is kept (the privacy guide). No statute fixes a period; these are
 * policy settings with the defaults of practice:
 *
 * - `yearsAfterClosure` (default 3): the BEM file is due for deletion this many years after the
 *   case was closed (the same calendar day, 29 Feb clamped to 28 Feb).
 * - `noResponseAsDecline` (default `true`): silence after a reminder is documented like a
 *   refusal (the case-lifecycle guide), so the file is due at once, as after a decline.
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

/**
 * How long a closed BEM file is kept; see the {@link RetentionPolicy} schema.
 *
 * @example
 * ```ts
 * const policy: RetentionPolicy = { yearsAfterClosure: 3, noResponseAsDecline: true };
 * ```
 */
export type RetentionPolicy = z.infer<typeof RetentionPolicy>;

/**
 * When the BEM file is due and why: `atOnce` after a decline or a withdrawal.
 *
 * @example
 * ```ts
 * const retention: Retention = { until: '2028-06-30', atOnce: false };
 * ```
 */
export interface Retention {
  /** The day the file is due for deletion. */
  readonly until: IsoDate;
  /** Whether it is due on the closing day itself. */
  readonly atOnce: boolean;
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

/**
 * The retention of a validated case under a validated policy; `null` while the case is open.
 * Shared by `retentionUntil`, the audit and the agenda.
 *
 * @example
 * ```ts
 * retentionOf({ closedOn: '2025-06-30', outcome: 'completed', consents: [] }, {}); //=> { until: '2028-06-30', atOnce: false }
 * ```
 */
export function retentionOf(c: RetentionFacts, policy: RetentionPolicy): Retention | null {
  if (c.closedOn === null) return null;
  if (deletedAtOnce(c, policy)) return { until: c.closedOn, atOnce: true };
  return { until: addMonths(c.closedOn, 12 * (policy.yearsAfterClosure ?? 3)), atOnce: false };
}

/** Declined, no answer (by policy), withdrawn, or every BEM consent revoked (the privacy guide). */
function deletedAtOnce(c: RetentionFacts, policy: RetentionPolicy): boolean {
  if (c.outcome === 'declined' || c.outcome === 'withdrawn') return true;
  if (c.outcome === 'no-response') return policy.noResponseAsDecline ?? true;
  const bemConsents = c.consents.filter((consent) => consent.purpose === 'bem-procedure');
  return bemConsents.length > 0 && bemConsents.every((consent) => consent.revokedOn !== null);
}
