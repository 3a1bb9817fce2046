import type { BemCase } from '../model/bem-case.js';
import type { CaseEvent } from '../model/case-event.js';
import type { CaseOutcome } from '../model/case-outcome.js';
import type { CaseState, PausableState } from '../model/case-state.js';
import { type CaseError, type CaseErrorCode, caseError } from './case-error.js';
import { type CasePolicy, defaultCasePolicy } from './case-policy.js';
import { applyEffect } from './effects.js';
import { guards } from './guards.js';
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
  if (!maySend(c, event.type, event.by)) return senders[event.type].refusal;
  return null;
}

function refusalIn(c: BemCase, event: CaseEvent, transition: Transition): CaseErrorCode | null {
  for (const name of transition.guards) {
    const refusal = guards[name](c, event);
    if (refusal !== null) return refusal;
  }
  if (event.type === 'case.closed' && transition.outcomes?.includes(event.outcome) === false) return 'outcome-not-allowed-in-state';
  return null;
}

/** Moves the case (with the event's effect already applied) to its next state. */
function moveTo(c: BemCase, from: CaseState, to: CaseState, event: CaseEvent, outcome: CaseOutcome | undefined): BemCase {
  if (to === 'paused' && from !== 'paused') {
    return { ...c, state: to, stateBeforePause: from as PausableState, pausedOn: event.on, pauseReason: event.type === 'employee.withdrew' ? 'withdrawal' : 'consent-revoked' };
  }
  const unpaused = from === 'paused' && to !== 'paused' ? { ...c, stateBeforePause: null, pausedOn: null, pauseReason: null } : c;
  if (to !== 'closed') return { ...unpaused, state: to };
  const closingOutcome = event.type === 'case.closed' ? event.outcome : outcome;
  return { ...unpaused, state: to, outcome: closingOutcome ?? null, closedOn: event.on };
}

/**
 * Applies a validated event to a validated case: the heart of the machine, without input checks
 * (applyEvent and replay validate at the door). `_policy` carries the periods of the
 * {@link CasePolicy} for the rules that use one (none of today's guards does).
 */
export function step(c: BemCase, event: CaseEvent, expectedVersion?: number, _policy: CasePolicy = defaultCasePolicy): ApplyResult {
  const general = generalRefusal(c, event, expectedVersion);
  if (general !== null) return { ok: false, error: caseError(general) };
  const transition = transitionFor(c.state, event.type);
  if (transition === undefined) return { ok: false, error: caseError('event-not-allowed-in-state') };
  const refusal = refusalIn(c, event, transition);
  if (refusal !== null) return { ok: false, error: caseError(refusal) };

  const recorded = { ...applyEffect(c, event), events: [...c.events, event], version: c.version + 1 };
  const branch = transition.branch !== undefined && branchConditions[transition.branch.when](event, recorded) ? transition.branch : undefined;
  const target = branch?.to ?? transition.to;
  const next = target === 'same' ? c.state : target === 'before-pause' ? (c.stateBeforePause ?? c.state) : target;
  return { ok: true, case: moveTo(recorded, c.state, next, event, branch?.outcome ?? transition.outcome) };
}
