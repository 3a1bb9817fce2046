import * as z from 'zod';
import { type IsoDate, toEpochDay } from '../dates/index.js';
import { ABSENCE_KINDS, absenceKinds, COUNTED_KINDS_REFERENCE, kindBit } from '../law/absence-kinds.js';
import { PRACTICE } from '../law/citations.js';
import { dueAtCount, SIX_WEEKS_REFERENCES, type ThresholdRule } from '../law/six-weeks.js';
import { WENT_HOME_SICK_REFERENCE } from '../law/went-home-sick.js';
import { type SafeResult, safeParseInput } from '../model/index.js';
import { type EligibilityWindow, type HolidayPredicate, PolicyInput, type ResolvedPolicy } from './policy-settings.js';
import { type ReasonTexts, reasonTextsOf } from './reasons.js';
import { type Schedule, weekSchedule, type WorkingWeekBasis } from './working-time.js';
import { deepFreeze } from '../door/deep-freeze.js';

const MON_TO_FRI: readonly number[] = [1, 2, 3, 4, 5];
const DEFAULT_KINDS = ABSENCE_KINDS.filter((kind) => absenceKinds[kind].countedByDefault);

/**
 * The policy after validation, with everything the engine needs precomputed. It carries the
 * threshold and comparison, so the six-week rule reads it directly: `isOverThreshold(count, policy)`.
 *
 * @internal
 */
export interface PreparedPolicy extends ThresholdRule {
  /** The settings as reported in results. */
  readonly resolved: ResolvedPolicy;
  /** Whether the count is in working days. */
  readonly working: boolean;
  /** The smallest count that makes the BEM due: `dueAtCount(policy)`, for the crossing search. */
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
  /** The week of `workingDays`, for employees without a `workingTime` of their own. */
  readonly schedule: Schedule;
  /** The holiday list as epoch days (empty when a predicate was given). */
  readonly holidayDays: readonly number[];
  /** Which week sets the threshold of an employee's own working time. */
  readonly basis: WorkingWeekBasis;
  /** The threshold set by the policy (overriding 6 × working days per week), or null. */
  readonly thresholdSet: number | null;
  /** The early warning set by the policy (a number, or null for off), or undefined for 4 × working days per week. */
  readonly earlyWarningSet: number | null | undefined;
}

const references = {
  unitCalendar: `${PRACTICE}: six weeks counted as calendar days, weekends and holidays included`,
  unitWorking: `${PRACTICE}: six weeks counted as the employee’s working days (6 × working days per week)`,
  thresholdCalendar: SIX_WEEKS_REFERENCES.calendar,
  thresholdWorking: SIX_WEEKS_REFERENCES.working,
  thresholdOverride: 'policy setting threshold (overrides 6 weeks)',
  moreThan: SIX_WEEKS_REFERENCES.moreThan,
  atLeast: SIX_WEEKS_REFERENCES.atLeast,
  window: SIX_WEEKS_REFERENCES.window,
  countedKinds: COUNTED_KINDS_REFERENCE,
  countUncertified: `${PRACTICE}: incapacity for work exists without a certificate`,
  countUncertifiedOff: 'policy setting countUncertified: false',
  wentHomeSick: WENT_HOME_SICK_REFERENCE,
  wentHomeSickOn: 'policy setting countWentHomeSickDay: true',
  workingDays: `${PRACTICE}: the employee’s scheduled working days`,
  holidays: `${PRACTICE}: holidays are not working days`,
  earlyWarning: `${PRACTICE}: prepare the offer in time (early warning at 4 weeks)`,
  windowAverage: `${PRACTICE}: the statute says nothing; the working days per week averaged over the window, each working time weighted by its days in it (pro rata temporis), so that a change just before the check date does not decide alone`,
  onCheckDate: 'policy setting workingWeekBasis: on-check-date (the working time in force on the check date)',
} as const;

/**
 * The references of the working-time settings, for the engine's per-employee thresholds.
 *
 * @internal
 */
export const workingTimeReferences = {
  thresholdWorking: references.thresholdWorking,
  earlyWarning: references.earlyWarning,
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
  const kinds = parsed.countedKinds ? ABSENCE_KINDS.filter((kind) => parsed.countedKinds?.includes(kind)) : DEFAULT_KINDS;
  const predicate = typeof parsed.holidays === 'function' ? parsed.holidays : null;
  const list = Array.isArray(parsed.holidays) ? [...new Set(parsed.holidays)].sort() : predicate ? null : [];
  const earlyWarningAt = parsed.earlyWarningAt === undefined ? 4 * perWeek : parsed.earlyWarningAt;
  const basis = parsed.workingWeekBasis ?? 'window-average';
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
    workingWeekBasis: { value: basis, reference: basis === 'window-average' ? references.windowAverage : references.onCheckDate },
  };
  let countedMask = 0;
  for (const kind of kinds) countedMask |= kindBit(kind);
  deepFreeze(resolved);
  return {
    resolved,
    working,
    threshold,
    comparison,
    dueAt: dueAtCount({ threshold, comparison }),
    warnAt: earlyWarningAt,
    countedMask,
    countUncertified: resolved.countUncertified.value,
    countWentHomeSickDay: resolved.countWentHomeSickDay.value,
    window,
    weekdays,
    holidayList: list,
    holidayPredicate: predicate,
    texts: reasonTextsOf(resolved),
    schedule: weekSchedule(weekdays),
    holidayDays: (list ?? []).map(toEpochDay),
    basis,
    thresholdSet: parsed.threshold ?? null,
    earlyWarningSet: parsed.earlyWarningAt,
  };
}

const preparedDefault = resolvePolicy({});

/**
 * The default policy, prepared once.
 *
 * @internal
 */
export const defaultPolicyPrepared: PreparedPolicy = preparedDefault;

/**
 * The default policy (see the [eligibility guide](../../docs/eligibility.md)).
 *
 * More than 42
 * calendar days within the 12 months ending on the check date; sickness, work accidents, medical
 * rehabilitation and graded return count; uncertified days count; the day someone went home sick
 * does not; early warning at 28 days.
 *
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

/**
 * The policy with other holidays: a region's, for the employees of a scan who carry a
 * `holidayRegion`. The reported `holidays` setting says which region.
 *
 * @internal
 */
export function withHolidays(policy: PreparedPolicy, predicate: HolidayPredicate, region: string): PreparedPolicy {
  const resolved: ResolvedPolicy = Object.freeze({
    ...policy.resolved,
    holidays: Object.freeze({ value: 'predicate' as const, reference: `${references.holidays} (holidayRegion ${region})` }),
  });
  return { ...policy, resolved, holidayPredicate: predicate, holidayList: null, holidayDays: [], texts: reasonTextsOf(resolved) };
}
