import type { BemCase } from '../model/bem-case.js';
import { type CaseEvent, CaseEventType } from '../model/case-event.js';
import { expectOneOf } from '../door/door.js';
import type { CaseOutcome } from '../model/case-outcome.js';
import { CaseState } from '../model/case-state.js';
import { hasBemConsent } from './consents.js';
import type { GuardName } from './guards.js';
import { deepFreeze } from '../door/deep-freeze.js';

/**
 * A condition that sends an allowed event to another state than its usual target, decided on
 * the case after the event's effect.
 *
 * `employeeSaidNo` (the employee's no in the initial
 * interview closes as declined) and `bemConsentEnds` (revoking the last BEM consent pauses).
 *
 * @example
 * ```ts
 * const condition: BranchCondition = 'employeeSaidNo';
 * ```
 */
export type BranchCondition = keyof typeof branchConditions;

/**
 * The branch conditions of the transition table, by name; `after` is the case with the event's
 * effect applied.
 *
 * @example
 * ```ts
 * branchConditions.employeeSaidNo({ type: 'interview.held', on: '2025-11-20', by: 'employer', present: [], employeeAgreed: false }, c); //=> true
 * ```
 */
export const branchConditions = deepFreeze({
  /** The employee said no in the initial interview (the no closes the case as declined). */
  employeeSaidNo: (event: CaseEvent) => event.type === 'interview.held' && !event.employeeAgreed,
  /** After a revocation no consent to the BEM itself is left (the case pauses). */
  bemConsentEnds: (_event: CaseEvent, after: BemCase) => !hasBemConsent(after),
}) satisfies Record<string, (event: CaseEvent, after: BemCase) => boolean>;

/**
 * One row of the transition table: where an allowed event leads and the guards it must pass.
 *
 * @example
 * ```ts
 * const row: Transition = { to: 'review', guards: ['someMeasureStarted'] };
 * ```
 */
export interface Transition {
  /** The next state: a state, `same` (stays) or `before-pause` (where the case stood when paused). */
  readonly to: CaseState | 'same' | 'before-pause';
  /** Named guards from `guards`, checked in order; the first that fails refuses the event. */
  readonly guards: readonly GuardName[];
  /** The outcome when this event itself closes the case (a decline). */
  readonly outcome?: CaseOutcome;
  /** For `case.closed`: the outcomes it may carry from this state. */
  readonly outcomes?: readonly CaseOutcome[];
  /** Another target when a condition holds. */
  readonly branch?: { readonly when: BranchCondition; readonly to: CaseState; readonly outcome?: CaseOutcome };
}

const closing = (...outcomes: CaseOutcome[]): Transition => ({
  to: 'closed',
  outcomes,
  guards: ['declineOnlyByEmployee', 'closerMayClose', 'completedNeedsResults', 'noSuitableMeasuresNeedsInterview', 'noResponseNeedsDeadlineAndReminder'],
});
const decline: Transition = { to: 'closed', outcome: 'declined', guards: [] };
const exclude: Transition = { to: 'same', guards: ['roleNotExcluded'] };
const grant: Transition = { to: 'same', guards: ['consentIdIsNew'] };
const agree = (to: Transition['to']): Transition => ({ to, guards: ['measureIsProposed', 'bothSidesAgree', 'bemConsentActive', 'externalBodyConsented'] });

/** What the employee (and the participants) can do in every state after accepting. */
const afterAcceptance = {
  'participant.added': {
    to: 'same',
    guards: [
      'trustedPersonOnlyByEmployee',
      'excludedRoleOnlyByEmployee',
      'roleNotActive',
      'sbvOnlyForSeverelyDisabled',
      'integrationOfficeOnlyForSeverelyDisabled',
      'participationConsented',
    ],
  },
  'participant.excluded': exclude,
  'consent.granted': grant,
  'consent.revoked': { to: 'same', guards: ['consentIsActive'], branch: { when: 'bemConsentEnds', to: 'paused' } },
  'employee.withdrew': { to: 'paused', guards: [] },
} satisfies Partial<Record<CaseEventType, Transition>>;

