import * as z from 'zod';
import { IsoDate } from '../dates/index.js';
import { AbsenceKind, type SafeResult, safeParseInput, WorkingDays } from '../model/index.js';
import { kindBit } from './counting.js';
import { type ReasonTexts, reasonTextsOf } from './reason-texts.js';
import { AU_RL_2_2, EFZG_3, EFZG_9, PRACTICE, SGB5_45, SGB9_167_2_S1, cite } from '../law/citations.js';

/**
 * The unit in which the six weeks are counted (see the eligibility guide): `calendar-days` (default, every
 * day of the incapacity counts, weekends and holidays included) or `working-days` (only the
 * employee's scheduled working days that are not holidays count).
 *
 * @example
 * ```ts
 * CountingUnit.parse('working-days'); //=> 'working-days'
 * ```
 */
export const CountingUnit = z.enum(['calendar-days', 'working-days']);

/**
 * The unit in which the six weeks are counted; see the {@link CountingUnit} schema.
 *
 * @example
 * ```ts
 * const unit: CountingUnit = 'calendar-days';
 * ```
 */
export type CountingUnit = z.infer<typeof CountingUnit>;

/**
 * How the count is compared with the threshold: `more-than` (default; the statute says "länger
 * als sechs Wochen", so day 43 triggers) or `at-least` (day 42 already triggers).
 *
 * @example
 * ```ts
 * Comparison.parse('at-least'); //=> 'at-least'
 * ```
 */
export const Comparison = z.enum(['more-than', 'at-least']);

/**
 * How the count is compared with the threshold; see the {@link Comparison} schema.
 *
 * @example
 * ```ts
 * const comparison: Comparison = 'more-than';
 * ```
 */
export type Comparison = z.infer<typeof Comparison>;

/**
 * The look-back window ("innerhalb eines Jahres", § 167 Abs. 2 S. 1 SGB IX), always ending on the
 * check date: `{ months: 12 }` (default: it starts on the day after the same calendar day 12
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

/**
 * The look-back window; see the {@link EligibilityWindow} schema.
 *
 * @example
 * ```ts
 * const window: EligibilityWindow = { days: 365 };
 * ```
 */
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
export type HolidayPredicate = (date: IsoDate) => boolean;

/** The kinds that are incapacity for work (Arbeitsunfähigkeit) and may therefore count. */
const COUNTABLE_KINDS: readonly AbsenceKind[] = ['sickness', 'work-accident', 'medical-rehab', 'graded-return'];
/** The kinds whose counting is settled law, so no policy may leave them out. */
const MANDATORY_KINDS: readonly AbsenceKind[] = ['sickness', 'work-accident'];

/**
 * The legal reference for leaving a kind of absence out of the count (or for counting it).
 *
 * @internal
 */
export const kindReferences: Readonly<Record<AbsenceKind, string>> = {
  sickness: SGB9_167_2_S1,
  'work-accident': `${SGB9_167_2_S1} (the cause of the incapacity is irrelevant)`,
  'medical-rehab': `${EFZG_9} (policy setting countedKinds)`,
  'graded-return': `${AU_RL_2_2} (policy setting countedKinds)`,
  'child-sick': SGB5_45,
  quarantine: `${SGB9_167_2_S1} (not incapacity for work)`,
  'employment-ban': `${SGB9_167_2_S1} (not incapacity for work)`,
  other: `${SGB9_167_2_S1} (not incapacity for work)`,
};

const CountedKinds = z.array(AbsenceKind).superRefine((kinds, context) => {
  kinds.forEach((kind, index) => {
    if (!COUNTABLE_KINDS.includes(kind)) {
      context.addIssue({
        code: 'custom',
        path: [index],
        message: `'${kind}' is not incapacity for work and never counts (${kindReferences[kind]})`,
      });
    }
  });
  for (const kind of MANDATORY_KINDS) {
    if (!kinds.includes(kind)) {
      context.addIssue({ code: 'custom', message: `'${kind}' always counts and cannot be left out (${kindReferences[kind]})` });
    }
  }
});

const policyShape = {
  unit: CountingUnit.optional(),
  threshold: z.int().min(1).max(3660).optional(),
  comparison: Comparison.optional(),
  window: EligibilityWindow.optional(),
  countedKinds: CountedKinds.optional(),
  countUncertified: z.boolean().optional(),
  countWentHomeSickDay: z.boolean().optional(),
  workingDays: WorkingDays.optional(),
  holidays: z.array(IsoDate).optional(),
  earlyWarningAt: z.int().min(1).max(3660).nullable().optional(),
};

