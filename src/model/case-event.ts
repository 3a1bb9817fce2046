import * as z from 'zod';
import { IsoDate } from '../dates/iso-date.js';
import { Actor } from './actor.js';
import { CaseOutcome } from './case-outcome.js';
import { ConsentGrant } from './consent.js';
import { Employee } from './employee.js';
import { Instant } from './instant.js';
import { InvitationContent, OfferForm } from './invitation.js';
import { MeasureProposal } from './measure.js';
import { ParticipantRole } from './participant.js';

/** Every event shares `type`, the calendar day `on`, the sender `by` and an optional instant `at`. */
function caseEvent<T extends string, S extends z.ZodRawShape>(type: T, shape: S) {
  return z.strictObject({ type: z.literal(type), on: IsoDate, by: Actor, at: Instant.optional(), ...shape });
}

const measureId = z.string().min(1).max(200);

/**
 * An event in the life of a BEM case (the case-lifecycle guide): `{ type, on, by, at?, … }`
 * where `on` is the calendar day, `by` the {@link Actor} who sends it and `at` an optional
 * {@link Instant} for the audit trail. The union is told apart by `type`:
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
export const CaseEvent = z.discriminatedUnion('type', [
  caseEvent('case.opened', {
    caseId: z.string().min(1).max(200),
    employee: Employee,
    thresholdCrossedOn: IsoDate.nullable(),
    countedDays: z.int().min(0).max(100_000).nullable(),
  }),
  caseEvent('invitation.sent', { content: InvitationContent, form: OfferForm.optional(), deliveredOn: IsoDate.optional() }),
  caseEvent('reminder.sent', { replyBy: IsoDate.optional() }),
  caseEvent('employee.accepted', { consent: ConsentGrant, inWriting: z.boolean().optional() }),
  caseEvent('employee.declined', { inWriting: z.boolean() }),
  caseEvent('interview.held', { present: z.array(ParticipantRole), employeeAgreed: z.boolean() }),
  caseEvent('participant.added', { role: ParticipantRole }),
  caseEvent('participant.excluded', { role: ParticipantRole }),
  caseEvent('consent.granted', { consent: ConsentGrant }),
  caseEvent('consent.revoked', { consentId: z.string().min(1).max(200) }),
  caseEvent('measure.proposed', { measure: MeasureProposal }),
  caseEvent('measure.agreed', { measureId, employerAgreed: z.boolean() }),
  caseEvent('measure.rejected', { measureId }),
  caseEvent('measure.started', { measureId }),
  caseEvent('measure.completed', { measureId }),
  caseEvent('measure.abandoned', { measureId }),
  caseEvent('review.held', { effective: z.boolean() }),
  caseEvent('employee.withdrew', {}),
  caseEvent('employee.resumed', {}),
  caseEvent('case.closed', { outcome: CaseOutcome }),
  caseEvent('clarification.demanded', {}),
]);

/**
 * An event in the life of a BEM case after validation; see the {@link CaseEvent} schema.
 *
 * @example
 * ```ts
 * const event: CaseEvent = CaseEvent.parse({ type: 'employee.withdrew', on: '2025-12-01', by: 'employee' });
 * ```
 */
export type CaseEvent = z.infer<typeof CaseEvent>;

/**
 * A case event as callers pass it in: dates are plain strings, checked on the way in.
 *
 * @example
 * ```ts
 * const event: CaseEventInput = { type: 'review.held', on: '2026-03-02', by: 'employer', effective: true };
 * ```
 */
export type CaseEventInput = z.input<typeof CaseEvent>;

/**
 * The event types, the domain's fixed vocabulary.
 *
 * @example
 * ```ts
 * CaseEventType.options.includes('measure.agreed'); //=> true
 * ```
 */
export const CaseEventType = z.enum(CaseEvent.options.map((option) => option.shape.type.value) as [CaseEvent['type'], ...CaseEvent['type'][]]);

/**
 * An event type; see the {@link CaseEventType} schema.
 *
 * @example
 * ```ts
 * const type: CaseEventType = 'invitation.sent';
 * ```
 */
export type CaseEventType = CaseEvent['type'];

/**
 * The event of one type, e.g. `CaseEventOf<'case.closed'>` has `outcome`.
 *
 * @example
 * ```ts
 * const close: CaseEventOf<'case.closed'> = CaseEvent.parse({ type: 'case.closed', on: '2026-04-01', by: 'employer', outcome: 'completed' }) as CaseEventOf<'case.closed'>;
 * ```
 */
export type CaseEventOf<K extends CaseEventType> = Extract<CaseEvent, { type: K }>;
