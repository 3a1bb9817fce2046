import { expectInteger, type InputPath, inputError, readInput } from '../door/door.js';
import { weekdayOf } from './arithmetic.js';
import { epochDayAt } from './epoch-day.js';
import type { IsoDate } from './iso-date.js';
import { type DayRange, readEpochRange } from './range.js';
import { lowerBound } from './lower-bound.js';

/**
 * A prepared counter of chosen weekdays (e.g. an employee's working days) minus holidays over
 * epoch-day ranges, in constant time per range plus a binary search over the holidays.
 *
 * Build it once per policy with {@link weekdayCounter}; use it in loops.
 *
 * @example
 * ```ts
 * const monToFri = weekdayCounter([1, 2, 3, 4, 5]);
 * monToFri.count(0, 6); //=> 5 (1970-01-01, a Thursday, to the Wednesday after)
 * ```
 */
export interface WeekdayCounter {
  /** The ISO weekdays (1 = Monday … 7 = Sunday) that count, ascending. */
  readonly weekdays: readonly number[];
  /** Counts the chosen weekdays that are not holidays in the closed epoch range `start..end`. */
  count(start: number, end: number): number;
  /** Whether the epoch day is a chosen weekday and not a holiday. */
  counts(day: number): boolean;
}

/**
 * Builds a {@link WeekdayCounter} for the given ISO weekdays (1–7) and holidays.
 *
 * Holidays that
 * fall on a weekday that does not count anyway are ignored, and duplicates count once.
 *
 * @param weekdays ISO weekdays that count (1 = Monday … 7 = Sunday).
 * @param holidays dates that never count (public holidays, company closing days).
 * @throws BemInputError `weekdays[0]: Expected an integer from 1 to 7`, `holidays[0]: Expected a
 * calendar date as YYYY-MM-DD`.
 * @example
 * ```ts
 * const counter = weekdayCounter([1, 2, 3, 4, 5], ['2025-12-25', '2025-12-26'] as IsoDate[]);
 * counter.count(toEpochDay('2025-12-22' as IsoDate), toEpochDay('2025-12-28' as IsoDate)); //=> 3
 * ```
 */
export function weekdayCounter(weekdays: readonly number[], holidays: readonly IsoDate[] = []): WeekdayCounter {
  const chosen = new Array<boolean>(8).fill(false);
  for (const weekday of readList(weekdays, ['weekdays'], (value, path) => expectInteger(value, path, 1, 7))) chosen[weekday] = true;
  const holidayDays = readList(holidays, ['holidays'], epochDayAt);
  // prefix[r]: chosen days among epoch days 0..r-1 of any 7-day block aligned at epoch day 0.
  const prefix = [0];
  for (let r = 0; r < 7; r++) prefix.push(prefix[r]! + (chosen[weekdayOf(r)] ? 1 : 0));
  const perWeek = prefix[7]!;
  const before = (day: number): number => {
    const weeks = Math.floor(day / 7);
    return weeks * perWeek + prefix[day - weeks * 7]!;
  };
  const offDays = [...new Set(holidayDays)]
    .filter((day) => chosen[weekdayOf(day)])
    .sort((a, b) => a - b);
  const holidaysBefore = (day: number): number => lowerBound(offDays, day);
  const isHoliday = (day: number): boolean => offDays[lowerBound(offDays, day)] === day;
  return {
    weekdays: [1, 2, 3, 4, 5, 6, 7].filter((weekday) => chosen[weekday]),
    count(start, end) {
      if (end < start) return 0;
      return before(end + 1) - before(start) - (holidaysBefore(end + 1) - holidaysBefore(start));
    },
    counts(day) {
      return chosen[weekdayOf(day)] === true && !isHoliday(day);
    },
  };
}

/**
 * Counts the days of a closed date range that fall on the chosen ISO weekdays and are not
 * holidays. For many ranges, build a {@link weekdayCounter} once instead.
 *
 * @example
 * ```ts
 * // Monday 2025-12-22 to Sunday 2025-12-28, Mon–Fri, two holidays: 3 working days
 * countWeekdays(
 *   { start: '2025-12-22', end: '2025-12-28' } as DayRange,
 *   [1, 2, 3, 4, 5],
 *   ['2025-12-25', '2025-12-26'] as IsoDate[],
 * ); //=> 3
 * ```
 */
export function countWeekdays(range: DayRange, weekdays: readonly number[], holidays: readonly IsoDate[] = []): number {
  const { start, end } = readEpochRange(range, ['range']);
  return weekdayCounter(weekdays, holidays).count(start, end);
}

/** A list read once at the door, each item by `read`; `undefined` is the empty list. */
function readList<T>(value: unknown, path: InputPath, read: (item: unknown, path: InputPath) => T): T[] {
  const list = readInput(value, path);
  if (!Array.isArray(list)) throw inputError(path, 'Expected a list', 'invalid_type');
  return list.map((item, i) => read(item, [...path, i]));
}

