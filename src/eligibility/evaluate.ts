import { fromEpochDay, MAX_EPOCH_DAY, MIN_EPOCH_DAY, toEpochDay } from '../dates/epoch-day.js';
import { isOverThreshold } from '../law/six-weeks.js';
import { BemInputError, type InputIssue, parseInput, type SafeResult, safeParseInput } from '../model/index.js';
import { type CountedRanges, collectRanges } from './counting.js';
import { type Curve, curvePeriod, projectedCrossingOn, thresholdCrossedOn } from './crossing.js';
import { EligibilityInput, type Envelope, readEnvelope } from './input.js';
import type { PolicyInput } from './policy-settings.js';
import { type PreparedPolicy, safePreparePolicy } from './prepared-policy.js';
import { leftOutIn, periodsIn } from './periods.js';
import { personalPolicy } from './personal-policy.js';
import { type Schedule, scheduleOf } from './working-time.js';
import { explain } from './reasons.js';
import type { EligibilityResult, EligibilityStatus } from './result.js';
import { dayUnitFor, tallyOf, upTo } from './tally.js';
import { longestWindow, windowEdge } from './window.js';

/**
 * How far the forecast looks: one window length and a week after the last recorded day. After
 * that the window holds nothing new (or only an ongoing absence that fills it completely).
 *
 * @internal
 */
export function forecastHorizon(policy: PreparedPolicy, ranges: CountedRanges, asOf: number): number {
  return Math.min(MAX_EPOCH_DAY, Math.max(asOf, ranges.lastRecorded) + longestWindow(policy.window) + 7);
}

/**
 * The engine for one employee when its input certainly passes the schema; null when it does not (or
 * may not), so that the caller lets zod name the problems.
 *
 * Each field of the input is read exactly once: the check and the conversion are one pass
 * (`readEnvelope`, then `collectRanges`), and the engine works on what was read, never on the
 * caller's object again.
 *
 * @throws BemInputError when a holidays function throws.
 * @internal
 */
export function tryEvaluate(input: unknown, policy: PreparedPolicy): EligibilityResult | null {
  try {
    const envelope = readEnvelope(input);
    if (envelope === null) return null;
    const reset = envelope.previousBemConcludedOn == null ? null : toEpochDay(envelope.previousBemConcludedOn);
    const ranges = collectRanges(envelope.absences, policy, reset);
    if (ranges === null) return null;
    const own = policy.working && envelope.workingTime !== undefined ? scheduleOf(envelope.workingTime) : null;
    return resultOf(envelope, ranges, reset, policy, own);
  } catch (error) {
    // A getter or Proxy of the caller's that throws: the door (parseInput) names it.
    if (error instanceof BemInputError) throw error;
    return null;
  }
}

/**
 * The one door for one employee's input: the fast check and the evaluation in one pass
 * ({@link tryEvaluate}); only when the fast check says no does zod read the input, to name the problems.
 *
 * When zod finds nothing, the fast check met a getter or Proxy that threw once: the copy zod read
 * is then what counts. The fast check accepts everything the schema accepts (a property test), so
 * zod finding nothing on the copy too is a bug. A `BemInputError` (from zod, or from a holidays
 * function) becomes the failed result.
 *
 * @internal
 */
export function evaluateInput(input: unknown, policy: PreparedPolicy): SafeResult<EligibilityResult> {
  try {
    const result = tryEvaluate(input, policy) ?? tryEvaluate(parseInput(EligibilityInput, input), policy);
    if (result === null) throw new Error('bem-sgb9/eligibility: the fast input check refused input the schema accepts');
    return { success: true, data: result };
  } catch (error) {
    if (error instanceof BemInputError) return { success: false, error };
    throw error;
  }
}