/**
 * The counting policy as plain data: every {@link PolicyInput} setting except a holiday
 * *function*, so it can be stored as JSON and turned into JSON Schema
 * (`z.toJSONSchema(PolicyData)`) for a backend. Holidays are a list of dates here.
 *
 * @example
 * ```ts
 * PolicyData.parse({ unit: 'working-days', workingDays: [1, 2, 3], holidays: ['2025-12-25'] });
 * ```
 */
export const PolicyData = z.strictObject(policyShape);

/**
 * The counting policy as plain data; see the {@link PolicyData} schema.
 *
 * @example
 * ```ts
 * const policy: PolicyData = { window: { days: 365 } };
 * ```
 */
export type PolicyData = z.input<typeof PolicyData>;

/**
 * The settings of the six-week count (see the eligibility guide). All are optional; a missing one takes its
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
 *
 * @example
 * ```ts
 * PolicyInput.parse({ unit: 'working-days', workingDays: [1, 2, 3], holidays: (d) => d.endsWith('-12-25') });
 * PolicyInput.safeParse({ countedKinds: ['sickness', 'child-sick'] }).success; //=> false
 * ```
 */
export const PolicyInput = PolicyData.extend({
  holidays: z
    .union([z.array(IsoDate), z.custom<HolidayPredicate>((value) => typeof value === 'function')], {
      error: 'Expected a list of dates or a function (date) => boolean',
    })
    .optional(),
});

/**
 * The counting policy as callers pass it in; see the {@link PolicyInput} schema.
 *
 * @example
 * ```ts
 * const policy: PolicyInput = { unit: 'working-days', workingDays: [1, 2, 3, 4] };
 * ```
 */
export type PolicyInput = z.input<typeof PolicyInput>;

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
}

const MON_TO_FRI: readonly number[] = [1, 2, 3, 4, 5];
const DEFAULT_KINDS: readonly AbsenceKind[] = COUNTABLE_KINDS;

/** The policy after validation, with everything the engine needs precomputed. @internal */
export interface PreparedPolicy {
  /** The settings as reported in results. */
  readonly resolved: ResolvedPolicy;
  /** Whether the count is in working days. */
  readonly working: boolean;
  /** The smallest count that makes the BEM due. */
  readonly dueAt: number;
  /** The smallest count that makes the status `approaching`, or null. */
  readonly warnAt: number | null;
  /** Counted kinds as a mask of their bits (see `kindBit`). */
  readonly countedMask: number;
  /** Whether uncertified days count. */
  readonly countUncertified: boolean;
  /** Whether the went-home-sick day counts. */
  readonly countWentHomeSickDay: boolean;
  /** The window. */
  readonly window: EligibilityWindow;
  /** Working weekdays as a lookup by ISO weekday. */
  readonly weekdays: readonly number[];
  /** Holidays as a list (or null when a predicate was given). */
  readonly holidayList: readonly IsoDate[] | null;
  /** The holiday predicate, or null. */
  readonly holidayPredicate: HolidayPredicate | null;
  /** The policy's part of every reason, written once. */
  readonly texts: ReasonTexts;
}

const references = {
  unitCalendar: `${PRACTICE}: six weeks counted as calendar days, weekends and holidays included`,
  unitWorking: `${PRACTICE}: six weeks counted as the employee’s working days (6 × working days per week)`,
  thresholdCalendar: `${SGB9_167_2_S1} ("länger als sechs Wochen"); ${PRACTICE}: 6 × 7 calendar days`,
  thresholdWorking: `${SGB9_167_2_S1} ("länger als sechs Wochen"); ${PRACTICE}: 6 × working days per week`,
  thresholdOverride: 'policy setting threshold (overrides 6 weeks)',
  moreThan: `${SGB9_167_2_S1} ("länger als sechs Wochen": strictly more)`,
  atLeast: `policy setting comparison: at-least (stricter than ${SGB9_167_2_S1})`,
  window: `${SGB9_167_2_S1} ("innerhalb eines Jahres"); ${PRACTICE}: Zeitjahr ending on the check date, not the calendar year`,
  countedKinds: cite(
    `${SGB9_167_2_S1} (Arbeitsunfähigkeit)`,
    `${EFZG_9} (medical rehab)`,
    `${AU_RL_2_2} (graded return)`,
    `${SGB5_45} (child sick days never count)`,
  ),
  countUncertified: `${PRACTICE}: incapacity for work exists without a certificate`,
  countUncertifiedOff: 'policy setting countUncertified: false',
  wentHomeSick: `${PRACTICE}: analogy to ${EFZG_3} (the day someone went home sick does not count)`,
  wentHomeSickOn: 'policy setting countWentHomeSickDay: true',
  workingDays: `${PRACTICE}: the employee’s scheduled working days`,
  holidays: `${PRACTICE}: holidays are not working days`,
  earlyWarning: `${PRACTICE}: prepare the offer in time (early warning at 4 weeks)`,
} as const;

