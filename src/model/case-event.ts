import * as z from 'zod';
import { type EnumOf, named } from './named.js';
import { IsoDate } from '../dates/iso-date.js';
import { Actor } from './actor.js';
import { CaseOutcome } from './case-outcome.js';
import { ConsentGrant, type ConsentGrantInput } from './consent.js';
import { Employee, type EmployeeInput } from './employee.js';
import { Instant } from './instant.js';
import { InvitationContent, type InvitationContentInput, OfferForm } from './invitation.js';
import { MeasureProposal, type MeasureProposalInput } from './measure.js';
import { ParticipantRole } from './participant.js';

/** Every event shares `type`, the calendar day `on`, the sender `by` and an optional instant `at`. */
function caseEvent<T extends string, S extends z.ZodRawShape>(type: T, shape: S) {
  return z.strictObject({ type: z.literal(type), on: IsoDate, by: named<Actor>(Actor), at: Instant.optional(), ...shape });
}

const measureId = z.string().min(1).max(200);

const caseOpenedEvent = caseEvent('case.opened', {
    caseId: z.string().min(1).max(200),
    employee: named<Employee, EmployeeInput>(Employee),
    thresholdCrossedOn: IsoDate.nullable(),
    countedDays: z.int().min(0).max(100_000).nullable(),
  });
const invitationSentEvent = caseEvent('invitation.sent', { content: named<InvitationContent, InvitationContentInput>(InvitationContent), form: named<OfferForm>(OfferForm).optional(), deliveredOn: IsoDate.optional() });
const reminderSentEvent = caseEvent('reminder.sent', { replyBy: IsoDate.optional() });
const employeeAcceptedEvent = caseEvent('employee.accepted', { consent: named<ConsentGrant, ConsentGrantInput>(ConsentGrant), inWriting: z.boolean().optional() });
const employeeDeclinedEvent = caseEvent('employee.declined', { inWriting: z.boolean() });
const interviewHeldEvent = caseEvent('interview.held', { present: z.array(named<ParticipantRole>(ParticipantRole)), employeeAgreed: z.boolean() });
const participantAddedEvent = caseEvent('participant.added', { role: named<ParticipantRole>(ParticipantRole) });
const participantExcludedEvent = caseEvent('participant.excluded', { role: named<ParticipantRole>(ParticipantRole) });
const consentGrantedEvent = caseEvent('consent.granted', { consent: named<ConsentGrant, ConsentGrantInput>(ConsentGrant) });
const consentRevokedEvent = caseEvent('consent.revoked', { consentId: z.string().min(1).max(200) });
const measureProposedEvent = caseEvent('measure.proposed', { measure: named<MeasureProposal, MeasureProposalInput>(MeasureProposal) });
const measureAgreedEvent = caseEvent('measure.agreed', { measureId, employerAgreed: z.boolean() });
const measureRejectedEvent = caseEvent('measure.rejected', { measureId });
const measureStartedEvent = caseEvent('measure.started', { measureId });
const measureCompletedEvent = caseEvent('measure.completed', { measureId });
const measureAbandonedEvent = caseEvent('measure.abandoned', { measureId });
const reviewHeldEvent = caseEvent('review.held', { effective: z.boolean() });
const employeeWithdrewEvent = caseEvent('employee.withdrew', {});
const employeeResumedEvent = caseEvent('employee.resumed', {});
const caseClosedEvent = caseEvent('case.closed', { outcome: named<CaseOutcome>(CaseOutcome) });
const clarificationDemandedEvent = caseEvent('clarification.demanded', {});

/** The members of {@link CaseEvent}, each by its schema's name (declarations stay short). */
type CaseEventSchemas = [
  typeof caseOpenedEvent,
  typeof invitationSentEvent,
  typeof reminderSentEvent,
  typeof employeeAcceptedEvent,
  typeof employeeDeclinedEvent,
  typeof interviewHeldEvent,
  typeof participantAddedEvent,
  typeof participantExcludedEvent,
  typeof consentGrantedEvent,
  typeof consentRevokedEvent,
  typeof measureProposedEvent,
  typeof measureAgreedEvent,
  typeof measureRejectedEvent,
  typeof measureStartedEvent,
  typeof measureCompletedEvent,
  typeof measureAbandonedEvent,
  typeof reviewHeldEvent,
  typeof employeeWithdrewEvent,
  typeof employeeResumedEvent,
  typeof caseClosedEvent,
  typeof clarificationDemandedEvent,
];

