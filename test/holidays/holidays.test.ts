import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { fromEpochDay, isoWeekday, toEpochDay, type IsoDate } from '../../src/dates/index.js';
import { HOLIDAY_REGIONS, type HolidayRegion, type LandCode, publicHolidayPredicate, publicHolidays } from '../../src/holidays.js';
import { FEIERTAGSGESETZ, LAND_CODES } from '../../src/law/holiday-laws.js';
import { BemInputError } from '../../src/model/index.js';
import published from './published-2017-2030.json' with { type: 'json' };

const tables = published.regions as Record<string, Record<string, string[]>>;
const datesOf = (region: HolidayRegion, year: number): string[] => publicHolidays(region, year).map((day) => day.date);
const has = (region: HolidayRegion, date: string): boolean => datesOf(region, Number(date.slice(0, 4))).includes(date);

describe('the regions', () => {
  it('are DE and the 16 Länder, one law each, in the order of their codes', () => {
    expectTypeOf<HolidayRegion>().toEqualTypeOf<'DE' | LandCode>();
    expect(HOLIDAY_REGIONS).toEqual(['DE', 'DE-BW', 'DE-BY', 'DE-BE', 'DE-BB', 'DE-HB', 'DE-HH', 'DE-HE', 'DE-MV', 'DE-NI', 'DE-NW', 'DE-RP', 'DE-SL', 'DE-SN', 'DE-ST', 'DE-SH', 'DE-TH']);
    expect(Object.keys(FEIERTAGSGESETZ)).toEqual([...LAND_CODES]);
    expect(Object.isFrozen(HOLIDAY_REGIONS) && Object.isFrozen(LAND_CODES)).toBe(true);
  });
});

