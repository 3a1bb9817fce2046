import * as z from 'zod';
import { epochDayOrNaN } from './epoch-day.js';

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
