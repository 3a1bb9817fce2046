import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonthsToEpochDay } from '../../src/dates/arithmetic.js';
import {
  daysFromCivil,
  daysInMonthIndex,
  epochDayOrNaN,
  firstDayOfMonthIndex,
  MAX_EPOCH_DAY,
  MIN_EPOCH_DAY,
  monthIndexOfEpochDay,
} from '../../src/dates/epoch-day.js';
import { addDays, addMonths, BemInputError, fromEpochDay, type IsoDate, isIsoDate, isoWeekday, toEpochDay } from '../../src/index.js';

const d = (text: string) => text as IsoDate;

// The slow, obvious reference: JavaScript's own proleptic Gregorian calendar in UTC (tests may
// use Date; src may not). setUTCFullYear, unlike Date.UTC, does not move years 0–99 to 1900.
const MS_PER_DAY = 86_400_000;
function utcEpochDay(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime() / MS_PER_DAY;
}
function utcCivil(day: number): { year: number; month: number; day: number } {
  const date = new Date(day * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}
const anyDay = fc.integer({ min: MIN_EPOCH_DAY, max: MAX_EPOCH_DAY });
/** Days far outside 0000–9999 too: month arithmetic near the ends steps beyond them. */
const wideDay = fc.integer({ min: -5_000_000, max: 5_000_000 });

describe('toEpochDay / fromEpochDay', () => {
  it('puts 1970-01-01 at day 0 and counts on from there', () => {
    expect(toEpochDay(d('1970-01-01'))).toBe(0);
    expect(toEpochDay(d('1970-01-02'))).toBe(1);
    expect(toEpochDay(d('1969-12-31'))).toBe(-1);
    expect(fromEpochDay(19782)).toBe('2024-02-29');
  });

  it('round-trips every day from 1900 to 2200', () => {
    const first = toEpochDay(d('1900-01-01'));
    const last = toEpochDay(d('2200-12-31'));
    let expectedWeekday = isoWeekday(d('1900-01-01'));
    for (let day = first; day <= last; day++) {
      const date = fromEpochDay(day);
      if (!isIsoDate(date) || toEpochDay(date) !== day) throw new Error(`round trip broke at ${day} (${date})`);
      if (isoWeekday(date) !== expectedWeekday) throw new Error(`weekday broke at ${date}`);
      expectedWeekday = (expectedWeekday % 7) + 1;
    }
    expect(last - first + 1).toBe(301 * 365 + 73) // 301 years, 73 leap days (1904…2196 without 2100);
  });

  it('agrees with a days-per-month walk on the number of days in each year', () => {
    const yearLength = (year: number) => toEpochDay(d(`${year + 1}-01-01`)) - toEpochDay(d(`${year}-01-01`));
    expect([1900, 2000, 2023, 2024, 2100].map(yearLength)).toEqual([365, 366, 365, 366, 365]);
  });

  it('refuses what is not a calendar date with a BemInputError naming the argument', () => {
    expect(() => toEpochDay(d('2025-02-29'))).toThrow('date: Expected a calendar date as YYYY-MM-DD (0001-01-01 to 9999-12-31)');
    expect(() => toEpochDay(d('0000-01-01'))).toThrow(BemInputError);
    expect(() => fromEpochDay(1.5)).toThrow('day: Expected an integer (an epoch day)');
    expect(() => fromEpochDay(3_000_000)).toThrow('day: The date would lie outside the calendar the library knows (0001-01-01 to 9999-12-31)');
  });

  it('knows the weekday: 1970-01-01 was a Thursday, 2025-10-31 a Friday', () => {
    expect(isoWeekday(d('1970-01-01'))).toBe(4);
    expect(isoWeekday(d('2025-10-31'))).toBe(5);
    expect(isoWeekday(d('2025-11-02'))).toBe(7);
    expect(isoWeekday(d('1969-12-29'))).toBe(1);
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays(d('2024-02-28'), 1)).toBe('2024-02-29');
    expect(addDays(d('2023-02-28'), 1)).toBe('2023-03-01');
    expect(addDays(d('2025-01-01'), -1)).toBe('2024-12-31');
  });

  it('agrees with the UTC calendar of JavaScript on every day of 0001–9999 (property)', () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        expect(fromEpochDay(day)).toBe(new Date(day * MS_PER_DAY).toISOString().slice(0, 10));
        const { year, month, day: dayOfMonth } = utcCivil(day);
        expect(daysFromCivil(year, month, dayOfMonth)).toBe(day);
      }),
      { numRuns: 2000 },
    );
    expect(fromEpochDay(MIN_EPOCH_DAY)).toBe('0001-01-01');
    expect(fromEpochDay(MAX_EPOCH_DAY)).toBe('9999-12-31');
    expect(() => fromEpochDay(MIN_EPOCH_DAY - 1)).toThrow('outside the calendar');
    expect(() => fromEpochDay(MAX_EPOCH_DAY + 1)).toThrow('outside the calendar');
  });

  it('is the inverse of itself for any day in 0001–9999 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -719162, max: 2932896 }), (day) => {
        expect(toEpochDay(fromEpochDay(day))).toBe(day);
      }),
    );
  });
});