describe('publicHolidays', () => {
  it('gives exactly the published holidays of every region in every year 2017–2030', () => {
    let checked = 0;
    for (const region of HOLIDAY_REGIONS) {
      for (let year = 2017; year <= 2030; year++) {
        const expected = [...new Set(tables[region]![String(year)]!.map((entry) => `${year}-${entry.slice(0, 5)}`))].sort();
        expect(datesOf(region, year), `${region} ${year}`).toEqual(expected);
        checked++;
      }
    }
    expect(checked).toBe(17 * 14);
  });

  it('computes Easter Sunday by Gauss/Meeus for the published years (Ostersonntag in Brandenburg)', () => {
    const easter = ['2017-04-16', '2018-04-01', '2019-04-21', '2020-04-12', '2021-04-04', '2022-04-17', '2023-04-09', '2024-03-31', '2025-04-20', '2026-04-05', '2027-03-28', '2028-04-16', '2029-04-01', '2030-04-21'];
    for (const date of easter) {
      const found = publicHolidays('DE-BB', Number(date.slice(0, 4))).find((day) => day.name === 'Ostersonntag');
      expect(found?.date).toBe(date);
    }
    // Outside the published years too: 2038 has the latest possible Easter, 2285 is beyond the range.
    expect(publicHolidays('DE-BB', 2038).find((day) => day.name === 'Ostersonntag')?.date).toBe('2038-04-25');
    expect(publicHolidays('DE-BB', 2008).find((day) => day.name === 'Ostersonntag')?.date).toBe('2008-03-23');
  });

  it('puts Easter on a Sunday from 22 March to 25 April and every movable feast at its distance from it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1995, max: 2100 }), (year) => {
        const days = publicHolidays('DE-BB', year);
        const easter = days.find((day) => day.name === 'Ostersonntag')!.date;
        expect(isoWeekday(easter)).toBe(7);
        expect(easter >= `${year}-03-22` && easter <= `${year}-04-25`).toBe(true);
        const at = (offset: number): IsoDate => fromEpochDay(toEpochDay(easter) + offset);
        const byName = new Map(days.map((day) => [day.name, day.date]));
        expect(byName.get('Karfreitag')).toBe(at(-2));
        expect(byName.get('Ostermontag')).toBe(at(1));
        expect(byName.get('Christi Himmelfahrt')).toBe(at(39));
        expect(byName.get('Pfingstsonntag')).toBe(at(49));
        expect(byName.get('Pfingstmontag')).toBe(at(50));
        expect(publicHolidays('DE-NW', year).find((day) => day.name === 'Fronleichnam')?.date).toBe(at(60));
      }),
    );
  });

  it('puts Buß- und Bettag (Saxony) on the Wednesday from 16 to 22 November', () => {
    for (let year = 1995; year <= 2100; year++) {
      const day = publicHolidays('DE-SN', year).find((holiday) => holiday.name === 'Buß- und Bettag')!.date;
      expect(isoWeekday(day)).toBe(3);
      expect(day >= `${year}-11-16` && day <= `${year}-11-22`).toBe(true);
    }
  });

  it('knows the one-offs: Reformationstag 2017 nationwide, 8 May 2020 and 2025 and 17 June 2028 in Berlin', () => {
    for (const region of HOLIDAY_REGIONS) {
      expect(has(region, '2017-10-31'), region).toBe(true);
    }
    expect(has('DE', '2018-10-31')).toBe(false);
    expect(has('DE-NW', '2016-10-31')).toBe(false);
    expect(has('DE-NW', '2018-10-31')).toBe(false);
    for (const year of [2019, 2020, 2021, 2024, 2025, 2026, 2030]) {
      expect(has('DE-BE', `${year}-05-08`), String(year)).toBe(year === 2020 || year === 2025);
    }
    expect(has('DE-BE', '2028-06-17')).toBe(true);
    expect(has('DE-BE', '2027-06-17')).toBe(false);
    expect(has('DE-BB', '2025-05-08')).toBe(false);
  });

  it('knows since when: Frauentag in Berlin from 2019 and in MV from 2023, Weltkindertag in Thuringia from 2019', () => {
    expect(has('DE-BE', '2018-03-08')).toBe(false);
    expect(has('DE-BE', '2019-03-08')).toBe(true);
    expect(has('DE-MV', '2022-03-08')).toBe(false);
    expect(has('DE-MV', '2023-03-08')).toBe(true);
    expect(has('DE-TH', '2018-09-20')).toBe(false);
    expect(has('DE-TH', '2019-09-20')).toBe(true);
    for (const region of ['DE-HB', 'DE-HH', 'DE-NI', 'DE-SH'] as const) {
      expect(has(region, '2016-10-31'), region).toBe(false);
      expect(has(region, '2018-10-31'), region).toBe(true);
      expect(has(region, '2030-10-31'), region).toBe(true);
    }
  });

  it('names each holiday and its law', () => {
    const nw = publicHolidays('DE-NW', 2025);
    expect(nw.find((day) => day.date === '2025-06-19')).toEqual({ date: '2025-06-19', name: 'Fronleichnam', reference: '§ 2 Abs. 1 FTG NW (Feiertagsgesetz Nordrhein-Westfalen)' });
    expect(nw.find((day) => day.date === '2025-10-03')?.reference).toBe('Art. 2 Abs. 2 Einigungsvertrag (federal)');
    expect(publicHolidays('DE-BE', 2025).find((day) => day.date === '2025-05-08')?.reference).toMatch(/one-off in 2020 and 2025/);
    expect(publicHolidays('DE', 2017).find((day) => day.date === '2017-10-31')?.reference).toMatch(/all 16 Länder/);
    for (const region of HOLIDAY_REGIONS) for (const day of publicHolidays(region, 2025)) expect(day.reference.length).toBeGreaterThan(5);
  });

  it('leaves municipal holidays out unless asked for them', () => {
    expect(has('DE-BY', '2025-08-15')).toBe(false);
    expect(has('DE-BY', '2025-08-08')).toBe(false);
    expect(has('DE-SN', '2025-06-19')).toBe(false);
    expect(has('DE-TH', '2025-06-19')).toBe(false);
    const by = publicHolidays('DE-BY', 2025, { municipal: true });
    expect(by.filter((day) => day.municipal).map((day) => `${day.date} ${day.name}`)).toEqual(['2025-08-08 Augsburger Friedensfest', '2025-08-15 Mariä Himmelfahrt']);
    expect(publicHolidays('DE-SN', 2025, { municipal: true }).some((day) => day.date === '2025-06-19' && day.municipal)).toBe(true);
    expect(publicHolidays('DE-TH', 2025, { municipal: true }).some((day) => day.date === '2025-06-19' && day.municipal)).toBe(true);
    // 'DE' means every Land, so never a municipal holiday.
    expect(publicHolidays('DE', 2025, { municipal: true })).toEqual(publicHolidays('DE', 2025));
    // Mariä Himmelfahrt is statewide in the Saarland.
    expect(has('DE-SL', '2025-08-15')).toBe(true);
  });

  it('refuses a bad region, year or option with a BemInputError naming the field', () => {
    const fails = (run: () => unknown, path: readonly (string | number)[]): void => {
      try {
        run();
      } catch (error) {
        expect(error).toBeInstanceOf(BemInputError);
        expect((error as BemInputError).issues[0]?.path).toEqual(path);
        return;
      }
      throw new Error('expected a BemInputError');
    };
    fails(() => publicHolidays('NW' as HolidayRegion, 2025), ['region']);
    fails(() => publicHolidays('DE-XX' as HolidayRegion, 2025), ['region']);
    fails(() => publicHolidays(undefined as unknown as HolidayRegion, 2025), ['region']);
    fails(() => publicHolidays('DE-NW', 1994), ['year']);
    fails(() => publicHolidays('DE-NW', 2101), ['year']);
    fails(() => publicHolidays('DE-NW', 2025.5), ['year']);
    fails(() => publicHolidays('DE-NW', '2025' as unknown as number), ['year']);
    fails(() => publicHolidays('DE-NW', 2025, { municipal: 'yes' } as never), ['options', 'municipal']);
    fails(() => publicHolidays('DE-NW', 2025, { city: 'Köln' } as never), ['options', 'city']);
    fails(() => publicHolidayPredicate('DE-Nw' as HolidayRegion), ['region']);
    fails(() => publicHolidayPredicate('DE-NW')('2025-02-30' as IsoDate), ['date']);
    fails(() => publicHolidayPredicate('DE-NW')('1990-10-03' as IsoDate), ['date']);
  });
});

