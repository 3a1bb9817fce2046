import * as z from 'zod';
import { type EnumOf, named } from '../model/named.js';
import { IsoDate } from '../dates/index.js';
import { absenceKinds } from '../law/absence-kinds.js';
import { COMPARISONS } from '../law/six-weeks.js';
import { AbsenceKind, WorkingDays } from '../model/index.js';
import { WorkingWeekBasis } from './working-time.js';

/**
 * The unit in which the six weeks are counted (see the [eligibility guide](../../docs/eligibility.md)).
 *
 * `calendar-days` (default, every
 * day of the incapacity counts, weekends and holidays included) or `working-days` (only the
 * employee's scheduled working days that are not holidays count).
 *
 * @example
 * ```ts
 * CountingUnit.parse('working-days'); //=> 'working-days'
 * ```
 */
export const CountingUnit: z.ZodEnum<EnumOf<CountingUnit>> = z.enum(['calendar-days', 'working-days']);

export type CountingUnit = 'calendar-days' | 'working-days';

/**
 * How the count is compared with the threshold: `more-than` (default; the statute says "länger
 * als sechs Wochen", so day 43 triggers) or `at-least` (day 42 already triggers).
 *
 * @example
 * ```ts
 * Comparison.parse('at-least'); //=> 'at-least'
 * ```
 */
export const Comparison: z.ZodEnum<EnumOf<Comparison>> = z.enum(COMPARISONS);

export type Comparison = 'more-than' | 'at-least';

/**
 * The look-back window ("innerhalb eines Jahres", § 167 Abs. 2 S. 1 SGB IX), always ending on the
 * check date.
 *
 * `{ months: 12 }` (default: it starts on the day after the same calendar day 12
 * months earlier, a missing day such as 29 February clamped to the month's last day) or a fixed
 * number of days such as `{ days: 365 }`. Never the calendar year.
 *
 * @example
 * ```ts
 * EligibilityWindow.parse({ months: 12 }); //=> { months: 12 }
 * EligibilityWindow.parse({ days: 365 });  //=> { days: 365 }
 * ```
 */
export const EligibilityWindow = z.union([
  z.strictObject({ months: z.int().min(1).max(120) }),
  z.strictObject({ days: z.int().min(1).max(3660) }),
]);

export type EligibilityWindow = z.infer<typeof EligibilityWindow>;

/**
 * A function that says whether a date is a holiday (public holiday, company closing day). Called
 * only in working-day mode, once for each scheduled working day inside a counted absence.
 *
 * @example
 * ```ts
 * const christmas: HolidayPredicate = (date) => date.endsWith('-12-25') || date.endsWith('-12-26');
 * ```
 */
export interface HolidayPredicate {
  /** Whether `date` is a holiday. */
  (date: IsoDate): boolean;
  /** Where the holidays hold (`DE-NW`); set by `publicHolidayPredicate` of `bem-sgb9/holidays`. */
  readonly region?: string;
  /**
   * The named holidays from `start` to `end`, in date order; set by `publicHolidayPredicate`.
   *
   * When present, the engine asks it once per absence instead of asking about each day, and the
   * reasons name each holiday left out ("public holiday (DE-NW: Fronleichnam)").
   */
  readonly holidaysBetween?: (start: IsoDate, end: IsoDate) => readonly { readonly date: IsoDate; readonly name: string }[];
}

/**
 * The `countedKinds` setting: incapacity kinds only, the always-counted ones included (exported
 * for the JSON Schema build, which states the same rule with `items` and `contains`).
 *
 * @example
 * ```ts
 * CountedKinds.safeParse(['sickness', 'work-accident']).success; //=> true
 * ```
 */
export const CountedKinds = z.array(named<AbsenceKind>(AbsenceKind)).superRefine((kinds, context) => {
  kinds.forEach((kind, index) => {
    if (!absenceKinds[kind].incapacity) {
      context.addIssue({
        code: 'custom',
        path: [index],
        message: `'${kind}' is not incapacity for work and never counts (${absenceKinds[kind].reference})`,
      });
    }
  });
  for (const kind of AbsenceKind.options) {
    if (absenceKinds[kind].alwaysCounted && !kinds.includes(kind)) {
      context.addIssue({ code: 'custom', message: `'${kind}' always counts and cannot be left out (${absenceKinds[kind].reference})` });
    }
  }
});

const policyShape = {
  unit: named<CountingUnit>(CountingUnit).optional(),
  threshold: z.int().min(1).max(3660).optional(),
  comparison: named<Comparison>(Comparison).optional(),
  window: named<EligibilityWindow>(EligibilityWindow).optional(),
  countedKinds: CountedKinds.optional(),
  countUncertified: z.boolean().optional(),
  countWentHomeSickDay: z.boolean().optional(),
  workingDays: WorkingDays.optional(),
  holidays: z.array(IsoDate).optional(),
  earlyWarningAt: z.int().min(1).max(3660).nullable().optional(),
  workingWeekBasis: named<WorkingWeekBasis>(WorkingWeekBasis).optional(),
};

