import { PRACTICE, SGB9_167_2_S1 } from './citations.js';

/**
 * How a count is compared with the threshold: `more-than` (the statute: "länger als sechs
 * Wochen", so day 43 of 42 triggers) or `at-least` (a stricter company policy: day 42 triggers).
 *
 * @example
 * ```ts
 * COMPARISONS; //=> ['more-than', 'at-least']
 * ```
 */
export const COMPARISONS = ['more-than', 'at-least'] as const;

/**
 * What the six-week rule needs of a policy: the threshold and how it is compared.
 *
 * @example
 * ```ts
 * const rule: ThresholdRule = { threshold: 42, comparison: 'more-than' };
 * ```
 */
export interface ThresholdRule {
  /** The number of days the count is compared with (42 calendar days by default). */
  readonly threshold: number;
  /** `more-than` (count > threshold) or `at-least` (count ≥ threshold). */
  readonly comparison: (typeof COMPARISONS)[number];
}

/**
 * The sources of the six-week rule, one per setting it can have.
 *
 * @example
 * ```ts
 * SIX_WEEKS_REFERENCES.moreThan; //=> '§ 167 Abs. 2 S. 1 SGB IX ("länger als sechs Wochen": strictly more)'
 * ```
 */
export const SIX_WEEKS_REFERENCES = {
  /** Six weeks in calendar days. */
  calendar: `${SGB9_167_2_S1} ("länger als sechs Wochen"); ${PRACTICE}: 6 × 7 calendar days`,
  /** Six weeks in working days. */
  working: `${SGB9_167_2_S1} ("länger als sechs Wochen"); ${PRACTICE}: 6 × working days per week`,
  /** The statute's comparison. */
  moreThan: `${SGB9_167_2_S1} ("länger als sechs Wochen": strictly more)`,
  /** A stricter policy's comparison. */
  atLeast: `policy setting comparison: at-least (stricter than ${SGB9_167_2_S1})`,
  /** The year the six weeks are counted in. */
  window: `${SGB9_167_2_S1} ("innerhalb eines Jahres"); ${PRACTICE}: Zeitjahr ending on the check date, not the calendar year`,
} as const;

/**
 * The six-week rule of § 167 Abs. 2 S. 1 SGB IX: whether `count` days of incapacity for work in
 * the window exceed the threshold (or reach it, with `at-least`).
 *
 * @example
 * ```ts
 * isOverThreshold(42, { threshold: 42, comparison: 'more-than' }); //=> false
 * isOverThreshold(43, { threshold: 42, comparison: 'more-than' }); //=> true
 * isOverThreshold(42, { threshold: 42, comparison: 'at-least' });  //=> true
 * isOverThreshold(26, { threshold: 25.2, comparison: 'more-than' }); //=> true (a roster of 4.2 days a week)
 * ```
 */
export function isOverThreshold(count: number, policy: ThresholdRule): boolean {
  // No day is never more than six weeks: a working time without a working day in the window has
  // the threshold 0, and its 0 counted days must not "reach" it.
  if (count < 1) return false;
  return policy.comparison === 'more-than' ? count > policy.threshold : count >= policy.threshold;
}

/**
 * The smallest whole count for which {@link isOverThreshold} holds: the engine's crossing search
 * compares counts with this one number.
 *
 * @example
 * ```ts
 * dueAtCount({ threshold: 42, comparison: 'more-than' }); //=> 43
 * ```
 */
export function dueAtCount(policy: ThresholdRule): number {
  return policy.comparison === 'more-than' ? policy.threshold + 1 : policy.threshold;
}
