import * as z from 'zod';
import type { EnumOf } from '../model/named.js';
import type { IsoDate } from '../dates/index.js';
import type { AbsenceKind } from '../model/index.js';
import type { CountingUnit, ResolvedPolicy } from './policy-settings.js';
import type { Reason } from './reasons.js';

/**
 * Where an employee stands on the check date.
 *
 * - `due`: the count exceeds the threshold and no BEM is running: the employer must offer a BEM
 *   (§ 167 Abs. 2 S. 1 SGB IX);
 * - `approaching`: not yet due, but the count has reached the early warning level;
 * - `not-due`: neither;
 * - `bem-running`: a BEM is open; new incapacity is part of it (BAG 18.11.2021 – 2 AZR 138/21).
 *
 * @example
 * ```ts
 * EligibilityStatus.options; //=> ['due', 'approaching', 'not-due', 'bem-running']
 * ```
 */
export const EligibilityStatus: z.ZodEnum<EnumOf<EligibilityStatus>> = z.enum(['due', 'approaching', 'not-due', 'bem-running']);

export type EligibilityStatus = 'due' | 'approaching' | 'not-due' | 'bem-running';

/**
 * One counted period inside the window: overlapping and touching absences merged, clipped to
 * the window, with its counted days in the policy's unit.
 *
 * @example
 * ```ts
 * const period: EligibilityPeriod = {
 *   start: '2025-01-06' as IsoDate,
 *   end: '2025-01-19' as IsoDate,
 *   days: 14,
 *   kinds: ['sickness'],
 *   sourceIds: ['au-1', 'au-2'],
 * };
 * ```
 */
export interface EligibilityPeriod {
  /** First day of the period inside the window. */
  readonly start: IsoDate;
  /** Last day of the period inside the window (at most the check date). */
  readonly end: IsoDate;
  /** Counted days in the policy's unit. */
  readonly days: number;
  /** The kinds of the absences merged into it, in the order of `AbsenceKind`. */
  readonly kinds: readonly AbsenceKind[];
  /** The `id`s of those absences (sorted, each once; absences without an id are not named). */
  readonly sourceIds: readonly string[];
  /** In working days only: the days of the period that were not counted, and why. */
  readonly leftOut?: LeftOutDays;
}

/**
 * The days of a period that a working-day count leaves out.
 *
 * Days that were not scheduled
 * working days (days off in the week or the roster), and public holidays on scheduled days, each
 * with its name when the holiday function names it (`DE-NW: Fronleichnam`).
 *
 * @example
 * ```ts
 * const leftOut: LeftOutDays = { notScheduled: 4, holidays: [{ date: '2025-06-19' as IsoDate, name: 'DE-NW: Fronleichnam' }] };
 * ```
 */
export interface LeftOutDays {
  /** Days of the period that were not scheduled working days. */
  readonly notScheduled: number;
  /** Holidays on scheduled working days inside the period, in order. */
  readonly holidays: readonly { readonly date: IsoDate; readonly name: string | null }[];
}

/**
 * The window the count was taken in: `end` is the check date; `start` is the day after the same day
 * 12 months earlier (or n days back), raised to the day after a previous BEM concluded.
 *
 * When that BEM concluded on the check date itself, `start` is the day after `end`: no day counts.
 *
 * @example
 * ```ts
 * const window: CountWindow = { start: '2024-11-01' as IsoDate, end: '2025-10-31' as IsoDate };
 * ```
 */
export interface CountWindow {
  /** First day of the window. */
  readonly start: IsoDate;
  /** Last day of the window: the check date. */
  readonly end: IsoDate;
}

/**
 * The answer of {@link evaluateEligibility}: whether a BEM is due, the count behind it, when the
 * duty arose or will arise, and why. Plain JSON.
 *
 * @example
 * ```ts
 * const result: EligibilityResult = evaluateEligibility({
 *   absences: [{ start: '2025-01-06', end: '2025-02-28', kind: 'sickness' }],
 *   asOf: '2025-10-31',
 * });
 * result.status;             //=> 'due'
 * result.countedDays;        //=> 54
 * result.thresholdCrossedOn; //=> '2025-02-17'
 * ```
 */
export interface EligibilityResult {
  /** Where the employee stands; see {@link EligibilityStatus}. */
  readonly status: EligibilityStatus;
  /** Whether a BEM must be offered: the threshold is exceeded and no BEM is running. */
  readonly due: boolean;
  /** Counted days in the window, in the policy's unit. */
  readonly countedDays: number;
  /** The unit of `countedDays` and `threshold`. */
  readonly unit: CountingUnit;
  /** The threshold: due when `countedDays` exceeds it (or reaches it with `at-least`). */
  readonly threshold: number;
  /** The window ending on the check date. */
  readonly window: CountWindow;
  /**
   * When due: the first day of the unbroken run of days, ending on the check date, on each of
   * which the window ending that day exceeded the threshold. Otherwise null.
   */
  readonly thresholdCrossedOn: IsoDate | null;
  /**
   * When not due and no BEM is running.
    *
    * The first later day on which the threshold will be
   * exceeded if the recorded absences (and an ongoing one, indefinitely) run as recorded;
   * null when that never happens within one window length after the last recorded day.
   */
  readonly projectedCrossingOn: IsoDate | null;
  /** `continuous` for one unbroken period, `repeated` for several, null for none. */
  readonly pattern: 'continuous' | 'repeated' | null;
  /** The counted periods inside the window, in order. */
  readonly periods: readonly EligibilityPeriod[];
  /** The explanation, step by step. */
  readonly reasons: readonly Reason[];
  /** Every setting used, each with its reference. */
  readonly policy: ResolvedPolicy;
}
