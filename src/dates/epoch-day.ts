import { inputError } from '../door/door.js';
import { monthLength } from './calendar.js';
import type { IsoDate } from './iso-date.js';

// Civil-date <-> day-number conversion after Howard Hinnant's `days_from_civil` /
// `civil_from_days` (public domain): exact for the proleptic Gregorian calendar, no Date object,
// so no host time zone can shift a day. Plain integer arithmetic and two constant string tables,
// nothing remembered between calls: the engine converts millions of dates per second, and a
// module without state behaves the same on every call.

/** Days in a 400-year cycle of the Gregorian calendar (4,800 months). */
const DAYS_PER_ERA = 146097;
/** Days from 0000-03-01 (the start of Hinnant's era 0) to 1970-01-01. */
const EPOCH_OFFSET = 719468;

/**
 * Epoch day of 0001-01-01, the first day an {@link IsoDate} can name.
 *
 * @internal
 */
export const MIN_EPOCH_DAY = -719162;
/**
 * Epoch day of 9999-12-31, the last day an {@link IsoDate} can name.
 *
 * @internal
 */
export const MAX_EPOCH_DAY = 2932896;

/**
 * The epoch day of a civil date: Hinnant's `days_from_civil`, for any integer year (months
 * 1–12, days 1–31; a day beyond the month's end runs on into the next month).
 *
 * @internal
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  // Years start in March, so the leap day is the last day of the year before.
  const y = month <= 2 ? year - 1 : year;
  // Hinnant's floor division written with truncation (`| 0`), which the JIT turns into a
  // multiplication for a constant divisor; Math.floor of a quotient would divide in floating point.
  const era = ((y >= 0 ? y : y - 399) / 400) | 0;
  const yearOfEra = y - era * 400;
  const dayOfYear = (((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) | 0) + day - 1;
  const dayOfEra = yearOfEra * 365 + ((yearOfEra / 4) | 0) - ((yearOfEra / 100) | 0) + dayOfYear;
  return era * DAYS_PER_ERA + dayOfEra - EPOCH_OFFSET;
}

/**
 * Hinnant's `civil_from_days` for any epoch day within a million years of 1970, packed into one
 * integer `(year × 16 + month) × 32 + day` so that the hot paths allocate nothing: `& 31` is the
 * day, `>> 5 & 15` the month, `>> 9` the year (arithmetic shifts, so negative years work too).
 *
 * @internal
 */
export function civilFromDays(day: number): number {
  const z = day + EPOCH_OFFSET;
  const era = ((z >= 0 ? z : z - (DAYS_PER_ERA - 1)) / DAYS_PER_ERA) | 0;
  const dayOfEra = z - era * DAYS_PER_ERA;
  const yearOfEra = ((dayOfEra - ((dayOfEra / 1460) | 0) + ((dayOfEra / 36524) | 0) - ((dayOfEra / 146096) | 0)) / 365) | 0;
  const dayOfYear = dayOfEra - (365 * yearOfEra + ((yearOfEra / 4) | 0) - ((yearOfEra / 100) | 0));
  const marchMonth = ((5 * dayOfYear + 2) / 153) | 0; // 0 = March … 11 = February
  const dayOfMonth = dayOfYear - (((153 * marchMonth + 2) / 5) | 0) + 1;
  const month = marchMonth < 10 ? marchMonth + 3 : marchMonth - 9;
  const year = era * 400 + yearOfEra + (month <= 2 ? 1 : 0);
  return ((year * 16 + month) << 5) + dayOfMonth;
}

/**
 * The month of an epoch day as a month index `year × 12 + month − 1` (0 is 0000-01, negative
 * before it). Month arithmetic on epoch days is then integer arithmetic on indices.
 *
 * @internal
 */
export function monthIndexOfEpochDay(day: number): number {
  const civil = civilFromDays(day);
  return (civil >> 9) * 12 + ((civil >> 5) & 15) - 1;
}

/**
 * The epoch day of the first day of month `index` (`year × 12 + month − 1`, any integer).
 *
 * @internal
 */
export function firstDayOfMonthIndex(index: number): number {
  const year = Math.floor(index / 12);
  return daysFromCivil(year, index - year * 12 + 1, 1);
}

/**
 * The number of days in month `index` (`year × 12 + month − 1`, any integer).
 *
 * @internal
 */
export function daysInMonthIndex(index: number): number {
  const year = Math.floor(index / 12);
  return monthLength(year, index - year * 12 + 1);
}

/** Reads a digit; -1 when the character is not one (negative values survive a bitwise or). */
function digitAt(text: string, index: number): number {
  const digit = text.charCodeAt(index) - 48;
  return digit >= 0 && digit <= 9 ? digit : -1;
}

