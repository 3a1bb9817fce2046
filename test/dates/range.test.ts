import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clipRange,
  countDays,
  countWeekdays,
  type DayRange,
  type EpochRange,
  fromEpochDay,
  fromEpochRange,
  type IsoDate,
  isoWeekdayOfEpochDay,
  mergeEpochRanges,
  mergeRanges,
  toEpochDay,
  weekdayCounter,
} from '../../src/index.js';

const r = (start: string, end: string) => ({ start, end }) as DayRange;
const d = (text: string) => text as IsoDate;

const epochRange = fc
  .tuple(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 30 }))
  .map(([start, length]): EpochRange => ({ start, end: start + length }));
const coveredDays = (ranges: readonly EpochRange[]) => {
  const days = new Set<number>();
  for (const range of ranges) for (let day = range.start; day <= range.end; day++) days.add(day);
  return days;
};

describe('mergeRanges', () => {
  it('merges touching ranges (a follow-up certificate) and overlapping ones', () => {
    expect(mergeRanges([r('2025-03-10', '2025-03-16'), r('2025-03-01', '2025-03-09'), r('2025-03-05', '2025-03-06')])).toEqual([
      r('2025-03-01', '2025-03-16'),
    ]);
  });

  it('keeps ranges apart when one day lies between them', () => {
    expect(mergeRanges([r('2025-03-01', '2025-03-09'), r('2025-03-11', '2025-03-16')])).toEqual([
      r('2025-03-01', '2025-03-09'),
      r('2025-03-11', '2025-03-16'),
    ]);
  });

  it('does not mutate its input', () => {
    const input = [{ start: 5, end: 9 }, { start: 0, end: 5 }];
    const copy = structuredClone(input);
    mergeEpochRanges(input);
    expect(input).toEqual(copy);
  });

  it('preserves the covered days, leaves gaps between results and is sorted (property)', () => {
    fc.assert(
      fc.property(fc.array(epochRange, { maxLength: 20 }), (ranges) => {
        const merged = mergeEpochRanges(ranges);
        expect(coveredDays(merged)).toEqual(coveredDays(ranges));
        for (let i = 1; i < merged.length; i++) expect(merged[i]!.start).toBeGreaterThan(merged[i - 1]!.end + 1);
      }),
    );
  });

  it('is idempotent and independent of order (property)', () => {
    fc.assert(
      fc.property(fc.array(epochRange, { maxLength: 20 }).chain((ranges) => fc.tuple(fc.constant(ranges), fc.shuffledSubarray(ranges, { minLength: ranges.length }))), ([ranges, shuffled]) => {
        const merged = mergeEpochRanges(ranges);
        expect(mergeEpochRanges(merged)).toEqual(merged);
        expect(mergeEpochRanges(shuffled)).toEqual(merged);
      }),
    );
  });

  it('gives the same answer on dates as on epoch days', () => {
    const ranges = [r('2024-12-30', '2025-01-02'), r('2025-01-03', '2025-01-03')];
    expect(mergeRanges(ranges)).toEqual(mergeEpochRanges(ranges.map((x) => ({ start: toEpochDay(x.start), end: toEpochDay(x.end) }))).map(fromEpochRange));
  });
});

describe('clipRange and countDays', () => {
  const window = r('2024-11-01', '2025-10-31');

  it('cuts a range to the window, both ends included', () => {
    expect(clipRange(r('2024-10-20', '2024-11-05'), window)).toEqual(r('2024-11-01', '2024-11-05'));
    expect(clipRange(r('2025-10-31', '2025-11-05'), window)).toEqual(r('2025-10-31', '2025-10-31'));
    expect(clipRange(r('2024-10-20', '2025-12-05'), window)).toEqual(window);
  });

  it('returns null when the range ends the day before the window or starts the day after', () => {
    expect(clipRange(r('2024-10-20', '2024-10-31'), window)).toBeNull();
    expect(clipRange(r('2025-11-01', '2025-11-05'), window)).toBeNull();
  });

  it('counts closed ranges', () => {
    expect(countDays(r('2024-02-01', '2024-02-29'))).toBe(29);
    expect(countDays(r('2025-01-01', '2025-01-01'))).toBe(1);
    expect(countDays(r('2025-01-02', '2025-01-01'))).toBe(0);
  });
});

describe('weekday counting', () => {
  it('counts Monday to Friday in a week with two holidays', () => {
    expect(countWeekdays(r('2025-12-22', '2025-12-28'), [1, 2, 3, 4, 5], [d('2025-12-25'), d('2025-12-26')])).toBe(3);
  });

  it('ignores holidays on days that do not count anyway, and duplicates', () => {
    expect(countWeekdays(r('2025-12-22', '2025-12-28'), [1, 2, 3], [d('2025-12-25'), d('2025-12-27'), d('2025-12-22'), d('2025-12-22')])).toBe(2);
  });

  it('counts a part-time week (Mon, Wed) across the day before, on and after its boundaries', () => {
    const counter = weekdayCounter([1, 3]);
    const monday = toEpochDay(d('2025-11-17'));
    expect(counter.count(monday, monday - 1)).toBe(0);
    expect(counter.count(monday, monday)).toBe(1);
    expect(counter.count(monday, monday + 1)).toBe(1);
    expect(counter.count(monday, monday + 2)).toBe(2);
    expect(counter.weekdays).toEqual([1, 3]);
    expect(counter.counts(monday)).toBe(true);
    expect(counter.counts(monday + 1)).toBe(false);
  });

  it('refuses weekdays outside 1–7', () => {
    expect(() => weekdayCounter([0])).toThrow('weekdays[0]: Expected an integer from 1 to 7, received 0');
    expect(() => weekdayCounter([8])).toThrow('weekdays[0]: Expected an integer from 1 to 7, received 8');
  });

  it('equals a day-by-day count for any weekdays, holidays and range, before and after 1970 (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { maxLength: 7 }),
        fc.array(fc.integer({ min: -1000, max: 1000 }), { maxLength: 15 }),
        fc.integer({ min: -1000, max: 1000 }),
        fc.integer({ min: -1, max: 400 }),
        (weekdays, holidayDays, start, length) => {
          const holidays = holidayDays.map(fromEpochDay);
          const counter = weekdayCounter(weekdays, holidays);
          let slow = 0;
          for (let day = start; day <= start + length; day++) {
            if (weekdays.includes(isoWeekdayOfEpochDay(day)) && !holidayDays.includes(day)) slow++;
          }
          expect(counter.count(start, start + length)).toBe(slow);
        },
      ),
    );
  });
});
