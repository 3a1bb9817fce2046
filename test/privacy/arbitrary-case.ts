import fc from 'fast-check';
import { fromEpochDay, toEpochDay } from '../../src/dates/index.js';
import type { IsoDate } from '../../src/dates/index.js';
import {
  BemCase,
  BemGoal,
  CaseOutcome,
  CaseState,
  ConsentPurpose,
  ConsentRecipient,
  DataCategory,
  DoctorVisit,
  MeasureStatus,
  MeasureType,
  measureCategoryOf,
  PausableState,
  ParticipantRole,
  ParticipationEnd,
  PauseReason,
  Actor,
} from '../../src/model/index.js';

// Any schema-valid case, reachable by the machine or not: the privacy functions and the audit
// must be safe on every case a backend could hand them (e.g. one imported from another system).

const firstDay = toEpochDay('2024-01-01' as IsoDate);
export const anyDate: fc.Arbitrary<IsoDate> = fc.integer({ min: firstDay, max: firstDay + 3 * 366 }).map(fromEpochDay);
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: null });
const someOf = <T>(values: readonly T[]) => fc.subarray([...values]);
const title = fc.constantFrom('Desk on the 2nd floor', 'Free-text note', 'Mornings only');

export const anyInvitationContent = fc.record(
  {
    occasion: fc.record({ thresholdCrossedOn: anyDate }),
    goals: someOf(BemGoal.options),
    voluntarinessExplained: fc.boolean(),
    dataProtection: fc.record({
      categories: someOf(DataCategory.options),
      purposes: someOf(ConsentPurpose.options),
      recipients: someOf(ConsentRecipient.options),
    }),
    possibleParticipants: someOf(ParticipantRole.options),
    participantChoiceExplained: fc.boolean(),
    trustedPersonOffered: fc.boolean(),
    withdrawalExplained: fc.boolean(),
    contact: fc.record({ name: fc.constant('BEM office'), email: fc.constant('bem@example.org') }),
    replyBy: anyDate,
    doctorVisit: fc.constantFrom(...DoctorVisit.options),
  },
  { requiredKeys: [] },
);

const consent = fc.record({
  id: fc.constantFrom('consent-1', 'consent-2', 'consent-3'),
  purpose: fc.constantFrom(...ConsentPurpose.options),
  dataCategories: fc.subarray([...DataCategory.options], { minLength: 1 }),
  recipients: fc.subarray([...ConsentRecipient.options], { minLength: 1 }),
  grantedOn: anyDate,
  revokedOn: maybe(anyDate),
});

const participant = fc.record({
  role: fc.constantFrom(...ParticipantRole.options),
  addedOn: anyDate,
  addedBy: fc.constantFrom(...Actor.options),
  endedOn: maybe(anyDate),
  endedBecause: maybe(fc.constantFrom(...ParticipationEnd.options)),
});

const measure = fc
  .record({
    id: fc.constantFrom('m-1', 'm-2', 'm-3'),
    type: fc.constantFrom(...MeasureType.options),
    title: fc.option(title, { nil: undefined }),
    status: fc.constantFrom(...MeasureStatus.options),
    proposedOn: anyDate,
    proposedBy: fc.constantFrom(...Actor.options),
    agreedOn: maybe(anyDate),
    rejectedOn: maybe(anyDate),
    startedOn: maybe(anyDate),
    completedOn: maybe(anyDate),
    abandonedOn: maybe(anyDate),
  })
  .map(({ title: label, ...rest }) => ({ ...rest, category: measureCategoryOf[rest.type], ...(label === undefined ? {} : { title: label }) }));

const lifecycle = fc.constantFrom(...CaseState.options).chain((state) =>
  fc.record({
    state: fc.constant(state),
    stateBeforePause: state === 'paused' ? fc.constantFrom(...PausableState.options) : fc.constant(null),
    pausedOn: state === 'paused' ? anyDate : fc.constant(null),
    pauseReason: state === 'paused' ? fc.constantFrom(...PauseReason.options) : fc.constant(null),
    outcome: state === 'closed' ? fc.constantFrom(...CaseOutcome.options) : fc.constant(null),
    closedOn: state === 'closed' ? anyDate : fc.constant(null),
  }),
);

/** Any valid `BemCase` (parsed, so dates are branded). */
export const anyCase: fc.Arbitrary<BemCase> = fc
  .record({
    lifecycle,
    severelyDisabled: fc.option(fc.boolean(), { nil: undefined }),
    openedOn: anyDate,
    thresholdCrossedOn: maybe(anyDate),
    countedDays: maybe(fc.integer({ min: 0, max: 400 })),
    invitation: maybe(fc.record({ sentOn: anyDate, content: anyInvitationContent, replyBy: anyDate, reminders: fc.array(anyDate, { maxLength: 2 }) })),
    decisions: fc.array(
      fc.record({ on: anyDate, stage: fc.constantFrom('invitation', 'interview'), answer: fc.constantFrom('yes', 'no'), inWriting: maybe(fc.boolean()) }),
      { maxLength: 3 },
    ),
    interview: maybe(fc.record({ heldOn: anyDate, present: someOf(ParticipantRole.options), employeeAgreed: fc.boolean() })),
    participants: fc.array(participant, { maxLength: 4 }),
    excludedRoles: someOf(ParticipantRole.options),
    consents: fc.array(consent, { maxLength: 4 }),
    measures: fc.array(measure, { maxLength: 4 }),
    reviews: fc.array(fc.record({ heldOn: anyDate, effective: fc.boolean() }), { maxLength: 2 }),
  })
  .map(({ lifecycle: life, severelyDisabled, ...rest }) => {
    const employee = severelyDisabled === undefined ? { id: 'e-4711' } : { id: 'e-4711', severelyDisabled };
    const opened = {
      type: 'case.opened',
      on: rest.openedOn,
      by: 'employer',
      caseId: 'c-1',
      employee,
      thresholdCrossedOn: rest.thresholdCrossedOn,
      countedDays: rest.countedDays,
    };
    return BemCase.parse({ id: 'c-1', employee, ...life, ...rest, events: [opened], version: 1 });
  });
