import { toEpochDay } from '../dates/epoch-day.js';
import { IsoDate } from '../dates/iso-date.js';
import { weekdayCounter } from '../dates/weekday-count.js';
import { parseInput } from '../model/input-error.js';
import { GradedReturnPlan } from './graded-return-plan.js';

/**
 * A validated plan prepared for day-by-day questions in epoch days. Internal: shared by
 * {@link plannedHoursOn}, `checkTimeEntry` and `checkPlanProgress`.
 */
export interface PreparedPlan {
  readonly plan: GradedReturnPlan;
  readonly start: number;
  readonly end: number;
  /** Target hours on an epoch day: `null` outside the plan, 0 on a day off inside it. */
  hoursOn(day: number): number | null;
}

/** Validates `plan` (errors under `path`) and prepares it for day-by-day lookups. */
export function preparePlan(plan: unknown, path: readonly (string | number)[] = ['plan']): PreparedPlan {
  const parsed = parseInput(GradedReturnPlan, plan, path);
  const workdays = weekdayCounter(parsed.workingDays, parsed.holidays);
  const steps = parsed.steps.map((step) => ({ end: toEpochDay(step.end), hoursPerDay: step.hoursPerDay }));
  const start = toEpochDay(parsed.start);
  const end = toEpochDay(parsed.end);
  return {
    plan: parsed,
    start,
    end,
    hoursOn(day) {
      if (day < start || day > end) return null;
      if (!workdays.counts(day)) return 0;
      // Steps are contiguous and sorted: the first whose end is not before the day holds it.
      return steps.find((step) => day <= step.end)?.hoursPerDay ?? null;
    },
  };
}

/**
 * The target hours of one day during a graded return, taken from the **plan, not the
 * contract** (the [graded-return guide](../../docs/graded-return.md)).
 *
 * They are the step's hours on a working day, `0` on a day inside the plan that
 * is not a working day or is one of the plan's holidays (no work is due, so any work that day is
 * overtime), and `null` outside the plan (before its start, or from the day after its end, when
 * the contract applies again).
 *
 * @param plan a plan from {@link gradedReturnPlan} (checked with {@link GradedReturnPlan}).
 * @param date the day asked about.
 * @returns the target hours, `0` on a day off inside the plan, `null` outside it.
 * @throws BemInputError `date: Expected a calendar date as YYYY-MM-DD`, or `plan…` for a plan
 * that does not match {@link GradedReturnPlan}.
 * @example
 * ```ts
 * const plan = gradedReturnPlan({ start: '2025-03-03', contractualHoursPerDay: 8 });
 * plannedHoursOn(plan, '2025-03-14'); //=> 2 (Friday of week 2)
 * plannedHoursOn(plan, '2025-03-16'); //=> 0 (Sunday, inside the plan)
 * plannedHoursOn(plan, '2025-03-17'); //=> 4 (Monday of week 3)
 * plannedHoursOn(plan, '2025-04-14'); //=> null (the contract applies again)
 * ```
 */
export function plannedHoursOn(plan: GradedReturnPlan, date: string): number | null {
  const prepared = preparePlan(plan);
  return prepared.hoursOn(toEpochDay(parseInput(IsoDate, date, ['date'])));
}
