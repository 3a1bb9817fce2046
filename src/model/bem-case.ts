import * as z from 'zod';
import { type EnumOf, named } from './named.js';
import { IsoDate } from '../dates/iso-date.js';
import { CaseEvent, type CaseEventInput } from './case-event.js';
import { CaseOutcome } from './case-outcome.js';
import { CaseState, PausableState } from './case-state.js';
import { Consent, type ConsentInput } from './consent.js';
import { Employee, type EmployeeInput } from './employee.js';
import { InvitationContent, type InvitationContentInput, OfferForm } from './invitation.js';
import { Measure, type MeasureInput } from './measure.js';
import { Participant, type ParticipantInput, ParticipantRole } from './participant.js';

/**
 * The invitation as it was sent.
 *
 * It holds the day, the content, how it was sent (`form`, `null` when not
 * recorded) and the day it reached the employee (`deliveredOn`, `null` when not known: the reply
 * period then counts from sending), the reply date in force (each reminder sets a later one) and
 * the days reminders were sent.
 *
 * @example
 * ```ts
 * CaseInvitation.parse({ sentOn: '2025-11-03', content: { replyBy: '2025-11-17' }, replyBy: '2025-11-17', reminders: [] }).form; //=> null
 * ```
 */
export const CaseInvitation = z.strictObject({
  sentOn: IsoDate,
  content: named<InvitationContent, InvitationContentInput>(InvitationContent),
  form: named<OfferForm>(OfferForm).nullable().default(null),
  deliveredOn: IsoDate.nullable().default(null),
  replyBy: IsoDate,
  reminders: z.array(IsoDate),
});

export interface CaseInvitation extends z.infer<typeof CaseInvitation> {}

/**
 * CaseInvitation as callers pass it in (dates as plain strings, checked on the way in); see the {@link CaseInvitation}
 * schema.
 *
 * @example
 * ```ts
 * const check = (input: CaseInvitationInput): CaseInvitation => CaseInvitation.parse(input);
 * ```
 */
export interface CaseInvitationInput extends z.input<typeof CaseInvitation> {}

/**
 * One yes or no of the employee, at the `invitation` or in the initial `interview` (Erstgespräch).
 *
 * Both answers are recorded (the [case-lifecycle guide](../../docs/case-lifecycle.md)); `inWriting`
 * says whether the answer was given in writing (`null` when not stated).
 *
 * @example
 * ```ts
 * EmployeeDecision.parse({ on: '2025-11-10', stage: 'invitation', answer: 'no', inWriting: true });
 * ```
 */
export const EmployeeDecision = z.strictObject({
  on: IsoDate,
  stage: z.enum(['invitation', 'interview']),
  answer: z.enum(['yes', 'no']),
  inWriting: z.boolean().nullable(),
});

export interface EmployeeDecision extends z.infer<typeof EmployeeDecision> {}

/**
 * EmployeeDecision as callers pass it in (dates as plain strings, checked on the way in); see the {@link EmployeeDecision}
 * schema.
 *
 * @example
 * ```ts
 * const check = (input: EmployeeDecisionInput): EmployeeDecision => EmployeeDecision.parse(input);
 * ```
 */
export interface EmployeeDecisionInput extends z.input<typeof EmployeeDecision> {}

/**
 * A demand of the representation (works council) or the SBV that the employer clarify a BEM
 * (§ 167 Abs. 2 S. 7–8 SGB IX: "können die Klärung verlangen"), with its day and who made it.
 *
 * @example
 * ```ts
 * ClarificationDemand.parse({ on: '2025-10-27', by: 'works-council' });
 * ```
 */
export const ClarificationDemand = z.strictObject({
  on: IsoDate,
  by: z.enum(['works-council', 'disability-representative']),
});

export interface ClarificationDemand extends z.infer<typeof ClarificationDemand> {}

/**
 * ClarificationDemand as callers pass it in (dates as plain strings, checked on the way in); see the {@link ClarificationDemand}
 * schema.
 *
 * @example
 * ```ts
 * const check = (input: ClarificationDemandInput): ClarificationDemand => ClarificationDemand.parse(input);
 * ```
 */
export interface ClarificationDemandInput extends z.input<typeof ClarificationDemand> {}

/**
 * The initial interview (Erstgespräch): when it was held, which participant roles were present
 * (the employee and the employer always are) and whether the employee agreed to go on.
 *
 * @example
 * ```ts
 * CaseInterview.parse({ heldOn: '2025-11-20', present: ['works-council'], employeeAgreed: true });
 * ```
 */
export const CaseInterview = z.strictObject({
  heldOn: IsoDate,
  present: z.array(named<ParticipantRole>(ParticipantRole)),
  employeeAgreed: z.boolean(),
});

export interface CaseInterview extends z.infer<typeof CaseInterview> {}

/**
 * CaseInterview as callers pass it in (dates as plain strings, checked on the way in); see the {@link CaseInterview}
 * schema.
 *
 * @example
 * ```ts
 * const check = (input: CaseInterviewInput): CaseInterview => CaseInterview.parse(input);
 * ```
 */
export interface CaseInterviewInput extends z.input<typeof CaseInterview> {}

