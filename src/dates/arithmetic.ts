import { expectInteger, expectString } from '../door/door.js';
import { civilFromDays, dateAt, daysFromCivil, epochDayAt, MAX_EPOCH_DAY, MIN_EPOCH_DAY } from './epoch-day.js';
import { monthLength } from './calendar.js';
import type { IsoDate } from './iso-date.js';

/**
 * The date `days` days after `date` (before it when negative).
 *
 * @throws BemInputError `date: Expected a calendar date as YYYY-MM-DD`, `days: Expected an
 * integer`, or `days: The date would lie outside the calendar the library knows (0001-01-01 to
 * 9999-12-31)`.
 * @example
 * ```ts
 * addDays('2024-02-28' as IsoDate, 1);  //=> '2024-02-29'
 * addDays('2025-01-01' as IsoDate, -1); //=> '2024-12-31'
 * ```
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  const from = epochDayAt(date, ['date']);
  return dateAt(from + expectInteger(days, ['days']), ['days']);
}

/**
 * The same calendar day `months` months later (earlier when negative).
 *
 * A day that does not exist in the target month is **clamped** to that month's last day: 2024-02-29
 * minus 12 months is 2023-02-28, and 2025-01-31 plus one month is 2025-02-28. This is the rule the
 * eligibility window uses (the [eligibility guide](../../docs/eligibility.md), "Zeitjahr").
 *
 * @throws BemInputError `date: Expected a calendar date as YYYY-MM-DD`, `months: Expected an
 * integer`, or `months: The date would lie outside the calendar the library knows (0001-01-01 to
 * 9999-12-31)`.
 * @example
 * ```ts
 * addMonths('2024-02-29' as IsoDate, -12); //=> '2023-02-28'
 * addMonths('2025-01-31' as IsoDate, 1);   //=> '2025-02-28'
 * addMonths('2025-10-31' as IsoDate, -12); //=> '2024-10-31'
 * ```
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const from = epochDayAt(date, ['date']);
  // Bounded first: 120,000 months span the whole calendar, and month indices stay exact.
  return dateAt(addMonthsToEpochDay(from, expectInteger(months, ['months'], -120_000, 120_000)), ['months']);
}

/**
 * The last day of a period of `months` months that begins at the start of `start`, counted as
 * the civil code counts (§ 187 Abs. 2, § 188 Abs. 2 BGB): the day before the same calendar day
 * `months` months later; when that month has no such day, its last day (§ 188 Abs. 3 BGB).
 *
 * @example
 * ```ts
 * lastDayOfMonthsPeriod('2025-03-15' as IsoDate, 6); //=> '2025-09-14'
 * lastDayOfMonthsPeriod('2025-08-31' as IsoDate, 6); //=> '2026-02-28'
 * ```
 * @internal
 */
export function lastDayOfMonthsPeriod(start: IsoDate, months: number, path: readonly (string | number)[] = ['start']): IsoDate {
  const from = epochDayAt(start, path);
  return dateAt(lastDayOfMonthsPeriodFrom(from, expectInteger(months, ['months'], -120_000, 120_000)), path);
}

/**
 * {@link lastDayOfMonthsPeriod} on epoch days, for any day and any month count (the result may
 * lie outside the calendar: a period that begins on 9999-07-01 ends on 9999-12-31, one that
 * begins a day later after it).
 *
 * @internal
 */
export function lastDayOfMonthsPeriodFrom(start: number, months: number): number {
  const sameDay = addMonthsToEpochDay(start, months);
  // addMonthsToEpochDay clamps a missing day to the month's end: then that end is the last day.
  return (civilFromDays(sameDay) & 31) === (civilFromDays(start) & 31) ? sameDay - 1 : sameDay;
}

/**
 * {@link addMonths} on epoch days, for any integer day: the same day of the month `months` months
 * later (earlier when negative).
 *
 * A day missing in the target month is clamped to its last day (`'clamp'`, as addMonths does) or
 * moved on to the first day of the month after (`'next-day'`): then the result is the first day
 * whose date `-months` months back (clamped) is on or after `day`, which is what a window search
 * needs.
 *
 * @internal
 */
export function addMonthsToEpochDay(day: number, months: number, overflow: 'clamp' | 'next-day' = 'clamp'): number {
  const civil = civilFromDays(day);
  const target = (civil >> 9) * 12 + ((civil >> 5) & 15) - 1 + months;
  const year = Math.floor(target / 12);
  const month = target - year * 12 + 1;
  const length = monthLength(year, month);
  const dayOfMonth = civil & 31;
  if (dayOfMonth <= length) return daysFromCivil(year, month, dayOfMonth);
  return daysFromCivil(year, month, length) + (overflow === 'clamp' ? 0 : 1);
}

/**
 * The number of days from `from` to `to` (negative when `to` is earlier).
 *
 * @throws BemInputError `from: Expected a calendar date as YYYY-MM-DD` (likewise `to`).
 * @example
 * ```ts
 * daysBetween('2024-01-01' as IsoDate, '2025-01-01' as IsoDate); //=> 366
 * ```
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return epochDayAt(to, ['to']) - epochDayAt(from, ['from']);
}

/**
 * The ISO weekday of an epoch day: 1 = Monday … 7 = Sunday.
 *
 * @throws BemInputError `day: Expected an integer from -719162 to 2932896` (0001-01-01 to
 * 9999-12-31) for anything else.
 * @example
 * ```ts
 * isoWeekdayOfEpochDay(0); //=> 4 (1970-01-01 was a Thursday)
 * ```
 */
export function isoWeekdayOfEpochDay(day: number): number {
  return weekdayOf(expectInteger(day, ['day'], MIN_EPOCH_DAY, MAX_EPOCH_DAY));
}

/**
 * {@link isoWeekdayOfEpochDay} for a checked integer day (hot paths).
 *
 * @internal
 */
export function weekdayOf(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/**
 * The ISO weekday of a date: 1 = Monday … 7 = Sunday.
 *
 * @throws BemInputError `date: Expected a calendar date as YYYY-MM-DD`.
 * @example
 * ```ts
 * isoWeekday('2025-10-31' as IsoDate); //=> 5 (a Friday)
 * ```
 */
export function isoWeekday(date: IsoDate): number {
  return weekdayOf(epochDayAt(date, ['date']));
}

/**
 * Compares two dates for sorting: negative, zero or positive. `YYYY-MM-DD` strings sort as text,
 * so this is a plain string comparison. Any two strings compare (as text); anything else is
 * refused.
 *
 * @throws BemInputError `a: Expected a string` (likewise `b`).
 * @example
 * ```ts
 * ['2025-03-01', '2024-12-31'].sort(compareDates); //=> ['2024-12-31', '2025-03-01']
 * ```
 */
export function compareDates(a: string, b: string): number {
  if (typeof a !== 'string' || typeof b !== 'string') {
    expectString(a, ['a']);
    expectString(b, ['b']);
  }
  return a < b ? -1 : a > b ? 1 : 0;
}
