import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromEpochDay, IsoDate, isIsoDate, toEpochDay } from '../../src/dates/index.js';
import { ISO_DATE_PATTERN } from '../../src/dates/iso-date.js';

const pad = (value: number, width: number) => String(value).padStart(width, '0');

describe('the calendar as one pattern', () => {
  it('accepts exactly the days from 0001-01-01 to 9999-12-31 near every edge of the calendar', () => {
    const years = [1, 2, 3, 4, 99, 100, 101, 399, 400, 401, 1582, 1899, 1900, 1999, 2000, 2024, 2025, 2100, 2400, 9996, 9998, 9999];
    for (const year of years) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          const real = month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(2000, month, 0)).getUTCDate() && (month !== 2 || day !== 29 || isLeap(year));
          expect([text, ISO_DATE_PATTERN.test(text), isIsoDate(text), IsoDate.safeParse(text).success]).toEqual([text, real, real, real]);
        }
      }
    }
  });

  it('knows 29 February in every year from 1 to 9999, and no year 0', () => {
    for (let year = 1; year <= 9999; year++) expect(ISO_DATE_PATTERN.test(`${pad(year, 4)}-02-29`)).toBe(isLeap(year));
    for (const text of ['0000-01-01', '0000-02-29', '0000-12-31', '10000-01-01', '+010000-01-01', '-0001-01-01']) {
      expect([text, isIsoDate(text), IsoDate.safeParse(text).success]).toEqual([text, false, false]);
    }
    expect([fromEpochDay(toEpochDay('0001-01-01' as IsoDate)), fromEpochDay(toEpochDay('9999-12-31' as IsoDate))]).toEqual(['0001-01-01', '9999-12-31']);
  });

  it('refuses what other languages would let through: other digits, a final newline, spaces', () => {
    for (const text of ['2025-01-06\n', '２０２５-01-06', '٢٠٢٥-01-06', ' 2025-01-06', '2025-01-06 ', '2025-1-6', '20250106']) {
      expect([text, ISO_DATE_PATTERN.test(text), isIsoDate(text), IsoDate.safeParse(text).success]).toEqual([text, false, false, false]);
    }
  });

  it('agrees with the library on any date-shaped or random string', () => {
    const shaped = fc
      .tuple(fc.integer({ min: 0, max: 10000 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
      .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
    fc.assert(
      fc.property(fc.oneof(shaped, fc.string({ maxLength: 12 })), (text) => {
        expect(ISO_DATE_PATTERN.test(text)).toBe(isIsoDate(text));
        expect(IsoDate.safeParse(text).success).toBe(isIsoDate(text));
      }),
      { numRuns: 20_000 },
    );
  });
});

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
