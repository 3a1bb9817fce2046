import { type PreparedPolicy, workingTimeReferences } from './prepared-policy.js';
import type { ThresholdRule } from '../law/six-weeks.js';
import { reasonTextsOf } from './reasons.js';
import { patternLabelsIn, type Schedule, smallestCount, workingDaysPerWeek } from './working-time.js';

/** A number for people: at most two decimals (4.2, 25.2, 4.1). */
function shown(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** The patterns' labels that a window `windowStart..asOf` sees, in order, each once. */
function labelsIn(schedule: Schedule, windowStart: number, asOf: number): string {
  const labels = patternLabelsIn(schedule, windowStart, asOf);
  if (labels.length === 0) labels.push(schedule.patterns[schedule.patterns.length - 1]!.label);
  return labels.join(', then ');
}

/**
 * The policy for one employee with a working time of their own, checked on `asOf` with the
 * window `windowStart..asOf`: the threshold 6 × their working days per week (fractional for a
 * roster; "more than 25.2" is due on the 26th day) and the early warning 4 × that, unless the
 * policy sets them; the week follows the policy's `workingWeekBasis`.
 *
 * @internal
 */
export function personalPolicy(policy: PreparedPolicy, schedule: Schedule, windowStart: number, asOf: number): PreparedPolicy {
  // One week or roster: the same for every check date, so prepared once per policy and rate.
  if (!levelsAreConstant(schedule)) return personalise(policy, schedule, windowStart, asOf);
  const pattern = schedule.patterns[0]!;
  const key = `${pattern.perDay!.num}/${pattern.perDay!.den} ${pattern.label}`;
  let known = prepared.get(policy);
  if (known === undefined) prepared.set(policy, (known = new Map()));
  let personal = known.get(key);
  if (personal === undefined) {
    personal = personalise(policy, schedule, windowStart, asOf);
    if (known.size < 1000) known.set(key, personal);
  }
  return personal;
}

const prepared = new WeakMap<PreparedPolicy, Map<string, PreparedPolicy>>();

function personalise(policy: PreparedPolicy, schedule: Schedule, windowStart: number, asOf: number): PreparedPolicy {
  const rate = workingDaysPerWeek(schedule, policy.basis, Math.min(windowStart, asOf), asOf);
  const perWeek = Number(rate.num) / Number(rate.den);
  const basisText = schedule.patterns.length > 1 ? `; ${policy.basis}` : '';
  const how = `${shown(perWeek)} working days per week (${labelsIn(schedule, windowStart, asOf)}${basisText})`;
  const threshold =
    policy.thresholdSet !== null
      ? policy.resolved.threshold
      : { value: Number(6n * rate.num) / Number(rate.den), reference: `${workingTimeReferences.thresholdWorking}: 6 × ${how}` };
  const dueAt = policy.thresholdSet !== null ? policy.dueAt : smallestCount(6, rate, policy.comparison);
  const earlyWarningAt =
    policy.earlyWarningSet !== undefined
      ? policy.resolved.earlyWarningAt
      : { value: Number(4n * rate.num) / Number(rate.den), reference: `${workingTimeReferences.earlyWarning}: 4 × ${how}` };
  const warnAt = policy.earlyWarningSet !== undefined ? policy.warnAt : smallestCount(4, rate, 'at-least');
  const resolved = Object.freeze({ ...policy.resolved, threshold: Object.freeze(threshold), earlyWarningAt: Object.freeze(earlyWarningAt) });
  return { ...policy, resolved, threshold: threshold.value, dueAt, warnAt, texts: reasonTextsOf(resolved) };
}

/**
 * Only the counts at which an employee with a working time of their own becomes due and
 * approaching on `asOf` (see {@link personalPolicy}), without the texts: for the timeline, which
 * asks for every day when the threshold moves with the window.
 *
 * @internal
 */
export function personalLevels(policy: PreparedPolicy, schedule: Schedule, windowStart: number, asOf: number): ThresholdRule & { warnAt: number | null } {
  if (policy.thresholdSet !== null && policy.earlyWarningSet !== undefined) return policy;
  const rate = workingDaysPerWeek(schedule, policy.basis, Math.min(windowStart, asOf), asOf);
  return {
    threshold: policy.thresholdSet !== null ? policy.threshold : Number(6n * rate.num) / Number(rate.den),
    comparison: policy.comparison,
    warnAt: policy.earlyWarningSet !== undefined ? policy.warnAt : smallestCount(4, rate, 'at-least'),
  };
}

/**
 * Whether an employee's thresholds stay the same on every check date: one week or roster (a
 * list of days, or dated changes, move them with the window).
 *
 * @internal
 */
export function levelsAreConstant(schedule: Schedule): boolean {
  return schedule.patterns.length === 1 && schedule.patterns[0]!.perDay !== null;
}
