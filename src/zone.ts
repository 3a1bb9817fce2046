/**
 * The only module that knows about time zones. Case events carry instants (ISO 8601 with an
 * offset); the rules need the calendar day in Germany. Import it from `bem-sgb9/zone`, so the
 * main entry stays free of luxon.
 *
 * @module
 */
import { DateTime } from 'luxon';
import { IsoDate } from './dates/iso-date.js';
import { BemInputError } from './model/input-error.js';

/**
 * The zone whose calendar the rules follow: German labour law counts German days.
 *
 * @example
 * ```ts
 * BERLIN; //=> 'Europe/Berlin'
 * ```
 */
export const BERLIN = 'Europe/Berlin';

const INSTANT_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * The Europe/Berlin calendar date of an instant. The instant must carry its offset (`Z` or
 * `+hh:mm`), so the answer never depends on the machine's time zone.
 *
 * @param instant an ISO 8601 timestamp with offset, e.g. `2025-03-30T00:30:00Z`.
 * @throws BemInputError `instant: Expected an ISO 8601 instant with offset` for anything else.
 * @example
 * ```ts
 * berlinDateOf('2025-10-31T23:30:00Z'); //=> '2025-11-01' (00:30 in Berlin, CET)
 * berlinDateOf('2025-07-01T21:59:59Z'); //=> '2025-07-01' (23:59:59 in Berlin, CEST)
 * ```
 */
export function berlinDateOf(instant: string): IsoDate {
  const time = parseInstant(instant);
  return time.setZone(BERLIN).toISODate() as IsoDate;
}

/**
 * The instant at which a Berlin calendar day begins, as an ISO 8601 string in UTC. Around the
 * DST switches this is 23:00Z (winter) or 22:00Z (summer) of the day before.
 *
 * @param date the calendar day (`YYYY-MM-DD`).
 * @throws BemInputError `date: Expected a calendar date as YYYY-MM-DD` for a bad date.
 * @example
 * ```ts
 * startOfBerlinDay('2025-03-30'); //=> '2025-03-29T23:00:00.000Z'
 * startOfBerlinDay('2025-03-31'); //=> '2025-03-30T22:00:00.000Z'
 * ```
 */
export function startOfBerlinDay(date: string): string {
  const parsed = IsoDate.safeParse(date);
  if (!parsed.success) {
    throw new BemInputError([{ path: ['date'], code: 'invalid_format', message: 'Expected a calendar date as YYYY-MM-DD' }]);
  }
  return DateTime.fromISO(parsed.data, { zone: BERLIN }).startOf('day').toUTC().toISO() as string;
}

function parseInstant(instant: string): DateTime {
  const time = typeof instant === 'string' && INSTANT_WITH_OFFSET.test(instant) ? DateTime.fromISO(instant, { setZone: true }) : null;
  if (time === null || !time.isValid) {
    throw new BemInputError([
      { path: ['instant'], code: 'invalid_format', message: 'Expected an ISO 8601 instant with offset, e.g. 2025-03-30T00:30:00Z' },
    ]);
  }
  return time;
}