/**
 * An event in the life of a BEM case (the [case-lifecycle guide](../../docs/case-lifecycle.md)): `{
 * type, on, by, at?, … }` where `on` is the calendar day, `by` the {@link Actor} who sends it and
 * `at` an optional {@link Instant} for the audit trail.
 *
 * The union is told apart by `type`:
 *
 * | type | fields | sent by |
 * |---|---|---|
 * | `case.opened` | `caseId`, `employee`, `thresholdCrossedOn`, `countedDays` | employer (the first event of every log) |
 * | `invitation.sent` | `content` ({@link InvitationContent}), `form?` ({@link OfferForm}), `deliveredOn?` (the day it reached the employee, when known) | employer |
 * | `reminder.sent` | `replyBy` (the new reply date; the case refuses a reminder without one) | employer |
 * | `employee.accepted` | `consent` (the BEM consent), `inWriting?` | employee |
 * | `employee.declined` | `inWriting` | employee |
 * | `interview.held` | `present` (roles), `employeeAgreed` | employer |
 * | `participant.added` | `role` | employer or employee |
 * | `participant.excluded` | `role` | employee |
 * | `consent.granted` | `consent` | employee |
 * | `consent.revoked` | `consentId` | employee |
 * | `measure.proposed` | `measure` ({@link MeasureProposal}) | any participant |
 * | `measure.agreed` | `measureId`, `employerAgreed` | employee |
 * | `measure.rejected` | `measureId` | employee |
 * | `measure.started` / `measure.completed` / `measure.abandoned` | `measureId` | employer |
 * | `review.held` | `effective` | employer |
 * | `employee.withdrew` / `employee.resumed` | — | employee |
 * | `case.closed` | `outcome` ({@link CaseOutcome}) | employer (employee for `withdrawn`) |
 * | `clarification.demanded` | — | works council or SBV (S. 7–8), before the invitation |
 *
 * `employee.accepted`, `employee.declined`, `consent.granted` and `consent.revoked` may also be
 * sent by the employee's `legal-representative` (S. 4).
 *
 * The schema checks shapes only; whether an event is allowed is the case machine's decision.
 * Unknown fields are refused, so no diagnosis can be attached to an event.
 *
 * @example
 * ```ts
 * CaseEvent.parse({ type: 'employee.declined', on: '2025-11-12', by: 'employee', inWriting: true });
 * CaseEvent.safeParse({ type: 'employee.dismissed', on: '2025-11-12', by: 'employer' }).success; //=> false
 * ```
 */
export const CaseEvent: z.ZodDiscriminatedUnion<CaseEventSchemas, 'type'> = z.discriminatedUnion('type', [
  caseOpenedEvent,
  invitationSentEvent,
  reminderSentEvent,
  employeeAcceptedEvent,
  employeeDeclinedEvent,
  interviewHeldEvent,
  participantAddedEvent,
  participantExcludedEvent,
  consentGrantedEvent,
  consentRevokedEvent,
  measureProposedEvent,
  measureAgreedEvent,
  measureRejectedEvent,
  measureStartedEvent,
  measureCompletedEvent,
  measureAbandonedEvent,
  reviewHeldEvent,
  employeeWithdrewEvent,
  employeeResumedEvent,
  caseClosedEvent,
  clarificationDemandedEvent,
]);

export type CaseEvent =
  | CaseOpenedEvent
  | InvitationSentEvent
  | ReminderSentEvent
  | EmployeeAcceptedEvent
  | EmployeeDeclinedEvent
  | InterviewHeldEvent
  | ParticipantAddedEvent
  | ParticipantExcludedEvent
  | ConsentGrantedEvent
  | ConsentRevokedEvent
  | MeasureProposedEvent
  | MeasureAgreedEvent
  | MeasureRejectedEvent
  | MeasureStartedEvent
  | MeasureCompletedEvent
  | MeasureAbandonedEvent
  | ReviewHeldEvent
  | EmployeeWithdrewEvent
  | EmployeeResumedEvent
  | CaseClosedEvent
  | ClarificationDemandedEvent;

/**
 * A case event as callers pass it in: dates are plain strings, checked on the way in.
 *
 * @example
 * ```ts
 * const event: CaseEventInput = { type: 'review.held', on: '2026-03-02', by: 'employer', effective: true };
 * ```
 */
