/**
 * The only module that knows about time zones. Case events carry instants (ISO 8601 with an
 * offset); the rules need the calendar day in Germany. Import it from `bem-sgb9/zone`, so the
 * main entry stays free of luxon.
 *
 * @module
 */
import { DateTime } from 'luxon';
import { IsoDate } from './dates/iso-date.js';
import { MAX_YEAR, MIN_YEAR } from './dates/calendar.js';
import { inputError } from './door/door.js';
import { Instant } from './model/instant.js';
import { BemInputError, safeParseInput } from './model/input-error.js';

/**
 * The zone whose calendar the rules follow: German labour law counts German days.
 *
 * @example
 * ```ts
 * BERLIN; //=> 'Europe/Berlin'
 * ```
 */
export const BERLIN = 'Europe/Berlin';

/**
 * The Europe/Berlin calendar date of an instant.
 *
 * The instant must carry its offset (`Z` or `+hh:mm`), so the answer never depends on the machine's
 * time zone. It accepts exactly what the {@link Instant} schema accepts, as long as the Berlin date
 * lies in the calendar (0001-01-01 to 9999-12-31).
 *
 * @param instant an ISO 8601 timestamp with offset, e.g. `2025-03-30T00:30:00Z`.
 * @throws BemInputError `instant: Expected an ISO 8601 instant with offset` for anything else,
 * and `instant: The Berlin calendar date of this instant lies outside 0001-01-01..9999-12-31`
 * (e.g. for `9999-12-31T23:30:00Z`, already 1 January 10000 in Berlin).
 * @example
 * ```ts
 * berlinDateOf('2025-10-31T23:30:00Z'); //=> '2025-11-01' (00:30 in Berlin, CET)
 * berlinDateOf('2025-07-01T21:59:59Z'); //=> '2025-07-01' (23:59:59 in Berlin, CEST)
 * ```
 */
export function berlinDateOf(instant: string): IsoDate {
  const time = parseInstant(instant).setZone(BERLIN);
  if (time.year < MIN_YEAR || time.year > MAX_YEAR) {
    throw inputError(['instant'], 'The Berlin calendar date of this instant lies outside 0001-01-01..9999-12-31', 'date-out-of-range');
  }
  return time.toISODate() as IsoDate;
}

/**
 * The instant at which a Berlin calendar day begins, as an ISO 8601 string in UTC. Around the
 * DST switches this is 23:00Z (winter) or 22:00Z (summer) of the day before.
 *
 * @param date the calendar day (`YYYY-MM-DD`).
 * @throws BemInputError `date: Expected a calendar date as YYYY-MM-DD` for a bad date, and for
 * 0001-01-01, which began in UTC on the day before the calendar starts.
 * @example
 * ```ts
 * startOfBerlinDay('2025-03-30'); //=> '2025-03-29T23:00:00.000Z'
 * startOfBerlinDay('2025-03-31'); //=> '2025-03-30T22:00:00.000Z'
 * ```
 */
export function startOfBerlinDay(date: string): string {
  const parsed = safeParseInput(IsoDate, date, ['date']);
  if (!parsed.success) throw parsed.error;
  const start = DateTime.fromISO(parsed.data, { zone: BERLIN }).startOf('day').toUTC();
  // 0001-01-01 began in Berlin at 23:06:32Z on 31 December of the year 0 (local mean time), an
  // instant before the calendar the library knows.
  if (start.year < MIN_YEAR) throw inputError(['date'], 'This day began (in UTC) before 0001-01-01, outside the calendar the library knows', 'date-out-of-range');
  return start.toISO() as string;
}

function parseInstant(instant: string): DateTime {
  const parsed = safeParseInput(Instant, instant, ['instant']);
  if (!parsed.success) throw parsed.error;
  const time = DateTime.fromISO(parsed.data, { setZone: true });
  // Luxon reads every instant the schema accepts (a test checks this); anything else is a bug.
  if (!time.isValid) throw new BemInputError([{ path: ['instant'], code: 'invalid_format', message: 'Expected an ISO 8601 instant with offset, e.g. 2025-03-30T00:30:00Z' }]);
  return time;
}
