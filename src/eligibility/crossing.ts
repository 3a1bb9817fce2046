import type { CountedRanges } from './counting.js';
import type { EligibilityWindow } from './policy.js';
import type { Tally } from './tally.js';
import { edgeBreaks, firstDayWithEdgeAtLeast, longestWindow, windowEdge } from './window.js';

// The count of the window ending on day t is C(t) = F(t) - F(edge(t)), F the cumulative counted
// days. C changes its behaviour only at a few days: where t enters or leaves a counted range,
// where edge(t) does (the same days shifted by the window), where a holiday is met, and where the
// edge pauses or skips at month ends. Between two such days C is monotone, or, in working-day
// mode with both ends of the window inside absences, repeats itself every 7 days. So a search
// visits O(n) segments and a handful of days in each, never every day.

/**
 * The count of the window ending on each day, with the search for the days it meets a level.
 *
 * @internal
 */
export interface Curve {
  /** Counted days in the window ending on `day`. */
  value(day: number): number;
  /** The first day in `lo..hi` whose count satisfies `test`, or null. */
  first(lo: number, hi: number, test: (count: number) => boolean): number | null;
  /** The last day in `lo..hi` whose count satisfies `test`, or null. */
  last(lo: number, hi: number, test: (count: number) => boolean): number | null;
}

/**
 * Builds the {@link Curve} of merged ranges. `test` functions passed to its searches must
 * describe a band of counts (a count above, below or outside a range of values), so that on a
 * monotone stretch the answer changes at most once.
 *
 * @internal
 */
export function curveOf(ranges: CountedRanges, tally: Tally, window: EligibilityWindow, working: boolean): Curve {
  const value = (day: number): number => tally.upTo(day) - tally.upTo(windowEdge(window, day));

  /** Sorted, distinct days in `lo..hi` at which a new segment begins; `lo` is always one. */
  const breakpoints = (lo: number, hi: number): number[] => {
    const points = [lo];
    const reach = lo - longestWindow(window) - 1;
    const add = (day: number): void => {
      if (day > hi) return;
      if (day >= lo) points.push(day);
      if (day >= reach) {
        const shifted = firstDayWithEdgeAtLeast(window, day);
        if (shifted >= lo && shifted <= hi) points.push(shifted);
      }
    };
    for (let i = 0; i < ranges.starts.length; i++) {
      add(ranges.starts[i]!);
      add(ranges.ends[i]! + 1);
    }
    for (const holiday of tally.unit.holidays) if (tally.covered(holiday)) add(holiday);
    for (const day of edgeBreaks(window, lo, hi)) if (day >= lo && day <= hi) points.push(day);
    points.sort((a, b) => a - b);
    let size = 0;
    for (const day of points) if (size === 0 || points[size - 1] !== day) points[size++] = day;
    points.length = size;
    return points;
  };

  /** Whether the count repeats every 7 days on `a..b` (both window ends inside absences). */
  const periodic = (a: number, b: number): boolean => {
    if (!working || b === a) return false;
    const edge = windowEdge(window, a + 1);
    return edge - windowEdge(window, a) === 1 && tally.covered(a + 1) && tally.covered(edge);
  };

  return {
    value,
    first(lo, hi, test) {
      const points = breakpoints(lo, hi);
      for (let i = 0; i < points.length; i++) {
        const a = points[i]!;
        const b = i + 1 < points.length ? points[i + 1]! - 1 : hi;
        if (test(value(a))) return a;
        if (periodic(a, b)) {
          for (let day = a + 1; day <= Math.min(b, a + 6); day++) if (test(value(day))) return day;
          continue;
        }
        if (b === a || !test(value(b))) continue;
        let low = a;
        let high = b;
        while (high - low > 1) {
          const mid = low + ((high - low) >> 1);
          if (test(value(mid))) high = mid;
          else low = mid;
        }
        return high;
      }
      return null;
    },
    last(lo, hi, test) {
      const points = breakpoints(lo, hi);
      for (let i = points.length - 1; i >= 0; i--) {
        const a = points[i]!;
        const b = i + 1 < points.length ? points[i + 1]! - 1 : hi;
        if (test(value(b))) return b;
        if (periodic(a, b)) {
          for (let day = b - 1; day >= Math.max(a, b - 6); day--) if (test(value(day))) return day;
          continue;
        }
        if (b === a || !test(value(a))) continue;
        let low = a;
        let high = b;
        while (high - low > 1) {
          const mid = low + ((high - low) >> 1);
          if (test(value(mid))) low = mid;
          else high = mid;
        }
        return low;
      }
      return null;
    },
  };
}

/**
 * When the count in the window ending `asOf` reaches `dueAt`: the first day of the unbroken run
 * of days, ending on `asOf`, on each of which the window ending that day reached it.
 *
 * @internal
 */
export function thresholdCrossedOn(curve: Curve, ranges: CountedRanges, asOf: number, dueAt: number): number {
  // Before the first counted day every window is empty, so the run cannot start earlier.
  const lo = (ranges.starts[0] ?? asOf) - 1;
  const below = curve.last(lo, asOf - 1, (count) => count < dueAt);
  return below === null ? lo : below + 1;
}

/**
 * The first day after `asOf` on which the count reaches `dueAt` if the recorded absences run as
 * recorded and an ongoing one indefinitely, looking no further than `horizon`; else null.
 *
 * @internal
 */
export function projectedCrossingOn(curve: Curve, asOf: number, horizon: number, dueAt: number): number | null {
  return curve.first(asOf + 1, horizon, (count) => count >= dueAt);
}