export type CaseEventInput =
  | CaseOpenedEventInput
  | InvitationSentEventInput
  | ReminderSentEventInput
  | EmployeeAcceptedEventInput
  | EmployeeDeclinedEventInput
  | InterviewHeldEventInput
  | ParticipantAddedEventInput
  | ParticipantExcludedEventInput
  | ConsentGrantedEventInput
  | ConsentRevokedEventInput
  | MeasureProposedEventInput
  | MeasureAgreedEventInput
  | MeasureRejectedEventInput
  | MeasureStartedEventInput
  | MeasureCompletedEventInput
  | MeasureAbandonedEventInput
  | ReviewHeldEventInput
  | EmployeeWithdrewEventInput
  | EmployeeResumedEventInput
  | CaseClosedEventInput
  | ClarificationDemandedEventInput;

/**
 * The `case.opened` event after validation, one member of {@link CaseEvent} (its fields are in the table there).
 *
 * @example
 * ```ts
 * const isIt = (event: CaseEvent): event is CaseOpenedEvent => event.type === 'case.opened';
 * ```
 */
export interface CaseOpenedEvent extends z.infer<typeof caseOpenedEvent> {}

/**
 * The `case.opened` event as callers pass it in, one member of {@link CaseEventInput}.
 *
 * @example
 * ```ts
 * const isIt = (event: CaseEventInput): event is CaseOpenedEventInput => event.type === 'case.opened';
 * ```
 */
export interface CaseOpenedEventInput extends z.input<typeof caseOpenedEvent> {}

/**
 * The `invitation.sent` event after validation, one member of {@link CaseEvent} (its fields are in the table there).
 *
 * @example
 * ```ts
 * const isIt = (event: CaseEvent): event is InvitationSentEvent => event.type === 'invitation.sent';
 * ```
 */
export interface InvitationSentEvent extends z.infer<typeof invitationSentEvent> {}

/**
 * The `invitation.sent` event as callers pass it in, one member of {@link CaseEventInput}.
 *
 * @example
 * ```ts
 * const isIt = (event: CaseEventInput): event is InvitationSentEventInput => event.type === 'invitation.sent';
 * ```
 */
export interface InvitationSentEventInput extends z.input<typeof invitationSentEvent> {}

/**
 * The `reminder.sent` event after validation, one member of {@link CaseEvent} (its fields are in the table there).
 *
 * @example
 * ```ts
 * const isIt = (event: CaseEvent): event is ReminderSentEvent => event.type === 'reminder.sent';
 * ```
 */
export interface ReminderSentEvent extends z.infer<typeof reminderSentEvent> {}

/**
 * The `reminder.sent` event as callers pass it in, one member of {@link CaseEventInput}.
 *
 * @example
 * ```ts
 * const isIt = (event: CaseEventInput): event is ReminderSentEventInput => event.type === 'reminder.sent';
 * ```
 */
export interface ReminderSentEventInput extends z.input<typeof reminderSentEvent> {}

/**
 * The `employee.accepted` event after validation, one member of {@link CaseEvent} (its fields are in the table there).
 *
 * @example
 * ```ts
 * const isIt = (event: CaseEvent): event is EmployeeAcceptedEvent => event.type === 'employee.accepted';
 * ```
 */
export interface EmployeeAcceptedEvent extends z.infer<typeof employeeAcceptedEvent> {}

/**
 * The `employee.accepted` event as callers pass it in, one member of {@link CaseEventInput}.
 *
 * @example
 * ```ts
 * const isIt = (event: CaseEventInput): event is EmployeeAcceptedEventInput => event.type === 'employee.accepted';
 * ```
 */
export interface EmployeeAcceptedEventInput extends z.input<typeof employeeAcceptedEvent> {}

/**
 * The `employee.declined` event after validation, one member of {@link CaseEvent} (its fields are in the table there).
 *
 * @example
 * ```ts
 * const isIt = (event: CaseEvent): event is EmployeeDeclinedEvent => event.type === 'employee.declined';
 * ```
 */
export interface EmployeeDeclinedEvent extends z.infer<typeof employeeDeclinedEvent> {}

/**
 * The `employee.declined` event as callers pass it in, one member of {@link CaseEventInput}.
 *
 * @example
 * ```ts
 * const isIt = (event: CaseEventInput): event is EmployeeDeclinedEventInput => event.type === 'employee.declined';
 * ```
 */
export interface EmployeeDeclinedEventInput extends z.input<typeof employeeDeclinedEvent> {}

