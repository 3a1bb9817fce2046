import { deepFreeze } from '../door/deep-freeze.js';
import * as z from 'zod';
import { named } from '../model/named.js';
import { parseInput } from '../model/input-error.js';
import { PRACTICE } from '../law/citations.js';
import { RetentionPolicy, type RetentionPolicyInput } from '../law/retention.js';

const days = (fallback: number) => z.int().min(0).max(366).default(fallback);

/**
 * The periods of running a BEM case, in one place: {@link auditCase}, `caseAgenda` and
 * {@link applyEvent} read them from here, so what the audit calls late is exactly what the agenda
 * calls overdue.
 *
 * The statute sets none of these periods (§ 167 Abs. 2 SGB IX says only that the employer
 * "klärt", and S. 6 "unverzüglich" for benefits); the defaults are those of practice, and a works
 * agreement (Betriebsvereinbarung / Inklusionsvereinbarung) may set others. `source` names where
 * the figures come from; it ends the `reference` of every finding and agenda item that rests on a
 * period (default `'practice'`; e.g. `'BV BEM 2024 § 5'` for a works agreement). All periods are
 * calendar days unless the name says weeks; a task is in time on its due day and late the day
 * after.
 *
 * | setting | default | what it means |
 * |---|---|---|
 * | `maxDaysToOffer` | 14 | days from the threshold crossing (the opening, for a case opened by hand) to the invitation: an offer on day 14 is timely, on day 15 late |
 * | `replyDays` | 14 | the reply period an invitation sets (its `replyBy` this many days after sending) |
 * | `minReplyDays` | 7 | the shortest reply period an invitation may give the employee |
 * | `remindWithinDays` | 7 | days after the reply date passed by which a reminder is due |
 * | `reminderReplyDays` | 7 | a reminder sets a new reply date at least this many days after the reminder |
 * | `closeNoResponseWithinDays` | 14 | days after closing for no response became possible by which the case is closed (an unanswered case must not block the next BEM) |
 * | `interviewWithinDays` | 14 | days from the employee's yes to the initial interview (Erstgespräch) |
 * | `measuresWithinDays` | 28 | days from the initial interview by which measures are examined (a measure agreed, or the case closed) |
 * | `startMeasuresWithinDays` | 28 | days from the agreement of a measure to its start |
 * | `benefitsWithinDays` | 7 | days from the agreement of a measure that needs a rehabilitation provider or the Integrationsamt to its start: benefits are applied for "unverzüglich" (S. 6) |
 * | `reviewAfterWeeks` | 8 | weeks from the start of the measures (or the last review) to the effectiveness review (Wirksamkeitsprüfung) |
 * | `pauseLimitDays` | 90 | days a case may stay paused before the employer asks the employee to resume or close it as withdrawn |
 * | `retention` | the [privacy guide](../../docs/privacy.md) | the {@link RetentionPolicy} that sets when the file is deleted |
 *
 * @example
 * ```ts
 * CasePolicy.parse({}).maxDaysToOffer;                                              //=> 14
 * CasePolicy.parse({ maxDaysToOffer: 21, source: 'BV BEM 2024 § 5' }).maxDaysToOffer; //=> 21
 * ```
 */
export const CasePolicy = z.strictObject({
  source: z.string().min(1).max(200).default(PRACTICE),
  maxDaysToOffer: days(14),
  replyDays: days(14),
  minReplyDays: days(7),
  remindWithinDays: days(7),
  reminderReplyDays: days(7),
  closeNoResponseWithinDays: days(14),
  interviewWithinDays: days(14),
  measuresWithinDays: days(28),
  startMeasuresWithinDays: days(28),
  benefitsWithinDays: days(7),
  reviewAfterWeeks: z.int().min(0).max(104).default(8),
  pauseLimitDays: days(90),
  retention: named<RetentionPolicy, RetentionPolicyInput>(RetentionPolicy).default({}),
});

export interface CasePolicy extends z.output<typeof CasePolicy> {}

/**
 * The periods of running a BEM case as callers pass them in: every setting optional; see the
 * {@link CasePolicy} schema.
 *
 * @example
 * ```ts
 * const fromWorksAgreement: CasePolicyInput = { maxDaysToOffer: 21, source: 'BV BEM 2024 § 5' };
 * ```
 */
export interface CasePolicyInput extends z.input<typeof CasePolicy> {}

/**
 * The {@link CasePolicy} with the defaults of practice.
 *
 * @example
 * ```ts
 * defaultCasePolicy.maxDaysToOffer; //=> 14
 * defaultCasePolicy.source;         //=> 'practice'
 * ```
 */
export const defaultCasePolicy: CasePolicy = deepFreeze(CasePolicy.parse({}));

/**
 * Fills in the defaults of a {@link CasePolicyInput}.
 *
 * @param policy the settings to change (none: the defaults).
 * @param path where the policy sits in the caller's input, for error paths (default `['policy']`).
 * @returns the complete {@link CasePolicy}.
 * @throws BemInputError for an unknown setting or a period out of range, e.g. `policy.maxDaysToOffer: Too small: expected number to be >=0`.
 * @example
 * ```ts
 * resolveCasePolicy({ maxDaysToOffer: 21 }).maxDaysToOffer; //=> 21
 * resolveCasePolicy().replyDays;                            //=> 14
 * ```
 */
export function resolveCasePolicy(policy: CasePolicyInput = {}, path: readonly (string | number)[] = ['policy']): CasePolicy {
  return parseInput(CasePolicy, policy, path);
}
