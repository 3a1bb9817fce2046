import { lowerBound } from '../dates/lower-bound.js';
import { sortNumbers } from '../dates/sort-numbers.js';
import type { CountedRanges } from './counting.js';
import type { EligibilityWindow } from './policy-settings.js';
import { covered, dayReaching, type Tally, upTo } from './tally.js';
import { edgeBreaks, firstDayWithEdgeAtLeast, longestWindow, shortestWindow, windowEdge } from './window.js';

// The count of the window ending on day t is C(t) = F(t) - F(edge(t)), F the cumulative counted
// days. C changes its behaviour only at a few days: where t enters or leaves a counted range,
// where edge(t) does (the same days shifted by the window), where a holiday is met, and where the
// edge pauses or skips at month ends. Between two such days C is monotone, or, in working-day
// mode with both ends of the window inside absences, repeats itself with the working time (every
// 7 days for a week, every cycle for a roster). So a search visits O(n) segments and a handful of
// days in each (a cycle's length at most), never every day; only a working time without a period
// (a list of days, or dated changes) is walked day by day where both ends lie inside absences.

/**
 * The count of the window ending on each day, as plain data for the functions below.
 *
 * @internal
 */
export interface Curve {
  /** The merged ranges. */
  readonly ranges: CountedRanges;
  /** Their cumulative counts. */
  readonly tally: Tally;
  /** The window. */
  readonly window: EligibilityWindow;
  /** Whether days are counted in working days. */
  readonly working: boolean;
  /**
   * In working days, the period after which the working time repeats itself (7 for a week, the
   * cycle's length for a roster, Infinity for a list of days or a working time that changes).
   */
  readonly period: number;
}

/**
 * The period of a curve over a schedule: see {@link Curve.period}.
 *
 * @internal
 */
export function curvePeriod(tally: Tally): number {
  const schedule = tally.unit.schedule;
  return schedule === null ? 0 : schedule.patterns.length === 1 ? schedule.patterns[0]!.period : Infinity;
}

/**
 * A band of counts `[low, high)`: the searches look for days whose count lies outside it.
 *
 * @internal
 */
export interface Band {
  /** Counts below this are outside. */
  readonly low: number;
  /** Counts at or above this are outside. */
  readonly high: number;
}

/**
 * Counted days in the window ending on `day`.
 *
 * @internal
 */
export function countOn(curve: Curve, day: number): number {
  return upTo(curve.tally, day) - upTo(curve.tally, windowEdge(curve.window, day));
}

function outside(curve: Curve, day: number, band: Band): boolean {
  const count = countOn(curve, day);
  return count < band.low || count >= band.high;
}

/** Adds `day` and the first day whose window edge reaches it, where they fall into `lo..hi`. */
function addBreak(points: number[], window: EligibilityWindow, day: number, lo: number, hi: number, reach: number): void {
  if (day > hi) return;
  if (day >= lo) points.push(day);
  // The shifted day lies at least one shortest window later: no month arithmetic when that is past `hi`.
  if (day >= reach && day + shortestWindow(window) <= hi) {
    const shifted = firstDayWithEdgeAtLeast(window, day);
    if (shifted >= lo && shifted <= hi) points.push(shifted);
  }
}

/** Sorted, distinct days in `lo..hi` at which a new segment begins; `lo` is always one. */
function breakpoints(curve: Curve, lo: number, hi: number): number[] {
  const { ranges, tally, window } = curve;
  const points = [lo];
  const reach = lo - longestWindow(window) - 1;
  // The merged ranges are disjoint, so their ends ascend too: the first that matters is found by
  // halving, and a search over a short stretch costs only the ranges near it.
  for (let i = lowerBound(ranges.ends, reach - 1); i < ranges.starts.length; i++) {
    if (ranges.starts[i]! > hi) break; // sorted by start: the rest lie beyond `hi` too
    addBreak(points, window, ranges.starts[i]!, lo, hi, reach);
    addBreak(points, window, ranges.ends[i]! + 1, lo, hi, reach);
  }
  // Holidays ascend: those before `reach` can add no break in `lo..hi`.
  const holidays = tally.unit.holidays;
  for (let k = lowerBound(holidays, reach); k < holidays.length && holidays[k]! <= hi; k++) {
    if (covered(tally, holidays[k]!)) addBreak(points, window, holidays[k]!, lo, hi, reach);
  }
  return sortedDistinct(edgeBreaks(window, lo, hi, points));
}

/** The numbers sorted ascending, each once; in place. */
function sortedDistinct(points: number[]): number[] {
  sortNumbers(points);
  let size = 0;
  for (let i = 0; i < points.length; i++) if (size === 0 || points[size - 1] !== points[i]) points[size++] = points[i]!;
  while (points.length > size) points.pop();
  return points;
}

