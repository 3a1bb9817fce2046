import type { IsoDate } from '../dates/index.js';
import { BemInputError, type InputIssue } from '../model/index.js';
import type { CountingUnit } from './policy-settings.js';
import type { EligibilityResult } from './result.js';

/**
 * One line of the works council's list: an employee over the threshold, since when, and the
 * count on the check date.
 *
 * @example
 * ```ts
 * const line: ThresholdListEntry = { employeeId: 'e-17', thresholdCrossedOn: '2025-02-17' as IsoDate, countedDays: 54, unit: 'calendar-days' };
 * ```
 */
export interface ThresholdListEntry {
  /** The employee's (pseudonymous) id. */
  readonly employeeId: string;
  /** The day the duty to offer a BEM arose. */
  readonly thresholdCrossedOn: IsoDate;
  /** Counted days on the check date. */
  readonly countedDays: number;
  /** The unit of `countedDays`. */
  readonly unit: CountingUnit;
}

/**
 * An evaluated employee, as {@link scanWorkforce} yields it.
 *
 * @example
 * ```ts
 * const evaluated: EvaluatedEmployee = { employeeId: 'e-17', result: evaluateEligibility({ absences: [], asOf: '2025-10-31' }) };
 * ```
 */
export interface EvaluatedEmployee {
  /** The employee's (pseudonymous) id. */
  readonly employeeId: string;
  /** The evaluation. */
  readonly result: EligibilityResult;
}

function problemWith(item: unknown): string | null {
  if (typeof item !== 'object' || item === null) return 'Expected { employeeId, result }';
  if ('error' in item) return 'This employee could not be evaluated (invalid data): resolve the error first, so nobody is left off the list';
  const { employeeId, result } = item as { employeeId?: unknown; result?: { due?: unknown } };
  if (typeof employeeId !== 'string') return 'Expected an employeeId';
  if (typeof result !== 'object' || result === null || typeof result.due !== 'boolean') return 'Expected an eligibility result';
  return null;
}

/**
 * The list of employees over the threshold that the works council may demand, even without
 * their consent (BAG 7.2.2012 – 1 ABR 46/10): every employee whose result is `due`, with the day
 * the threshold was crossed and the count, sorted by that day and then by id. Employees with a
 * running BEM are not on it (nothing new is due for them). The list holds no absences and no
 * reasons: only what the council needs.
 *
 * @param results evaluated employees, e.g. the items of {@link scanWorkforceSync}.
 * @throws BemInputError `Invalid input: [3]: This employee could not be evaluated (invalid data): …`
 * when an item is a scan error, so nobody drops off the list unnoticed.
 * @example
 * ```ts
 * const items = scanWorkforceSync(employees, { asOf: '2025-10-31' });
 * thresholdList(items.filter((item) => 'result' in item));
 * //=> [{ employeeId: 'e-1', thresholdCrossedOn: '2025-02-17', countedDays: 54, unit: 'calendar-days' }]
 * ```
 */
export function thresholdList(results: Iterable<EvaluatedEmployee>): ThresholdListEntry[] {
  const issues: InputIssue[] = [];
  const entries: ThresholdListEntry[] = [];
  let index = 0;
  for (const item of results) {
    const problem = problemWith(item);
    if (problem !== null) issues.push({ path: [index], code: 'custom', message: problem });
    else if (item.result.due && item.result.thresholdCrossedOn !== null) {
      entries.push({
        employeeId: item.employeeId,
        thresholdCrossedOn: item.result.thresholdCrossedOn,
        countedDays: item.result.countedDays,
        unit: item.result.unit,
      });
    }
    index++;
  }
  if (issues.length > 0) throw new BemInputError(issues);
  return entries.sort((a, b) =>
    a.thresholdCrossedOn < b.thresholdCrossedOn ? -1 : a.thresholdCrossedOn > b.thresholdCrossedOn ? 1 : a.employeeId < b.employeeId ? -1 : a.employeeId > b.employeeId ? 1 : 0,
  );
}
