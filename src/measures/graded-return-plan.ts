import * as z from 'zod';
import { named } from '../model/named.js';
import { addDays, daysBetween, lastDayOfMonthsPeriod, lastDayOfMonthsPeriodFrom } from '../dates/arithmetic.js';
import { fromEpochDay, MAX_EPOCH_DAY, toEpochDay } from '../dates/epoch-day.js';
import { IsoDate, isIsoDate } from '../dates/iso-date.js';
import { WorkingDays, type WorkingDaysInput } from '../model/employee.js';
import { parseInput } from '../model/input-error.js';
import { SGB5_48, SGB5_74_SGB9_44 } from '../law/citations.js';

/**
 * Where the graded return (stufenweise Wiedereingliederung) comes from in the law.
 *
 * @example
 * ```ts
 * GRADED_RETURN_REFERENCE; //=> '§ 74 SGB V, § 44 SGB IX'
 * ```
 */
export const GRADED_RETURN_REFERENCE: string = SGB5_74_SGB9_44;

/**
 * The longest plan the library builds, even with `allowLongerThanSixMonths`: 78 weeks.
 *
 * That is the longest period of sick pay (Krankengeld) for the same illness (§ 48 Abs. 1 SGB V), during
 * which a graded return can run at all.
 *
 * @example
 * ```ts
 * MAX_GRADED_RETURN_WEEKS; //=> 78
 * ```
 */
export const MAX_GRADED_RETURN_WEEKS = 78;

/** The typical template (the [law-in-brief guide](../../docs/law-in-brief.md#measures)): two weeks each at 2, 4 and 6 hours a day, then full time. */
const TEMPLATE_STEPS = [
  { weeks: 2, hoursPerDay: 2 },
  { weeks: 2, hoursPerDay: 4 },
  { weeks: 2, hoursPerDay: 6 },
] as const;

const Hours = z.number().positive().max(24);

/**
 * One step of a graded return as the caller plans it: `weeks` whole weeks (7 calendar days each)
 * at `hoursPerDay` hours on each working day.
 *
 * @example
 * ```ts
 * GradedReturnStep.parse({ weeks: 2, hoursPerDay: 4 }); //=> { weeks: 2, hoursPerDay: 4 }
 * ```
 */
export const GradedReturnStep = z.strictObject({
  weeks: z.int().min(1).max(MAX_GRADED_RETURN_WEEKS),
  hoursPerDay: Hours,
});

export interface GradedReturnStep extends z.infer<typeof GradedReturnStep> {}

/**
 * GradedReturnStep as callers pass it in (dates as plain strings, checked on the way in); see the {@link GradedReturnStep}
 * schema.
 *
 * @example
 * ```ts
 * const check = (input: GradedReturnStepInput): GradedReturnStep => GradedReturnStep.parse(input);
 * ```
 */
export interface GradedReturnStepInput extends z.input<typeof GradedReturnStep> {}

/**
 * What {@link gradedReturnPlan} needs. `steps` may be left out for the typical template (2 weeks at
 * 2 h/day, 2 weeks at 4 h/day, 2 weeks at 6 h/day, then full time); the template keeps only the
 * steps below the contractual hours.
 *
 * `workingDays` are ISO weekdays (default Monday to Friday); `holidays` are days inside the plan
 * without work (target 0 hours). The plan may last at most six months unless
 * `allowLongerThanSixMonths` is `true`, and never more than {@link MAX_GRADED_RETURN_WEEKS} weeks.
 * Use `GradedReturnInput.safeParse` to check a payload without exceptions: it runs every check that
 * {@link gradedReturnPlan} runs.
 *
 * @example
 * ```ts
 * GradedReturnInput.safeParse({ start: '2025-03-03', contractualHoursPerDay: 8 }).success; //=> true
 * GradedReturnInput.safeParse({ start: '2025-03-03', contractualHoursPerDay: 4, steps: [{ weeks: 2, hoursPerDay: 6 }] }).success; //=> false
 * ```
 */
export const GradedReturnInput = z
  .strictObject({
    start: IsoDate,
    contractualHoursPerDay: Hours,
    steps: z.array(named<GradedReturnStep, GradedReturnStepInput>(GradedReturnStep)).min(1).max(MAX_GRADED_RETURN_WEEKS).optional(),
    workingDays: named<WorkingDays, WorkingDaysInput>(WorkingDays).optional(),
    holidays: z.array(IsoDate).max(1000).optional(),
    allowLongerThanSixMonths: z.boolean().optional(),
  })
  .superRefine((input, context) => {
    // zod still runs this refinement after a field failed; dates it refused cannot be read.
    if (!isIsoDate(input.start)) return;
    for (const issue of planIssues(input)) context.addIssue({ code: 'custom', ...issue });
  });

export interface GradedReturnInput extends z.input<typeof GradedReturnInput> {}

/**
 * One step of a built plan: a {@link GradedReturnStep} (its length in weeks and the target hours
 * on each working day) placed on the calendar, with its first and last day (both included).
 *
 * @example
 * ```ts
 * PlannedStep.parse({ start: '2025-03-03', end: '2025-03-16', weeks: 2, hoursPerDay: 2 }).end; //=> '2025-03-16'
 * ```
 */
