import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allowedEvents, applyEvent, auditCase, replay } from '../../src/case/index.js';
import { type BemCase, BemInputError, type CaseEventInput } from '../../src/model/index.js';
import { personnelFileExtract, proofOfOffer, retentionUntil, viewFor } from '../../src/privacy/index.js';
import { anyCase } from '../privacy/arbitrary-case.js';
import { reachableCase } from './arbitraries.js';
import { caseIn, ev, opened, run } from './fixtures.js';
import { firstIssueOf } from '../door/first-issue.js';

// A case object is trusted only if it follows from its own event log: a backend that stores
// cases, or a client that sends one, cannot widen what the rules allow by editing fields.

const every: Record<string, (c: unknown) => unknown> = {
  applyEvent: (c) => applyEvent(c as BemCase, ev.close('employment-ended', '2027-01-01')),
  allowedEvents: (c) => allowedEvents(c as BemCase, 'employer'),
  viewFor: (c) => viewFor(c as BemCase, 'works-council'),
  auditCase: (c) => auditCase(c as BemCase, { asOf: '2027-01-01' }),
  personnelFileExtract: (c) => personnelFileExtract(c as BemCase),
  retentionUntil: (c) => retentionUntil(c as BemCase),
  proofOfOffer: (c) => proofOfOffer(c as BemCase),
};

function expectRefusedEverywhere(forged: unknown): void {
  for (const [name, call] of Object.entries(every)) {
    expect(firstIssueOf(() => call(forged)), name).toEqual({ path: ['case'], code: 'case-inconsistent' });
  }
}

const addCouncil: CaseEventInput = { type: 'participant.added', on: '2025-11-25', by: 'employer', role: 'works-council' };
const excludeCouncil: CaseEventInput = { type: 'participant.excluded', on: '2025-11-21', by: 'employee', role: 'works-council' };

describe('a forged case', () => {
  it('with a changed state is refused by every function that takes a case', () => {
    const fresh = opened();
    expectRefusedEverywhere({ ...fresh, state: 'invited' });
    const closed = caseIn('closed');
    // a closed case set back to open would accept a new invitation
    expectRefusedEverywhere({ ...closed, state: 'open', outcome: null, closedOn: null });
  });

  it('with excluded roles removed cannot bring an excluded works council back', () => {
    const c = run(opened(), [ev.invite(), ev.accept(), ev.interview(), excludeCouncil]);
    expect(applyEvent(c, addCouncil)).toMatchObject({ ok: false, error: { code: 'participant-excluded' } });
    expect(() => applyEvent({ ...c, excludedRoles: [] }, addCouncil)).toThrow(/case: The case does not follow from its event log: excludedRoles/);
    expectRefusedEverywhere({ ...c, excludedRoles: [] });
  });

  it('with a made-up consent is refused', () => {
    const c = caseIn('in-progress');
    const consent = { id: 'consent-9', purpose: 'participation', dataCategories: ['absence-periods'], recipients: ['company-doctor'], grantedOn: '2025-11-20', revokedOn: null };
    expectRefusedEverywhere({ ...c, consents: [...c.consents, consent] });
    expectRefusedEverywhere({ ...c, consents: c.consents.map((held) => ({ ...held, revokedOn: '2025-11-21' })) });
  });

  it('with a made-up agreed measure cannot start it', () => {
    const c = caseIn('in-progress');
    const measure = {
      id: 'm-9', type: 'ergonomics', category: 'workplace-design', status: 'agreed', proposedOn: '2025-11-21', proposedBy: 'employer',
      agreedOn: '2025-11-21', rejectedOn: null, startedOn: null, completedOn: null, abandonedOn: null,
    };
    const forged = { ...c, state: 'measures', measures: [measure] };
    expect(() => applyEvent(forged as BemCase, ev.start('m-9'))).toThrow(BemInputError);
    expectRefusedEverywhere(forged);
    expectRefusedEverywhere({ ...c, measures: [measure] });
  });

  it('with changed participants is refused', () => {
    const c = run(opened(), [ev.invite(), ev.accept(), addCouncil]);
    expectRefusedEverywhere({ ...c, participants: [] });
    expectRefusedEverywhere({ ...c, participants: c.participants.map((p) => ({ ...p, role: 'company-doctor' })) });
  });

  it('with a version that does not match its log is refused', () => {
    const c = caseIn('accepted');
    // version and events length agree, but the log was cut: the derived fields no longer follow
    expectRefusedEverywhere({ ...c, version: c.version - 1, events: c.events.slice(0, -1) });
  });

  it('with a closure that its log does not record is refused', () => {
    const c = caseIn('measures');
    expectRefusedEverywhere({ ...c, state: 'closed', outcome: 'completed', closedOn: '2026-01-01' });
    const closed = caseIn('closed');
    expectRefusedEverywhere({ ...closed, closedOn: '2025-11-11' });
  });

  it('whose log the machine refuses is refused, naming the event', () => {
    const c = caseIn('invited');
    const events = [...c.events, { type: 'measure.started', on: '2025-11-05', by: 'employer', measureId: 'm-1' }];
    expect(() => retentionUntil({ ...c, events, version: events.length } as never)).toThrow(/event 2 \(measure\.started\) is refused \(event-not-allowed-in-state\)/);
  });

  it('is refused unless it is exactly what its log gives, for any schema-valid case (reference: replay)', () => {
    fc.assert(
      fc.property(anyCase, (c) => {
        let derived: BemCase | null;
        try {
          derived = replay(c.events);
        } catch {
          derived = null;
        }
        const honest = derived !== null && JSON.stringify(derived) === JSON.stringify(c);
        expect(firstIssueOf(() => viewFor(c, 'employee'))).toEqual(honest ? null : { path: ['case'], code: 'case-inconsistent' });
      }),
      { numRuns: 300 },
    );
  });
});

describe('a case the library built', () => {
  it('is accepted again after a JSON round trip, and is the same case', () => {
    fc.assert(
      fc.property(reachableCase, (c) => {
        const stored = JSON.parse(JSON.stringify(c)) as BemCase;
        expect(allowedEvents(stored, 'employer')).toEqual(allowedEvents(c, 'employer'));
        expect(viewFor(stored, 'employee')).toEqual(viewFor(c, 'employee'));
      }),
      { numRuns: 200 },
    );
  });

  it('is frozen at every depth, so it cannot be edited after the library checked it', () => {
    const c = caseIn('measures');
    expect(Object.isFrozen(c)).toBe(true);
    expect(Object.isFrozen(c.consents)).toBe(true);
    expect(Object.isFrozen(c.consents[0])).toBe(true);
    expect(Object.isFrozen(c.events[1])).toBe(true);
    expect(() => (c.excludedRoles as string[]).push('works-council')).toThrow(TypeError);
    expect(Object.isFrozen(replay(c.events))).toBe(true);
  });
});
