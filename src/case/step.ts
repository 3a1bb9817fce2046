import type { BemCase } from '../model/bem-case.js';
import type { CaseEvent, CaseEventType } from '../model/case-event.js';
import type { CaseOutcome } from '../model/case-outcome.js';
import type { CaseState, PausableState } from '../model/case-state.js';
import { SGB9_167_2_S1 } from '../law/citations.js';
import { berlinDayOf, instantTime } from '../model/instant-day.js';
import { type CaseError, type CaseErrorCode, caseError, errorOf, type Refusal } from './case-error.js';
import { advanceIndex, indexFor, latestTime } from './case-index.js';
import { applyEffect } from './effects.js';
import { deepFreeze } from '../door/deep-freeze.js';
import { appended } from './trust.js';
import { type GuardName, guards } from './guards.js';
import { type CasePolicy, defaultCasePolicy } from './case-policy.js';
import { maySend, senders } from './senders.js';
import { branchConditions, type Transition, transitionFor } from './transitions.js';

/**
 * The result of applying an event: the new case, or the refusal (the given case is unchanged).
 *
 * @example
 * ```ts
 * const result: ApplyResult = applyEvent(c, { type: 'employee.withdrew', on: '2025-12-01', by: 'employer' });
 * if (!result.ok) result.error.code; //=> 'only-employee-may-withdraw'
 * ```
 */
export type ApplyResult = { readonly ok: true; readonly case: BemCase } | { readonly ok: false; readonly error: CaseError };

/** Checks that hold for every event, before the table is consulted. */
function generalRefusal(c: BemCase, event: CaseEvent, expectedVersion: number | undefined): CaseErrorCode | null {
  if (expectedVersion !== undefined && expectedVersion !== c.version) return 'version-conflict';
  if (c.state === 'closed') return 'case-closed';
  if (event.type === 'case.opened') return 'case-already-opened';
  const previous = c.events[c.events.length - 1];
  if (previous !== undefined && event.on < previous.on) return 'event-before-previous';
  if (event.at !== undefined && berlinDayOf(event.at) !== event.on) return 'at-not-on-day';
  if (event.at !== undefined && instantTime(event.at) < latestTime(c)) return 'at-before-previous';
  if (!maySend(c, event.type, event.by)) return senders[event.type].refusal;
  return null;
}

/**
 * Events that need the employee's yes first (S. 1 "mit Zustimmung und Beteiligung"): before it
 * (while `open` or `invited`) they are refused citing § 167 Abs. 2 S. 1 SGB IX, not practice.
 */
const needsYes: ReadonlySet<CaseEventType> = new Set<CaseEventType>([
  'interview.held',
  'participant.added',
  'consent.granted',
  'consent.revoked',
  'measure.proposed',
  'measure.agreed',
  'measure.rejected',
  'measure.started',
  'measure.completed',
  'measure.abandoned',
  'review.held',
  'employee.withdrew',
  'employee.resumed',
]);

/** The refusal of an event the state does not allow, citing why where the law says it. */
function notAllowed(c: BemCase, event: CaseEvent): Refusal {
  const beforeYes = (c.state === 'open' || c.state === 'invited') && needsYes.has(event.type);
  return beforeYes ? { code: 'event-not-allowed-in-state', reference: SGB9_167_2_S1 } : 'event-not-allowed-in-state';
}

/** The guards about who may close with which outcome; they come before the outcome's state check. */
const whoCloses: ReadonlySet<GuardName> = new Set<GuardName>(['declineOnlyByEmployee', 'closerMayClose']);

/**
 * The first refusal of the transition's guards.
 *
 * A closing outcome is checked against the state right after who may close, before the other
 * guards: closing an accepted case as `no-response` is `outcome-not-allowed-in-state`, not a
 * missing reminder that could never be sent.
 */
function refusalIn(c: BemCase, event: CaseEvent, transition: Transition, policy: CasePolicy): Refusal | null {
  const first = (names: readonly GuardName[]) => {
    for (const name of names) {
      const refusal = guards[name](c, event, policy);
      if (refusal !== null) return refusal;
    }
    return null;
  };
  const who = first(transition.guards.filter((name) => whoCloses.has(name)));
  if (who !== null) return who;
  if (event.type === 'case.closed' && transition.outcomes?.includes(event.outcome) === false) return 'outcome-not-allowed-in-state';
  return first(transition.guards.filter((name) => !whoCloses.has(name)));
}

/** Moves the case (with the event's effect already applied) to its next state. */
function moveTo(c: BemCase, from: CaseState, to: CaseState, event: CaseEvent, outcome: CaseOutcome | undefined): BemCase {
  if (to === 'paused' && from !== 'paused') {
    return { ...c, state: to, stateBeforePause: from as PausableState, pausedOn: event.on, pauseReason: event.type === 'employee.withdrew' ? 'withdrawal' : 'consent-revoked' };
  }
  const unpaused = from === 'paused' && to !== 'paused' ? { ...c, stateBeforePause: null, pausedOn: null, pauseReason: null } : c;
  if (to !== 'closed') return { ...unpaused, state: to };
  const closingOutcome = event.type === 'case.closed' ? event.outcome : outcome;
  // Need-to-know access ends with the case: every participant stops taking part on the closing day.
  const participants = unpaused.participants.map((taking) => (taking.endedOn === null ? { ...taking, endedOn: event.on, endedBecause: 'case-closed' as const } : taking));
  return { ...unpaused, state: to, outcome: closingOutcome ?? null, closedOn: event.on, participants };
}

/**
 * Applies a validated event to a validated case: the heart of the machine, without input checks
 * (applyEvent and replay validate at the door).
 *
 * `c` must be a case the library built (it keeps the lookups of the rules in an index beside the
 * case, see `case-index.ts`). `policy` carries the periods of the {@link CasePolicy} for the rules
 * that use one (the reply periods).
 */
export function step(c: BemCase, event: CaseEvent, expectedVersion?: number, policy: CasePolicy = defaultCasePolicy): ApplyResult {
  // Both frozen already when they come from a trusted case and the door (a walk that stops at once).
  deepFreeze(c);
  deepFreeze(event);
  indexFor(c);
  const general = generalRefusal(c, event, expectedVersion);
  if (general !== null) return { ok: false, error: caseError(general) };
  const transition = transitionFor(c.state, event.type);
  if (transition === undefined) return { ok: false, error: errorOf(notAllowed(c, event)) };
  const refusal = refusalIn(c, event, transition, policy);
  if (refusal !== null) return { ok: false, error: errorOf(refusal) };

  const recorded = { ...applyEffect(c, event), events: appended(c.events, event), version: c.version + 1 };
  const branch = transition.branch !== undefined && branchConditions[transition.branch.when](event, recorded) ? transition.branch : undefined;
  const target = branch?.to ?? transition.to;
  const next = target === 'same' ? c.state : target === 'before-pause' ? (c.stateBeforePause ?? c.state) : target;
  // Deeply frozen, but walking only what is new: the lists were frozen as they were built.
  const moved = deepFreeze(moveTo(recorded, c.state, next, event, branch?.outcome ?? transition.outcome));
  advanceIndex(c, moved, event);
  return { ok: true, case: moved };
}