/** Working on measures, once at least one is agreed. */
const measureWork = {
  'measure.proposed': { to: 'same', guards: ['measureKeepsOutcomeOpen', 'measureIdIsNew'] },
  'measure.rejected': { to: 'same', guards: ['measureIsProposed'] },
  'measure.started': { to: 'same', guards: ['measureIsAgreed'] },
  'measure.completed': { to: 'same', guards: ['measureIsStarted'] },
  'measure.abandoned': { to: 'same', guards: ['measureIsUnderway'] },
} satisfies Partial<Record<CaseEventType, Transition>>;

/**
 * The case lifecycle as one table: for each state, the events allowed in it, where they lead and
 * the named guards they must pass (the [case-lifecycle guide](../../docs/case-lifecycle.md)).
 *
 * An event not listed for a state is refused with `event-not-allowed-in-state`; `closed` allows
 * nothing. Who may send each event is in `senders`; `caseStateDiagram()` draws this table.
 *
 * @example
 * ```ts
 * transitions.invited['employee.declined']; //=> { to: 'closed', outcome: 'declined', guards: [] }
 * 'measure.agreed' in transitions.accepted;  //=> false (the interview comes first)
 * ```
 */
export const transitions: Readonly<Record<CaseState, Readonly<Partial<Record<CaseEventType, Transition>>>>> = deepFreeze({
  open: {
    'invitation.sent': {
      to: 'invited',
      guards: ['invitationIsProper', 'sbvNamedForSeverelyDisabled', 'occasionMatchesCase', 'deliveredAfterSending', 'replyDateNotPast', 'replyPeriodLongEnough'],
    },
    'participant.excluded': exclude,
    'clarification.demanded': { to: 'same', guards: ['sbvDemandOnlyForSeverelyDisabled'] },
    'case.closed': closing('employment-ended'),
  },
  invited: {
    'reminder.sent': { to: 'same', guards: ['replyDateNotPast', 'reminderSetsReplyDate'] },
    'employee.accepted': { to: 'accepted', guards: ['acceptanceCarriesBemConsent', 'consentIdIsNew'] },
    'employee.declined': decline,
    'participant.excluded': exclude,
    'case.closed': closing('no-response', 'employment-ended'),
  },
  accepted: {
    ...afterAcceptance,
    'interview.held': {
      to: 'in-progress',
      guards: ['presentRolesTakePart'],
      branch: { when: 'employeeSaidNo', to: 'closed', outcome: 'declined' },
    },
    'employee.declined': decline,
    'case.closed': closing('employment-ended'),
  },
  'in-progress': {
    ...afterAcceptance,
    'measure.proposed': measureWork['measure.proposed'],
    'measure.rejected': measureWork['measure.rejected'],
    'measure.agreed': agree('measures'),
    'case.closed': closing('no-suitable-measures', 'employment-ended'),
  },
  measures: {
    ...afterAcceptance,
    ...measureWork,
    'measure.agreed': agree('same'),
    'review.held': { to: 'review', guards: ['someMeasureStarted'] },
    'case.closed': closing('completed', 'no-suitable-measures', 'employment-ended'),
  },
  review: {
    ...afterAcceptance,
    ...measureWork,
    'measure.agreed': agree('measures'),
    'review.held': { to: 'same', guards: ['someMeasureStarted'] },
    'case.closed': closing('completed', 'no-suitable-measures', 'employment-ended'),
  },
  paused: {
    'employee.resumed': { to: 'before-pause', guards: ['bemConsentActive'] },
    'consent.granted': grant,
    'consent.revoked': { to: 'same', guards: ['consentIsActive'] },
    'participant.excluded': exclude,
    'case.closed': closing('withdrawn', 'employment-ended'),
  },
  closed: {},
} as const) satisfies Record<CaseState, Partial<Record<CaseEventType, Transition>>>;

/**
 * The transition table typed for lookup by any state and event type.
 *
 * @example
 * ```ts
 * transitionFor('paused', 'employee.resumed')?.to; //=> 'before-pause'
 * ```
 */
export function transitionFor(state: CaseState, type: CaseEventType): Transition | undefined {
  const table: Readonly<Record<CaseState, Partial<Record<CaseEventType, Transition>>>> = transitions;
  const from = expectOneOf(state, CaseState.options, ['state']);
  const byType = table[from];
  return Object.hasOwn(byType, expectOneOf(type, CaseEventType.options, ['type'])) ? byType[type] : undefined;
}
