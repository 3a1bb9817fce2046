import type { Absence, AbsenceKind } from '../model/index.js';
import type { PreparedPolicy } from './policy.js';
import { epochDayOf, MAX_DAY } from './window.js';

/**
 * The end of an ongoing absence (`end: null`): far beyond any date, so it runs "indefinitely"
 * while staying an ordinary number for the arithmetic.
 *
 * @internal
 */
export const ONGOING_END = MAX_DAY + 1_000_000;

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
  /** Kinds that were recorded but do not count under the policy. */
  readonly excludedKinds: AbsenceKind[];
  /** Whether uncertified days were left out. */
  readonly uncertifiedLeftOut: boolean;
  /** Whether a went-home-sick first day was left out. */
  readonly wentHomeSickLeftOut: boolean;
  /** Whether a counted absence had no end date. */
  readonly ongoing: boolean;
  /** The last day of the last merged range, or its first day when it is ongoing (-Infinity if none). */
  readonly lastRecorded: number;
}

/**
 * Filters the absences by the policy (kinds, uncertified days, the went-home-sick day), clips
 * them to the days after a reset, and merges them.
 *
 * @param reset epoch day of the previous BEM's conclusion: only later days count.
 * @internal
 */
export function collectRanges(absences: readonly Absence[], policy: PreparedPolicy, reset: number | null): CountedRanges {
  const rawStarts: number[] = [];
  const rawEnds: number[] = [];
  const rawSources: number[] = [];
  const excluded = new Set<AbsenceKind>();
  let uncertifiedLeftOut = false;
  let wentHomeSickLeftOut = false;
  let ongoing = false;
  let sorted = true;
  for (let i = 0; i < absences.length; i++) {
    const absence = absences[i]!;
    if (policy.counts[absence.kind] !== true) {
      excluded.add(absence.kind);
      continue;
    }
    if (absence.certified === false && !policy.countUncertified) {
      uncertifiedLeftOut = true;
      continue;
    }
    let start = epochDayOf(absence.start);
    const end = absence.end === null ? ONGOING_END : epochDayOf(absence.end);
    if (absence.wentHomeSick === true && !policy.countWentHomeSickDay) {
      wentHomeSickLeftOut = true;
      start++;
    }
    if (reset !== null && start <= reset) start = reset + 1;
    if (start > end) continue;
    if (absence.end === null) ongoing = true;
    const count = rawStarts.length;
    if (count > 0 && start < rawStarts[count - 1]!) sorted = false;
    rawStarts.push(start);
    rawEnds.push(end);
    rawSources.push(i);
  }
  const order: number[] = new Array<number>(rawStarts.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  if (!sorted) order.sort((a, b) => rawStarts[a]! - rawStarts[b]!);
  const starts: number[] = [];
  const ends: number[] = [];
  const sources: number[] = new Array<number>(order.length);
  const firstSource: number[] = [];
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    const start = rawStarts[i]!;
    const end = rawEnds[i]!;
    sources[k] = rawSources[i]!;
    const last = ends.length - 1;
    if (last >= 0 && start <= ends[last]! + 1) {
      if (end > ends[last]!) ends[last] = end;
    } else {
      starts.push(start);
      ends.push(end);
      firstSource.push(k);
    }
  }
  firstSource.push(order.length);
  // The last merged range decides how far the forecast looks: its end, or its start when it is
  // ongoing. Taken after merging, so splitting an absence into touching parts changes nothing.
  const last = starts.length - 1;
  const lastRecorded = last < 0 ? -Infinity : ends[last] === ONGOING_END ? starts[last]! : ends[last]!;
  return {
    starts,
    ends,
    sources,
    firstSource,
    excludedKinds: [...excluded],
    uncertifiedLeftOut,
    wentHomeSickLeftOut,
    ongoing,
    lastRecorded,
  };
}

/**
 * Index of the last range that starts on or before `day`, or -1.
 *
 * @internal
 */
export function rangeAtOrBefore(starts: readonly number[], day: number): number {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (starts[mid]! <= day) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}
