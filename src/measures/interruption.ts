import * as z from 'zod';
import { fromEpochDay } from '../dates/epoch-day.js';
import { IsoDate } from '../dates/iso-date.js';
import type { PreparedPlan } from './planned-hours.js';

/**
 * The longest interruption a graded return survives.
 *
 * An interruption of **more than 7 calendar
 * days** counts as aborted (the [law-in-brief guide](../../docs/law-in-brief.md#measures), practice of the health insurers).
 *
 * @example
 * ```ts
 * MAX_INTERRUPTION_DAYS; //=> 7
 * ```
 */
export const MAX_INTERRUPTION_DAYS = 7;

/**
 * A run of calendar days without work inside a graded-return plan.
 *
 * From the first day with target
 * hours above 0 that was not worked, through the day before work was resumed (or through the last
 * day looked at, while it lasts).
 *
 * Days off inside the run count, since the limit is in calendar days. `aborted` is `true` when it
 * lasts more than {@link MAX_INTERRUPTION_DAYS} days.
 *
 * @example
 * ```ts
 * Interruption.parse({ start: '2025-03-10', end: '2025-03-17', days: 8, aborted: true }).days; //=> 8
 * ```
 */
export const Interruption = z.strictObject({
  start: IsoDate,
  end: IsoDate,
  days: z.int().min(1),
  aborted: z.boolean(),
});

export interface Interruption extends z.infer<typeof Interruption> {}

/**
 * The interruption after the worked epoch day `after` (or before the plan when none) through
 * `through`: it starts on the first day in between with target hours above 0. `null` when no
 * such day lies in between, or the span is outside the plan.
 */
export function interruptionWithin(prepared: PreparedPlan, after: number, through: number): Interruption | null {
  const last = Math.min(through, prepared.end);
  for (let day = Math.max(after + 1, prepared.start); day <= last; day++) {
    if ((prepared.hoursOn(day) ?? 0) > 0) {
      const days = last - day + 1;
      return { start: fromEpochDay(day), end: fromEpochDay(last), days, aborted: days > MAX_INTERRUPTION_DAYS };
    }
  }
  return null;
}

/** Tolerance against binary rounding (0.1 + 0.2) when comparing hours. */
const EPSILON = 1e-9;

/**
 * Hours worked above the target of the day (0 when none, or outside the plan), rounded to
 * 1/10000 h so that binary rounding never shows.
 */
export function overtimeHours(planned: number | null, worked: number, toleranceHours: number): number {
  if (planned === null || worked <= planned + toleranceHours + EPSILON) return 0;
  return Math.round((worked - planned) * 10_000) / 10_000;
}