/**
 * The epoch day of `value` when it is an {@link IsoDate}, else NaN: the one check-and-convert of
 * the library, in one pass over the string.
 *
 * `isIsoDate` and `toEpochDay` are built on it, and hot paths call it directly so that each date is
 * read once.
 *
 * @internal
 */
export function epochDayOrNaN(value: unknown): number {
  if (typeof value !== 'string' || value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return NaN;
  const y0 = digitAt(value, 0);
  const y1 = digitAt(value, 1);
  const y2 = digitAt(value, 2);
  const y3 = digitAt(value, 3);
  const m0 = digitAt(value, 5);
  const m1 = digitAt(value, 6);
  const d0 = digitAt(value, 8);
  const d1 = digitAt(value, 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return NaN;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (year === 0 || month < 1 || month > 12 || day < 1 || day > monthLength(year, month)) return NaN;
  return daysFromCivil(year, month, day);
}

/**
 * The code of the issue a date computation gives when its result would leave the calendar
 * (0001-01-01 to 9999-12-31).
 *
 * Public functions that compute dates from their input (a retention period, a plan's end) name the
 * input that leads there instead.
 *
 * @internal
 */
export const OUT_OF_CALENDAR = 'date-out-of-range';

/** The message for a date outside the calendar. @internal */
export const OUT_OF_CALENDAR_MESSAGE = 'The date would lie outside the calendar the library knows (0001-01-01 to 9999-12-31)';

/**
 * The number of days since 1970-01-01 (day 0) for a calendar date.
 *
 * Epoch days are what the
 * library counts with inside its loops: subtracting two gives the days between them.
 *
 * @throws BemInputError `date: Expected a calendar date as YYYY-MM-DD` for anything that is not
 * an {@link IsoDate}.
 * @example
 * ```ts
 * toEpochDay('1970-01-02' as IsoDate); //=> 1
 * toEpochDay('2025-01-01' as IsoDate) - toEpochDay('2024-01-01' as IsoDate); //=> 366
 * ```
 */
export function toEpochDay(date: IsoDate): number {
  const day = epochDayOrNaN(date);
  if (Number.isNaN(day)) throw inputError(['date'], NOT_A_DATE, 'invalid_format');
  return day;
}

/** The message for a value that is not an {@link IsoDate}. @internal */
export const NOT_A_DATE = 'Expected a calendar date as YYYY-MM-DD (0001-01-01 to 9999-12-31)';

/** "00" … "99". */
const TWO_DIGITS: readonly string[] = Array.from({ length: 100 }, (_, n) => (n < 10 ? `0${n}` : String(n)));
/** "-MM-DD" at index month × 32 + day: a date is then written with two joins instead of padding. */
const MONTH_DAY: readonly string[] = Array.from({ length: 13 * 32 }, (_, i) => `-${TWO_DIGITS[i >> 5]}-${TWO_DIGITS[i & 31]}`);

/**
 * The calendar date of an epoch day (days since 1970-01-01).
 *
 * @throws BemInputError `day: The date would lie outside the calendar the library knows
 * (0001-01-01 to 9999-12-31)` for a day outside -719162..2932896, and `day: Expected an integer`
 * for anything but an integer.
 * @example
 * ```ts
 * fromEpochDay(0);     //=> '1970-01-01'
 * fromEpochDay(19782); //=> '2024-02-29'
 * ```
 */
export function fromEpochDay(day: number): IsoDate {
  if (typeof day !== 'number' || !(day >= MIN_EPOCH_DAY && day <= MAX_EPOCH_DAY) || !Number.isInteger(day)) throw outOfCalendar(day, ['day']);
  const civil = civilFromDays(day);
  const year = civil >> 9; // 1–9999 here
  const century = (year / 100) | 0;
  return (TWO_DIGITS[century]! + TWO_DIGITS[year - century * 100]! + MONTH_DAY[civil & 511]!) as IsoDate;
}

function outOfCalendar(day: unknown, path: readonly (string | number)[]): Error {
  return typeof day === 'number' && Number.isInteger(day)
    ? inputError(path, OUT_OF_CALENDAR_MESSAGE, OUT_OF_CALENDAR)
    : inputError(path, 'Expected an integer (an epoch day)', 'invalid_type');
}

/**
 * {@link toEpochDay} naming `path` when `date` is not an {@link IsoDate}.
 *
 * @internal
 */
export function epochDayAt(date: unknown, path: readonly (string | number)[]): number {
  const day = epochDayOrNaN(date);
  if (Number.isNaN(day)) throw inputError(path, NOT_A_DATE, 'invalid_format');
  return day;
}

/**
 * {@link fromEpochDay} naming `path` (the input that led there) when the day lies outside the
 * calendar.
 *
 * @internal
 */
export function dateAt(day: number, path: readonly (string | number)[]): IsoDate {
  if (!(day >= MIN_EPOCH_DAY && day <= MAX_EPOCH_DAY)) throw outOfCalendar(day, path);
  return fromEpochDay(day);
}
