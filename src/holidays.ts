/**
 * Public holidays (gesetzliche Feiertage) in Germany, nationwide and for each of the 16 Länder,
 * for the `holidays` setting of a working-day count. Import it from `bem-sgb9/holidays`, so the
 * main entry stays small.
 *
 * Public holidays are set by each Land in its Feiertagsgesetz; only the Tag der Deutschen Einheit
 * is federal (Art. 2 Abs. 2 Einigungsvertrag). Every holiday below names its law. Easter Sunday is
 * computed by the Gauss algorithm in the form of Meeus/Jones/Butcher; every movable feast follows
 * from it. Only statewide holidays are returned by default; the ones that hold only in some
 * municipalities (Augsburger Friedensfest; Mariä Himmelfahrt in Bavaria's Catholic municipalities;
 * Fronleichnam in parts of Saxony and Thuringia) come with `{ municipal: true }`.
 *
 * The laws as in force on 1 December 2026. One-offs are included: Reformationstag 2017
 * nationwide; in Berlin 8 May 2020, 8 May 2025 and 17 June 2028. Years 1995–2100 are accepted (from 1995 the
 * Buß- und Bettag holds only in Saxony); a law passed later is not known here.
 *
 * @module
 */
import { describe, readInput } from './door/door.js';
import { daysFromCivil, fromEpochDay } from './dates/epoch-day.js';
import { isoWeekdayOfEpochDay } from './dates/arithmetic.js';
import { epochDayOrNaN } from './dates/epoch-day.js';
import type { IsoDate } from './dates/iso-date.js';
import { ALL_FEIERTAGSGESETZE, EINIGUNGSVERTRAG_2_2, FEIERTAGSGESETZ, LAND_CODES, type LandCode } from './law/holiday-laws.js';
import { BemInputError } from './model/input-error.js';

export type { LandCode } from './law/holiday-laws.js';

/**
 * Where a public holiday holds: `'DE'` for the holidays of all 16 Länder, or a Land by its
 * ISO 3166-2 code.
 *
 * @example
 * ```ts
 * const region: HolidayRegion = 'DE-NW';
 * ```
 */
export type HolidayRegion = 'DE' | LandCode;

/**
 * Every {@link HolidayRegion}: `'DE'` first, then the Länder in the order of their codes' names
 * (Baden-Württemberg … Thüringen).
 *
 * @example
 * ```ts
 * HOLIDAY_REGIONS.length; //=> 17
 * ```
 */
export const HOLIDAY_REGIONS: readonly HolidayRegion[] = Object.freeze(['DE', ...LAND_CODES]);

/**
 * One public holiday: its date, its German name and the law that makes it one.
 *
 * @example
 * ```ts
 * publicHolidays('DE-NW', 2025)[6];
 * //=> { date: '2025-06-19', name: 'Fronleichnam', reference: '§ 2 Abs. 1 FTG NW (Feiertagsgesetz Nordrhein-Westfalen)' }
 * ```
 */
export interface PublicHoliday {
  /** The day. */
  readonly date: IsoDate;
  /** The holiday's German name, e.g. `Fronleichnam`. */
  readonly name: string;
  /** The law that makes the day a public holiday in the region. */
  readonly reference: string;
  /** Present (true) when the day is a holiday only in some municipalities of the Land. */
  readonly municipal?: true;
}

/**
 * Options of {@link publicHolidays} and {@link publicHolidayPredicate}.
 *
 * @example
 * ```ts
 * const options: PublicHolidayOptions = { municipal: true };
 * ```
 */
export interface PublicHolidayOptions {
  /**
   * Also the holidays that hold only in some municipalities of the Land (default false): Augsburger
   * Friedensfest (8 August, Stadt Augsburg) and Mariä Himmelfahrt (Catholic municipalities) in
   * Bavaria; Fronleichnam in the municipalities of Saxony and Thuringia that their Land names.
   *
   * Use it for a workforce that works in such a municipality.
   */
  readonly municipal?: boolean;
}

/**
 * A holiday predicate for the policy's `holidays` setting that also names its holidays, so that
 * the eligibility reasons can say which day was left out and why.
 *
 * @example
 * ```ts
 * const isHoliday: RegionalHolidayPredicate = publicHolidayPredicate('DE-NW');
 * isHoliday('2025-06-19' as IsoDate); //=> true
 * isHoliday.region;                   //=> 'DE-NW'
 * ```
 */
export interface RegionalHolidayPredicate {
  /** Whether `date` is a public holiday in the region. */
  (date: IsoDate): boolean;
  /** The region. */
  readonly region: HolidayRegion;
  /** The holidays from `start` to `end` (both included), in date order. */
  readonly holidaysBetween: (start: IsoDate, end: IsoDate) => readonly PublicHoliday[];
}

