import { Actor } from '../model/actor.js';
import type { BemCaseInput } from '../model/bem-case.js';
import { CaseEventType } from '../model/case-event.js';
import { parseInput } from '../model/input-error.js';
import { maySend } from './senders.js';
import { checkedCase } from './trusted-case.js';
import { type Transition, transitionFor } from './transitions.js';

/** The employee closes a case only as withdrawn, so `case.closed` is theirs only where that outcome is possible. */
function closableBy(actor: Actor, transition: Transition): boolean {
  return actor !== 'employee' || transition.outcomes?.includes('withdrawn') === true;
}

/**
 * The event types `actor` may send now.
 *
 * Those the current state allows and the actor may send (for
 * `measure.proposed` that includes every role that takes part).
 *
 * Guards that depend on the event's content (consent for a given recipient, a measure's status, …)
 * are checked when the event is applied. A closed case allows nothing.
 *
 * @param c the case.
 * @param actor who wants to act.
 * @returns the event types, in the order of {@link CaseEventType}.
 * @throws BemInputError for a bad case (`case…`) or an unknown actor (`actor: Expected one of …`).
 * @example
 * ```ts
 * const c = openCase({ id: 'c-1', employee: { id: 'e-4711' }, on: '2025-11-03' });
 * allowedEvents(c, 'employer'); //=> ['invitation.sent', 'case.closed']
 * allowedEvents(c, 'employee'); //=> ['participant.excluded']
 * ```
 */
export function allowedEvents(c: BemCaseInput, actor: Actor): CaseEventType[] {
  const current = checkedCase(c);
  const who = parseInput(Actor, actor, ['actor']);
  return CaseEventType.options.filter((type) => {
    const transition = transitionFor(current.state, type);
    if (transition === undefined || !maySend(current, type, who)) return false;
    return type !== 'case.closed' || closableBy(who, transition);
  });
}
