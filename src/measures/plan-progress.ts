import * as z from 'zod';
import type { EnumOf } from '../model/named.js';
import { fromEpochDay, toEpochDay } from '../dates/epoch-day.js';
import { IsoDate } from '../dates/iso-date.js';
import { BemInputError, parseInput } from '../model/input-error.js';
import { GRADED_RETURN_REFERENCE, type GradedReturnPlan } from './graded-return-plan.js';
import { type Interruption, interruptionWithin, MAX_INTERRUPTION_DAYS, overtimeHours } from './interruption.js';
import { preparePlan } from './planned-hours.js';
import { WorkedHours } from './time-entry-check.js';
import { PRACTICE, cite } from '../law/citations.js';

/**
 * One time entry during a graded return: the day and the hours actually present. Several
 * entries for the same day are added up (a day with two bookings).
 *
 * @example
 * ```ts
 * TimeEntry.parse({ date: '2025-03-03', workedHours: 2 }).workedHours; //=> 2
 * ```
 */
export const TimeEntry = z.strictObject({
  date: IsoDate,
  workedHours: WorkedHours,
});

export interface TimeEntry extends z.infer<typeof TimeEntry> {}

/**
 * One time entry as the caller passes it: the date is a plain string, checked on the way in.
 *
 * @example
 * ```ts
 * const entry: TimeEntryInput = { date: '2025-03-03', workedHours: 2 };
 * ```
 */
export interface TimeEntryInput extends z.input<typeof TimeEntry> {}

/**
 * A day with more hours than the plan allows.
 *
 * @example
 * ```ts
 * const day: OvertimeDay = { date: '2025-03-04', plannedHours: 2, workedHours: 3, overtimeHours: 1 } as OvertimeDay;
 * ```
 */
export interface OvertimeDay {
  /** The day. */
  readonly date: IsoDate;
  /** The plan's target that day (0 on a day off). */
  readonly plannedHours: number;
  /** The hours worked that day (all entries added up). */
  readonly workedHours: number;
  /** The hours above the target. */
  readonly overtimeHours: number;
}

/**
 * Where a graded return stands on `asOf`.
 *
 * `not-started` (before its first day), `running`,
 * `completed` (its last day has passed without an abort) or `aborted` (an interruption of more
 * than 7 calendar days).
 *
 * @example
 * ```ts
 * PlanStatus.options; //=> ['not-started', 'running', 'completed', 'aborted']
 * ```
 */
export const PlanStatus: z.ZodEnum<EnumOf<PlanStatus>> = z.enum(['not-started', 'running', 'completed', 'aborted']);

export type PlanStatus = 'not-started' | 'running' | 'completed' | 'aborted';

/**
 * The result of {@link checkPlanProgress}.
 *
 * @example
 * ```ts
 * const progress: PlanProgress = checkPlanProgress(plan, entries, '2025-03-31');
 * progress.status; //=> 'running'
 * ```
 */
export interface PlanProgress {
  /** Where the plan stands on `asOf`. */
  readonly status: PlanStatus;
  /** The day the plan counts as aborted (the 8th calendar day of the interruption); `null` when not aborted. */
  readonly abortedOn: IsoDate | null;
  /** Every interruption up to `asOf` (or up to the abort), in order, the aborting one last. */
  readonly interruptions: readonly Interruption[];
  /** Every day with overtime up to `asOf` (or up to the abort), in order. */
  readonly overtime: readonly OvertimeDay[];
  /** Where the rules come from. */
  readonly reference: string;
}

/**
 * Settings for {@link checkPlanProgress}: `toleranceHours` above the target that still count as
 * no overtime (default 0).
 *
 * @example
 * ```ts
 * PlanProgressOptions.parse({ toleranceHours: 0.25 });
 * ```
 */
export const PlanProgressOptions = z.strictObject({
  toleranceHours: z.number().min(0).max(24).optional(),
});

export interface PlanProgressOptions extends z.input<typeof PlanProgressOptions> {}

