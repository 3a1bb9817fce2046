import { fromEpochDay } from '../dates/epoch-day.js';
import type { IsoDate } from '../dates/iso-date.js';
import { type Absence, AbsenceKind } from '../model/index.js';
import { kindBit, kindsOfMask } from '../law/absence-kinds.js';
import { skipsWentHomeSickDay } from '../law/went-home-sick.js';
import { type CountedRanges, rangeAtOrBefore } from './counting.js';
import type { PreparedPolicy } from './prepared-policy.js';
import type { EligibilityPeriod, LeftOutDays } from './result.js';
import type { DayUnit } from './tally.js';
import { type Schedule, scheduledCount } from './working-time.js';

// Shared, frozen arrays for the most common periods (one record of one kind): results are read,
// not changed, and a few million fewer arrays per second matter to the garbage collector.
const SINGLE_KIND = Object.fromEntries(AbsenceKind.options.map((kind) => [kind, Object.freeze([kind])])) as Record<AbsenceKind, readonly AbsenceKind[]>;
const NO_IDS: readonly string[] = Object.freeze([]);
const NO_HOLIDAYS: readonly { date: IsoDate; name: string | null }[] = Object.freeze([]);

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
    if (days > 0) periods.push(periodOf(source, i, start, end, days, unit.schedule === null ? undefined : leftOutOf(unit, unit.schedule, start, end)));
  }
  return periods;
}

function periodOf(source: PeriodSource, range: number, start: number, end: number, days: number, leftOut: LeftOutDays | undefined): EligibilityPeriod {
  const { absences, ranges } = source;
  const from = ranges.firstSource[range]!;
  const to = ranges.firstSource[range + 1]!;
  // Sorted by start: the first record gives the range's first day, unless it was moved.
  const first = absences[ranges.sources[from]!]!;
  const startDate = start === ranges.starts[range] && startKept(source, first, start) ? first.start : fromEpochDay(start);
  if (to - from === 1) {
    // One record, the common case: nothing to collect.
    const endDate = end === ranges.ends[range] && first.end !== null ? first.end : fromEpochDay(end);
    const sourceIds = first.id === undefined ? NO_IDS : [first.id];
    return leftOut === undefined
      ? { start: startDate, end: endDate, days, kinds: SINGLE_KIND[first.kind], sourceIds }
      : { start: startDate, end: endDate, days, kinds: SINGLE_KIND[first.kind], sourceIds, leftOut };
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
  const period = { start: startDate, end: endDate, days, kinds: kindsOfMask(kindMask), sourceIds: sortedOnce(ids) };
  return leftOut === undefined ? period : { ...period, leftOut };
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

/** Index of the first of the ascending `days` at or after `x`. */
function lowerBound(days: readonly number[], x: number): number {
  let low = 0;
  let high = days.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (days[mid]! < x) low = mid + 1;
    else high = mid;
  }
  return low;
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
  const labels: string[] = [];
  for (let i = 0; i < schedule.patterns.length; i++) {
    const from = Math.max(windowStart, schedule.froms[i]!);
    const to = Math.min(asOf, i + 1 < schedule.froms.length ? schedule.froms[i + 1]! - 1 : asOf);
    const label = schedule.patterns[i]!.label;
    if (from <= to && !labels.includes(label)) labels.push(label);
  }
  return { notScheduled, holidays, labels };
}
