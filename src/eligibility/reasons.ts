import type { IsoDate } from '../dates/index.js';
import type { AbsenceKind } from '../model/index.js';
import { kindReferences, type ResolvedPolicy } from './policy.js';

/**
 * What a {@link Reason} explains. In the order they appear in a result: the window, a reset,
 * what was left out, ongoing and future days, the count, the status, the crossing day, the
 * forecast.
 *
 * @example
 * ```ts
 * const code: ReasonCode = 'threshold-crossed';
 * ```
 */
export type ReasonCode =
  | 'window'
  | 'reset'
  | 'kind-not-counted'
  | 'uncertified-not-counted'
  | 'went-home-sick-day-not-counted'
  | 'ongoing'
  | 'after-check-date'
  | 'counted'
  | 'due'
  | 'approaching'
  | 'not-due'
  | 'bem-running'
  | 'threshold-crossed'
  | 'projected-crossing';

/**
 * One step of the explanation of an {@link EligibilityResult}: a code to act on, a sentence for
 * people, and the legal source (statute, court decision, or `practice`).
 *
 * @example
 * ```ts
 * const reason: Reason = {
 *   code: 'bem-running',
 *   message: 'A BEM has been running since 2025-09-01: new incapacity is part of it, no second BEM is due',
 *   reference: 'BAG 18.11.2021 – 2 AZR 138/21',
 * };
 * ```
 */
export interface Reason {
  /** What this step explains. */
  readonly code: ReasonCode;
  /** The explanation in plain English. */
  readonly message: string;
  /** The legal source of the rule applied. */
  readonly reference: string;
}

const STATUTE = '§ 167 Abs. 2 S. 1 SGB IX';
const RESET_REFERENCE = 'BAG 18.11.2021 – 2 AZR 138/21';

/** Facts the reasons are written from. @internal */
export interface ReasonFacts {
  readonly policy: ResolvedPolicy;
  readonly windowStart: IsoDate;
  readonly asOf: IsoDate;
  readonly resetOn: IsoDate | null;
  readonly resetMovedWindow: boolean;
  readonly excludedKinds: readonly AbsenceKind[];
  readonly uncertifiedLeftOut: boolean;
  readonly wentHomeSickLeftOut: boolean;
  readonly ongoing: boolean;
  readonly afterCheckDate: boolean;
  readonly countedDays: number;
  readonly periods: number;
  readonly status: 'due' | 'approaching' | 'not-due' | 'bem-running';
  readonly runningSince: IsoDate | null;
  readonly crossedOn: IsoDate | null;
  readonly projectedOn: IsoDate | null;
}

function unitWord(policy: ResolvedPolicy, count: number): string {
  const noun = policy.unit.value === 'calendar-days' ? 'calendar day' : 'working day';
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function windowWords(policy: ResolvedPolicy): string {
  const window = policy.window.value;
  return 'days' in window ? `the ${window.days} days` : `the ${window.months} months`;
}

/**
 * Writes the explanation of one evaluation, in order.
 *
 * @internal
 */
export function explain(facts: ReasonFacts): Reason[] {
  const { policy } = facts;
  const reasons: Reason[] = [
    {
      code: 'window',
      message: `Counted within ${windowWords(policy)} ending on the check date: ${facts.windowStart} to ${facts.asOf}`,
      reference: policy.window.reference,
    },
  ];
  if (facts.resetOn !== null) {
    reasons.push({
      code: 'reset',
      message: facts.resetMovedWindow
        ? `The previous BEM concluded on ${facts.resetOn}: only later days count, so the window starts on ${facts.windowStart}`
        : `The previous BEM concluded on ${facts.resetOn}, before the window: it changes nothing`,
      reference: RESET_REFERENCE,
    });
  }
  for (const kind of facts.excludedKinds) {
    reasons.push({ code: 'kind-not-counted', message: `Absences of kind '${kind}' do not count as incapacity for work here`, reference: kindReferences[kind] });
  }
  if (facts.uncertifiedLeftOut) {
    reasons.push({
      code: 'uncertified-not-counted',
      message: 'Absences without a medical certificate do not count under this policy',
      reference: policy.countUncertified.reference,
    });
  }
  if (facts.wentHomeSickLeftOut) {
    reasons.push({
      code: 'went-home-sick-day-not-counted',
      message: 'The day someone worked and then went home sick does not count (unless another record covers it)',
      reference: policy.countWentHomeSickDay.reference,
    });
  }
  if (facts.ongoing) {
    reasons.push({
      code: 'ongoing',
      message: 'An absence without an end date counts up to the check date and, for the forecast, runs on indefinitely',
      reference: 'practice',
    });
  }
  if (facts.afterCheckDate) {
    reasons.push({
      code: 'after-check-date',
      message: `Recorded days after ${facts.asOf} do not count today; they are used for the forecast`,
      reference: 'practice',
    });
  }
  reasons.push(countedReason(facts));
  reasons.push(statusReason(facts));
  if (facts.crossedOn !== null) {
    reasons.push({
      code: 'threshold-crossed',
      message: `The threshold has been exceeded every day since ${facts.crossedOn}: the duty to offer a BEM arose that day`,
      reference: STATUTE,
    });
  }
  if (facts.projectedOn !== null) {
    reasons.push({
      code: 'projected-crossing',
      message: `If the recorded absences run as recorded, the threshold will be exceeded on ${facts.projectedOn}`,
      reference: 'practice',
    });
  }
  return reasons;
}

function countedReason(facts: ReasonFacts): Reason {
  const { policy, countedDays, periods } = facts;
  const message =
    periods === 0
      ? `No day of incapacity for work counts in the window`
      : `${unitWord(policy, countedDays)} counted in ${periods === 1 ? 'one continuous period' : `${periods} separate periods (repeated)`}; overlapping and follow-up certificates count each day once`;
  return { code: 'counted', message, reference: `${STATUTE} ("ununterbrochen oder wiederholt")` };
}

function statusReason(facts: ReasonFacts): Reason {
  const { policy, countedDays } = facts;
  const threshold = policy.threshold.value;
  const sign = policy.comparison.value === 'more-than' ? '>' : '≥';
  switch (facts.status) {
    case 'bem-running':
      return {
        code: 'bem-running',
        message: `A BEM has been running since ${facts.runningSince}: new incapacity is part of it, no second BEM is due`,
        reference: RESET_REFERENCE,
      };
    case 'due':
      return {
        code: 'due',
        message: `${unitWord(policy, countedDays)} ${sign} ${threshold}: the employer must offer a BEM`,
        reference: policy.comparison.reference,
      };
    case 'approaching':
      return {
        code: 'approaching',
        message: `${unitWord(policy, countedDays)} reach the early warning at ${policy.earlyWarningAt.value}; due when ${sign} ${threshold}`,
        reference: policy.earlyWarningAt.reference,
      };
    case 'not-due':
      return {
        code: 'not-due',
        message: `${unitWord(policy, countedDays)}: not ${sign} ${threshold}, no BEM is due`,
        reference: policy.comparison.reference,
      };
  }
}
