import * as z from 'zod';
import type { EnumOf } from '../model/named.js';
import type { Cited } from '../law/cited.js';
import { toEpochDay } from '../dates/epoch-day.js';
import { IsoDate } from '../dates/iso-date.js';
import { BemInputError, parseInput } from '../model/input-error.js';
import { GRADED_RETURN_REFERENCE, type GradedReturnPlan } from './graded-return-plan.js';
import { type Interruption, interruptionWithin, MAX_INTERRUPTION_DAYS, overtimeHours } from './interruption.js';
import { preparePlan } from './planned-hours.js';
import { PRACTICE, cite } from '../law/citations.js';

/**
 * Hours worked on one day: at least 0, at most 24. `0` records a day without work.
 *
 * @example
 * ```ts
 * WorkedHours.parse(2.5); //=> 2.5
 * ```
 */
export const WorkedHours = z.number().min(0).max(24);

/**
 * Settings for {@link checkTimeEntry}:
 * - `lastWorkedOn`: the last earlier day with hours worked during the plan, or `null` when the
 *   person has not worked yet; give it to have the interruption checked. Left out, the
 *   interruption is not checked.
 * - `toleranceHours`: hours above the target that still count as no overtime, for rounding in
 *   the time-tracking system (default 0).
 *
 * @example
 * ```ts
 * TimeEntryOptions.parse({ lastWorkedOn: '2025-03-07', toleranceHours: 0.25 });
 * ```
 */
export const TimeEntryOptions = z.strictObject({
  lastWorkedOn: IsoDate.nullable().optional(),
  toleranceHours: z.number().min(0).max(24).optional(),
});

export interface TimeEntryOptions extends z.input<typeof TimeEntryOptions> {}

/**
 * What a time-tracking system may be told about a graded return.
 *
 * `overtime` (hours above the
 * plan; none are allowed), `outside-plan` (the day is not part of the plan: the contract
 * applies), `interruption` (days without work that do not yet end the plan) and `aborted` (an
 * interruption of more than 7 calendar days).
 *
 * @example
 * ```ts
 * PlanFindingCode.options; //=> ['overtime', 'outside-plan', 'interruption', 'aborted']
 * ```
 */
export const PlanFindingCode: z.ZodEnum<EnumOf<PlanFindingCode>> = z.enum(['overtime', 'outside-plan', 'interruption', 'aborted']);

export type PlanFindingCode = 'overtime' | 'outside-plan' | 'interruption' | 'aborted';

/**
 * One finding about a time entry, with a plain-English message and its legal reference.
 *
 * @example
 * ```ts
 * const finding: PlanFinding = { code: 'overtime', message: '…', reference: '§ 74 SGB V, § 44 SGB IX; practice' };
 * ```
 */
export type PlanFinding = Cited<PlanFindingCode>;

/**
 * The result of {@link checkTimeEntry}.
 *
 * @example
 * ```ts
 * const check: TimeEntryCheck = checkTimeEntry(plan, '2025-03-04', 2);
 * check.findings; //=> []
 * ```
 */
export interface TimeEntryCheck {
  /** The day checked. */
  readonly date: IsoDate;
  /** The target hours from the plan ({@link plannedHoursOn}); `null` outside the plan. */
  readonly plannedHours: number | null;
  /** The hours worked as given. */
  readonly workedHours: number;
  /** Hours above the target (beyond the tolerance); 0 when none or outside the plan. */
  readonly overtimeHours: number;
  /** The interruption before this day (through it, when nothing was worked); `null` when none or not checked. */
  readonly interruption: Interruption | null;
  /** Whether the plan counts as aborted: the interruption lasted more than 7 calendar days. */
  readonly aborted: boolean;
  /** What the time-tracking system should show, in order; empty when all is well. */
  readonly findings: readonly PlanFinding[];
}

const RULE_REFERENCE = cite(GRADED_RETURN_REFERENCE, PRACTICE);

