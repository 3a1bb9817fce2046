import type { IsoDate } from '../dates/iso-date.js';
import { daysFromCivil, fromEpochDay, MAX_EPOCH_DAY, MIN_EPOCH_DAY } from '../dates/epoch-day.js';
import { isoWeekdayOfEpochDay } from '../dates/arithmetic.js';
import type { Instant } from './instant.js';

const MINUTE = 60_000;
const DAY_MINUTES = 24 * 60;
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(Z|([+-])(\d{2}):(\d{2}))$/;

/** Minutes since 1970-01-01T00:00Z of an instant (already validated by the `Instant` schema), with its fraction of a minute. */
function utcMinutes(instant: Instant): number {
  const match = INSTANT.exec(instant);
  if (match === null) return Number.NaN;
  const [, year, month, day, hour, minute, second, fraction, zone, sign, offsetHours, offsetMinutes] = match;
  const local = daysFromCivil(Number(year), Number(month), Number(day)) * DAY_MINUTES + Number(hour) * 60 + Number(minute);
  const offset = zone === 'Z' ? 0 : (sign === '-' ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes));
  return local - offset + (Number(second) + Number(`0.${fraction ?? '0'}`)) / 60;
}

/** The epoch day of the last Sunday of a month. */
function lastSunday(year: number, month: number): number {
  const last = daysFromCivil(year, month + 1, 0);
  return last - (isoWeekdayOfEpochDay(last) % 7);
}

/**
 * The UTC minutes at which German summer time (MESZ, +02:00) begins and ends in `year`, or null for
 * a year without it.
 *
 * Since 1996 (EU directive 2000/84/EC and its predecessors): last Sunday of March to last Sunday of
 * October, 01:00 UTC each; 1981–1995 it ended on the last Sunday of September; 1980 it began on 6
 * April. Germany had no summer time from 1950 to 1979; the wartime and post-war summer times
 * (1916–1918, 1940–1949) are not modelled (no BEM case is that old: § 167 Abs. 2 SGB IX dates from
 * 2004 as § 84 Abs. 2).
 */
function summerTime(year: number): readonly [number, number] | null {
  if (year < 1980) return null;
  const start = year === 1980 ? daysFromCivil(1980, 4, 6) : lastSunday(year, 3);
  const end = lastSunday(year, year <= 1995 ? 9 : 10);
  return [start * DAY_MINUTES + 60, end * DAY_MINUTES + 60];
}

/**
 * The milliseconds since 1970-01-01T00:00Z of an instant, to order instants that carry
 * different offsets (`2025-11-03T09:00:00+01:00` is before `2025-11-03T08:30:00Z`).
 *
 * @param instant an instant validated by the `Instant` schema.
 * @returns the time value, as `Date.parse` would give it, without depending on the platform.
 * @example
 * ```ts
 * instantTime('1970-01-01T01:00:00+01:00'); //=> 0
 * ```
 */
export function instantTime(instant: Instant): number {
  return Math.round(utcMinutes(instant) * MINUTE);
}

/**
 * The Europe/Berlin calendar day of an instant, computed by hand from the German summer-time rules
 * (CET +01:00, CEST +02:00 between the last Sundays of March and October, 01:00 UTC), so the main
 * entry needs no time-zone library.
 *
 * It agrees with `berlinDateOf` from `bem-sgb9/zone` (luxon, the IANA data) for every instant since
 * 1980; the instant's own offset only fixes the moment, never the day (`2025-10-29T23:30:00Z` is 30
 * October in Berlin).
 *
 * @param instant an instant validated by the `Instant` schema.
 * @returns the Berlin calendar day, or `null` when it falls outside 0001-01-01..9999-12-31.
 * @example
 * ```ts
 * berlinDayOf('2025-10-29T23:30:00Z');      //=> '2025-10-30' (00:30 CET)
 * berlinDayOf('2025-07-01T21:59:59Z');      //=> '2025-07-01' (23:59:59 CEST)
 * berlinDayOf('2025-12-01T10:00:00+01:00'); //=> '2025-12-01'
 * ```
 */
export function berlinDayOf(instant: Instant): IsoDate | null {
  const utc = utcMinutes(instant);
  const inRange = (day: number) => Number.isInteger(day) && day >= MIN_EPOCH_DAY && day <= MAX_EPOCH_DAY;
  const roughDay = Math.floor(utc / DAY_MINUTES);
  if (!inRange(roughDay)) return null;
  const summer = summerTime(Number(fromEpochDay(roughDay).slice(0, 4)));
  const offset = summer !== null && utc >= summer[0] && utc < summer[1] ? 120 : 60;
  const day = Math.floor((utc + offset) / DAY_MINUTES);
  return inRange(day) ? fromEpochDay(day) : null;
}