/** First and last year accepted. */
const FIRST_YEAR = 1995;
const LAST_YEAR = 2100;



/** A holiday rule: the day in a year (null when none), where and since when it holds, and why. */
interface Rule {
  readonly name: string;
  /** The epoch day in `year`, given Easter Sunday's epoch day. */
  readonly on: (year: number, easter: number) => number;
  /** The Länder (all 16 when 'all'). */
  readonly lands: readonly LandCode[] | 'all';
  /** The years in which it holds (inclusive bounds; `only` lists single years). */
  readonly since?: number;
  readonly only?: readonly number[];
  /** What to add to the Land's law, e.g. the amendment that introduced it. */
  readonly note?: string;
  /** A federal law instead of the Länder's. */
  readonly federal?: string;
  readonly municipal?: true;
}

const fixed =
  (month: number, day: number) =>
  (year: number): number =>
    daysFromCivil(year, month, day);
const easterPlus =
  (days: number) =>
  (_year: number, easter: number): number =>
    easter + days;
/** Buß- und Bettag: the Wednesday before 23 November (the last Wednesday before the church year's last Sunday). */
function repentanceDay(year: number): number {
  const nov22 = daysFromCivil(year, 11, 22);
  return nov22 - ((isoWeekdayOfEpochDay(nov22) - 3 + 7) % 7);
}

const RULES: readonly Rule[] = [
  { name: 'Neujahr', on: fixed(1, 1), lands: 'all' },
  { name: 'Heilige Drei Könige', on: fixed(1, 6), lands: ['DE-BW', 'DE-BY', 'DE-ST'] },
  { name: 'Internationaler Frauentag', on: fixed(3, 8), lands: ['DE-BE'], since: 2019, note: 'since 2019' },
  { name: 'Internationaler Frauentag', on: fixed(3, 8), lands: ['DE-MV'], since: 2023, note: 'since 2023' },
  { name: 'Karfreitag', on: easterPlus(-2), lands: 'all' },
  { name: 'Ostersonntag', on: easterPlus(0), lands: ['DE-BB'] },
  { name: 'Ostermontag', on: easterPlus(1), lands: 'all' },
  { name: 'Tag der Arbeit', on: fixed(5, 1), lands: 'all' },
  {
    name: 'Tag der Befreiung',
    on: fixed(5, 8),
    lands: ['DE-BE'],
    only: [2020, 2025],
    note: 'one-off in 2020 and 2025 (75th and 80th anniversary of the end of the Second World War in Europe)',
  },
  { name: 'Christi Himmelfahrt', on: easterPlus(39), lands: 'all' },
  {
    name: 'Jahrestag des Volksaufstandes vom 17. Juni 1953',
    on: fixed(6, 17),
    lands: ['DE-BE'],
    only: [2028],
    note: 'one-off in 2028 (75th anniversary of the uprising of 17 June 1953)',
  },
  { name: 'Pfingstsonntag', on: easterPlus(49), lands: ['DE-BB'] },
  { name: 'Pfingstmontag', on: easterPlus(50), lands: 'all' },
  { name: 'Fronleichnam', on: easterPlus(60), lands: ['DE-BW', 'DE-BY', 'DE-HE', 'DE-NW', 'DE-RP', 'DE-SL'] },
  {
    name: 'Fronleichnam',
    on: easterPlus(60),
    lands: ['DE-SN'],
    municipal: true,
    note: 'only in the municipalities named by the Sächsische Feiertagsverordnung (Catholic Sorbian area, Landkreis Bautzen)',
  },
  {
    name: 'Fronleichnam',
    on: easterPlus(60),
    lands: ['DE-TH'],
    municipal: true,
    note: 'only in municipalities with a predominantly Catholic population (Eichsfeld, parts of the Unstrut-Hainich-Kreis and Wartburgkreis)',
  },
  { name: 'Augsburger Friedensfest', on: fixed(8, 8), lands: ['DE-BY'], municipal: true, note: 'Abs. 2: only in the city of Augsburg' },
  { name: 'Mariä Himmelfahrt', on: fixed(8, 15), lands: ['DE-SL'] },
  {
    name: 'Mariä Himmelfahrt',
    on: fixed(8, 15),
    lands: ['DE-BY'],
    municipal: true,
    note: 'only in municipalities with a predominantly Catholic population (Bayerisches Landesamt für Statistik)',
  },
  { name: 'Weltkindertag', on: fixed(9, 20), lands: ['DE-TH'], since: 2019, note: 'since 2019' },
  { name: 'Tag der Deutschen Einheit', on: fixed(10, 3), lands: 'all', federal: EINIGUNGSVERTRAG_2_2 },
  { name: 'Reformationstag', on: fixed(10, 31), lands: ['DE-BB', 'DE-MV', 'DE-SN', 'DE-ST', 'DE-TH'] },
  { name: 'Reformationstag', on: fixed(10, 31), lands: ['DE-HB', 'DE-HH', 'DE-NI', 'DE-SH'], since: 2018, note: 'since 2018' },
  {
    name: 'Reformationstag',
    on: fixed(10, 31),
    lands: ['DE-BW', 'DE-BY', 'DE-BE', 'DE-HB', 'DE-HH', 'DE-HE', 'DE-NI', 'DE-NW', 'DE-RP', 'DE-SL', 'DE-SH'],
    only: [2017],
    note: 'one-off in 2017 (500 years of the Reformation), by an amendment in each Land',
  },
  { name: 'Allerheiligen', on: fixed(11, 1), lands: ['DE-BW', 'DE-BY', 'DE-NW', 'DE-RP', 'DE-SL'] },
  { name: 'Buß- und Bettag', on: repentanceDay, lands: ['DE-SN'] },
  { name: '1. Weihnachtstag', on: fixed(12, 25), lands: 'all' },
  { name: '2. Weihnachtstag', on: fixed(12, 26), lands: 'all' },
];

