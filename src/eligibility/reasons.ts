import type { IsoDate } from '../dates/index.js';
import { ABSENCE_KINDS, type AbsenceKindName, absenceKinds } from '../law/absence-kinds.js';
import { PRACTICE, SGB9_167_2_S1 } from '../law/citations.js';
import { RESET_REFERENCE } from '../law/reset.js';
import type { Cited } from '../law/cited.js';
import type { ResolvedPolicy } from './policy-settings.js';
import type { LeftOutSummary } from './periods.js';

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
  | 'day-off-not-counted'
  | 'holiday-not-counted'
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
export type Reason = Cited<ReasonCode>;

const STATUTE = SGB9_167_2_S1;
const COUNTED_REFERENCE = `${STATUTE} ("ununterbrochen oder wiederholt")`;
const COUNTED_TAIL = '; overlapping and follow-up certificates count each day once';

// Reasons that never change are written once and shared (frozen): results are read, not changed.
const KIND_REASONS = Object.fromEntries(
  ABSENCE_KINDS.map((kind) => [
    kind,
    Object.freeze({ code: 'kind-not-counted', message: `Absences of kind '${kind}' do not count as incapacity for work here`, reference: absenceKinds[kind].reference }),
  ]),
) as Record<AbsenceKindName, Reason>;
const ONGOING_REASON: Reason = Object.freeze({
  code: 'ongoing',
  message: 'An absence without an end date counts up to the check date and, for the forecast, runs on indefinitely',
  reference: PRACTICE,
});

/**
 * The parts of the reasons that depend only on the policy, written once when the policy is
 * prepared: an evaluation then joins a few pieces instead of formatting every sentence anew,
 * which matters at millions of absences per second.
 *
 * @internal
 */
export interface ReasonTexts {
  /** `Counted within the 12 months ending on the check date: ` (the window reason up to its dates). */
  readonly windowPrefix: string;
  /** ` calendar day` or ` working day`, to follow a count of 1. */
  readonly daySingular: string;
  /** ` calendar days` or ` working days`, to follow any other count. */
  readonly dayPlural: string;
  /** What follows the count in the `due` reason: ` > 42: the employer must offer a BEM`. */
  readonly dueTail: string;
  /** What follows the count in the `approaching` reason. */
  readonly approachingTail: string;
  /** What follows the count in the `not-due` reason. */
  readonly notDueTail: string;
  /** The `uncertified-not-counted` reason, complete. */
  readonly uncertified: Reason;
  /** The `went-home-sick-day-not-counted` reason, complete. */
  readonly wentHomeSick: Reason;
}

/**
 * Writes the {@link ReasonTexts} of a resolved policy.
 *
 * @internal
 */
export function reasonTextsOf(policy: ResolvedPolicy): ReasonTexts {
  const window = policy.window.value;
  const windowWords = 'days' in window ? `the ${window.days} days` : `the ${window.months} months`;
  const noun = policy.unit.value === 'calendar-days' ? ' calendar day' : ' working day';
  const sign = policy.comparison.value === 'more-than' ? '>' : '≥';
  const threshold = policy.threshold.value;
  return Object.freeze({
    windowPrefix: `Counted within ${windowWords} ending on the check date: `,
    daySingular: noun,
    dayPlural: `${noun}s`,
    dueTail: ` ${sign} ${threshold}: the employer must offer a BEM`,
    approachingTail: ` reach the early warning at ${policy.earlyWarningAt.value}; due when ${sign} ${threshold}`,
    notDueTail: `: not ${sign} ${threshold}, no BEM is due`,
    uncertified: Object.freeze({
      code: 'uncertified-not-counted',
      message: 'Absences without a medical certificate do not count under this policy',
      reference: policy.countUncertified.reference,
    }),
    wentHomeSick: Object.freeze({
      code: 'went-home-sick-day-not-counted',
      message: 'The day someone worked and then went home sick does not count (unless another record covers it)',
      reference: policy.countWentHomeSickDay.reference,
    }),
  });
}

/** Facts the reasons are written from. @internal */
export interface ReasonFacts {
  readonly policy: ResolvedPolicy;
  /** The policy's part of the messages. */
  readonly texts: ReasonTexts;
  readonly windowStart: IsoDate;
  readonly asOf: IsoDate;
  readonly resetOn: IsoDate | null;
  readonly resetMovedWindow: boolean;
  readonly excludedKinds: readonly AbsenceKindName[];
  readonly uncertifiedLeftOut: boolean;
  readonly wentHomeSickLeftOut: boolean;
  readonly ongoing: boolean;
  readonly afterCheckDate: boolean;
  readonly countedDays: number;
  readonly periods: number;
  /** In working days: what the periods left out. */
  readonly leftOut: LeftOutSummary | null;
  readonly status: 'due' | 'approaching' | 'not-due' | 'bem-running';
  readonly runningSince: IsoDate | null;
  readonly crossedOn: IsoDate | null;
  readonly projectedOn: IsoDate | null;
}

