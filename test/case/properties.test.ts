import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEvent, replay } from '../../src/case/index.js';
import { BemCase } from '../../src/model/index.js';
import { sequences, walk } from './arbitraries.js';
import { opened } from './fixtures.js';

const decidingTypes = new Set(['employee.accepted', 'employee.declined', 'employee.withdrew', 'employee.resumed', 'measure.agreed', 'measure.rejected']);

describe('any random sequence of case events', () => {
  it('keeps the invariants at every step', () => {
    fc.assert(
      fc.property(sequences, (steps) => {
        const c = walk(steps, opened(true), (before, event, result) => {
          if (before.state === 'closed') expect(result.ok ? 'accepted' : result.error.code).toBe('case-closed');
          if (!result.ok) return;
          // Only the employee decides: accepts, declines, withdraws, resumes, agrees or rejects.
          if (decidingTypes.has(event.type)) expect(event.by).toBe('employee');
          // No measure is agreed without the BEM consent in force.
          if (event.type === 'measure.agreed') expect(before.consents.some((consent) => consent.purpose === 'bem-procedure' && consent.revokedOn === null)).toBe(true);
          expect(result.case.version).toBe(result.case.events.length);
          expect(result.case.outcome !== null).toBe(result.case.state === 'closed');
        });
        if (c.outcome === 'declined') {
          const no = c.events.find((event) => event.type === 'employee.declined' || (event.type === 'interview.held' && !event.employeeAgreed));
          expect(no?.type === 'interview.held' || no?.by === 'employee').toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  }, 30_000);

  it('replays to the same case as applying the events one by one, and survives a JSON round trip', () => {
    fc.assert(
      fc.property(sequences, (steps) => {
        const c = walk(steps, opened());
        expect(replay(c.events)).toEqual(c);
        const stored = JSON.parse(JSON.stringify(c)) as unknown;
        expect(BemCase.parse(stored)).toEqual(c);
        expect(stored).toEqual(c);
      }),
      { numRuns: 100 },
    );
  }, 30_000);

  it('reaches every state and every outcome over many sequences (the generator is not blind)', () => {
    const seenStates = new Set<string>();
    const seenOutcomes = new Set<string>();
    fc.assert(
      fc.property(sequences, (steps) => {
        walk(steps, opened(true), (_before, _event, result) => {
          if (!result.ok) return;
          seenStates.add(result.case.state);
          if (result.case.outcome !== null) seenOutcomes.add(result.case.outcome);
        });
      }),
      { numRuns: 300, seed: 42 },
    );
    expect([...seenStates].sort()).toEqual(['accepted', 'closed', 'in-progress', 'invited', 'measures', 'open', 'paused', 'review']);
    expect(seenOutcomes.size).toBeGreaterThanOrEqual(4);
  }, 30_000);
});

describe('a refused event', () => {
  it('leaves the given case exactly as it was, even when applied to a frozen case', () => {
    fc.assert(
      fc.property(sequences, (steps) => {
        walk(steps, opened(), (before, event, result) => {
          const snapshot = structuredClone(before);
          const again = applyEvent(Object.freeze(before), event);
          expect(again).toEqual(result); // deterministic
          expect(before).toEqual(snapshot);
        });
      }),
      { numRuns: 60 },
    );
  }, 30_000);
});
