import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/dates/index.js';
import { collectRanges } from '../../src/eligibility/counting.js';
import { resolvePolicy } from '../../src/eligibility/prepared-policy.js';
import { dayReaching, dayUnitFor, tallyOf, upTo } from '../../src/eligibility/tally.js';

const calendar = resolvePolicy({});
const working = resolvePolicy({ unit: 'working-days', holidays: ['2025-01-08' as IsoDate] });

function tallyFor(policy: typeof calendar, absences: { start: string; end: string }[]) {
  const ranges = collectRanges(
    absences.map((a) => ({ ...a, kind: 'sickness' })),
    policy,
    null,
  )!;
  return tallyOf(ranges, dayUnitFor(policy, ranges, 30_000));
}

describe('dayReaching', () => {
  const absences = [
    { start: '2025-01-06', end: '2025-01-12' }, // Mon–Sun: 7 calendar days, 4 working days (Wed is a holiday)
    { start: '2025-02-03', end: '2025-02-05' },
  ];

  it('finds the exact day of the n-th counted calendar day', () => {
    const tally = tallyFor(calendar, absences);
    const days = [1, 7, 8, 10].map((n) => dayReaching(tally, n));
    expect(days.map((day) => upTo(tally, day))).toEqual([1, 7, 8, 10]);
    expect(days.map((day) => upTo(tally, day - 1))).toEqual([0, 6, 7, 9]);
  });

  it('names a day by which the count is reached in working days, at the latest the end of its range', () => {
    const tally = tallyFor(working, absences);
    for (let n = 1; n <= 7; n++) {
      const day = dayReaching(tally, n);
      expect(upTo(tally, day)).toBeGreaterThanOrEqual(n);
      expect(day).toBeLessThanOrEqual(n <= 4 ? tally.ends[0]! : tally.ends[1]!);
    }
  });

  it('is Infinity for a count the ranges never reach', () => {
    expect(dayReaching(tallyFor(calendar, absences), 11)).toBe(Infinity);
    expect(dayReaching(tallyFor(calendar, []), 1)).toBe(Infinity);
  });

  it('reaches any count the ranges hold (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ start: fc.integer({ min: 0, max: 400 }), length: fc.integer({ min: 1, max: 40 }) }), { minLength: 1, maxLength: 8 }), (spans) => {
        const base = 20_000;
        const date = (day: number) => new Date((base + day) * 86_400_000).toISOString().slice(0, 10);
        const tally = tallyFor(calendar, spans.map((s) => ({ start: date(s.start), end: date(s.start + s.length - 1) })));
        const total = tally.before[tally.before.length - 1]!;
        for (let n = 1; n <= total; n++) {
          const day = dayReaching(tally, n);
          expect(upTo(tally, day)).toBe(n);
        }
      }),
      { numRuns: 100 },
    );
  });
});