/**
 * The counting policy as plain data: every {@link PolicyInput} setting except a holiday *function*,
 * so it can be stored as JSON and turned into JSON Schema (`z.toJSONSchema(PolicyData)`) for a
 * backend.
 *
 * Holidays are a list of dates here.
 *
 * @example
 * ```ts
 * PolicyData.parse({ unit: 'working-days', workingDays: [1, 2, 3], holidays: ['2025-12-25'] });
 * ```
 */
export const PolicyData = z.strictObject(policyShape);

export interface PolicyData extends z.input<typeof PolicyData> {}

const policyInput = PolicyData.extend({
  holidays: z
    .union([z.array(IsoDate), z.custom<HolidayPredicate>((value) => typeof value === 'function')], {
      error: 'Expected a list of dates or a function (date) => boolean',
    })
    .optional(),
});
type PolicyInputZod = typeof policyInput;

/**
 * The type of the {@link PolicyInput} schema, by name: declarations print `PolicyInputSchema` where another schema has a policy
 * instead of repeating its fields.
 *
 * @internal
 */
export interface PolicyInputSchema extends PolicyInputZod {}

/**
 * The settings of the six-week count (see the [eligibility guide](../../docs/eligibility.md)). All are optional; a missing one takes its
 * default (see {@link defaultPolicy}):
 *
 * - `unit`: `'calendar-days'` (default) or `'working-days'`.
 * - `threshold`: 42 calendar days, or 6 × working days per week in working-day mode.
 * - `comparison`: `'more-than'` (default) or `'at-least'`.
 * - `window`: `{ months: 12 }` (default) or `{ days: n }`.
 * - `countedKinds`: which absence kinds count; `sickness` and `work-accident` always do,
 *   `medical-rehab` and `graded-return` by default, the others never.
 * - `countUncertified`: whether days without a certificate count (default `true`).
 * - `countWentHomeSickDay`: whether the day someone went home sick counts (default `false`).
 * - `workingDays`: ISO weekdays 1–7 of the employee (default Monday–Friday).
 * - `holidays`: a list of dates **or** a function `(date) => boolean`; in working-day mode they
 *   do not count. A function cannot be written as JSON: use {@link PolicyData} (a list) where the
 *   policy must be stored or sent over the wire.
 * - `earlyWarningAt`: the count at which the status becomes `approaching` (default 28 calendar
 *   days, or 4 × working days per week); `null` switches the warning off.
 * - `workingWeekBasis`: which week sets the working-day threshold when an employee's
 *   `workingTime` changes inside the window: `'window-average'` (default) or `'on-check-date'`.
 *
 * @example
 * ```ts
 * PolicyInput.parse({ unit: 'working-days', workingDays: [1, 2, 3], holidays: (d) => d.endsWith('-12-25') });
 * PolicyInput.safeParse({ countedKinds: ['sickness', 'child-sick'] }).success; //=> false
 * ```
 */
export const PolicyInput: PolicyInputSchema = policyInput;

export interface PolicyInput extends z.input<typeof PolicyInput> {}

/**
 * One setting of a resolved policy: the value used and where the rule comes from.
 *
 * @example
 * ```ts
 * const setting: PolicySetting<number> = { value: 42, reference: '§ 167 Abs. 2 S. 1 SGB IX' };
 * ```
 */
export interface PolicySetting<T> {
  /** The value the engine used. */
  readonly value: T;
  /** The legal source or practice the value rests on. */
  readonly reference: string;
}

/**
 * Every setting the engine used, each with its value and reference, as returned in
 * `EligibilityResult.policy`. Plain JSON: a holiday function shows as `'predicate'`.
 *
 * @example
 * ```ts
 * defaultPolicy.threshold; //=> { value: 42, reference: '§ 167 Abs. 2 S. 1 SGB IX ("länger als sechs Wochen"); practice: 6 × 7 calendar days' }
 * ```
 */
export interface ResolvedPolicy {
  /** Calendar days or working days. */
  readonly unit: PolicySetting<CountingUnit>;
  /** The number of days the count is compared with. */
  readonly threshold: PolicySetting<number>;
  /** `more-than` (count > threshold) or `at-least` (count ≥ threshold). */
  readonly comparison: PolicySetting<Comparison>;
  /** The look-back window ending on the check date. */
  readonly window: PolicySetting<EligibilityWindow>;
  /** The absence kinds that count, in the order of {@link AbsenceKind}. */
  readonly countedKinds: PolicySetting<readonly AbsenceKind[]>;
  /** Whether days without a medical certificate count. */
  readonly countUncertified: PolicySetting<boolean>;
  /** Whether the first day of an absence on which the employee went home sick counts. */
  readonly countWentHomeSickDay: PolicySetting<boolean>;
  /** The employee's working days (ISO weekdays, ascending); used in working-day mode. */
  readonly workingDays: PolicySetting<readonly number[]>;
  /** Holidays (sorted, each once) or `'predicate'` when a function was given. */
  readonly holidays: PolicySetting<readonly IsoDate[] | 'predicate'>;
  /** The count at which the status becomes `approaching`, or `null` when switched off. */
  readonly earlyWarningAt: PolicySetting<number | null>;
  /** Which week sets the working-day threshold when the working time changes inside the window. */
  readonly workingWeekBasis: PolicySetting<WorkingWeekBasis>;
}
