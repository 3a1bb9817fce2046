import { readInput } from '../door/door.js';
import type { IsoDate } from '../dates/index.js';
import { isIsoDate } from '../dates/index.js';
import { BemInputError, type InputIssue } from '../model/index.js';
import { type EligibilityResult, EligibilityStatus } from './result.js';

/**
 * One alert of {@link eligibilityAlerts}, told apart by `kind`; `asOf` is the day of the current
 * result and `countedDays` its count:
 *
 * - `crossed`: the threshold was crossed on `thresholdCrossedOn`, which may lie before the last
 *   check when a certificate came late (the crossing is backdated, and alerted once);
 * - `approaching`: the early warning, with the `projectedCrossingOn` if the absence goes on;
 * - `no-longer-due`: the count fell back below the threshold without a BEM (the duty that arose
 *   stays: see `offerDuties`);
 * - `bem-running`: a BEM now runs, nothing new is due.
 *
 * @example
 * ```ts
 * const alert: EligibilityAlert = { kind: 'crossed', asOf: '2025-02-20' as IsoDate, thresholdCrossedOn: '2025-02-17' as IsoDate, countedDays: 46 };
 * ```
 */
export type EligibilityAlert =
  | { readonly kind: 'crossed'; readonly asOf: IsoDate; readonly thresholdCrossedOn: IsoDate; readonly countedDays: number }
  | { readonly kind: 'approaching'; readonly asOf: IsoDate; readonly projectedCrossingOn: IsoDate | null; readonly countedDays: number }
  | { readonly kind: 'no-longer-due'; readonly asOf: IsoDate; readonly countedDays: number }
  | { readonly kind: 'bem-running'; readonly asOf: IsoDate; readonly countedDays: number };

/** Just what the alerts read from a result (a stored result from JSON passes as it is). */
type AlertView = Pick<EligibilityResult, 'status' | 'countedDays' | 'thresholdCrossedOn' | 'projectedCrossingOn'> & { readonly window: { readonly end: IsoDate } };

function problemsOf(value: unknown, path: string): InputIssue[] {
  const issue = (message: string): InputIssue[] => [{ path: [path], code: 'custom', message }];
  if (typeof value !== 'object' || value === null) return issue('Expected an eligibility result');
  const result = value as Partial<Record<keyof AlertView, unknown>>;
  if (!EligibilityStatus.safeParse(result.status).success) return issue('Expected an eligibility result with a status');
  const end = (result.window as { end?: unknown } | undefined)?.end;
  if (!isIsoDate(end)) return issue('Expected an eligibility result with its window');
  if (!Number.isInteger(result.countedDays) || (result.countedDays as number) < 0) return issue('Expected an eligibility result with countedDays (a whole number of days)');
  if (result.status === 'approaching' && result.projectedCrossingOn !== null && !isIsoDate(result.projectedCrossingOn)) {
    return issue('Expected the projected crossing day (or null) of an approaching result');
  }
  if (result.status === 'due' && !isIsoDate(result.thresholdCrossedOn)) return issue('Expected the crossing day of a due result');
  return [];
}

/**
 * The alerts to send for one employee, from the last result you stored for the employee (or
 * `null` for the first check) and today's.
 *
 * Storing the last result is all a daily job keeps.
 *
 * - `crossed` when today's result is due and the previous one was not, or was due with a run
 *   that began after the previous check (the count fell and rose again between two checks).
 *   A certificate that arrives late can move the crossing into the past: the alert then carries
 *   that earlier day, once; a previous due result with the same or a later crossing day means
 *   the crossing was already alerted, so the same crossing never alerts twice.
 * - `approaching` when today's result is approaching and the previous one was neither approaching
 *   nor due.
 * - `no-longer-due` when the previous result was due and today's is approaching or not due.
 * - `bem-running` when today's result is `bem-running` and the previous one was not.
 *
 * Checking for "an entry dated today" misses a backdated crossing; comparing with the stored
 * result does not. A limit: when a late certificate joins two runs that the stored results saw
 * apart, the second is alerted as a crossing with the first run's day.
 *
 * @param previous the result stored at the last check, or `null`.
 * @param current today's result.
 * @returns the alerts, in the order crossed, approaching, no-longer-due, bem-running (at most one of each).
 * @throws BemInputError for something that is not an eligibility result (path `previous` or
 *   `current`), or a previous result from after the current one (`previous: The previous result must not be from after the current one`).
 * @example
 * ```ts
 * const monday = evaluateEligibility({ absences: [{ start: '2025-01-06', end: '2025-02-14', kind: 'sickness' }], asOf: '2025-02-17' });
 * // on Wednesday a late certificate covers 2025-02-15 … 2025-02-19: crossed on Monday
 * const wednesday = evaluateEligibility({ absences: [{ start: '2025-01-06', end: '2025-02-19', kind: 'sickness' }], asOf: '2025-02-19' });
 * eligibilityAlerts(monday, wednesday);
 * //=> [{ kind: 'crossed', asOf: '2025-02-19', thresholdCrossedOn: '2025-02-17', countedDays: 45 }]
 * eligibilityAlerts(wednesday, wednesday); //=> []
 * ```
 */
export function eligibilityAlerts(previous: EligibilityResult | null, current: EligibilityResult): EligibilityAlert[] {
  // Read once at the door: a getter or Proxy that throws becomes a BemInputError.
  return alertsOf(readInput(previous, ['previous']) as EligibilityResult | null, readInput(current, ['current']) as EligibilityResult);
}

function alertsOf(previous: EligibilityResult | null, current: EligibilityResult): EligibilityAlert[] {
  const issues = [...(previous === null ? [] : problemsOf(previous, 'previous')), ...problemsOf(current, 'current')];
  if (issues.length > 0) throw new BemInputError(issues);
  const before = previous as AlertView | null;
  const now = current as AlertView;
  if (before !== null && before.window.end > now.window.end) {
    throw new BemInputError([{ path: ['previous'], code: 'custom', message: 'The previous result must not be from after the current one' }]);
  }
  const asOf = now.window.end;
  const { countedDays } = now;
  const alerts: EligibilityAlert[] = [];
  const wasDue = before?.status === 'due';
  if (now.status === 'due' && now.thresholdCrossedOn !== null) {
    const newRun = !wasDue || (before !== null && now.thresholdCrossedOn > before.window.end);
    if (newRun) alerts.push({ kind: 'crossed', asOf, thresholdCrossedOn: now.thresholdCrossedOn, countedDays });
  }
  if (now.status === 'approaching' && before?.status !== 'approaching' && !wasDue) {
    alerts.push({ kind: 'approaching', asOf, projectedCrossingOn: now.projectedCrossingOn, countedDays });
  }
  if (wasDue && (now.status === 'approaching' || now.status === 'not-due')) alerts.push({ kind: 'no-longer-due', asOf, countedDays });
  if (now.status === 'bem-running' && before?.status !== 'bem-running') alerts.push({ kind: 'bem-running', asOf, countedDays });
  return alerts;
}