/**
 * An effectiveness review of the measures (Wirksamkeitsprüfung): the day and whether the measures
 * were found effective.
 *
 * @example
 * ```ts
 * CaseReview.parse({ heldOn: '2026-03-02', effective: true });
 * ```
 */
export const CaseReview = z.strictObject({
  heldOn: IsoDate,
  effective: z.boolean(),
});

export interface CaseReview extends z.infer<typeof CaseReview> {}

/**
 * CaseReview as callers pass it in (dates as plain strings, checked on the way in); see the {@link CaseReview}
 * schema.
 *
 * @example
 * ```ts
 * const check = (input: CaseReviewInput): CaseReview => CaseReview.parse(input);
 * ```
 */
export interface CaseReviewInput extends z.input<typeof CaseReview> {}

/**
 * Why a case is paused: the employee withdrew (`withdrawal`) or revoked the BEM consent
 * (`consent-revoked`).
 *
 * @example
 * ```ts
 * PauseReason.parse('withdrawal'); //=> 'withdrawal'
 * ```
 */
export const PauseReason: z.ZodEnum<EnumOf<PauseReason>> = z.enum(['withdrawal', 'consent-revoked']);

export type PauseReason = 'withdrawal' | 'consent-revoked';

/**
 * A BEM case: plain JSON, built by `openCase` and `applyEvent` and rebuilt by `replay` from its own
 * `events` log (append-only; the first event is `case.opened`).
 *
 * `version` is the number of events, so a backend can detect a concurrent write
 * (`expectedVersion`).
 *
 * - `state`, and while paused `stateBeforePause`, `pausedOn`, `pauseReason`;
 * - `outcome` and `closedOn` only once closed (`null` before: the outcome is open, BAG 7.9.2021 –
 * 9 AZR 571/20);
 * - `thresholdCrossedOn`, `countedDays`: from the eligibility result (`null` when opened by hand);
 * - `invitation`, `decisions` (every yes and no), `interview`, `participants`, `excludedRoles`
 * (roles the employee excluded; only the employee can add them back), `consents`, `measures`,
 * `reviews`, and `clarificationDemands` (the representation's or SBV's demands, S. 7–8).
 *
 * The schema is strict and holds no field for a diagnosis or health details.
 *
 * @example
 * ```ts
 * const stored = JSON.stringify(openCase({ id: 'c-1', employee: { id: 'e-4711' }, on: '2025-11-03' }));
 * BemCase.parse(JSON.parse(stored)).state; //=> 'open'
 * ```
 */
export const BemCase = z
  .strictObject({
    id: z.string().min(1).max(200),
    employee: named<Employee, EmployeeInput>(Employee),
    state: named<CaseState>(CaseState),
    stateBeforePause: named<PausableState>(PausableState).nullable(),
    pausedOn: IsoDate.nullable(),
    pauseReason: named<PauseReason>(PauseReason).nullable(),
    outcome: named<CaseOutcome>(CaseOutcome).nullable(),
    openedOn: IsoDate,
    thresholdCrossedOn: IsoDate.nullable(),
    countedDays: z.int().min(0).max(100_000).nullable(),
    invitation: named<CaseInvitation, CaseInvitationInput>(CaseInvitation).nullable(),
    decisions: z.array(named<EmployeeDecision, EmployeeDecisionInput>(EmployeeDecision)),
    interview: named<CaseInterview, CaseInterviewInput>(CaseInterview).nullable(),
    participants: z.array(named<Participant, ParticipantInput>(Participant)),
    excludedRoles: z.array(named<ParticipantRole>(ParticipantRole)),
    consents: z.array(named<Consent, ConsentInput>(Consent)),
    measures: z.array(named<Measure, MeasureInput>(Measure)),
    reviews: z.array(named<CaseReview, CaseReviewInput>(CaseReview)),
    clarificationDemands: z.array(named<ClarificationDemand, ClarificationDemandInput>(ClarificationDemand)).default([]),
    closedOn: IsoDate.nullable(),
    events: z.array(named<CaseEvent, CaseEventInput>(CaseEvent)).min(1),
    version: z.int().min(1),
  })
  .superRefine((c, context) => {
    const closed = c.state === 'closed';
    const paused = c.state === 'paused';
    const check = (ok: boolean, path: string, message: string) => {
      if (!ok) context.addIssue({ code: 'custom', path: [path], message });
    };
    check(closed === (c.outcome !== null), 'outcome', 'An outcome exists exactly when the case is closed');
    check(closed === (c.closedOn !== null), 'closedOn', 'A closing date exists exactly when the case is closed');
    check(paused === (c.stateBeforePause !== null), 'stateBeforePause', 'The state before the pause exists exactly while the case is paused');
    check(paused === (c.pausedOn !== null && c.pauseReason !== null), 'pausedOn', 'The pause date and reason exist exactly while the case is paused');
    check(c.version === c.events.length, 'version', 'The version must equal the number of events');
    check(c.events[0]?.type === 'case.opened', 'events', 'The first event must be case.opened');
  });

export interface BemCase extends z.infer<typeof BemCase> {}

/**
 * A BEM case as callers pass it in (e.g. read back from JSON): dates are plain strings, checked
 * on the way in.
 *
 * @example
 * ```ts
 * const fromDb: BemCaseInput = JSON.parse(row.caseJson);
 * ```
 */
export interface BemCaseInput extends z.input<typeof BemCase> {}
