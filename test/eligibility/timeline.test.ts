import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, type IsoDate } from '../../src/dates/index.js';
import { eligibilityTimeline, evaluateEligibility, type TimelineEntry } from '../../src/eligibility/index.js';
import { eligibilityInput, policyInput } from './arbitraries.js';

describe('eligibilityTimeline', () => {
  it('lists the days the status changes, first the status on the first day', () => {
    const timeline = eligibilityTimeline(
      { absences: [{ start: '2025-01-06', end: '2025-02-28', kind: 'sickness' }] },
      { from: '2025-01-01', to: '2026-03-31' },
    );
    expect(timeline).toEqual([
      { on: '2025-01-01', status: 'not-due', countedDays: 0 },
      { on: '2025-02-02', status: 'approaching', countedDays: 28 },
      { on: '2025-02-17', status: 'due', countedDays: 43 },
      { on: '2026-01-17', status: 'approaching', countedDays: 42 },
      { on: '2026-02-01', status: 'not-due', countedDays: 27 },
    ]);
  });

  it('switches to bem-running on the day a BEM starts, and stays there', () => {
    const timeline = eligibilityTimeline(
      { absences: [{ start: '2025-01-06', end: null, kind: 'sickness' }], bemRunningSince: '2025-03-03' },
      { from: '2025-01-01', to: '2025-12-31' },
    );
    expect(timeline.map((entry) => [entry.on, entry.status])).toEqual([
      ['2025-01-01', 'not-due'],
      ['2025-02-02', 'approaching'],
      ['2025-02-17', 'due'],
      ['2025-03-03', 'bem-running'],
    ]);
    expect(eligibilityTimeline({ absences: [], bemRunningSince: '2024-01-01' }, { from: '2025-01-01', to: '2025-01-31' })).toEqual([
      { on: '2025-01-01', status: 'bem-running', countedDays: 0 },
    ]);
  });

  it('equals evaluating every day of the range, keeping only the changes', () => {
    fc.assert(
      fc.property(eligibilityInput, policyInput, fc.integer({ min: 0, max: 90 }), (input, policy, length) => {
        const { asOf, ...rest } = input;
        const from = asOf as IsoDate;
        const to = addDays(from, length);
        const expected: TimelineEntry[] = [];
        for (let day = from; day <= to; day = addDays(day, 1)) {
          const result = evaluateEligibility({ ...rest, asOf: day }, policy);
          if (expected.at(-1)?.status !== result.status) expected.push({ on: day, status: result.status, countedDays: result.countedDays });
        }
        expect(eligibilityTimeline(rest, { from, to, policy })).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });

  it('refuses a range that ends before it starts, and a reset after its first day', () => {
    expect(() => eligibilityTimeline({ absences: [] }, { from: '2025-02-01', to: '2025-01-31' })).toThrowErrorMatchingInlineSnapshot(
      `[BemInputError: Invalid input: to: The timeline must not end before it starts]`,
    );
    expect(() => eligibilityTimeline({ absences: [], previousBemConcludedOn: '2025-02-02' }, { from: '2025-02-01', to: '2025-03-01' })).toThrow(
      'previousBemConcludedOn: The previous BEM cannot have concluded after the first day of the timeline (from)',
    );
    expect(() => eligibilityTimeline({ absences: [], asOf: '2025-02-01' } as never, { from: '2025-02-01', to: '2025-03-01' })).toThrow("Unknown field 'asOf'");
    expect(() => eligibilityTimeline({ absences: [{ start: 'x' }] } as never, { from: '2025-02-01', to: '2025-03-01' })).toThrow('absences[0].start');
  });

  it('accepts a reset on or before the first day', () => {
    const timeline = eligibilityTimeline(
      { absences: [{ start: '2025-01-06', end: '2025-03-31', kind: 'sickness' }], previousBemConcludedOn: '2025-02-28' },
      { from: '2025-02-28', to: '2025-04-30' },
    );
    expect(timeline.map((entry) => entry.status)).toEqual(['not-due', 'approaching']);
  });
});
