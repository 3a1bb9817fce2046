import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEvent, replay } from '../../src/case/index.js';
import { daysBetween, IsoDate } from '../../src/dates/index.js';
import { BemCase, MeasureType } from '../../src/model/index.js';
import { berlinDayOf, instantTime } from '../../src/model/instant-day.js';
import { sequences, walk } from './arbitraries.js';
import { opened } from './fixtures.js';

const decidingTypes = new Set(['employee.accepted', 'employee.declined', 'employee.withdrew', 'employee.resumed', 'measure.agreed', 'measure.rejected']);
/** What the legal representative may do for the employee (§ 167 Abs. 2 S. 4 SGB IX). */
const representable = new Set(['employee.accepted', 'employee.declined', 'consent.granted', 'consent.revoked']);
/** How many random sequences each law is checked on; CI sets CASE_PROPERTY_RUNS=10000. */
const runs = (fallback: number) => Number(process.env.CASE_PROPERTY_RUNS ?? fallback);
const TIMEOUT = process.env.CASE_PROPERTY_RUNS === undefined ? 30_000 : 3_600_000;

describe('any random sequence of case events', () => {
  it('keeps the invariants at every step', () => {
    fc.assert(
      fc.property(sequences, (steps) => {
        const c = walk(steps, opened(true), (before, event, result) => {
          if (before.state === 'closed') expect(result.ok ? 'accepted' : result.error.code).toBe('case-closed');
          if (!result.ok) return;
          // Only the employee decides: accepts, declines, withdraws, resumes, agrees or rejects;
          // the legal representative may accept, decline and consent for them, and does nothing else.
          if (decidingTypes.has(event.type)) expect(event.by).toBe(representable.has(event.type) && event.by === 'legal-representative' ? 'legal-representative' : 'employee');
          if (event.by === 'legal-representative') expect(representable.has(event.type)).toBe(true);
          // Silence counts as a refusal only after a reminder and the reply date it set.
          if (event.type === 'case.closed' && event.outcome === 'no-response') {
            expect(before.invitation?.reminders.length).toBeGreaterThan(0);
            expect(event.on > (before.invitation?.replyBy ?? '9999-12-31')).toBe(true);
          }
          // The reply period is at least the policy's minimum, counted from delivery.
          if (event.type === 'invitation.sent' && event.content.replyBy !== undefined) {
            expect(daysBetween(IsoDate.parse(event.deliveredOn ?? event.on), IsoDate.parse(event.content.replyBy))).toBeGreaterThanOrEqual(7);
          }
          // Times are on their Berlin day and in order; nothing a BEM never is becomes a measure.
          if (event.at !== undefined) {
            expect(berlinDayOf(event.at)).toBe(event.on);
            const earlier = before.events.flatMap((previous) => (previous.at === undefined ? [] : [instantTime(previous.at)]));
            expect(earlier.every((time) => time <= instantTime(event.at as string))).toBe(true);
          }
          expect(result.case.measures.every((measure) => MeasureType.safeParse(measure.type).success)).toBe(true);
          // No measure is agreed without the BEM consent in force.
          if (event.type === 'measure.agreed') expect(before.consents.some((consent) => consent.purpose === 'bem-procedure' && consent.revokedOn === null)).toBe(true);
          expect(result.case.version).toBe(result.case.events.length);
          expect(result.case.outcome !== null).toBe(result.case.state === 'closed');
        });
        if (c.outcome === 'declined') {
          const no = c.events.find((event) => event.type === 'employee.declined' || (event.type === 'interview.held' && !event.employeeAgreed));
          expect(no?.type === 'interview.held' || no?.by === 'employee' || no?.by === 'legal-representative').toBe(true);
        }
      }),
      { numRuns: runs(100) },
    );
  }, TIMEOUT);

  it('replays to the same case as applying the events one by one, and survives a JSON round trip', () => {
    fc.assert(
      fc.property(sequences, (steps) => {
        const c = walk(steps, opened());
        expect(replay(c.events)).toEqual(c);
        const stored = JSON.parse(JSON.stringify(c)) as unknown;
        expect(BemCase.parse(stored)).toEqual(c);
        expect(stored).toEqual(c);
      }),
      { numRuns: runs(100) },
    );
  }, TIMEOUT);

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
  }, TIMEOUT);
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
      { numRuns: runs(60) },
    );
  }, TIMEOUT);
});
