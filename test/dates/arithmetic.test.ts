import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, compareDates, daysBetween, daysInMonth, fromEpochDay, type IsoDate, IsoDate as IsoDateSchema, isLeapYear } from '../../src/index.js';

const d = (text: string) => text as IsoDate;

describe('addMonths', () => {
  it.each([
    ['2025-10-31', -12, '2024-10-31'],
    ['2024-02-29', -12, '2023-02-28'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-03-31', -1, '2025-02-28'],
    ['2025-05-31', 1, '2025-06-30'],
    ['2025-12-15', 1, '2026-01-15'],
    ['2025-01-15', -1, '2024-12-15'],
    ['2025-01-15', 0, '2025-01-15'],
  ])('moves %s by %i months to %s, clamping to the month end', (from, months, expected) => {
    expect(addMonths(d(from), months)).toBe(expected);
  });

  it('never leaves the target month and keeps the day where it exists (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 100_000 }), fc.integer({ min: -240, max: 240 }), (day, months) => {
        const from = fromEpochDay(day);
        const to = addMonths(from, months);
        const monthIndex = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
        expect(monthIndex(to) - monthIndex(from)).toBe(months);
        const wanted = Number(from.slice(8, 10));
        const limit = daysInMonth(Number(to.slice(0, 4)), Number(to.slice(5, 7)));
        expect(Number(to.slice(8, 10))).toBe(Math.min(wanted, limit));
      }),
    );
  });

  it('refuses fractional months', () => {
    expect(() => addMonths(d('2025-01-01'), 0.5)).toThrow('months: Expected an integer');
  });
});

describe('calendar facts', () => {
  it('knows leap years and month lengths', () => {
    expect([1900, 2000, 2024, 2025].map(isLeapYear)).toEqual([false, true, true, false]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2025, 2)).toBe(28);
    expect(daysInMonth(2025, 4)).toBe(30);
    expect(() => daysInMonth(2025, 13)).toThrow('month: Expected an integer from 1 to 12, received 13');
  });

  it('counts days between dates, negative backwards', () => {
    expect(daysBetween(d('2024-01-01'), d('2025-01-01'))).toBe(366);
    expect(daysBetween(d('2025-01-01'), d('2024-01-01'))).toBe(-366);
  });

  it('sorts dates as text', () => {
    expect(['2025-03-01', '2024-12-31', '2025-03-01'].sort(compareDates)).toEqual(['2024-12-31', '2025-03-01', '2025-03-01']);
  });
});

describe('IsoDate schema', () => {
  it('accepts real days and refuses impossible or sloppy ones with a plain message', () => {
    expect(IsoDateSchema.parse('2024-02-29')).toBe('2024-02-29');
    for (const bad of ['2025-02-30', '2025-2-3', '2025-02-29', '', '2025-02-28T00:00']) {
      const result = IsoDateSchema.safeParse(bad);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe('Expected a calendar date as YYYY-MM-DD');
    }
  });

  it('agrees with isIsoDate on random strings near the format (property)', async () => {
    const { isIsoDate } = await import('../../src/index.js');
    const digits = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
    fc.assert(
      fc.property(digits(4), digits(2), digits(2), (year, month, day) => {
        const text = `${year}-${month}-${day}`;
        expect(IsoDateSchema.safeParse(text).success).toBe(isIsoDate(text));
      }),
      { numRuns: 2000 },
    );
  });
});
