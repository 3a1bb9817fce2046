import { expectInteger } from '../door/door.js';

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/**
 * The first and last year a calendar date can name: dates run from 0001-01-01 to 9999-12-31
 * (four digits, and no year 0, which the proleptic Gregorian calendar of ISO 8601 and most
 * other languages' date types do not have).
 *
 * @example
 * ```ts
 * [MIN_YEAR, MAX_YEAR]; //=> [1, 9999]
 * ```
 */
export const MIN_YEAR = 1;
/** The last year a calendar date can name; see {@link MIN_YEAR}. @example `MAX_YEAR; //=> 9999` */
export const MAX_YEAR = 9999;

/** {@link isLeapYear} for a checked integer year (hot paths). @internal */
export function leapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** {@link daysInMonth} for a checked year and a month 1–12 (hot paths). @internal */
export function monthLength(year: number, month: number): number {
  return month === 2 && leapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!;
}

/**
 * Whether `year` is a leap year in the proleptic Gregorian calendar.
 *
 * @param year an integer from 1 to 9999.
 * @throws BemInputError `year: Expected an integer from 1 to 9999` for anything else.
 * @example
 * ```ts
 * isLeapYear(2024); //=> true
 * isLeapYear(1900); //=> false
 * ```
 */
export function isLeapYear(year: number): boolean {
  return leapYear(expectInteger(year, ['year'], MIN_YEAR, MAX_YEAR));
}

/**
 * The number of days in a month (`month` is 1–12).
 *
 * @throws BemInputError `year: Expected an integer from 1 to 9999` or `month: Expected an
 * integer from 1 to 12`.
 * @example
 * ```ts
 * daysInMonth(2024, 2); //=> 29
 * daysInMonth(2025, 2); //=> 28
 * ```
 */
export function daysInMonth(year: number, month: number): number {
  return monthLength(expectInteger(year, ['year'], MIN_YEAR, MAX_YEAR), expectInteger(month, ['month'], 1, 12));
}