/**
 * Precomputes what the engine needs from a validated policy.
 *
 * @internal
 */
export function resolvePolicy(parsed: z.output<typeof PolicyInput>): PreparedPolicy {
  const working = parsed.unit === 'working-days';
  const weekdays = parsed.workingDays ? [...new Set(parsed.workingDays)].sort((a, b) => a - b) : MON_TO_FRI;
  const perWeek = working ? weekdays.length : 7;
  const threshold = parsed.threshold ?? 6 * perWeek;
  const comparison = parsed.comparison ?? 'more-than';
  const window = parsed.window ?? { months: 12 };
  const kinds = parsed.countedKinds ? AbsenceKind.options.filter((kind) => parsed.countedKinds?.includes(kind)) : DEFAULT_KINDS;
  const predicate = typeof parsed.holidays === 'function' ? parsed.holidays : null;
  const list = Array.isArray(parsed.holidays) ? [...new Set(parsed.holidays)].sort() : predicate ? null : [];
  const earlyWarningAt = parsed.earlyWarningAt === undefined ? 4 * perWeek : parsed.earlyWarningAt;
  const resolved: ResolvedPolicy = {
    unit: { value: working ? 'working-days' : 'calendar-days', reference: working ? references.unitWorking : references.unitCalendar },
    threshold: {
      value: threshold,
      reference: parsed.threshold !== undefined ? references.thresholdOverride : working ? references.thresholdWorking : references.thresholdCalendar,
    },
    comparison: { value: comparison, reference: comparison === 'more-than' ? references.moreThan : references.atLeast },
    window: { value: { ...window }, reference: references.window },
    countedKinds: { value: kinds, reference: references.countedKinds },
    countUncertified: {
      value: parsed.countUncertified ?? true,
      reference: parsed.countUncertified === false ? references.countUncertifiedOff : references.countUncertified,
    },
    countWentHomeSickDay: {
      value: parsed.countWentHomeSickDay ?? false,
      reference: parsed.countWentHomeSickDay === true ? references.wentHomeSickOn : references.wentHomeSick,
    },
    workingDays: { value: weekdays, reference: references.workingDays },
    holidays: { value: list ?? 'predicate', reference: references.holidays },
    earlyWarningAt: { value: earlyWarningAt, reference: references.earlyWarning },
  };
  let countedMask = 0;
  for (const kind of kinds) countedMask |= kindBit(kind);
  deepFreeze(resolved);
  return {
    resolved,
    working,
    dueAt: comparison === 'more-than' ? threshold + 1 : threshold,
    warnAt: earlyWarningAt,
    countedMask,
    countUncertified: resolved.countUncertified.value,
    countWentHomeSickDay: resolved.countWentHomeSickDay.value,
    window,
    weekdays,
    holidayList: list,
    holidayPredicate: predicate,
    texts: reasonTextsOf(resolved),
  };
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

const preparedDefault = resolvePolicy({});

/**
 * The default policy, prepared once.
 *
 * @internal
 */
export const defaultPolicyPrepared: PreparedPolicy = preparedDefault;

/**
 * The default policy (see the eligibility guide): more than 42 calendar days within the 12 months ending on
 * the check date; sickness, work accidents, medical rehabilitation and graded return count;
 * uncertified days count; the day someone went home sick does not; early warning at 28 days.
 * Frozen: every result without a policy reports this object.
 *
 * @example
 * ```ts
 * defaultPolicy.threshold.value;  //=> 42
 * defaultPolicy.window.value;     //=> { months: 12 }
 * defaultPolicy.comparison.value; //=> 'more-than'
 * ```
 */
export const defaultPolicy: ResolvedPolicy = preparedDefault.resolved;

/**
 * Validates a policy (`undefined` means the default) and prepares it; error paths start with
 * `'policy'`.
 *
 * @internal
 */
export function safePreparePolicy(policy: unknown): SafeResult<PreparedPolicy> {
  if (policy === undefined) return { success: true, data: preparedDefault };
  const parsed = safeParseInput(PolicyInput, policy, ['policy']);
  return parsed.success ? { success: true, data: resolvePolicy(parsed.data) } : parsed;
}