/**
 * Checks all time entries of a graded return up to `asOf` (the last day whose entries are
 * complete): every day with overtime, every interruption, and the status (the [graded-return
 * guide](../../docs/graded-return.md)).
 *
 * An interruption starts on the first day with target hours that has no hours worked and lasts
 * through the day before work is resumed, or through `asOf` (at most the plan's end) while it goes
 * on; when it lasts more than 7 calendar days the plan counts as aborted on its 8th day, and
 * nothing after that is looked at. Days without an entry count as not worked. Entries outside the
 * plan are ignored; entries after `asOf` are refused.
 *
 * @param plan a plan from {@link gradedReturnPlan}.
 * @param entries the time entries (several per day are added up).
 * @param asOf the last day whose entries are complete.
 * @param options `toleranceHours` for rounding.
 * @throws BemInputError `entries[i].date: An entry must not be after asOf`, `entries[i].workedHours:
 * The entries of 2025-03-04 add up to more than 24 hours`, `asOf: Expected a
 * calendar date as YYYY-MM-DD`, and the like.
 * @example
 * ```ts
 * const plan = gradedReturnPlan({ start: '2025-03-03', contractualHoursPerDay: 8 });
 * const entries = ['2025-03-03', '2025-03-04', '2025-03-05'].map((date) => ({ date, workedHours: 2 }));
 * checkPlanProgress(plan, entries, '2025-03-12').status;    //=> 'running' (2025-03-06..12: 7 days)
 * checkPlanProgress(plan, entries, '2025-03-13').abortedOn; //=> '2025-03-13' (the 8th day)
 * ```
 */
export function checkPlanProgress(plan: GradedReturnPlan, entries: readonly TimeEntryInput[], asOf: string, options: PlanProgressOptions = {}): PlanProgress {
  const prepared = preparePlan(plan);
  const parsedEntries = parseInput(z.array(TimeEntry), entries, ['entries']);
  const today = parseInput(IsoDate, asOf, ['asOf']);
  const tolerance = parseInput(PlanProgressOptions, options, ['options']).toleranceHours ?? 0;
  const worked = hoursPerDay(parsedEntries, today);
  const last = Math.min(toEpochDay(today), prepared.end);
  const interruptions: Interruption[] = [];
  const overtime: OvertimeDay[] = [];
  let aborting: Interruption | null = null;
  const record = (gap: Interruption | null): void => {
    if (gap === null) return;
    interruptions.push(gap);
    if (gap.aborted) aborting = gap;
  };
  let lastWorked = prepared.start - 1;
  for (let day = prepared.start; day <= last && aborting === null; day++) {
    const hours = worked.get(day) ?? 0;
    if (hours <= 0) continue;
    record(interruptionWithin(prepared, lastWorked, day - 1));
    if (aborting !== null) break;
    const planned = prepared.hoursOn(day) ?? 0;
    const excess = overtimeHours(planned, hours, tolerance);
    if (excess > 0) overtime.push({ date: fromEpochDay(day), plannedHours: planned, workedHours: hours, overtimeHours: excess });
    lastWorked = day;
  }
  if (aborting === null) record(interruptionWithin(prepared, lastWorked, last));
  const abortedOn = abortedOnOf(aborting);
  return { status: statusOf(abortedOn, today, prepared.plan), abortedOn, interruptions, overtime, reference: cite(GRADED_RETURN_REFERENCE, PRACTICE) };
}

/** The 8th calendar day of an aborting interruption: the first day it lasts more than 7 days. */
function abortedOnOf(aborting: Interruption | null): IsoDate | null {
  return aborting === null ? null : fromEpochDay(toEpochDay(aborting.start) + MAX_INTERRUPTION_DAYS);
}

function statusOf(abortedOn: IsoDate | null, asOf: IsoDate, plan: GradedReturnPlan): PlanStatus {
  if (abortedOn !== null) return 'aborted';
  if (asOf < plan.start) return 'not-started';
  return asOf >= plan.end ? 'completed' : 'running';
}

/** Hours worked per epoch day, all entries of a day added up; refuses entries after `asOf`. */
function hoursPerDay(entries: readonly TimeEntry[], asOf: IsoDate): Map<number, number> {
  const hours = new Map<number, number>();
  entries.forEach((entry, index) => {
    if (entry.date > asOf) {
      throw new BemInputError([{ path: ['entries', index, 'date'], code: 'custom', message: 'An entry must not be after asOf' }]);
    }
    const day = toEpochDay(entry.date);
    const total = (hours.get(day) ?? 0) + entry.workedHours;
    // Bookings of one day add up, but a day has 24 hours: more is a booking error, not overtime.
    if (total > 24) {
      throw new BemInputError([{ path: ['entries', index, 'workedHours'], code: 'custom', message: `The entries of ${entry.date} add up to more than 24 hours` }]);
    }
    hours.set(day, total);
  });
  return hours;
}
