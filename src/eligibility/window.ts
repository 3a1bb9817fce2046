import { addMonthsToEpochDay } from '../dates/arithmetic.js';
import { daysInMonthIndex, firstDayOfMonthIndex, monthIndexOfEpochDay } from '../dates/epoch-day.js';
import type { EligibilityWindow } from './policy-settings.js';

// The window ending on day t is the closed range (edge(t), t]: `edge` is the day before its
// first day. For { days: n } it is t - n; for { months: m } it is the same calendar day m months
// earlier, a missing day clamped to the month's last day (2024-02-29 -> 2023-02-28, so the
// window starts 2023-03-01). `edge` never decreases as t grows, which the crossing search uses.

/**
 * The day before the first day of the window ending on `day` (epoch days).
 *
 * @internal
 */
export function windowEdge(window: EligibilityWindow, day: number): number {
  return 'days' in window ? day - window.days : addMonthsToEpochDay(day, -window.months);
}

/**
 * The first day whose window edge is at or after `day`: from then on, `day` is no longer
 * inside the window.
 *
 * @internal
 */
export function firstDayWithEdgeAtLeast(window: EligibilityWindow, day: number): number {
  return 'days' in window ? day + window.days : addMonthsToEpochDay(day, window.months, 'next-day');
}

/**
 * The longest the window can be, in days; bounds the forecast.
 *
 * @internal
 */
export function longestWindow(window: EligibilityWindow): number {
  return 'days' in window ? window.days : 31 * window.months;
}

/**
 * The shortest the window can be, in days: a month has at least 28. The first day whose edge
 * reaches a day lies at least this far after it.
 *
 * @internal
 */
export function shortestWindow(window: EligibilityWindow): number {
  return 'days' in window ? window.days : 28 * window.months;
}

/**
 * The days in `lo..hi` at which the window edge stops moving one day per day: the first clamped day
 * of a month (the edge stands still until the month ends), the first day of the month after it, and
 * the first day of a month whose edge skips a day (a longer month m months earlier).
 *
 * Between two such days the edge moves by exactly one day per day, or not at all.
 *
 * @param breaks where to add them (a caller collecting other days too saves an array); a new one
 * by default.
 * @internal
 */
export function edgeBreaks(window: EligibilityWindow, lo: number, hi: number, breaks: number[] = []): number[] {
  if ('days' in window || hi < lo) return breaks;
  let index = monthIndexOfEpochDay(lo);
  for (let start = firstDayOfMonthIndex(index); start <= hi; index++) {
    const own = daysInMonthIndex(index);
    const target = daysInMonthIndex(index - window.months);
    const next = start + own;
    if (own > target) {
      addWithin(breaks, start + target, lo, hi);
      addWithin(breaks, next, lo, hi);
    } else if (own < target) addWithin(breaks, next, lo, hi);
    start = next;
  }
  return breaks;
}

function addWithin(days: number[], day: number, lo: number, hi: number): void {
  if (day >= lo && day <= hi) days.push(day);
}