describe('publicHolidayPredicate', () => {
  it('is true exactly on the region’s holidays, the day before and after not', () => {
    const isHoliday = publicHolidayPredicate('DE-NW');
    expect(isHoliday('2025-06-18' as IsoDate)).toBe(false);
    expect(isHoliday('2025-06-19' as IsoDate)).toBe(true);
    expect(isHoliday('2025-06-20' as IsoDate)).toBe(false);
    expect(isHoliday('2025-10-31' as IsoDate)).toBe(false);
    expect(isHoliday.region).toBe('DE-NW');
    fc.assert(
      fc.property(fc.constantFrom(...HOLIDAY_REGIONS), fc.integer({ min: toEpochDay('1995-01-01' as IsoDate), max: toEpochDay('2100-12-31' as IsoDate) }), (region, day) => {
        const date = fromEpochDay(day);
        expect(publicHolidayPredicate(region)(date)).toBe(has(region, date));
      }),
    );
  });

  it('lists the named holidays between two dates, across years, in order', () => {
    const between = publicHolidayPredicate('DE-BY', { municipal: true }).holidaysBetween('2025-08-01' as IsoDate, '2026-01-06' as IsoDate);
    expect(between.map((day) => `${day.date} ${day.name}`)).toEqual([
      '2025-08-08 Augsburger Friedensfest',
      '2025-08-15 Mariä Himmelfahrt',
      '2025-10-03 Tag der Deutschen Einheit',
      '2025-11-01 Allerheiligen',
      '2025-12-25 1. Weihnachtstag',
      '2025-12-26 2. Weihnachtstag',
      '2026-01-01 Neujahr',
      '2026-01-06 Heilige Drei Könige',
    ]);
  });
});
