import * as z from 'zod';

/**
 * A calendar date as a `YYYY-MM-DD` string, validated against the real calendar
 * (`2025-02-30` and `2025-2-3` are refused). It carries no time and no time zone, so it means
 * the same day on every machine.
 *
 * The schema is branded: a plain `string` does not type-check as an `IsoDate` until it has been
 * parsed (`IsoDate.parse('2025-10-31')`) or checked with {@link isIsoDate}.
 *
 * @example
 * ```ts
 * IsoDate.parse('2024-02-29');          //=> '2024-02-29'
 * IsoDate.safeParse('2025-02-30').success; //=> false
 * ```
 */
export const IsoDate = z.iso
  .date({ error: (issue) => (issue.input === undefined ? 'Required: ' : '') + 'Expected a calendar date as YYYY-MM-DD' })
  .brand<'IsoDate'>();

/**
 * A calendar date as a `YYYY-MM-DD` string (branded). See the {@link IsoDate} schema.
 *
 * @example
 * ```ts
 * const day: IsoDate = IsoDate.parse('2025-10-31');
 * ```
 */
export type IsoDate = z.infer<typeof IsoDate>;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/**
 * Whether `year` is a leap year in the proleptic Gregorian calendar.
 *
 * @example
 * ```ts
 * isLeapYear(2024); //=> true
 * isLeapYear(1900); //=> false
 * ```
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * The number of days in a month (`month` is 1–12).
 *
 * @example
 * ```ts
 * daysInMonth(2024, 2); //=> 29
 * daysInMonth(2025, 2); //=> 28
 * ```
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2 && isLeapYear(year)) return 29;
  const days = DAYS_IN_MONTH[month - 1];
  if (days === undefined) throw new Error(`bem-sgb9/dates: month out of range: ${month}`);
  return days;
}

/** Reads `count` ASCII digits from `text` at `from`; -1 when any is not a digit. */
function readDigits(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * Whether `value` is a string `YYYY-MM-DD` that names a real calendar day. Faster than the
 * schema; use it in hot paths.
 *
 * @example
 * ```ts
 * isIsoDate('2024-02-29'); //=> true
 * isIsoDate('2025-02-29'); //=> false
 * isIsoDate('2025-2-3');   //=> false
 * ```
 */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string' || value.length !== 10) return false;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const year = readDigits(value, 0, 4);
  const month = readDigits(value, 5, 2);
  const day = readDigits(value, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}
