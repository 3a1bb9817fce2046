import * as z from 'zod';

/**
 * An instant as an ISO 8601 timestamp **with offset** (`Z` or `+hh:mm`), e.g. the moment a case
 * event was recorded. Without an offset a timestamp would mean different moments on different
 * machines, so it is refused. `bem-sgb9/zone` turns an instant into the Berlin calendar day.
 *
 * @example
 * ```ts
 * Instant.parse('2025-11-03T09:15:00+01:00');          //=> '2025-11-03T09:15:00+01:00'
 * Instant.safeParse('2025-11-03T09:15:00').success;    //=> false (no offset)
 * ```
 */
export const Instant = z.iso.datetime({ offset: true, error: 'Expected an ISO 8601 instant with offset, e.g. 2025-11-03T09:15:00+01:00' });

/**
 * An ISO 8601 timestamp with offset; see the {@link Instant} schema.
 *
 * @example
 * ```ts
 * const at: Instant = '2025-11-03T08:15:00Z';
 * ```
 */
export type Instant = z.infer<typeof Instant>;