/**
 * Easter Sunday of a Gregorian year as an epoch day: Gauss's Easter formula in the form of
 * Meeus/Jones/Butcher ("anonymous Gregorian algorithm"), exact for every Gregorian year.
 */
function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return daysFromCivil(year, month, day);
}

function holdsIn(rule: Rule, year: number): boolean {
  if (rule.only !== undefined) return rule.only.includes(year);
  return rule.since === undefined || year >= rule.since;
}

/** The statewide (or also municipal) holidays of a Land or of all Länder ('DE') in a year. */
function holidaysOf(region: HolidayRegion, year: number, municipal: boolean): PublicHoliday[] {
  const easter = easterSunday(year);
  const days: { day: number; holiday: PublicHoliday }[] = [];
  for (const rule of RULES) {
    if (!holdsIn(rule, year) || (rule.municipal === true && !municipal)) continue;
    let reference: string;
    if (region === 'DE') {
      if (!coversAllLands(rule, year)) continue;
      reference = rule.federal ?? `${ALL_FEIERTAGSGESETZE}${rule.note === undefined ? '' : ` (${rule.note})`}`;
    } else {
      if (rule.lands !== 'all' && !rule.lands.includes(region)) continue;
      reference = rule.federal ?? `${FEIERTAGSGESETZ[region]}${rule.note === undefined ? '' : ` (${rule.note})`}`;
    }
    const day = rule.on(year, easter);
    const holiday: PublicHoliday =
      rule.municipal === true ? { date: fromEpochDay(day), name: rule.name, reference, municipal: true } : { date: fromEpochDay(day), name: rule.name, reference };
    days.push({ day, holiday });
  }
  days.sort((x, y) => x.day - y.day);
  return days.map((entry) => entry.holiday);
}

/** Whether a rule (together with the other rules of its name and day) holds in all 16 Länder in `year`. */
function coversAllLands(rule: Rule, year: number): boolean {
  if (rule.municipal === true) return false;
  if (rule.lands === 'all') return true;
  const covered = new Set<LandCode>();
  for (const other of RULES) {
    if (other.name !== rule.name || other.municipal === true || !holdsIn(other, year)) continue;
    for (const land of other.lands === 'all' ? LAND_CODES : other.lands) covered.add(land);
  }
  // Count it once: only the first rule of that name that holds stands for the rest.
  const first = RULES.find((other) => other.name === rule.name && other.municipal !== true && holdsIn(other, year));
  return covered.size === LAND_CODES.length && first === rule;
}

function checkRegion(region: unknown, path: readonly (string | number)[]): asserts region is HolidayRegion {
  if (typeof region !== 'string' || !(HOLIDAY_REGIONS as readonly string[]).includes(region)) {
    throw new BemInputError([
      { path, code: 'invalid_value', message: `Expected 'DE' or a Land as ISO 3166-2 code ('DE-BW' … 'DE-TH'), received ${typeof region === 'string' ? JSON.stringify(region) : describe(region)}` },
    ]);
  }
}

function checkYear(year: unknown, path: readonly (string | number)[]): asserts year is number {
  if (typeof year !== 'number' || !Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
    throw new BemInputError([
      { path, code: 'custom', message: `Expected a year from ${FIRST_YEAR} to ${LAST_YEAR} (the Feiertagsgesetze as in force; Buß- und Bettag only in Saxony since 1995), received ${String(year)}` },
    ]);
  }
}