/**
 * The `interview.held` event after validation, one member of {@link CaseEvent} (its fields are in the table there).
 *
 * @example
 * ```ts
 * const isIt = (event: CaseEvent): event is InterviewHeldEvent => event.type === 'interview.held';
 * ```
 */
export interface InterviewHeldEvent extends z.infer<typeof interviewHeldEvent> {}

/**
 * The `interview.held` event as callers pass it in, one member of {@link CaseEventInput}.
 *
 * @example
 * ```ts
 * const isIt = (event: CaseEventInput): event is InterviewHeldEventInput => event.type === 'interview.held';
 * ```
 */
export interface InterviewHeldEventInput extends z.input<typeof interviewHeldEvent> {}

/**
 * The `participant.added` event after validation, one member of {@link CaseEvent} (its fields are in the table there).
 *
 * @example
 * ```ts
 * const isIt = (event: CaseEvent): event is ParticipantAddedEvent => event.type === 'participant.added';
 * ```
 */
export interface ParticipantAddedEvent extends z.infer<typeof participantAddedEvent> {}

/**
 * The `participant.added` event as callers pass it in, one member of {@link CaseEventInput}.
 *
 * @example
 * ```ts
 * const isIt = (event: CaseEventInput): event is ParticipantAddedEventInput => event.type === 'participant.added';
 * ```
 */
export interface ParticipantAddedEventInput extends z.input<typeof participantAddedEvent> {}

/**
 * The `participant.excluded` event after validation, one member of {@link CaseEvent} (its fields are in the table there).
 *
 * @example
 * ```ts
 * const isIt = (event: CaseEvent): event is ParticipantExcludedEvent => event.type === 'participant.excluded';
 * ```
 */
export interface ParticipantExcludedEvent extends z.infer<typeof participantExcludedEvent> {}

/**
 * The `participant.excluded` event as callers pass it in, one member of {@link CaseEventInput}.
 *
 * @example
 * ```ts
 * const isIt = (event: CaseEventInput): event is ParticipantExcludedEventInput => event.type === 'participant.excluded';
 * ```
 */
export interface ParticipantExcludedEventInput extends z.input<typeof participantExcludedEvent> {}

/**
 * The `consent.granted` event after validation, one member of {@link CaseEvent} (its fields are in the table there).
 *
 * @example
 * ```ts
 * const isIt = (event: CaseEvent): event is ConsentGrantedEvent => event.type === 'consent.granted';
 * ```
 */
export interface ConsentGrantedEvent extends z.infer<typeof consentGrantedEvent> {}

/**
 * The `consent.granted` event as callers pass it in, one member of {@link CaseEventInput}.
 *
 * @example
 * ```ts
 * const isIt = (event: CaseEventInput): event is ConsentGrantedEventInput => event.type === 'consent.granted';
 * ```
 */
export interface ConsentGrantedEventInput extends z.input<typeof consentGrantedEvent> {}

/**
 * The `consent.revoked` event after validation, one member of {@link CaseEvent} (its fields are in the table there).
 *
 * @example
 * ```ts
 * const isIt = (event: CaseEvent): event is ConsentRevokedEvent => event.type === 'consent.revoked';
 * ```
 */
export interface ConsentRevokedEvent extends z.infer<typeof consentRevokedEvent> {}

/**
 * The `consent.revoked` event as callers pass it in, one member of {@link CaseEventInput}.
 *
 * @example
 * ```ts
 * const isIt = (event: CaseEventInput): event is ConsentRevokedEventInput => event.type === 'consent.revoked';
 * ```
 */
export interface ConsentRevokedEventInput extends z.input<typeof consentRevokedEvent> {}

/**
 * The `measure.proposed` event after validation, one member of {@link CaseEvent} (its fields are in the table there).
 *
 * @example
 * ```ts
 * const isIt = (event: CaseEvent): event is MeasureProposedEvent => event.type === 'measure.proposed';
 * ```
 */
export interface MeasureProposedEvent extends z.infer<typeof measureProposedEvent> {}

/**
 * The `measure.proposed` event as callers pass it in, one member of {@link CaseEventInput}.
 *
 * @example
 * ```ts
 * const isIt = (event: CaseEventInput): event is MeasureProposedEventInput => event.type === 'measure.proposed';
 * ```
 */
export interface MeasureProposedEventInput extends z.input<typeof measureProposedEvent> {}

