import type { ResolvedPolicy } from './policy.js';
import type { Reason } from './reasons.js';

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
