import type { AbsenceInput, EmployeeAbsences } from '../index.js';
import type { BadRowSink } from './bad-row.js';
import type { AbsenceRow } from './csv-absences.js';

/** One employee's record as the library's `scanWorkforce` takes it, and where it came from. */
export interface EmployeeGroup {
  /** The record: the employee id, the absences and (JSON only) the reset point or running BEM. */
  readonly record: EmployeeAbsences;
  /** Where the employee's rows are, for messages: `lines 2–7` or `item 3`. */
  readonly at: string;
  /** How many absence rows the record holds. */
  readonly rows: number;
}

/** Options of {@link groupByEmployee}. */
export interface GroupOptions {
  /** Read the whole file and group in memory, for files not grouped by employee_id. */
  readonly unsorted: boolean;
  /** Receives rows of an employee whose group was already closed (grouped mode). */
  readonly onBadRow: BadRowSink;
}

/**
 * Groups a stream of rows by employee. In the default mode the rows of one employee must be
 * together (a file sorted by employee_id is): each group is handed on as soon as the next
 * employee starts, so memory stays constant however long the file is (apart from the set of ids
 * already seen, which catches a file that is not grouped). A row whose employee came earlier is
 * reported as bad, never silently evaluated twice. With `unsorted`, everything is gathered first.
 */
export async function* groupByEmployee(rows: AsyncIterable<AbsenceRow>, options: GroupOptions): AsyncGenerator<EmployeeGroup> {
  if (options.unsorted) {
    yield* gatherAll(rows);
    return;
  }
  // First line of each finished employee: numbers, so a file of a million rows keeps this small.
  const done = new Map<string, number>();
  let current: { employeeId: string; absences: AbsenceInput[]; first: number; last: number } | null = null;
  for await (const row of rows) {
    if (current !== null && row.employeeId === current.employeeId) {
      current.absences.push(row.absence);
      current.last = row.line;
      continue;
    }
    const earlier = done.get(row.employeeId);
    if (earlier !== undefined) {
      options.onBadRow({
        at: `line ${row.line}`,
        field: 'employee_id',
        message: `Employee ${row.employeeId} already appeared from line ${earlier} on: rows must be grouped by employee_id (sort the file, or pass --unsorted)`,
      });
      continue;
    }
    if (current !== null) {
      done.set(current.employeeId, current.first);
      yield closeGroup(current);
    }
    current = { employeeId: row.employeeId, absences: [row.absence], first: row.line, last: row.line };
  }
  if (current !== null) yield closeGroup(current);
}

function closeGroup(group: { employeeId: string; absences: AbsenceInput[]; first: number; last: number }): EmployeeGroup {
  return { record: { employeeId: group.employeeId, absences: group.absences }, at: linesText(group.first, group.last), rows: group.absences.length };
}

function linesText(first: number, last: number): string {
  return first === last ? `line ${first}` : `lines ${first}–${last}`;
}

async function* gatherAll(rows: AsyncIterable<AbsenceRow>): AsyncGenerator<EmployeeGroup> {
  const groups = new Map<string, { absences: AbsenceInput[]; lines: number[] }>();
  for await (const row of rows) {
    const group = groups.get(row.employeeId);
    if (group === undefined) groups.set(row.employeeId, { absences: [row.absence], lines: [row.line] });
    else {
      group.absences.push(row.absence);
      group.lines.push(row.line);
    }
  }
  for (const [employeeId, group] of groups) {
    const lines = group.lines.length === 1 ? `line ${group.lines[0]}` : `lines ${group.lines.slice(0, 5).join(', ')}${group.lines.length > 5 ? ', …' : ''}`;
    yield { record: { employeeId, absences: group.absences }, at: lines, rows: group.absences.length };
  }
}
