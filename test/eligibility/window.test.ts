import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_EPOCH_DAY as MAX_DAY, MIN_EPOCH_DAY as MIN_DAY } from '../../src/dates/epoch-day.js';
import { addMonths, fromEpochDay, toEpochDay } from '../../src/dates/index.js';
import { edgeBreaks, firstDayWithEdgeAtLeast, shortestWindow, windowEdge } from '../../src/eligibility/window.js';

describe('the window arithmetic', () => {
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

  it('keeps working beyond the years 0001-9999 for arithmetic near the ends', () => {
    expect(windowEdge({ months: 12 }, MIN_DAY)).toBe(MIN_DAY - 366); // year 0 is a leap year
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

  it('puts the first day whose edge reaches a day at least one shortest window after it', () => {
    expect(firstDayWithEdgeAtLeast({ days: 365 }, 100) - 100).toBe(shortestWindow({ days: 365 }));
    fc.assert(
      fc.property(fc.integer({ min: -10000, max: 30000 }), fc.integer({ min: 1, max: 30 }), (day, months) => {
        expect(firstDayWithEdgeAtLeast({ months }, day)).toBeGreaterThanOrEqual(day + shortestWindow({ months }));
      }),
      { numRuns: 300 },
    );
  });
});
