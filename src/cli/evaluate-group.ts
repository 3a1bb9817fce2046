import { type BemInputError, type EligibilityResult, type EmployeeAbsences, formatPath, type PolicyInput, safeEvaluateEligibility } from '../index.js';
import { type BadRow, describeBadRow } from './bad-row.js';
import type { EmployeeDetails } from './employees-file.js';
import type { CliIo } from './io.js';
import { regionHolidays } from './region.js';

/**
 * An employee's record for the library: the absences read, with what the employees file says
 * about the employee (reset point, running BEM) added.
 *
 * @example
 * ```ts
 * recordOf({ employeeId: 'E-1', absences: [] }, { fields: { bemRunningSince: '2025-03-01' }, line: 2 });
 * //=> { employeeId: 'E-1', absences: [], bemRunningSince: '2025-03-01' }
 * ```
 */
export function recordOf(record: EmployeeAbsences, details: EmployeeDetails | undefined): EmployeeAbsences {
  if (details === undefined || typeof record !== 'object' || record === null) return record;
  return { ...record, ...details.fields } as EmployeeAbsences;
}

/**
 * The issues of a record the library refused, as one bad row at the record's place (`lines 2–7`,
 * `item 3`), each issue with its path inside the record.
 *
 * @example
 * ```ts
 * problemsOf(error, 'item 3'); //=> { at: 'item 3', problems: [{ field: 'absences[0].start', message: '…' }] }
 * ```
 */
export function problemsOf(error: BemInputError, at: string): BadRow {
  return { at, problems: error.issues.map((issue) => ({ field: formatPath(issue.path), message: issue.message })) };
}

/**
 * Evaluates one employee (what `explain` does; `scan` streams the same records through
 * `scanWorkforce`): the result, or the problems the library found.
 *
 * @example
 * ```ts
 * evaluateRecord({ employeeId: 'E-1', absences: [] }, 'line 2', '2025-10-31', undefined);
 * //=> { result: { status: 'not-due', … } }
 * ```
 */
export function evaluateRecord(record: EmployeeAbsences, at: string, asOf: string, policy: PolicyInput | undefined): { result: EligibilityResult } | { problems: BadRow } {
  const { employeeId: _employeeId, holidayRegion, ...rest } = record;
  // The employee's own region gives their holidays, as in a scan with holidayCalendar.
  const own = holidayRegion === undefined ? policy : { ...policy, holidays: regionHolidays(holidayRegion) };
  const answer = safeEvaluateEligibility({ ...rest, asOf }, own);
  return answer.success ? { result: answer.data } : { problems: problemsOf(answer.error, at) };
}

/** Bad rows printed one by one; past this, only their number. */
export const BAD_ROWS_SHOWN = 100;

/** Counts bad rows and keeps the first {@link BAD_ROWS_SHOWN} for stderr. */
export interface BadRowReporter {
  /** Adds one bad row (it counts once however many problems it has). */
  add(bad: BadRow): void;
  /** How many bad rows were added. */
  readonly count: number;
  /** Writes the bad rows kept to stderr, and how many more there were. */
  print(io: CliIo): void;
}

/**
 * A reporter that holds the bad rows until the command has read everything (the list is printed
 * once, however many passes the reading took).
 *
 * @example
 * ```ts
 * const report = badRowReporter();
 * report.add(badRow('line 3', 'start', 'Expected a calendar date as YYYY-MM-DD'));
 * report.print(io); // stderr: bad row: line 3, start: Expected a calendar date as YYYY-MM-DD
 * ```
 */
export function badRowReporter(): BadRowReporter {
  const shown: string[] = [];
  let count = 0;
  return {
    add(bad) {
      count += 1;
      if (shown.length < BAD_ROWS_SHOWN) shown.push(`bad row: ${describeBadRow(bad)}\n`);
    },
    get count() {
      return count;
    },
    print(io) {
      if (shown.length > 0) io.stderr.write(shown.join(''));
      if (count > shown.length) io.stderr.write(`… and ${count - shown.length} more bad rows.\n`);
    },
  };
}
