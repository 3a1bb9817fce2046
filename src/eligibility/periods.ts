import { fromEpochDay } from '../dates/epoch-day.js';
import type { IsoDate } from '../dates/iso-date.js';
import { kindsOfMask } from '../law/absence-kinds.js';
import { type CountedRanges, rangeAtOrBefore } from './counting.js';
import type { EligibilityPeriod, LeftOutDays } from './result.js';
import type { DayUnit } from './tally.js';
import { patternLabelsIn, type Schedule, scheduledCount } from './working-time.js';
import { lowerBound } from '../dates/lower-bound.js';

// A shared, frozen array for the most common periods (no ids): results are read, not changed,
// and a few million fewer arrays per second matter to the garbage collector.
const NO_IDS: readonly string[] = Object.freeze([]);
const NO_HOLIDAYS: readonly { date: IsoDate; name: string | null }[] = Object.freeze([]);

/**
 * What the periods are cut from: the merged ranges (with the kinds and ids read from the
 * absences, never the absences again), the counting unit and the window.
 *
 * @internal
 */
export interface PeriodSource {
  readonly ranges: CountedRanges;
  readonly unit: DayUnit;
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
    if (days > 0) periods.push(periodOf(ranges, i, start, end, days, unit.schedule === null ? undefined : leftOutOf(unit, unit.schedule, start, end)));
  }
  return periods;
}

function periodOf(ranges: CountedRanges, range: number, start: number, end: number, days: number, leftOut: LeftOutDays | undefined): EligibilityPeriod {
  const from = ranges.firstSource[range]!;
  const to = ranges.firstSource[range + 1]!;
  if (to - from === 1) {
    // One record, the common case: nothing to collect.
    const source = ranges.sources[from]!;
    const id = ranges.ids[source];
    const single = { start: fromEpochDay(start), end: fromEpochDay(end), days, kinds: kindsOfMask(ranges.kindBits[source]!), sourceIds: id === undefined ? NO_IDS : [id] };
    return leftOut === undefined ? single : { ...single, leftOut };
  }
  let kindMask = 0;
  const ids: string[] = [];
  for (let k = from; k < to; k++) {
    const source = ranges.sources[k]!;
    kindMask |= ranges.kindBits[source]!;
    const id = ranges.ids[source];
    if (id !== undefined) ids.push(id);
  }
  const period = { start: fromEpochDay(start), end: fromEpochDay(end), days, kinds: kindsOfMask(kindMask), sourceIds: sortedOnce(ids) };
  return leftOut === undefined ? period : { ...period, leftOut };
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


/** The days of `start..end` that working days leave out, and why. */
function leftOutOf(unit: DayUnit, schedule: Schedule, start: number, end: number): LeftOutDays {
  let holidays: readonly { date: IsoDate; name: string | null }[] = NO_HOLIDAYS;
  for (let k = lowerBound(unit.holidays, start); k < unit.holidays.length && unit.holidays[k]! <= end; k++) {
    if (holidays === NO_HOLIDAYS) holidays = [];
    (holidays as { date: IsoDate; name: string | null }[]).push({ date: fromEpochDay(unit.holidays[k]!), name: unit.holidayNames?.[k] ?? null });
  }
  return { notScheduled: end - start + 1 - scheduledCount(schedule, start, end), holidays };
}

/**
 * What the working-day count left out of the periods in the window, added up, with the names
 * of the working times the window saw (`roster`, `week: Mon, Tue, Wed`).
 *
 * @internal
 */
export interface LeftOutSummary {
  readonly notScheduled: number;
  readonly holidays: readonly { readonly date: IsoDate; readonly name: string | null }[];
  readonly labels: readonly string[];
}

/**
 * Adds up the days left out of the periods.
 *
 * @internal
 */
export function leftOutIn(periods: readonly EligibilityPeriod[], unit: DayUnit, windowStart: number, asOf: number): LeftOutSummary | null {
  const schedule = unit.schedule;
  if (schedule === null) return null;
  let notScheduled = 0;
  const holidays: { date: IsoDate; name: string | null }[] = [];
  for (const period of periods) {
    if (period.leftOut === undefined) continue;
    notScheduled += period.leftOut.notScheduled;
    holidays.push(...period.leftOut.holidays);
  }
  if (notScheduled === 0 && holidays.length === 0) return null;
  const labels = patternLabelsIn(schedule, windowStart, asOf);
  return { notScheduled, holidays, labels };
}
