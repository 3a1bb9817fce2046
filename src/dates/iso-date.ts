import * as z from 'zod';
import { epochDayOrNaN } from './epoch-day.js';

/** A year 0001–9999 (no year 0). */
const YEAR = '(?:[0-9]{3}[1-9]|[0-9]{2}[1-9][0-9]|[0-9][1-9][0-9]{2}|[1-9][0-9]{3})';
/** A leap year: divisible by 4 and not by 100, or by 400 (0000 is not a year here). */
const LEAP_YEAR = '(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[48]|[2468][048]|[13579][26])00)';
const MONTH_DAY = '(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))';

/**
 * The calendar as one regular expression: `YYYY-MM-DD` from 0001-01-01 to 9999-12-31, with 29
 * February only in leap years.
 *
 * ASCII digits only (`[0-9]`, never `\d`, which matches other scripts' digits in Python and .NET);
 * use it with a length of 10 (Python's `$` also matches before a final newline).
 *
 * @internal
 * @example
 * ```ts
 * ISO_DATE_PATTERN.test('2024-02-29'); //=> true
 * ISO_DATE_PATTERN.test('2025-02-29'); //=> false
 * ```
 */
export const ISO_DATE_PATTERN = new RegExp(`^${dateSource()}$`);

/**
 * The source of {@link ISO_DATE_PATTERN} without anchors, for patterns built on it (instants).
 *
 * @internal
 */
export function dateSource(): string {
  return `(?:${YEAR}-${MONTH_DAY}|${LEAP_YEAR}-02-29)`;
}

/**
 * A calendar date as a `YYYY-MM-DD` string, validated against the real calendar (`2025-02-30` and
 * `2025-2-3` are refused), from 0001-01-01 to 9999-12-31. It carries no time and no time zone, so
 * it means the same day on every machine.
 *
 * The rule is one regular expression of ASCII digits (`[0-9]`, leap years written out) and a length
 * of 10, so the published JSON Schema means the same in every language (no `format`, no `\d`).
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
export const IsoDate: IsoDateSchema = z
  .string({ error: (issue) => (issue.input === undefined ? 'Required: ' : '') + 'Expected a calendar date as YYYY-MM-DD' })
  .length(10, { error: 'Expected a calendar date as YYYY-MM-DD', abort: true })
  .regex(ISO_DATE_PATTERN, { error: 'Expected a calendar date as YYYY-MM-DD' })
  .brand<'IsoDate'>();

export type IsoDate = z.infer<typeof IsoDate>;

/**
 * The type of the {@link IsoDate} schema, by name: declarations print `IsoDateSchema` where a
 * field is a date instead of zod's `$ZodBranded<ZodString, 'IsoDate', 'out'>`.
 *
 * @internal
 */
export interface IsoDateSchema extends z.core.$ZodBranded<z.ZodString, 'IsoDate', 'out'> {}

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
  return !Number.isNaN(epochDayOrNaN(value));
}
