import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_EPOCH_DAY, MIN_EPOCH_DAY } from '../../src/dates/epoch-day.js';
import { mergeSortedRanges, sortRangesByStart } from '../../src/dates/merge-epoch-ranges.js';
import { sortNumbers } from '../../src/dates/sort-numbers.js';

const day = fc.integer({ min: MIN_EPOCH_DAY, max: MAX_EPOCH_DAY + 1 });

describe('sortNumbers', () => {
  it('sorts ascending in place and returns the same array', () => {
    const values = [5, 1, 4, 1, -3];
    expect(sortNumbers(values)).toBe(values);
    expect(values).toEqual([-3, 1, 1, 4, 5]);
  });

  it('equals the built-in numeric sort on short lists (insertion) and long ones (typed array)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e9, max: 1e9 }), { maxLength: 200 }), (values) => {
        expect(sortNumbers([...values])).toEqual([...values].sort((a, b) => a - b));
      }),
    );
  });
});

describe('sortRangesByStart', () => {
  it('orders by start and keeps the input order among equal starts (stable)', () => {
    const starts = [5, 0, 5];
    const ends = [9, 4, 6];
    const sources = [0, 1, 2];
    sortRangesByStart(starts, ends, sources);
    expect({ starts, ends, sources }).toEqual({ starts: [0, 5, 5], ends: [4, 9, 6], sources: [1, 0, 2] });
  });

  it('equals a stable comparator sort over any days of the calendar (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(day, fc.integer({ min: 0, max: 400 })), { maxLength: 120 }), (pairs) => {
        const starts = pairs.map(([start]) => start);
        const ends = pairs.map(([start, length]) => start + length);
        const sources = pairs.map((_, i) => i);
        const expected = sources.map((i) => ({ start: starts[i]!, end: ends[i]!, source: i })).sort((a, b) => a.start - b.start);
        sortRangesByStart(starts, ends, sources);
        expect(sources.map((source, k) => ({ start: starts[k], end: ends[k], source }))).toEqual(expected);
      }),
    );
  });
});

describe('mergeSortedRanges', () => {
  it('joins overlapping and touching ranges, keeps a one-day gap, and says where each group began', () => {
    const starts = [0, 5, 10, 20];
    const ends = [4, 8, 12, 21];
    expect(mergeSortedRanges(starts, ends)).toEqual([0, 2, 3, 4]);
    expect({ starts, ends }).toEqual({ starts: [0, 10, 20], ends: [8, 12, 21] });
  });

  it('covers the same days as the sorted input, day by day (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 20 })), { maxLength: 30 }), (pairs) => {
        const sorted = [...pairs].sort((a, b) => a[0] - b[0]);
        const starts = sorted.map(([start]) => start);
        const ends = sorted.map(([start, length]) => start + length);
        const first = mergeSortedRanges(starts, ends);
        const days = new Set(sorted.flatMap(([start, length]) => Array.from({ length: length + 1 }, (_, i) => start + i)));
        const merged = new Set(starts.flatMap((start, i) => Array.from({ length: ends[i]! - start + 1 }, (_, j) => start + j)));
        expect(merged).toEqual(days);
        for (let i = 1; i < starts.length; i++) expect(starts[i]!).toBeGreaterThan(ends[i - 1]! + 1);
        expect(first).toHaveLength(starts.length + 1);
        expect(first[first.length - 1]).toBe(sorted.length);
      }),
    );
  });
});