/** `42 calendar days`, `1 working day`: the count with its unit. */
function unitWord(texts: ReasonTexts, count: number): string {
  return count + (count === 1 ? texts.daySingular : texts.dayPlural);
}

/**
 * Writes the explanation of one evaluation, in order.
 *
 * @internal
 */
export function explain(facts: ReasonFacts): Reason[] {
  const { policy, texts } = facts;
  const reasons: Reason[] = [
    { code: 'window', message: texts.windowPrefix + facts.windowStart + ' to ' + facts.asOf, reference: policy.window.reference },
  ];
  if (facts.resetOn !== null) reasons.push(resetReason(facts.resetOn, facts.resetMovedWindow, facts.windowStart));
  for (const kind of facts.excludedKinds) reasons.push(KIND_REASONS[kind]);
  if (facts.uncertifiedLeftOut) reasons.push(texts.uncertified);
  if (facts.wentHomeSickLeftOut) reasons.push(texts.wentHomeSick);
  if (facts.ongoing) reasons.push(ONGOING_REASON);
  if (facts.afterCheckDate) {
    reasons.push({
      code: 'after-check-date',
      message: `Recorded days after ${facts.asOf} do not count today; they are used for the forecast`,
      reference: PRACTICE,
    });
  }
  if (facts.leftOut !== null) leftOutReasons(reasons, facts.leftOut, policy);
  // The count with its unit opens both the count and the status reason: written once.
  const counted = unitWord(texts, facts.countedDays);
  reasons.push(countedReason(counted, facts.periods));
  reasons.push(statusReason(facts, counted));
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
      reference: PRACTICE,
    });
  }
  return reasons;
}

function resetReason(resetOn: IsoDate, movedWindow: boolean, windowStart: IsoDate): Reason {
  return {
    code: 'reset',
    message: movedWindow
      ? `The previous BEM concluded on ${resetOn}: only later days count, so the window starts on ${windowStart}`
      : `The previous BEM concluded on ${resetOn}, before the window: it changes nothing`,
    reference: RESET_REFERENCE,
  };
}

function countedReason(counted: string, periods: number): Reason {
  const message =
    periods === 0
      ? 'No day of incapacity for work counts in the window'
      : periods === 1
        ? counted + ' counted in one continuous period' + COUNTED_TAIL
        : counted + ' counted in ' + periods + ' separate periods (repeated)' + COUNTED_TAIL;
  return { code: 'counted', message, reference: COUNTED_REFERENCE };
}

function statusReason(facts: ReasonFacts, counted: string): Reason {
  const { policy, texts } = facts;
  switch (facts.status) {
    case 'bem-running':
      return {
        code: 'bem-running',
        message: `A BEM has been running since ${facts.runningSince}: new incapacity is part of it, no second BEM is due`,
        reference: RESET_REFERENCE,
      };
    case 'due':
      return { code: 'due', message: counted + texts.dueTail, reference: policy.comparison.reference };
    case 'approaching':
      return { code: 'approaching', message: counted + texts.approachingTail, reference: policy.earlyWarningAt.reference };
    case 'not-due':
      return { code: 'not-due', message: counted + texts.notDueTail, reference: policy.comparison.reference };
  }
}

/** How many holidays a reason names before it says "and N more". */
const NAMED_HOLIDAYS = 20;

function leftOutReasons(reasons: Reason[], leftOut: LeftOutSummary, policy: ResolvedPolicy): void {
  if (leftOut.notScheduled > 0) {
    const days = leftOut.notScheduled === 1 ? '1 day' : `${leftOut.notScheduled} days`;
    reasons.push({
      code: 'day-off-not-counted',
      message: `${days} inside the counted periods not counted: not a scheduled working day (${leftOut.labels.join(', then ')})`,
      reference: policy.workingDays.reference,
    });
  }
  const count = leftOut.holidays.length;
  if (count > 0) {
    const named = leftOut.holidays.slice(0, NAMED_HOLIDAYS);
    const unnamed = named.filter((holiday) => holiday.name === null);
    const parts = named.filter((holiday) => holiday.name !== null).map((holiday) => `public holiday (${holiday.name}) on ${holiday.date}`);
    if (unnamed.length > 0) parts.push(`holiday (policy holidays) on ${unnamed.map((holiday) => holiday.date).join(', ')}`);
    const more = count > NAMED_HOLIDAYS ? ` and ${count - NAMED_HOLIDAYS} more` : '';
    reasons.push({
      code: 'holiday-not-counted',
      message: `${count === 1 ? '1 day' : `${count} days`} inside the counted periods not counted: ${parts.join('; ')}${more}`,
      reference: policy.holidays.reference,
    });
  }
}