describe('epochDayOrNaN (internal)', () => {
  it('accepts exactly the real YYYY-MM-DD days of the UTC calendar and reads them as it does', () => {
    // An oracle apart from the code under test: the shape by regex, the month length from UTC.
    const isRealDay = (value: unknown): boolean => {
      if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
      const [y, m, day] = [Number(value.slice(0, 4)), Number(value.slice(5, 7)), Number(value.slice(8, 10))];
      return y >= 1 && m >= 1 && m <= 12 && day >= 1 && day <= utcEpochDay(y, m + 1, 1) - utcEpochDay(y, m, 1);
    };
    const nearlyDates = fc.oneof(
      anyDay.map(fromEpochDay),
      fc.tuple(fc.integer({ min: -1, max: 10000 }), fc.integer({ min: -1, max: 13 }), fc.integer({ min: -1, max: 32 })).map(
        ([y, m, day]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      ),
      fc.string({ minLength: 10, maxLength: 10 }),
      fc.constantFrom('2024-02-29', '2023-02-29', '1900-02-29', '2000-02-29', '2025-1a-01', '2025-01-0 ', '+025-01-01', ' 2025-01-01', 20250101, null),
    );
    fc.assert(
      fc.property(nearlyDates, (value) => {
        const day = epochDayOrNaN(value);
        expect(Number.isNaN(day)).toBe(!isRealDay(value));
        expect(isIsoDate(value)).toBe(isRealDay(value));
        if (Number.isNaN(day)) return;
        const text = value as string;
        expect(day).toBe(utcEpochDay(Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8, 10))));
        expect(toEpochDay(text as IsoDate)).toBe(day);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('month indices on epoch days (internal)', () => {
  it('finds the month of any day, its first day and its length as the UTC calendar does', () => {
    fc.assert(
      fc.property(wideDay, (day) => {
        const { year, month } = utcCivil(day);
        const index = monthIndexOfEpochDay(day);
        expect(index).toBe(year * 12 + month - 1);
        expect(firstDayOfMonthIndex(index)).toBe(utcEpochDay(year, month, 1));
        expect(daysInMonthIndex(index)).toBe(utcEpochDay(year, month + 1, 1) - utcEpochDay(year, month, 1));
      }),
      { numRuns: 1000 },
    );
  });

  it('numbers months from 0000-01 and knows February in leap years before year 0', () => {
    expect(monthIndexOfEpochDay(MIN_EPOCH_DAY)).toBe(12); // 0001-01
    expect(monthIndexOfEpochDay(MIN_EPOCH_DAY - 1)).toBe(11);
    expect(monthIndexOfEpochDay(MAX_EPOCH_DAY)).toBe(119_999);
    expect(firstDayOfMonthIndex(12)).toBe(MIN_EPOCH_DAY);
    expect(daysInMonthIndex(-4 * 12 + 1)).toBe(29); // February of year -4 (5 BC)
    expect(daysInMonthIndex(-1 * 12 + 1)).toBe(28);
  });

  it('adds months to epoch days as addMonths adds them to dates, clamping the day', () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_EPOCH_DAY + 5000, max: MAX_EPOCH_DAY - 5000 }), fc.integer({ min: -120, max: 120 }), (day, months) => {
        expect(addMonthsToEpochDay(day, months)).toBe(toEpochDay(addMonths(fromEpochDay(day), months)));
      }),
      { numRuns: 1000 },
    );
    expect(fromEpochDay(addMonthsToEpochDay(toEpochDay(d('2024-02-29')), -12))).toBe('2023-02-28');
    expect(fromEpochDay(addMonthsToEpochDay(toEpochDay(d('2025-01-31')), 1))).toBe('2025-02-28');
    // 'next-day': the first day whose date that many months back is on or after the day.
    expect(fromEpochDay(addMonthsToEpochDay(toEpochDay(d('2024-02-29')), 12, 'next-day'))).toBe('2025-03-01');
    expect(fromEpochDay(addMonthsToEpochDay(toEpochDay(d('2024-02-28')), 12, 'next-day'))).toBe('2025-02-28');
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 100_000 }), fc.integer({ min: 1, max: 120 }), (day, months) => {
        const first = addMonthsToEpochDay(day, months, 'next-day');
        expect(addMonthsToEpochDay(first, -months)).toBeGreaterThanOrEqual(day);
        expect(addMonthsToEpochDay(first - 1, -months)).toBeLessThan(day);
      }),
      { numRuns: 500 },
    );
    // Beyond 0001–9999 the arithmetic goes on: year 0 has 366 days, year 10000 is a leap year.
    expect(addMonthsToEpochDay(MIN_EPOCH_DAY, -12)).toBe(MIN_EPOCH_DAY - 366);
    expect(addMonthsToEpochDay(MAX_EPOCH_DAY, 12)).toBe(MAX_EPOCH_DAY + 366);
  });
});

describe('isIsoDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2025-02-28', true],
    ['2025-02-29', false],
    ['2025-02-30', false],
    ['2025-2-3', false],
    ['2025-13-01', false],
    ['2025-00-10', false],
    ['2025-01-00', false],
    ['2025-04-31', false],
    ['2025-01-1a', false],
    ['2025/01/01', false],
    ['1900-02-29', false],
    ['2000-02-29', true],
  ])('says %s is %s', (text, expected) => {
    expect(isIsoDate(text)).toBe(expected);
  });

  it('refuses non-strings', () => {
    expect(isIsoDate(20250101)).toBe(false);
    expect(isIsoDate(null)).toBe(false);
  });
});
