import { isPlainRecord } from '../door/door.js';
import { epochDayOrNaN, MAX_EPOCH_DAY } from '../dates/epoch-day.js';
import { lowerBound } from '../dates/lower-bound.js';
import { mergeSortedRanges, sortRangesByStart } from '../dates/merge-epoch-ranges.js';
import { type AbsenceKindName, kindBit, kindsOfMask } from '../law/absence-kinds.js';
import { firstDayAfterReset } from '../law/reset.js';
import { skipsWentHomeSickDay } from '../law/went-home-sick.js';
import type { PreparedPolicy } from './prepared-policy.js';

/**
 * The end of an ongoing absence (`end: null`): far beyond any date, so it runs "indefinitely"
 * while staying an ordinary number for the arithmetic.
 *
 * @internal
 */
export const ONGOING_END = MAX_EPOCH_DAY + 1_000_000;

/**
 * The counted absences of one employee, merged: overlapping and touching records (first and
 * follow-up certificates) become one range in which each day counts once.
 *
 * @internal
 */
export interface CountedRanges {
  /** First day of each merged range (epoch days, ascending). */
  readonly starts: number[];
  /** Last day of each merged range; {@link ONGOING_END} for an ongoing absence. */
  readonly ends: number[];
  /** The indices of the counted absences, sorted by start: range i was merged from `sources[firstSource[i]] … sources[firstSource[i + 1] - 1]`. */
  readonly sources: readonly number[];
  /** Where each range's absences begin in `sources`, with one more entry at the end. */
  readonly firstSource: readonly number[];
  /** Kinds that were recorded but do not count under the policy, in canonical order. */
  readonly excludedKinds: readonly AbsenceKindName[];
  /** Whether uncertified days were left out. */
  readonly uncertifiedLeftOut: boolean;
  /** Whether a went-home-sick first day was left out. */
  readonly wentHomeSickLeftOut: boolean;
  /** Whether a counted absence had no end date. */
  readonly ongoing: boolean;
  /** The last day of the last merged range, or its first day when it is ongoing (-Infinity if none). */
  readonly lastRecorded: number;
  /** The kind bit of each absence, by its position in the input (read once, with the rest). */
  readonly kindBits: readonly number[];
  /** The id of each absence, by its position in the input (undefined when it has none). */
  readonly ids: readonly (string | undefined)[];
}

/**
 * Whether `key` is a field of the `Absence` schema (a switch: cheaper than a keyed lookup for
 * each field of millions of records).
 *
 * @internal
 */
export function isAbsenceKey(key: string): boolean {
  switch (key) {
    case 'id':
    case 'start':
    case 'end':
    case 'kind':
    case 'certified':
    case 'wentHomeSick':
      return true;
    default:
      return false;
  }
}

/**
 * Checks and filters the absences in one pass, then merges them: each record must certainly pass
 * the `Absence` schema (else the answer is null and the caller lets zod name the problems; this
 * check is never more lenient than the schema, which a property test confirms).
 *
 * Records are then filtered by the policy (kinds, uncertified days, the went-home-sick day:
 * `skipsWentHomeSickDay`) and clipped to the days after a reset (`firstDayAfterReset`), both rules
 * in src/law/.
 *
 * @param reset epoch day of the previous BEM's conclusion: only later days count.
 * @internal
 */
export function collectRanges(absences: readonly unknown[], policy: PreparedPolicy, reset: number | null): CountedRanges | null {
  const starts: number[] = [];
  const ends: number[] = [];
  const sources: number[] = [];
  const kindBits: number[] = [];
  const ids: (string | undefined)[] = [];
  let excludedMask = 0;
  let uncertifiedLeftOut = false;
  let wentHomeSickLeftOut = false;
  let ongoing = false;
  let sorted = true;
  for (let i = 0; i < absences.length; i++) {
    const record = absences[i];
    if (!isPlainRecord(record)) return null;
    for (const key in record) if (!isAbsenceKey(key)) return null;
    const { id, start: startDate, end: endDate, kind, certified, wentHomeSick } = record as Record<string, unknown>;
    if (id !== undefined && (typeof id !== 'string' || id.length < 1 || id.length > 200)) return null;
    if (certified !== undefined && certified !== true && certified !== false) return null;
    if (wentHomeSick !== undefined && wentHomeSick !== true && wentHomeSick !== false) return null;
    const bit = kindBit(kind);
    if (bit === 0) return null;
    let start = epochDayOrNaN(startDate);
    const end = endDate === null ? ONGOING_END : epochDayOrNaN(endDate);
    if (!(start <= end)) return null; // NaN (not a date) or an end before the start
    kindBits.push(bit);
    ids.push(id as string | undefined);
    if ((policy.countedMask & bit) === 0) {
      excludedMask |= bit;
      continue;
    }
    if (certified === false && !policy.countUncertified) {
      uncertifiedLeftOut = true;
      continue;
    }
    if (skipsWentHomeSickDay(wentHomeSick, policy.countWentHomeSickDay)) {
      wentHomeSickLeftOut = true;
      start++;
    }
    start = firstDayAfterReset(start, reset);
    if (start > end) continue;
    if (endDate === null) ongoing = true;
    if (starts.length > 0 && start < starts[starts.length - 1]!) sorted = false;
    starts.push(start);
    ends.push(end);
    sources.push(i);
  }
  if (!sorted) sortRangesByStart(starts, ends, sources);
  const firstSource = mergeSortedRanges(starts, ends);
  // The last merged range decides how far the forecast looks: its end, or its start when it is
  // ongoing. Taken after merging, so splitting an absence into touching parts changes nothing.
  const last = starts.length - 1;
  return {
    starts,
    ends,
    sources,
    firstSource,
    excludedKinds: kindsOfMask(excludedMask),
    uncertifiedLeftOut,
    wentHomeSickLeftOut,
    ongoing,
    lastRecorded: last < 0 ? -Infinity : ends[last] === ONGOING_END ? starts[last]! : ends[last]!,
    kindBits,
    ids,
  };
}

/**
 * Index of the last range that starts on or before `day`, or -1.
 *
 * @internal
 */
export function rangeAtOrBefore(starts: readonly number[], day: number): number {
  return lowerBound(starts, day + 1) - 1;
}
