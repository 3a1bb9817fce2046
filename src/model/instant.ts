import * as z from 'zod';
import { dateSource } from '../dates/iso-date.js';

/**
 * An instant as one regular expression of ASCII characters: a calendar date (0001-01-01 to
 * 9999-12-31), `T`, hours 00–23 and minutes, optionally seconds 00–59 with up to 9 fraction digits,
 * and an offset `Z` or `±hh:mm` (hours 00–23).
 *
 * No `\d`, no `format`: it means the same in every language; use it with a length of 17 to 35.
 *
 * @internal
 * @example
 * ```ts
 * INSTANT_PATTERN.test('2025-11-03T09:15:00+01:00'); //=> true
 * ```
 */
export const INSTANT_PATTERN = new RegExp(
  `^${dateSource()}T(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]{1,9})?)?(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])$`,
);

const INSTANT_MESSAGE = 'Expected an ISO 8601 instant with offset, e.g. 2025-11-03T09:15:00+01:00';

/**
 * An instant as an ISO 8601 timestamp **with offset** (`Z` or `+hh:mm`), e.g. the moment a case
 * event was recorded.
 *
 * Without an offset a timestamp would mean different moments on different machines, so it is
 * refused. `bem-sgb9/zone` turns an instant into the Berlin calendar day.
 *
 * @example
 * ```ts
 * Instant.parse('2025-11-03T09:15:00+01:00');          //=> '2025-11-03T09:15:00+01:00'
 * Instant.safeParse('2025-11-03T09:15:00').success;    //=> false (no offset)
 * ```
 */
export const Instant = z
  .string({ error: INSTANT_MESSAGE })
  .min(17, { error: INSTANT_MESSAGE, abort: true })
  .max(35, { error: INSTANT_MESSAGE, abort: true })
  .regex(INSTANT_PATTERN, { error: INSTANT_MESSAGE });

export type Instant = z.infer<typeof Instant>;
