import { describe, expect, it } from 'vitest';
import { allowedEvents, applyEvent, transitionFor } from '../../src/case/index.js';
import { Actor, type BemCase, type CaseEventInput, CaseEventType, CaseState } from '../../src/model/index.js';
import { bemConsent, caseIn, ev, outcomeOf, pathTo, sbvContent } from './fixtures.js';

const D = '2026-06-01';

/** For each event type: alternatives, each an optional preparation plus the event itself. */
const samples: Record<CaseEventType, readonly (readonly CaseEventInput[])[]> = {
  'case.opened': [[{ type: 'case.opened', on: D, by: 'employer', caseId: 'c-2', employee: { id: 'e-1' }, thresholdCrossedOn: null, countedDays: null }]],
  'invitation.sent': [[ev.invite(D, { ...sbvContent, replyBy: '2026-06-15' })]],
  'reminder.sent': [[ev.remind(D)]],
  'employee.accepted': [[ev.accept(D)]],
  'employee.declined': [[{ type: 'employee.declined', on: D, by: 'employee', inWriting: true }]],
  'interview.held': [[ev.interview(D)]],
  'participant.added': [[{ type: 'participant.added', on: D, by: 'employer', role: 'works-council' }]],
  'participant.excluded': [[{ type: 'participant.excluded', on: D, by: 'employee', role: 'works-council' }]],
  'consent.granted': [[{ type: 'consent.granted', on: D, by: 'employee', consent: bemConsent }]],
  'consent.revoked': [[{ type: 'consent.revoked', on: D, by: 'employee', consentId: 'consent-1' }]],
  'measure.proposed': [[ev.propose('m-new', 'home-office', D)]],
  'measure.agreed': [[ev.propose('m-new', 'home-office', D), ev.agree('m-new', D)]],
  'measure.rejected': [[ev.propose('m-new', 'home-office', D), { type: 'measure.rejected', on: D, by: 'employee', measureId: 'm-new' }]],
  'measure.started': [[ev.start('m-1', D)], [ev.start('m-2', D)]],
  'measure.completed': [[ev.start('m-1', D), ev.complete('m-1', D)], [ev.complete('m-1', D)]],
  'measure.abandoned': [[{ type: 'measure.abandoned', on: D, by: 'employer', measureId: 'm-1' }]],
  'review.held': [[ev.start('m-1', D), ev.review(D)], [ev.review(D)]],
  'employee.withdrew': [[ev.withdraw(D)]],
  'employee.resumed': [[ev.resume(D)]],
  'clarification.demanded': [[{ type: 'clarification.demanded', on: D, by: 'works-council' }]],
  'case.closed': [
    [ev.close('employment-ended', D)],
    [ev.remind(D), ev.close('no-response', '2026-06-09')],
    [ev.close('withdrawn', D, 'employee')],
  ],
};

/** Applies the preparation (skipping steps the state does not allow) and returns the last event's result. */
function tryAlternative(c: BemCase, alternative: readonly CaseEventInput[], by?: Actor) {
  let current = c;
  for (const event of alternative.slice(0, -1)) {
    const prepared = applyEvent(current, event);
    if (prepared.ok) current = prepared.case;
  }
  const last = alternative.at(-1) as CaseEventInput;
  return { before: current, result: applyEvent(current, by === undefined ? last : ({ ...last, by } as CaseEventInput)) };
}

describe('path coverage of the transition table', () => {
  it('reaches every state', () => {
    for (const state of CaseState.options) expect(caseIn(state).state, state).toBe(state);
    expect(Object.keys(pathTo).sort()).toEqual([...CaseState.options].sort());
  });

  for (const state of CaseState.options) {
    it(`tries every event type in state ${state}`, () => {
      const c = caseIn(state, true);
      for (const type of CaseEventType.options) {
        const results = samples[type].map((alternative) => outcomeOf(tryAlternative(c, alternative).result));
        const inTable = transitionFor(state, type) !== undefined;
        if (state === 'closed') expect(results, type).toEqual(results.map(() => 'case-closed'));
        else if (type === 'case.opened') expect(results, type).toEqual(['case-already-opened']);
        else if (!inTable) expect(results, type).toEqual(results.map(() => 'event-not-allowed-in-state'));
        else expect(results, `${state} / ${type}`).toContain('accepted');
      }
    });
  }

  it('lists in allowedEvents every event type an actor could successfully send', () => {
    for (const state of CaseState.options) {
      const c = caseIn(state, true);
      for (const actor of Actor.options) {
        const allowed = allowedEvents(c, actor);
        for (const type of CaseEventType.options) {
          const accepted = samples[type].some((alternative) => tryAlternative(c, alternative, actor).result.ok);
          if (accepted) expect(allowed, `${state} / ${actor} / ${type}`).toContain(type);
        }
      }
    }
  });

  it('allows nothing in a closed case and only the employer’s steps at the start', () => {
    expect(allowedEvents(caseIn('closed'), 'employer')).toEqual([]);
    expect(allowedEvents(caseIn('open'), 'employer')).toEqual(['invitation.sent', 'case.closed']);
    expect(allowedEvents(caseIn('open'), 'employee')).toEqual(['participant.excluded']);
    expect(allowedEvents(caseIn('paused'), 'employee')).toEqual([
      'participant.excluded',
      'consent.granted',
      'consent.revoked',
      'employee.resumed',
      'case.closed',
    ]);
    expect(allowedEvents(caseIn('in-progress'), 'works-council')).toEqual([]);
  });
});