export const PlannedStep = z.strictObject({
  start: IsoDate,
  end: IsoDate,
  ...GradedReturnStep.shape,
});

export interface PlannedStep extends z.infer<typeof PlannedStep> {}

/**
 * PlannedStep as callers pass it in (dates as plain strings, checked on the way in); see the {@link PlannedStep}
 * schema.
 *
 * @example
 * ```ts
 * const check = (input: PlannedStepInput): PlannedStep => PlannedStep.parse(input);
 * ```
 */
export interface PlannedStepInput extends z.input<typeof PlannedStep> {}

/** The last day of the calendar: no plan step can follow one that ends on it. */
const LAST_DAY = fromEpochDay(MAX_EPOCH_DAY);

/**
 * A graded-return plan (stufenweise Wiedereingliederung, Hamburger Modell) as plain data, built by
 * {@link gradedReturnPlan} (the [graded-return guide](../../docs/graded-return.md)).
 *
 * It can be stored as JSON and passed back to {@link plannedHoursOn},
 * {@link checkTimeEntry} and {@link checkPlanProgress}, which check it with this schema: the steps
 * follow each other without a gap from `start` to `end`, each lasts its weeks, and none is above
 * the contractual hours.
 *
 * The day after `end` the contract applies again (full time).
 *
 * @example
 * ```ts
 * const plan = gradedReturnPlan({ start: '2025-03-03', contractualHoursPerDay: 8 });
 * GradedReturnPlan.safeParse(plan).success; //=> true
 * ```
 */
export const GradedReturnPlan = z
  .strictObject({
    start: IsoDate,
    end: IsoDate,
    contractualHoursPerDay: Hours,
    workingDays: named<WorkingDays, WorkingDaysInput>(WorkingDays),
    holidays: z.array(IsoDate).max(1000),
    steps: z.array(named<PlannedStep, PlannedStepInput>(PlannedStep)).min(1).max(MAX_GRADED_RETURN_WEEKS),
    reference: z.string().min(1).max(500),
  })
  .superRefine((plan, context) => {
    // zod still runs this refinement after a field failed; dates it refused cannot be read.
    if (!plan.steps.every((step) => isIsoDate(step.start) && isIsoDate(step.end))) return;
    // The day the next step must start on; null after a step that ends on 9999-12-31 (no day follows it).
    let expectedStart: string | null = plan.start;
    plan.steps.forEach((step, index) => {
      if (step.start !== expectedStart) {
        const message = expectedStart === null ? 'Expected no step after one that ends on 9999-12-31, the last day of the calendar' : `Expected the step to start on ${expectedStart}`;
        context.addIssue({ code: 'custom', path: ['steps', index, 'start'], message });
      }
      if (daysBetween(step.start, step.end) !== step.weeks * 7 - 1) {
        context.addIssue({ code: 'custom', path: ['steps', index, 'end'], message: `Expected the step to last ${step.weeks} weeks` });
      }
      const above = stepAboveContract(step, index, plan.contractualHoursPerDay);
      if (above !== null) context.addIssue({ code: 'custom', ...above });
      expectedStart = step.end === LAST_DAY ? null : addDays(step.end, 1);
    });
    if (plan.steps.at(-1)?.end !== plan.end) {
      context.addIssue({ code: 'custom', path: ['end'], message: 'Expected the plan to end on the last day of its last step' });
    }
  });

export interface GradedReturnPlan extends z.infer<typeof GradedReturnPlan> {}

interface PlanIssue {
  path: (string | number)[];
  message: string;
}

/**
 * A step is never above the contractual hours: the graded return leads back to the contract, not
 * beyond it. Checked where a plan is asked for and where a stored plan is read back.
 */
function stepAboveContract(step: GradedReturnStep, index: number, contractualHoursPerDay: number): PlanIssue | null {
  if (!(step.hoursPerDay > contractualHoursPerDay)) return null; // also when zod refused a field
  return { path: ['steps', index, 'hoursPerDay'], message: `A step must not be above the contractual ${contractualHoursPerDay} hours a day` };
}

