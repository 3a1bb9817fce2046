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