/**
 * The `measure.agreed` event after validation, one member of {@link CaseEvent} (its fields are in the table there).
 *
 * @example
 * ```ts
 * const isIt = (event: CaseEvent): event is MeasureAgreedEvent => event.type === 'measure.agreed';
 * ```
 */
export interface MeasureAgreedEvent extends z.infer<typeof measureAgreedEvent> {}

/**
 * The `measure.agreed` event as callers pass it in, one member of {@link CaseEventInput}.
 *
 * @example
 * ```ts
 * const isIt = (event: CaseEventInput): event is MeasureAgreedEventInput => event.type === 'measure.agreed';
 * ```
 */
export interface MeasureAgreedEventInput extends z.input<typeof measureAgreedEvent> {}

/**
 * The `measure.rejected` event after validation, one member of {@link CaseEvent} (its fields are in the table there).
 *
 * @example
 * ```ts
 * const isIt = (event: CaseEvent): event is MeasureRejectedEvent => event.type === 'measure.rejected';
 * ```
 */
export interface MeasureRejectedEvent extends z.infer<typeof measureRejectedEvent> {}

/**
 * The `measure.rejected` event as callers pass it in, one member of {@link CaseEventInput}.
 *
 * @example
 * ```ts
 * const isIt = (event: CaseEventInput): event is MeasureRejectedEventInput => event.type === 'measure.rejected';
 * ```
 */
export interface MeasureRejectedEventInput extends z.input<typeof measureRejectedEvent> {}

/**
 * The `measure.started` event after validation, one member of {@link CaseEvent} (its fields are in the table there).
 *
 * @example
 * ```ts
 * const isIt = (event: CaseEvent): event is MeasureStartedEvent => event.type === 'measure.started';
 * ```
 */
export interface MeasureStartedEvent extends z.infer<typeof measureStartedEvent> {}

/**
 * The `measure.started` event as callers pass it in, one member of {@link CaseEventInput}.
 *
 * @example
 * ```ts
 * const isIt = (event: CaseEventInput): event is MeasureStartedEventInput => event.type === 'measure.started';
 * ```
 */
export interface MeasureStartedEventInput extends z.input<typeof measureStartedEvent> {}

/**
 * The `measure.completed` event after validation, one member of {@link CaseEvent} (its fields are in the table there).
 *
 * @example
 * ```ts
 * const isIt = (event: CaseEvent): event is MeasureCompletedEvent => event.type === 'measure.completed';
 * ```
 */
export interface MeasureCompletedEvent extends z.infer<typeof measureCompletedEvent> {}

/**
 * The `measure.completed` event as callers pass it in, one member of {@link CaseEventInput}.
 *
 * @example
 * ```ts
 * const isIt = (event: CaseEventInput): event is MeasureCompletedEventInput => event.type === 'measure.completed';
 * ```
 */
export interface MeasureCompletedEventInput extends z.input<typeof measureCompletedEvent> {}

/**
 * The `measure.abandoned` event after validation, one member of {@link CaseEvent} (its fields are in the table there).
 *
 * @example
 * ```ts
 * const isIt = (event: CaseEvent): event is MeasureAbandonedEvent => event.type === 'measure.abandoned';
 * ```
 */
export interface MeasureAbandonedEvent extends z.infer<typeof measureAbandonedEvent> {}

/**
 * The `measure.abandoned` event as callers pass it in, one member of {@link CaseEventInput}.
 *
 * @example
 * ```ts
 * const isIt = (event: CaseEventInput): event is MeasureAbandonedEventInput => event.type === 'measure.abandoned';
 * ```
 */
export interface MeasureAbandonedEventInput extends z.input<typeof measureAbandonedEvent> {}

/**
 * The `review.held` event after validation, one member of {@link CaseEvent} (its fields are in the table there).
 *
 * @example
 * ```ts
 * const isIt = (event: CaseEvent): event is ReviewHeldEvent => event.type === 'review.held';
 * ```
 */
export interface ReviewHeldEvent extends z.infer<typeof reviewHeldEvent> {}

/**
 * The `review.held` event as callers pass it in, one member of {@link CaseEventInput}.
 *
 * @example
 * ```ts
 * const isIt = (event: CaseEventInput): event is ReviewHeldEventInput => event.type === 'review.held';
 * ```
 */
export interface ReviewHeldEventInput extends z.input<typeof reviewHeldEvent> {}