/** The checks that zod's field types cannot express; shared by the schema and the builder. */
function planIssues(input: {
  start: IsoDate;
  contractualHoursPerDay: number;
  steps?: readonly GradedReturnStep[] | undefined;
  allowLongerThanSixMonths?: boolean | undefined;
}): PlanIssue[] {
  const issues: PlanIssue[] = [];
  const steps = stepsOf(input);
  if (input.steps === undefined && steps.length === 0) {
    issues.push({
      path: ['contractualHoursPerDay'],
      message: 'The typical template (2, 4, 6 hours a day) needs more than 2 contractual hours a day; give the steps',
    });
  }
  input.steps?.forEach((step, index) => {
    const above = stepAboveContract(step, index, input.contractualHoursPerDay);
    if (above !== null) issues.push(above);
  });
  const weeks = steps.reduce((sum, step) => sum + step.weeks, 0);
  if (weeks > MAX_GRADED_RETURN_WEEKS) {
    issues.push({ path: ['steps'], message: `The plan lasts ${weeks} weeks, more than the ${MAX_GRADED_RETURN_WEEKS} weeks of sick pay (${SGB5_48})` });
  } else if (toEpochDay(input.start) + weeks * 7 - 1 > MAX_EPOCH_DAY) {
    issues.push({ path: ['start'], message: 'The plan would end after 9999-12-31' });
  } else if (weeks > 0 && input.allowLongerThanSixMonths !== true) {
    const end = addDays(input.start, weeks * 7 - 1);
    // Six months from a start late in 9999 end after the calendar, so after any plan that fits in it.
    const lastAllowedDay = lastDayOfMonthsPeriodFrom(toEpochDay(input.start), 6);
    if (toEpochDay(end) > lastAllowedDay) {
      const lastAllowed = fromEpochDay(lastAllowedDay);
      issues.push({
        path: ['steps'],
        message: `The plan ends on ${end}, after ${lastAllowed}, the last day of six months; set allowLongerThanSixMonths: true to allow it`,
      });
    }
  }
  return issues;
}

/**
 * The last day of six months beginning on `start`, counted as the civil code counts a period
 * that begins at the start of a day (§ 187 Abs. 2, § 188 Abs. 2 BGB): the day before the same
 * calendar day six months later; when that month has no such day, its last day
 * (§ 188 Abs. 3 BGB).
 *
 * @example
 * ```ts
 * lastDayWithinSixMonths('2023-09-01' as IsoDate); //=> '2024-02-29'
 * lastDayWithinSixMonths('2025-03-15' as IsoDate); //=> '2025-09-14'
 * lastDayWithinSixMonths('2025-08-31' as IsoDate); //=> '2026-02-28'
 * ```
 * The arithmetic is `lastDayOfMonthsPeriod` in src/dates/arithmetic.ts.
 */
export function lastDayWithinSixMonths(start: IsoDate): IsoDate {
  return lastDayOfMonthsPeriod(start, 6);
}

/** The caller's steps, or the template's steps below the contractual hours. */
function stepsOf(input: { steps?: readonly GradedReturnStep[] | undefined; contractualHoursPerDay: number }): readonly GradedReturnStep[] {
  return input.steps ?? TEMPLATE_STEPS.filter((step) => step.hoursPerDay < input.contractualHoursPerDay);
}

/**
 * Builds a graded-return plan (stufenweise Wiedereingliederung, Hamburger Modell; § 74 SGB V, § 44
 * SGB IX; the [graded-return guide](../../docs/graded-return.md)).
 *
 * The person is still unable to work, receives sick pay and works increasing hours by plan.
 *
 * Each step lasts whole weeks of 7 calendar days, the first starting on `start`; the day after the
 * last step the contract applies again. Without `steps` the typical template is used (2 weeks at 2
 * h/day, 2 weeks at 4 h/day, 2 weeks at 6 h/day), keeping only the steps below the contractual
 * hours. Steps need not rise: a plan may be adjusted down when the person is overstrained.
 *
 * @param input the start date, contractual hours per day, steps or the template, working days.
 * @returns the plan with the first and last day of every step.
 * @throws BemInputError `steps[i].hoursPerDay: A step must not be above the contractual N hours a
 * day`, `steps: The plan ends on …, after …, the last day of six months; set
 * allowLongerThanSixMonths: true to allow it`, `start: Expected a calendar date as YYYY-MM-DD`,
 * and the like for every other problem.
 * @example
 * ```ts
 * const plan = gradedReturnPlan({ start: '2025-03-03', contractualHoursPerDay: 8 });
 * plan.steps.map((s) => [s.start, s.end, s.hoursPerDay]);
 * //=> [['2025-03-03', '2025-03-16', 2], ['2025-03-17', '2025-03-30', 4], ['2025-03-31', '2025-04-13', 6]]
 * plan.end; //=> '2025-04-13'
 * ```
 */
export function gradedReturnPlan(input: GradedReturnInput): GradedReturnPlan {
  const parsed = parseInput(GradedReturnInput, input);
  const steps: PlannedStep[] = [];
  let startDay = toEpochDay(parsed.start);
  for (const step of stepsOf(parsed)) {
    const endDay = startDay + step.weeks * 7 - 1;
    steps.push({ start: fromEpochDay(startDay), end: fromEpochDay(endDay), weeks: step.weeks, hoursPerDay: step.hoursPerDay });
    startDay = endDay + 1;
  }
  return {
    start: parsed.start,
    end: fromEpochDay(startDay - 1),
    contractualHoursPerDay: parsed.contractualHoursPerDay,
    workingDays: [...(parsed.workingDays ?? [1, 2, 3, 4, 5])].sort((a, b) => a - b),
    holidays: [...new Set(parsed.holidays ?? [])].sort(),
    steps,
    reference: GRADED_RETURN_REFERENCE,
  };
}
