import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, fromEpochDay, type IsoDate, isIsoDate, isoWeekday, toEpochDay } from '../../src/index.js';

const d = (text: string) => text as IsoDate;

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

  it('refuses what is not a calendar date, with a prefixed programmer error', () => {
    expect(() => toEpochDay(d('2025-02-29'))).toThrow('bem-sgb9/dates: not a calendar date: 2025-02-29');
    expect(() => fromEpochDay(1.5)).toThrow('bem-sgb9/dates: epoch day out of range: 1.5');
    expect(() => fromEpochDay(3_000_000)).toThrow('out of range');
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

  it('is the inverse of itself for any day in 0000–9999 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -719528, max: 2932896 }), (day) => {
        expect(toEpochDay(fromEpochDay(day))).toBe(day);
      }),
    );
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
