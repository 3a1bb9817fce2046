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
 * The issues of a CSV employee the library refused, as bad rows at their lines: an issue at
 * `absences[3].start` belongs to the line of the fourth absence, in the column `start` (or the
 * export's own name for it); an issue about the employee as a whole stays at `at`.
 *
 * @example
 * ```ts
 * problemsAtLines(error, 'lines 2–4', [2, 3, 4], (field) => field);
 * //=> [{ at: 'line 3', problems: [{ field: 'end', message: 'Expected a calendar date as YYYY-MM-DD' }] }]
 * ```
 */
export function problemsAtLines(error: BemInputError, at: string, lines: readonly number[], columnOf: (field: string) => string): BadRow[] {
  const byPlace = new Map<string, { field: string; message: string }[]>();
  for (const issue of error.issues) {
    const [first, index, field] = issue.path;
    const line = first === 'absences' && typeof index === 'number' ? lines[index] : undefined;
    const place = line === undefined ? at : `line ${line}`;
    const column = line === undefined ? formatPath(issue.path) : typeof field === 'string' ? columnOf(field) : 'row';
    byPlace.set(place, [...(byPlace.get(place) ?? []), { field: column, message: issue.message }]);
  }
  return [...byPlace].map(([place, problems]) => ({ at: place, problems }));
}

/**
 * Evaluates one employee (what `explain` does; `scan` streams the same records through
 * `scanWorkforce`): the result, or the problems the library found.
 *
 * @example
 * ```ts
 * evaluateRecord({ employeeId: 'E-1', absences: [] }, { at: 'line 2', columnOf: (field) => field }, '2025-10-31', undefined);
 * //=> { result: { status: 'not-due', … } }
 * ```
 */
export function evaluateRecord(
  record: EmployeeAbsences,
  place: { readonly at: string; readonly lines?: readonly number[] | undefined; readonly columnOf: (field: string) => string },
  asOf: string,
  policy: PolicyInput | undefined,
): { result: EligibilityResult } | { problems: BadRow[] } {
  const { employeeId: _employeeId, holidayRegion, ...rest } = record;
  // The employee's own region gives their holidays, as in a scan with holidayCalendar.
  const own = holidayRegion === undefined ? policy : { ...policy, holidays: regionHolidays(holidayRegion) };
  const answer = safeEvaluateEligibility({ ...rest, asOf }, own);
  if (answer.success) return { result: answer.data };
  return { problems: place.lines === undefined ? [problemsOf(answer.error, place.at)] : problemsAtLines(answer.error, place.at, place.lines, place.columnOf) };
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
