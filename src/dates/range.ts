import { expectInteger, expectRecord, type InputPath, inputError, readInput } from '../door/door.js';
import { epochDayAt, fromEpochDay, MAX_EPOCH_DAY, MIN_EPOCH_DAY } from './epoch-day.js';
import type { IsoDate } from './iso-date.js';
import { mergeSortedRanges } from './merge-epoch-ranges.js';

/**
 * A closed range of calendar days: both `start` and `end` are included.
 *
 * @example
 * ```ts
 * const january: DayRange = { start: '2025-01-01' as IsoDate, end: '2025-01-31' as IsoDate };
 * countDays(january); //=> 31
 * ```
 */
export interface DayRange {
  /** First day of the range (included). */
  readonly start: IsoDate;
  /** Last day of the range (included). */
  readonly end: IsoDate;
}

/**
 * A closed range of epoch days (days since 1970-01-01), both ends included: the form the
 * library counts with in its loops.
 *
 * @example
 * ```ts
 * const range: EpochRange = { start: 0, end: 6 }; // 1970-01-01..1970-01-07
 * ```
 */
export interface EpochRange {
  /** First epoch day (included). */
  readonly start: number;
  /** Last epoch day (included). */
  readonly end: number;
}

/**
 * The number of days in a closed range (`end - start + 1`); 0 when `end` is before `start`.
 *
 * @example
 * ```ts
 * countDays({ start: '2024-02-01' as IsoDate, end: '2024-02-29' as IsoDate }); //=> 29
 * countDays({ start: '2025-01-01' as IsoDate, end: '2025-01-01' as IsoDate }); //=> 1
 * ```
 */
export function countDays(range: DayRange): number {
  const { start, end } = readEpochRange(range, ['range']);
  return Math.max(0, end - start + 1);
}

/**
 * A date range read once at the door and converted: `{ start, end }` with two calendar dates
 * (an end before the start is allowed: an empty range).
 *
 * @internal
 */
export function readEpochRange(value: unknown, path: InputPath): EpochRange {
  const record = expectRecord(readInput(value, path), path);
  return { start: epochDayAt(record['start'], [...path, 'start']), end: epochDayAt(record['end'], [...path, 'end']) };
}

/** An epoch-day range read once at the door: two integer days inside the calendar. */
function readDayNumbers(value: unknown, path: InputPath): EpochRange {
  const record = expectRecord(readInput(value, path), path);
  return {
    start: expectInteger(record['start'], [...path, 'start'], MIN_EPOCH_DAY, MAX_EPOCH_DAY),
    end: expectInteger(record['end'], [...path, 'end'], MIN_EPOCH_DAY, MAX_EPOCH_DAY),
  };
}

/** A list read once at the door, each item by `read`. */
function readList<T>(value: unknown, path: InputPath, read: (item: unknown, path: InputPath) => T): T[] {
  const list = readInput(value, path);
  if (!Array.isArray(list)) throw inputError(path, 'Expected a list of ranges', 'invalid_type');
  return list.map((item, i) => read(item, [...path, i]));
}

/**
 * Merges overlapping **and touching** epoch ranges (a range ending on day n and one starting on day
 * n + 1 become one) and returns them sorted by start.
 *
 * The input is not changed. This is how a first certificate and its follow-up certificates
 * (Erst-/Folgebescheinigung) become one period in which every day counts once.
 *
 * @example
 * ```ts
 * mergeEpochRanges([{ start: 5, end: 9 }, { start: 0, end: 4 }, { start: 20, end: 21 }]);
 * //=> [{ start: 0, end: 9 }, { start: 20, end: 21 }]
 * ```
 */
export function mergeEpochRanges(ranges: readonly EpochRange[]): EpochRange[] {
  return mergeChecked(readList(ranges, ['ranges'], readDayNumbers));
}

/**
 * The engine's merger (`mergeSortedRanges`) over ranges read at the door. Sorted by start, then
 * end, so that an empty range (end before start) gives the same answer in any input order.
 */
function mergeChecked(ranges: readonly EpochRange[]): EpochRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const starts = sorted.map((range) => range.start);
  const ends = sorted.map((range) => range.end);
  mergeSortedRanges(starts, ends);
  return starts.map((start, i) => ({ start, end: ends[i]! }));
}

/**
 * Merges overlapping and touching date ranges into the fewest closed ranges covering the same
 * days, sorted by start. Idempotent and independent of the input order.
 *
 * @example
 * ```ts
 * mergeRanges([
 *   { start: '2025-03-10', end: '2025-03-16' },
 *   { start: '2025-03-01', end: '2025-03-09' }, // touches: follow-up certificate
 * ] as DayRange[]);
 * //=> [{ start: '2025-03-01', end: '2025-03-16' }]
 * ```
 */
export function mergeRanges(ranges: readonly DayRange[]): DayRange[] {
  return mergeChecked(readList(ranges, ['ranges'], readEpochRange)).map(toDates);
}

/**
 * The part of `range` inside `window`, or `null` when they share no day.
 *
 * @example
 * ```ts
 * clipRange(
 *   { start: '2024-10-20', end: '2024-11-05' } as DayRange,
 *   { start: '2024-11-01', end: '2025-10-31' } as DayRange,
 * ); //=> { start: '2024-11-01', end: '2024-11-05' }
 * ```
 */
export function clipRange(range: DayRange, window: DayRange): DayRange | null {
  const inside = readEpochRange(range, ['range']);
  const bounds = readEpochRange(window, ['window']);
  const start = Math.max(inside.start, bounds.start);
  const end = Math.min(inside.end, bounds.end);
  return start <= end ? { start: fromEpochDay(start), end: fromEpochDay(end) } : null;
}

/**
 * Converts a date range to epoch days.
 *
 * @example
 * ```ts
 * toEpochRange({ start: '1970-01-01', end: '1970-01-07' } as DayRange); //=> { start: 0, end: 6 }
 * ```
 */
export function toEpochRange(range: DayRange): EpochRange {
  return readEpochRange(range, ['range']);
}

/**
 * Converts an epoch-day range back to dates.
 *
 * @example
 * ```ts
 * fromEpochRange({ start: 0, end: 6 }); //=> { start: '1970-01-01', end: '1970-01-07' }
 * ```
 */
export function fromEpochRange(range: EpochRange): DayRange {
  return toDates(readDayNumbers(range, ['range']));
}

function toDates(range: EpochRange): DayRange {
  return { start: fromEpochDay(range.start), end: fromEpochDay(range.end) };
}
