import type { AbsenceInput } from '../index.js';
import type { BadRow } from './bad-row.js';
import type { RowSink } from './csv-absences.js';

/** One employee's rows as read: the good ones as absences, the bad ones with their problems. */
export interface EmployeeGroup {
  /** The pseudonymous employee id. */
  readonly employeeId: string;
  /** The absences of the good rows. */
  readonly absences: AbsenceInput[];
  /** The line of each absence. */
  readonly lines: readonly number[];
  /** The employee's bad rows: any at all make the employee's result unknown. */
  readonly problems: BadRow[];
  /** Where the employee's rows are, for messages: `lines 2–7`, `lines 2, 9, 14` or `item 3`. */
  readonly at: string;
  /** How many rows (good and bad) the employee has. */
  readonly rows: number;
}

/**
 * Thrown when the rows of an employee are not together in a file read in grouped order: the
 * employee's first line and the line where it appears again after another employee.
 */
export class UngroupedError extends Error {
  /**
   * @param employeeId the employee whose rows are apart.
   * @param firstLine the employee's first line.
   * @param line the line where the employee appears again.
   */
  constructor(
    readonly employeeId: string,
    readonly firstLine: number,
    readonly line: number,
  ) {
    super(`The rows of employee ${employeeId} are not together: line ${firstLine} and line ${line}, with other employees between them`);
    this.name = 'UngroupedError';
  }
}

interface Open {
  employeeId: string;
  absences: AbsenceInput[];
  lines: number[];
  problems: BadRow[];
  first: number;
  last: number;
}

/**
 * Groups the rows of a file in which each employee's rows are together (a file sorted by
 * employee_id is): each employee is handed to `onGroup` as soon as the next one starts, so
 * memory stays flat however long the file is (apart from the first line of each employee seen,
 * which is how a file that is not grouped is caught). Bad rows that name no employee are handed
 * to `onStray`.
 *
 * @throws UngroupedError from `row`/`bad` when an employee appears again after another one.
 */
export function groupedRows(onGroup: (group: EmployeeGroup) => void, onStray: (bad: BadRow) => void): RowSink & { end(): void; firstLineOf(employeeId: string): number | undefined } {
  const done = new Map<string, number>();
  let current: Open | null = null;
  const close = (): void => {
    if (current === null) return;
    const group = current;
    current = null;
    // A copy that holds only the id: a slice of the file's text would keep the whole chunk alive.
    done.set(detached(group.employeeId), group.first);
    onGroup({
      employeeId: group.employeeId,
      absences: group.absences,
      lines: group.lines,
      problems: group.problems,
      at: group.first === group.last ? `line ${group.first}` : `lines ${group.first}–${group.last}`,
      rows: group.absences.length + group.problems.length,
    });
  };
  const open = (employeeId: string, line: number): Open => {
    if (current !== null && current.employeeId === employeeId) {
      current.last = line;
      return current;
    }
    const first = done.get(employeeId);
    if (first !== undefined) throw new UngroupedError(employeeId, first, line);
    close();
    current = { employeeId, absences: [], lines: [], problems: [], first: line, last: line };
    return current;
  };
  return {
    row(employeeId, absence, line) {
      const group = open(employeeId, line);
      group.absences.push(absence);
      group.lines.push(line);
    },
    bad(employeeId, bad, line) {
      if (employeeId === null) onStray(bad);
      else open(employeeId, line).problems.push(bad);
    },
    end: close,
    firstLineOf: (employeeId) => (current !== null && current.employeeId === employeeId ? current.first : done.get(employeeId)),
  };
}

interface Gathering {
  readonly absences: AbsenceInput[];
  readonly absenceLines: number[];
  readonly problems: BadRow[];
  readonly lines: number[];
  rows: number;
}

/** Lines shown per employee in messages about a file read in any order. */
const LINES_SHOWN = 5;

/**
 * Gathers the rows of a file in any order, for the employees `accept` takes (one share of the
 * workforce per pass keeps memory bounded), and gives the groups in order of first appearance.
 * Bad rows that name no employee go to `onStray`.
 */
export function gatheredRows(accept: (employeeId: string) => boolean, onStray: (bad: BadRow) => void): RowSink & { groups(): Generator<EmployeeGroup> } {
  const gathered = new Map<string, Gathering>();
  const entry = (employeeId: string, line: number): Gathering | null => {
    if (!accept(employeeId)) return null;
    let group = gathered.get(employeeId);
    if (group === undefined) {
      group = { absences: [], absenceLines: [], problems: [], lines: [], rows: 0 };
      gathered.set(detached(employeeId), group);
    }
    group.rows += 1;
    if (group.lines.length <= LINES_SHOWN) group.lines.push(line);
    return group;
  };
  return {
    row(employeeId, absence, line) {
      const group = entry(employeeId, line);
      if (group === null) return;
      group.absences.push(absence);
      group.absenceLines.push(line);
    },
    bad(employeeId, bad, line) {
      if (employeeId === null) onStray(bad);
      else entry(employeeId, line)?.problems.push(bad);
    },
    *groups() {
      for (const [employeeId, group] of gathered) {
        const lines = group.lines.slice(0, LINES_SHOWN);
        const at = group.rows === 1 ? `line ${lines[0]}` : `lines ${lines.join(', ')}${group.rows > LINES_SHOWN ? ', …' : ''}`;
        yield { employeeId, absences: group.absences, lines: group.absenceLines, problems: group.problems, at, rows: group.rows };
      }
      gathered.clear();
    },
  };
}

/** A flat copy of a short string (V8 may keep a substring as a view into its whole parent). */
function detached(text: string): string {
  return text.length < 13 ? text : Buffer.from(text, 'utf8').toString('utf8');
}