/**
 * The `employee.withdrew` event after validation, one member of {@link CaseEvent} (its fields are in the table there).
 *
 * @example
 * ```ts
 * const isIt = (event: CaseEvent): event is EmployeeWithdrewEvent => event.type === 'employee.withdrew';
 * ```
 */
export interface EmployeeWithdrewEvent extends z.infer<typeof employeeWithdrewEvent> {}

/**
 * The `employee.withdrew` event as callers pass it in, one member of {@link CaseEventInput}.
 *
 * @example
 * ```ts
 * const isIt = (event: CaseEventInput): event is EmployeeWithdrewEventInput => event.type === 'employee.withdrew';
 * ```
 */
export interface EmployeeWithdrewEventInput extends z.input<typeof employeeWithdrewEvent> {}

/**
 * The `employee.resumed` event after validation, one member of {@link CaseEvent} (its fields are in the table there).
 *
 * @example
 * ```ts
 * const isIt = (event: CaseEvent): event is EmployeeResumedEvent => event.type === 'employee.resumed';
 * ```
 */
export interface EmployeeResumedEvent extends z.infer<typeof employeeResumedEvent> {}

/**
 * The `employee.resumed` event as callers pass it in, one member of {@link CaseEventInput}.
 *
 * @example
 * ```ts
 * const isIt = (event: CaseEventInput): event is EmployeeResumedEventInput => event.type === 'employee.resumed';
 * ```
 */
export interface EmployeeResumedEventInput extends z.input<typeof employeeResumedEvent> {}

/**
 * The `case.closed` event after validation, one member of {@link CaseEvent} (its fields are in the table there).
 *
 * @example
 * ```ts
 * const isIt = (event: CaseEvent): event is CaseClosedEvent => event.type === 'case.closed';
 * ```
 */
export interface CaseClosedEvent extends z.infer<typeof caseClosedEvent> {}

/**
 * The `case.closed` event as callers pass it in, one member of {@link CaseEventInput}.
 *
 * @example
 * ```ts
 * const isIt = (event: CaseEventInput): event is CaseClosedEventInput => event.type === 'case.closed';
 * ```
 */
export interface CaseClosedEventInput extends z.input<typeof caseClosedEvent> {}

/**
 * The `clarification.demanded` event after validation, one member of {@link CaseEvent} (its fields are in the table there).
 *
 * @example
 * ```ts
 * const isIt = (event: CaseEvent): event is ClarificationDemandedEvent => event.type === 'clarification.demanded';
 * ```
 */
export interface ClarificationDemandedEvent extends z.infer<typeof clarificationDemandedEvent> {}

/**
 * The `clarification.demanded` event as callers pass it in, one member of {@link CaseEventInput}.
 *
 * @example
 * ```ts
 * const isIt = (event: CaseEventInput): event is ClarificationDemandedEventInput => event.type === 'clarification.demanded';
 * ```
 */
export interface ClarificationDemandedEventInput extends z.input<typeof clarificationDemandedEvent> {}

/**
 * The event types, the domain's fixed vocabulary.
 *
 * @example
 * ```ts
 * CaseEventType.options.includes('measure.agreed'); //=> true
 * ```
 */
export const CaseEventType: z.ZodEnum<EnumOf<CaseEventType>> = z.enum(CaseEvent.options.map((option) => option.shape.type.value) as [CaseEvent['type'], ...CaseEvent['type'][]]);

export type CaseEventType =
  | 'case.opened'
  | 'invitation.sent'
  | 'reminder.sent'
  | 'employee.accepted'
  | 'employee.declined'
  | 'interview.held'
  | 'participant.added'
  | 'participant.excluded'
  | 'consent.granted'
  | 'consent.revoked'
  | 'measure.proposed'
  | 'measure.agreed'
  | 'measure.rejected'
  | 'measure.started'
  | 'measure.completed'
  | 'measure.abandoned'
  | 'review.held'
  | 'employee.withdrew'
  | 'employee.resumed'
  | 'case.closed'
  | 'clarification.demanded';

/**
 * The event of one type, e.g. `CaseEventOf<'case.closed'>` has `outcome`.
 *
 * @example
 * ```ts
 * const close: CaseEventOf<'case.closed'> = CaseEvent.parse({ type: 'case.closed', on: '2026-04-01', by: 'employer', outcome: 'completed' }) as CaseEventOf<'case.closed'>;
 * ```
 */
export type CaseEventOf<K extends CaseEventType> = Extract<CaseEvent, { type: K }>;
