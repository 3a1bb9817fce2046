import { fromEpochDay } from '../dates/epoch-day.js';
import type { IsoDate } from '../dates/iso-date.js';
import { type Absence, AbsenceKind } from '../model/index.js';
import { kindBit, kindsOfMask } from '../law/absence-kinds.js';
import { skipsWentHomeSickDay } from '../law/went-home-sick.js';
import { type CountedRanges, rangeAtOrBefore } from './counting.js';
import type { PreparedPolicy } from './prepared-policy.js';
import type { EligibilityPeriod } from './result.js';
import type { DayUnit } from './tally.js';

// Shared, frozen arrays for the most common periods (one record of one kind): results are read,
// not changed, and a few million fewer arrays per second matter to the garbage collector.
const SINGLE_KIND = Object.fromEntries(AbsenceKind.options.map((kind) => [kind, Object.freeze([kind])])) as Record<AbsenceKind, readonly AbsenceKind[]>;
const NO_IDS: readonly string[] = Object.freeze([]);

/**
 * What the periods are cut from: the validated absences, their merged ranges, the counting
 * unit and the window.
 *
 * @internal
 */
export interface PeriodSource {
  readonly absences: readonly Absence[];
  readonly ranges: CountedRanges;
  readonly unit: DayUnit;
  readonly policy: PreparedPolicy;
  /** The previous BEM's conclusion (epoch day), or null. */
  readonly reset: number | null;
  readonly windowStart: number;
  readonly asOf: number;
}

/**
 * The merged ranges clipped to the window, each with its counted days (periods of 0 days left
 * out), in order.
 *
 * @internal
 */
export function periodsIn(source: PeriodSource): EligibilityPeriod[] {
  const { ranges, unit, windowStart, asOf } = source;
  const periods: EligibilityPeriod[] = [];
  // The ranges are sorted and apart: the first that can reach into the window is the last one
  // starting on or before its first day.
  for (let i = Math.max(0, rangeAtOrBefore(ranges.starts, windowStart)); i < ranges.starts.length && ranges.starts[i]! <= asOf; i++) {
    const start = Math.max(ranges.starts[i]!, windowStart);
    const end = Math.min(ranges.ends[i]!, asOf);
    if (end < start) continue;
    const days = unit.count(start, end);
    if (days > 0) periods.push(periodOf(source, i, start, end, days));
  }
  return periods;
}

function periodOf(source: PeriodSource, range: number, start: number, end: number, days: number): EligibilityPeriod {
  const { absences, ranges } = source;
  const from = ranges.firstSource[range]!;
  const to = ranges.firstSource[range + 1]!;
  // Sorted by start: the first record gives the range's first day, unless it was moved.
  const first = absences[ranges.sources[from]!]!;
  const startDate = start === ranges.starts[range] && startKept(source, first, start) ? first.start : fromEpochDay(start);
  if (to - from === 1) {
    // One record, the common case: nothing to collect.
    const endDate = end === ranges.ends[range] && first.end !== null ? first.end : fromEpochDay(end);
    return { start: startDate, end: endDate, days, kinds: SINGLE_KIND[first.kind], sourceIds: first.id === undefined ? NO_IDS : [first.id] };
  }
  let kindMask = 0;
  let lastEnd: IsoDate | null = null;
  const ids: string[] = [];
  for (let k = from; k < to; k++) {
    const absence = absences[ranges.sources[k]!]!;
    kindMask |= kindBit(absence.kind);
    if (absence.id !== undefined) ids.push(absence.id);
    // Dates compare as text: the latest end is the range's last day (an ongoing one is cut at asOf).
    if (absence.end !== null && (lastEnd === null || absence.end > lastEnd)) lastEnd = absence.end;
  }
  const endDate = end === ranges.ends[range] && lastEnd !== null ? lastEnd : fromEpochDay(end);
  return { start: startDate, end: endDate, days, kinds: kindsOfMask(kindMask), sourceIds: sortedOnce(ids) };
}

/** Whether the range's first day is the record's own start: not moved past a went-home-sick day or a reset. */
function startKept(source: PeriodSource, absence: Absence, start: number): boolean {
  if (skipsWentHomeSickDay(absence.wentHomeSick, source.policy.countWentHomeSickDay)) return false;
  return source.reset === null || start !== source.reset + 1;
}

/** The texts sorted (by UTF-16 code units, as `Array.prototype.sort` does), each once; in place. */
function sortedOnce(texts: string[]): string[] {
  // Usually a handful of ids: then an insertion sort beats a call into the library sort.
  if (texts.length > 16) texts.sort();
  else for (let i = 1; i < texts.length; i++) {
    const text = texts[i]!;
    let j = i - 1;
    for (; j >= 0 && texts[j]! > text; j--) texts[j + 1] = texts[j]!;
    texts[j + 1] = text;
  }
  let size = 0;
  for (let i = 0; i < texts.length; i++) if (size === 0 || texts[size - 1] !== texts[i]) texts[size++] = texts[i]!;
  texts.length = size;
  return texts;
}