function resultOf(input: Envelope, ranges: CountedRanges, reset: number | null, shared: PreparedPolicy, own: Schedule | null): EligibilityResult {
  const asOf = toEpochDay(input.asOf);
  const runningSince = input.bemRunningSince != null && input.bemRunningSince <= input.asOf ? input.bemRunningSince : null;
  const edge = windowEdge(shared.window, asOf);
  const resetMovedWindow = reset !== null && reset > edge;
  const windowStart = resetMovedWindow ? reset + 1 : edge + 1;
  // An employee's own working time sets their own threshold and early warning.
  const policy = own === null ? shared : personalPolicy(shared, own, windowStart, asOf);
  const horizon = forecastHorizon(policy, ranges, asOf);
  const unit = dayUnitFor(policy, ranges, horizon, own);
  const tally = tallyOf(ranges, unit);
  const curve: Curve = { ranges, tally, window: policy.window, working: policy.working, period: curvePeriod(tally) };
  const countedDays = upTo(tally, asOf) - upTo(tally, edge); // countOn(curve, asOf), the edge known
  const periods = periodsIn({ ranges, unit, windowStart, asOf });
  const status: EligibilityStatus =
    runningSince !== null
      ? 'bem-running'
      : isOverThreshold(countedDays, policy)
        ? 'due'
        : policy.warnAt !== null && countedDays >= policy.warnAt
          ? 'approaching'
          : 'not-due';
  const afterCheckDate = ranges.ongoing || ranges.lastRecorded > asOf;
  const crossedOn = status === 'due' ? fromEpochDay(thresholdCrossedOn(curve, asOf, policy.dueAt)) : null;
  const projected =
    (status === 'not-due' || status === 'approaching') && afterCheckDate ? projectedCrossingOn(curve, asOf, horizon, policy.dueAt) : null;
  const projectedOn = projected === null ? null : fromEpochDay(projected);
  const windowStartDate = fromEpochDay(Math.min(MAX_EPOCH_DAY, Math.max(MIN_EPOCH_DAY, windowStart)));
  return {
    status,
    due: status === 'due',
    countedDays,
    unit: policy.resolved.unit.value,
    threshold: policy.resolved.threshold.value,
    window: { start: windowStartDate, end: input.asOf },
    thresholdCrossedOn: crossedOn,
    projectedCrossingOn: projectedOn,
    pattern: periods.length === 0 ? null : periods.length === 1 ? 'continuous' : 'repeated',
    periods,
    reasons: explain({
      policy: policy.resolved,
      texts: policy.texts,
      windowStart: windowStartDate,
      asOf: input.asOf,
      resetOn: input.previousBemConcludedOn ?? null,
      resetMovedWindow,
      excludedKinds: ranges.excludedKinds,
      uncertifiedLeftOut: ranges.uncertifiedLeftOut,
      wentHomeSickLeftOut: ranges.wentHomeSickLeftOut,
      ongoing: ranges.ongoing,
      afterCheckDate,
      countedDays,
      periods: periods.length,
      leftOut: policy.working ? leftOutIn(periods, unit, windowStart, asOf) : null,
      status,
      runningSince,
      crossedOn,
      projectedOn,
    }),
    policy: policy.resolved,
  };
}

/**
 * The six-week check of § 167 Abs. 2 S. 1 SGB IX for one employee on one check date: is a BEM due,
 * since when, and why (the [eligibility guide](../../docs/eligibility.md)).
 *
 * It counts the
 * days of incapacity for work (Arbeitsunfähigkeit) in the window ending on `asOf` under the policy
 * (default: more than 42 calendar days within 12 months) and says whether a BEM must be offered,
 * since when, when it will be if nothing changes, and why.
 *
 * Overlapping and follow-up certificates count each day once; an ongoing absence counts up to
 * `asOf`; only days after a previous BEM count (BAG 18.11.2021 – 2 AZR 138/21); while a BEM runs
 * nothing is due. O(n log n) in the number of absences.
 *
 * @param input the absences, the check date and the optional reset and running BEM.
 * @param policy the counting settings (see {@link PolicyInput}); the default when left out.
 * @returns the result; the input is not changed, and the same input gives the same result on
 * every machine.
 * @throws BemInputError `Invalid input: absences[3].end: End date must not be before the start
 * date` (and likewise for every other problem, each with its path; policy problems start with
 * `policy`).
 * @example
 * ```ts
 * // January 2 weeks, March 1 week, June 2 weeks, October 2 weeks: 49 days
 * const result = evaluateEligibility({
 * absences: [
 * { start: '2025-01-06', end: '2025-01-19', kind: 'sickness' },
 * { start: '2025-03-10', end: '2025-03-16', kind: 'sickness' },
 * { start: '2025-06-02', end: '2025-06-15', kind: 'sickness' },
 * { start: '2025-10-06', end: '2025-10-19', kind: 'sickness' },
 * ],
 * asOf: '2025-10-31',
 * });
 * result.status;             //=> 'due'
 * result.countedDays;        //=> 49
 * result.pattern;            //=> 'repeated'
 * result.thresholdCrossedOn; //=> '2025-10-13' (the 43rd counted day)
 * ```
 */
export function evaluateEligibility(input: EligibilityInput, policy?: PolicyInput): EligibilityResult {
  const result = safeEvaluateEligibility(input, policy);
  if (!result.success) throw result.error;
  return result.data;
}

/**
 * The non-throwing twin of {@link evaluateEligibility}.
 *
 * `{ success: true, data }` with the
 * result, or `{ success: false, error }` with the `BemInputError` that it would have thrown, so a
 * backend can answer 400 without try/catch.
 *
 * @example
 * ```ts
 * const answer = safeEvaluateEligibility({ absences: [], asOf: '2025-02-30' });
 * answer.success; //=> false
 * if (!answer.success) answer.error.issues[0]?.path; //=> ['asOf']
 * ```
 */
export function safeEvaluateEligibility(input: EligibilityInput, policy?: PolicyInput): SafeResult<EligibilityResult> {
  const prepared = safePreparePolicy(policy);
  if (!prepared.success) {
    // Report the input's problems too, so one answer names everything.
    return { success: false, error: new BemInputError([...safeIssues(input), ...prepared.error.issues]) };
  }
  return evaluateInput(input, prepared.data);
}

function safeIssues(input: unknown): readonly InputIssue[] {
  const parsed = safeParseInput(EligibilityInput, input);
  return parsed.success ? [] : parsed.error.issues;
}