/**
 * Checks one day's recorded hours against a graded-return plan (the [graded-return
 * guide](../../docs/graded-return.md)).
 *
 * The target comes from the plan, not the contract;
 * **no overtime** is allowed (any hour above the plan's target, beyond `toleranceHours`, is
 * flagged; on a day off inside the plan every hour is overtime); and when `options.lastWorkedOn` is
 * given, the days without work since then are checked: an interruption of more than 7 calendar days
 * means the graded return counts as aborted.
 *
 * The interruption starts on the first day after `lastWorkedOn` with target hours; it runs through
 * the day before `date` when hours were worked on `date`, and through `date` when not
 * (`workedHours: 0`). For a whole series of entries use {@link checkPlanProgress}.
 *
 * @param plan a plan from {@link gradedReturnPlan}.
 * @param date the day of the entry.
 * @param workedHours the hours actually present (0–24).
 * @param options `lastWorkedOn` to check the interruption, `toleranceHours` for rounding.
 * @throws BemInputError `workedHours: Too big: expected number to be <=24`, `options.lastWorkedOn:
 * The last day worked must be before the entry's date`, and the like.
 * @example
 * ```ts
 * const plan = gradedReturnPlan({ start: '2025-03-03', contractualHoursPerDay: 8 });
 * checkTimeEntry(plan, '2025-03-04', 3).overtimeHours; //=> 1 (target 2 h)
 * checkTimeEntry(plan, '2025-03-18', 4, { lastWorkedOn: '2025-03-07' }).aborted;
 * //=> true: not worked 2025-03-10..2025-03-17, 8 calendar days
 * ```
 */
export function checkTimeEntry(plan: GradedReturnPlan, date: string, workedHours: number, options: TimeEntryOptions = {}): TimeEntryCheck {
  const prepared = preparePlan(plan);
  const day = parseInput(IsoDate, date, ['date']);
  const worked = parseInput(WorkedHours, workedHours, ['workedHours']);
  const settings = parseInput(TimeEntryOptions, options, ['options']);
  if (settings.lastWorkedOn !== undefined && settings.lastWorkedOn !== null && settings.lastWorkedOn >= day) {
    throw new BemInputError([{ path: ['options', 'lastWorkedOn'], code: 'custom', message: "The last day worked must be before the entry's date" }]);
  }
  const epochDay = toEpochDay(day);
  const plannedHours = prepared.hoursOn(epochDay);
  const overtime = overtimeHours(plannedHours, worked, settings.toleranceHours ?? 0);
  const interruption =
    settings.lastWorkedOn === undefined
      ? null
      : interruptionWithin(
          prepared,
          settings.lastWorkedOn === null ? prepared.start - 1 : toEpochDay(settings.lastWorkedOn),
          worked > 0 ? epochDay - 1 : epochDay,
        );
  return {
    date: day,
    plannedHours,
    workedHours: worked,
    overtimeHours: overtime,
    interruption,
    aborted: interruption?.aborted ?? false,
    findings: findingsOf(day, plannedHours, worked, overtime, interruption),
  };
}

function findingsOf(day: IsoDate, planned: number | null, worked: number, overtime: number, interruption: Interruption | null): PlanFinding[] {
  const findings: PlanFinding[] = [];
  if (planned === null) {
    findings.push({ code: 'outside-plan', message: `${day} is outside the graded-return plan: the contract applies`, reference: RULE_REFERENCE });
  }
  if (overtime > 0) {
    findings.push({
      code: 'overtime',
      message: `${worked} h worked on ${day}, ${overtime} h above the plan's ${planned} h: no overtime during a graded return`,
      reference: RULE_REFERENCE,
    });
  }
  if (interruption !== null) findings.push(interruptionFinding(interruption));
  return findings;
}

/**
 * The finding for an interruption: `aborted` when it lasted more than 7 calendar days, else
 * `interruption`.
 */
export function interruptionFinding(interruption: Interruption): PlanFinding {
  const span = `no work ${interruption.start}..${interruption.end} (${interruption.days} calendar days)`;
  return interruption.aborted
    ? { code: 'aborted', message: `${span}: more than ${MAX_INTERRUPTION_DAYS} days, so the graded return counts as aborted`, reference: RULE_REFERENCE }
    : { code: 'interruption', message: `${span}: up to ${MAX_INTERRUPTION_DAYS} days, the graded return continues`, reference: RULE_REFERENCE };
}