function checkOptions(given: unknown): boolean {
  const options = readInput(given, ['options']);
  if (options === undefined) return false;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new BemInputError([{ path: ['options'], code: 'invalid_type', message: 'Expected an object { municipal?: boolean }' }]);
  }
  for (const key of Object.keys(options)) {
    if (key !== 'municipal') throw new BemInputError([{ path: ['options', key], code: 'unrecognized_keys', message: `Unknown field '${key}': expected { municipal?: boolean }` }]);
  }
  const { municipal } = options as { municipal?: unknown };
  if (municipal !== undefined && typeof municipal !== 'boolean') {
    throw new BemInputError([{ path: ['options', 'municipal'], code: 'invalid_type', message: 'Expected a boolean' }]);
  }
  return municipal === true;
}

/**
 * The public holidays of a region in a year, in date order, each with its German name and law.
 * `'DE'` gives the days that are holidays in all 16 Länder. Statewide holidays only, unless
 * `{ municipal: true }`.
 *
 * @param region `'DE'` or a Land (`'DE-BW'` … `'DE-TH'`).
 * @param year 1995–2100.
 * @throws BemInputError `region: Expected 'DE' or a Land as ISO 3166-2 code …` or `year: Expected
 * a year from 1995 to 2100 …`.
 * @example
 * ```ts
 * publicHolidays('DE-NW', 2025).map((day) => day.date);
 * //=> ['2025-01-01', '2025-04-18', '2025-04-21', '2025-05-01', '2025-05-29', '2025-06-09',
 * //    '2025-06-19', '2025-10-03', '2025-11-01', '2025-12-25', '2025-12-26']
 * publicHolidays('DE-BE', 2025).find((day) => day.date === '2025-05-08')?.name; //=> 'Tag der Befreiung'
 * publicHolidays('DE-BY', 2025, { municipal: true }).some((day) => day.name === 'Augsburger Friedensfest'); //=> true
 * ```
 */
export function publicHolidays(region: HolidayRegion, year: number, options?: PublicHolidayOptions): PublicHoliday[] {
  checkRegion(region, ['region']);
  checkYear(year, ['year']);
  return holidaysOf(region, year, checkOptions(options));
}

/**
 * A function `(date) => boolean` for the eligibility policy's `holidays` setting: true on the
 * public holidays of the region.
 *
 * It also names its holidays (`holidaysBetween`), so the reasons say "public holiday (DE-NW:
 * Fronleichnam)". Years are computed once and kept.
 *
 * @param region `'DE'` or a Land (`'DE-BW'` … `'DE-TH'`).
 * @throws BemInputError for a bad region at once; the predicate throws `date: …` for a date that is
 * not a calendar date or outside 1995–2100.
 * @example
 * ```ts
 * const policy = { unit: 'working-days', holidays: publicHolidayPredicate('DE-NW') } as const;
 * policy.holidays('2025-06-19' as IsoDate); //=> true (Fronleichnam)
 * policy.holidays('2025-10-31' as IsoDate); //=> false (Reformationstag is no holiday in NRW)
 * ```
 */
export function publicHolidayPredicate(region: HolidayRegion, options?: PublicHolidayOptions): RegionalHolidayPredicate {
  checkRegion(region, ['region']);
  const municipal = checkOptions(options);
  const years = new Map<number, Map<number, PublicHoliday>>();
  const yearOf = (year: number): Map<number, PublicHoliday> => {
    let days = years.get(year);
    if (days === undefined) {
      checkYear(year, ['date']);
      days = new Map(holidaysOf(region, year, municipal).map((holiday) => [epochDayOrNaN(holiday.date), holiday]));
      years.set(year, days);
    }
    return days;
  };
  const dayOf = (date: unknown, path: string): number => {
    const day = epochDayOrNaN(date);
    if (Number.isNaN(day)) throw new BemInputError([{ path: [path], code: 'invalid_format', message: 'Expected a calendar date as YYYY-MM-DD' }]);
    return day;
  };
  const predicate = (date: IsoDate): boolean => {
    const day = dayOf(date, 'date');
    return yearOf(Number((date as string).slice(0, 4))).has(day);
  };
  const holidaysBetween = (start: IsoDate, end: IsoDate): readonly PublicHoliday[] => {
    const first = dayOf(start, 'start');
    const last = dayOf(end, 'end');
    const found: PublicHoliday[] = [];
    for (let year = Number(start.slice(0, 4)); year <= Number(end.slice(0, 4)); year++) {
      for (const [day, holiday] of yearOf(year)) if (day >= first && day <= last) found.push(holiday);
    }
    return found;
  };
  return Object.freeze(Object.assign(predicate, { region, holidaysBetween }));
}