/** Whether the count repeats with the working time on `a..b` (working days, both window ends inside absences). */
function periodic(curve: Curve, a: number, b: number): boolean {
  if (!curve.working || b === a) return false;
  const edge = windowEdge(curve.window, a + 1);
  return edge - windowEdge(curve.window, a) === 1 && covered(curve.tally, a + 1) && covered(curve.tally, edge);
}

/**
 * On a monotone stretch `a..b` whose ends differ in lying outside `band`, the first day that is
 * like `b` (found by halving).
 */
function firstLikeEnd(curve: Curve, a: number, b: number, band: Band): number {
  const target = outside(curve, b, band);
  let low = a;
  let high = b;
  while (high - low > 1) {
    const mid = low + ((high - low) >> 1);
    if (outside(curve, mid, band) === target) high = mid;
    else low = mid;
  }
  return high;
}

/**
 * The first day in `lo..hi` whose count lies outside `band`, or null.
 *
 * @internal
 */
export function firstOutside(curve: Curve, lo: number, hi: number, band: Band): number | null {
  const points = breakpoints(curve, lo, hi);
  for (let i = 0; i < points.length; i++) {
    const a = points[i]!;
    const b = i + 1 < points.length ? points[i + 1]! - 1 : hi;
    if (outside(curve, a, band)) return a;
    if (periodic(curve, a, b)) {
      for (let day = a + 1; day <= Math.min(b, a + curve.period - 1); day++) if (outside(curve, day, band)) return day;
      continue;
    }
    // Monotone here, and inside the band at `a`: once outside, it stays outside.
    if (b === a || !outside(curve, b, band)) continue;
    return firstLikeEnd(curve, a, b, band);
  }
  return null;
}

/**
 * The last day in `lo..hi` whose count lies outside `band`, or null.
 *
 * @internal
 */
export function lastOutside(curve: Curve, lo: number, hi: number, band: Band): number | null {
  const points = breakpoints(curve, lo, hi);
  for (let i = points.length - 1; i >= 0; i--) {
    const a = points[i]!;
    const b = i + 1 < points.length ? points[i + 1]! - 1 : hi;
    if (outside(curve, b, band)) return b;
    if (periodic(curve, a, b)) {
      for (let day = b - 1; day >= Math.max(a, b - curve.period + 1); day--) if (outside(curve, day, band)) return day;
      continue;
    }
    if (b === a || !outside(curve, a, band)) continue;
    return firstLikeEnd(curve, a, b, band) - 1;
  }
  return null;
}

/**
 * When the count in the window ending `asOf` reaches `dueAt`: the first day of the unbroken run
 * of days, ending on `asOf`, on each of which the window ending that day reached it.
 *
 * @internal
 */
export function thresholdCrossedOn(curve: Curve, asOf: number, dueAt: number): number {
  // Before the first counted day every window is empty, so the run cannot start earlier.
  const lo = (curve.ranges.starts[0] ?? asOf) - 1;
  const last = skipDaysAtOrAbove(curve, asOf - 1, lo, dueAt);
  if (last.below) return last.day + 1;
  const band = { low: dueAt, high: Infinity };
  // Most runs began within the last window: look there first, then further back.
  const recent = Math.max(lo, last.day - longestWindow(curve.window));
  const below = lastOutside(curve, recent, last.day, band) ?? (recent > lo ? lastOutside(curve, lo, recent - 1, band) : null);
  return below === null ? lo : below + 1;
}

/** At most this many jumps back before the exact search takes over. */
const MAX_JUMPS = 16;

/**
 * Walks back from `day` over days whose count certainly reaches `dueAt`, many at a time: with F the
 * cumulative count and e the edge of the window ending on `day`, every day t from the first x with
 * F(x) ≥ dueAt + F(e) up to `day` has a count of at least dueAt, because F(t) ≥ F(x) and t's edge
 * is not after e.
 *
 * A long run of due days (years of frequent absences) is so crossed in a few steps instead of
 * segment by segment. Returns the last day not yet proven, and whether its count is known to be
 * below `dueAt`.
 */
function skipDaysAtOrAbove(curve: Curve, day: number, lo: number, dueAt: number): { day: number; below: boolean } {
  for (let jumps = 0; jumps < MAX_JUMPS && day > lo; jumps++) {
    const need = dueAt + upTo(curve.tally, windowEdge(curve.window, day));
    if (upTo(curve.tally, day) < need) return { day, below: true };
    const reached = dayReaching(curve.tally, need);
    if (reached > day) break; // working days: the bound is too coarse here
    day = reached - 1;
  }
  return { day, below: false };
}

/**
 * The first day after `asOf` on which the count reaches `dueAt` if the recorded absences run as
 * recorded and an ongoing one indefinitely, looking no further than `horizon`; else null.
 *
 * @internal
 */
export function projectedCrossingOn(curve: Curve, asOf: number, horizon: number, dueAt: number): number | null {
  return firstOutside(curve, asOf + 1, horizon, { low: -Infinity, high: dueAt });
}
