import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, fromEpochDay, isIsoDate, toEpochDay } from '../../src/dates/index.js';
import { dateOf, edgeBreaks, epochDayOf, epochDayOrNaN, firstDayWithEdgeAtLeast, MAX_DAY, MIN_DAY, windowEdge } from '../../src/eligibility/window.js';

const anyDay = fc.integer({ min: MIN_DAY, max: MAX_DAY });

describe('the window arithmetic', () => {
  it('reads epoch days exactly as toEpochDay does, and writes dates as fromEpochDay does', () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        expect(epochDayOf(fromEpochDay(day))).toBe(day);
        expect(dateOf(day)).toBe(fromEpochDay(day));
      }),
      { numRuns: 2000 },
    );
  });

  it('checks dates exactly as isIsoDate does while reading them', () => {
    const nearlyDates = fc.oneof(
      anyDay.map(fromEpochDay),
      fc.tuple(fc.integer({ min: -1, max: 10000 }), fc.integer({ min: -1, max: 13 }), fc.integer({ min: -1, max: 32 })).map(
        ([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
      ),
      fc.string({ minLength: 10, maxLength: 10 }),
      fc.constantFrom('2024-02-29', '2023-02-29', '1900-02-29', '2000-02-29', '2025-1a-01', '2025-01-0 ', '+025-01-01', ' 2025-01-01', 20250101, null),
    );
    fc.assert(
      fc.property(nearlyDates, (value) => {
        const day = epochDayOrNaN(value);
        expect(Number.isNaN(day)).toBe(!isIsoDate(value));
        if (!Number.isNaN(day)) expect(day).toBe(toEpochDay(value as never));
      }),
      { numRuns: 3000 },
    );
  });

  it('puts the edge of a months window on the clamped same day, like addMonths', () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_DAY + 5000, max: MAX_DAY }), fc.integer({ min: 1, max: 120 }), (day, months) => {
        expect(windowEdge({ months }, day)).toBe(toEpochDay(addMonths(fromEpochDay(day), -months)));
      }),
      { numRuns: 1000 },
    );
  });

  it('finds the first day whose edge reaches a day', () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_DAY, max: MAX_DAY - 5000 }), fc.integer({ min: 1, max: 120 }), (day, months) => {
        const window = { months };
        const first = firstDayWithEdgeAtLeast(window, day);
        expect(windowEdge(window, first)).toBeGreaterThanOrEqual(day);
        expect(windowEdge(window, first - 1)).toBeLessThan(day);
      }),
      { numRuns: 1000 },
    );
    expect(firstDayWithEdgeAtLeast({ days: 365 }, 0)).toBe(365);
  });

  it('keeps working beyond the years 0000-9999 for arithmetic near the ends', () => {
    expect(windowEdge({ months: 12 }, MIN_DAY)).toBe(MIN_DAY - 365);
    expect(firstDayWithEdgeAtLeast({ months: 12 }, MAX_DAY)).toBe(MAX_DAY + 366);
  });

  it('marks where the edge pauses or skips, and nothing for day windows', () => {
    const window = { months: 12 };
    const from = toEpochDay('2024-01-01' as never);
    const to = toEpochDay('2025-12-31' as never);
    const breaks = edgeBreaks(window, from, to).map(fromEpochDay);
    expect(breaks).toEqual(['2024-02-29', '2024-03-01', '2025-03-01']);
    expect(edgeBreaks({ days: 365 }, from, to)).toEqual([]);
    fc.assert(
      fc.property(fc.integer({ min: -10000, max: 30000 }), fc.integer({ min: 1, max: 30 }), (start, months) => {
        const w = { months };
        const marked = new Set(edgeBreaks(w, start, start + 400));
        for (let day = start + 1; day <= start + 400; day++) {
          const step = windowEdge(w, day) - windowEdge(w, day - 1);
          const before = windowEdge(w, day - 1) - windowEdge(w, day - 2);
          if (step !== 1 && step !== before) expect(marked.has(day)).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });
});
