import { HOLIDAY_REGIONS } from '../holidays.js';
import { isIsoDate } from '../index.js';
import { describeBadRow, hasControlCharacter, quoted, type RowProblem } from './bad-row.js';
import { readCsv } from './csv-file.js';
import type { ResolvedMapping } from './csv-mapping.js';
import type { Delimiter } from './csv-text.js';
import { type CliIo, CliUsageError } from './io.js';
import { openSource } from './input-source.js';

/**
 * What the employees file says about one employee, as fields of the library's eligibility
 * input (`previousBemConcludedOn`, `bemRunningSince`, …), and the line it came from.
 */
export interface EmployeeDetails {
  /** Fields added to the employee's eligibility input. */
  readonly fields: Readonly<Record<string, unknown>>;
  /** The line of the employees file. */
  readonly line: number;
}

/** Reads one cell of the employees file: the value for the input field, or a problem. */
type CellReader = (text: string, context: { readonly dateFormat: ResolvedMapping['dateFormat'] }) => { readonly value: unknown } | { readonly problem: string };

/**
 * The optional columns of the employees file, each with the input field it fills and how its
 * cell is read. A new column is one entry here (and a test); `employee_id` is always required.
 */
export const EMPLOYEE_COLUMNS: Readonly<Record<string, { readonly field: string; readonly read: CellReader }>> = {
  previous_bem_concluded_on: { field: 'previousBemConcludedOn', read: optionalDate },
  bem_running_since: { field: 'bemRunningSince', read: optionalDate },
  // Working time (working-day counts): a week, or a roster cycle with its first day; combined
  // into the input's `workingTime` by workingTimeOf. The region names the employee's holidays.
  weekdays: { field: 'weekdays', read: weekdaysCell },
  cycle: { field: 'cycle', read: cycleCell },
  cycle_start: { field: 'cycleStart', read: optionalDate },
  region: { field: 'holidayRegion', read: regionCell },
};

/** `1 2 3` (or `1,2,3`): ISO weekdays 1 (Monday) … 7 (Sunday), each once; empty: none. */
function weekdaysCell(text: string): { value: unknown } | { problem: string } {
  const trimmed = text.trim();
  if (trimmed === '') return { value: null };
  const days = trimmed.split(/[\s,]+/).map(Number);
  if (days.every((day) => Number.isInteger(day) && day >= 1 && day <= 7) && new Set(days).size === days.length) return { value: days };
  return { problem: `Expected ISO weekdays 1 (Monday) … 7 (Sunday), each once, separated by spaces (e.g. 1 2 3), received ${quoted(trimmed)}` };
}

/** `1111000000`: a roster cycle, 1 for a working day and 0 for a day off (1–366 days, at least one 1); empty: none. */
function cycleCell(text: string): { value: unknown } | { problem: string } {
  const trimmed = text.trim();
  if (trimmed === '') return { value: null };
  if (/^[01]{1,366}$/.test(trimmed) && trimmed.includes('1')) return { value: [...trimmed].map((flag) => flag === '1') };
  return { problem: `Expected a roster cycle of 1 (working day) and 0 (day off), 1–366 days with at least one 1 (e.g. 1111110000), received ${quoted(trimmed)}` };
}

/** `DE-NW`: the Land whose public holidays apply ('DE' for the nationwide ones only); empty: the default. */
function regionCell(text: string): { value: unknown } | { problem: string } {
  const trimmed = text.trim().toUpperCase();
  if (trimmed === '') return { value: null };
  if ((HOLIDAY_REGIONS as readonly string[]).includes(trimmed)) return { value: trimmed };
  return { problem: `Expected DE or a Land as ISO 3166-2 code (DE-BW … DE-TH), received ${quoted(text.trim())}` };
}

/**
 * Turns the working-time cells of one row into the input's `workingTime` (and drops empty
 * cells): `weekdays`, or `cycle` with `cycle_start`, never both.
 */
function workingTimeOf(fields: Record<string, unknown>): RowProblem[] {
  const { weekdays, cycle, cycleStart } = fields;
  delete fields.weekdays;
  delete fields.cycle;
  delete fields.cycleStart;
  if (fields.holidayRegion === null) delete fields.holidayRegion;
  const hasWeek = Array.isArray(weekdays);
  const hasCycle = Array.isArray(cycle);
  if (hasWeek && hasCycle) return [{ field: 'weekdays', message: 'Give weekdays or cycle, not both' }];
  if (hasCycle && typeof cycleStart !== 'string') return [{ field: 'cycle_start', message: 'A cycle needs its first day in cycle_start' }];
  if (!hasCycle && typeof cycleStart === 'string') return [{ field: 'cycle', message: 'cycle_start needs a cycle' }];
  if (hasWeek) fields.workingTime = { weekdays };
  if (hasCycle) fields.workingTime = { cycle, cycleStart };
  return [];
}

/** An empty cell is `null` (none); a date in ISO form or in the mapping's format. */
function optionalDate(text: string, { dateFormat }: { readonly dateFormat: ResolvedMapping['dateFormat'] }): { value: unknown } | { problem: string } {
  const trimmed = text.trim();
  if (trimmed === '') return { value: null };
  if (isIsoDate(trimmed)) return { value: trimmed };
  if (dateFormat !== 'YYYY-MM-DD' && trimmed.length === 10 && trimmed[2] === dateFormat[2] && trimmed[5] === dateFormat[5]) {
    const iso = `${trimmed.slice(6)}-${trimmed.slice(3, 5)}-${trimmed.slice(0, 2)}`;
    if (isIsoDate(iso)) return { value: iso };
  }
  return { problem: `Expected a calendar date as YYYY-MM-DD${dateFormat === 'YYYY-MM-DD' ? '' : ` or ${dateFormat}`}, or empty, received ${quoted(trimmed)}` };
}

/** Problems listed before the rest are only counted. */
const SHOWN = 20;

/**
 * Reads `--employees employees.csv`: one row per employee with `employee_id` (or the mapping's
 * name for it) and any of {@link EMPLOYEE_COLUMNS}. It is master data, small and exact: any bad
 * row, a repeated employee or an unknown column stops the command, since a wrong reset date
 * would give a wrong status.
 *
 * @returns the details by employee id, in file order.
 * @throws CliUsageError naming every problem with its line.
 */
export async function readEmployeesFile(path: string | undefined, io: CliIo, mapping: ResolvedMapping, delimiter: Delimiter | undefined): Promise<ReadonlyMap<string, EmployeeDetails>> {
  const details = new Map<string, EmployeeDetails>();
  if (path === undefined) return details;
  const source = openSource(path, io);
  if (source.rereadable === false && path === '-') throw new CliUsageError('--employees cannot read standard input: give a file.');
  const problems: string[] = [];
  let count = 0;
  const report = (line: number, list: readonly RowProblem[]): void => {
    count += 1;
    if (problems.length < SHOWN) problems.push(describeBadRow({ at: `line ${line}`, problems: list }));
  };
  await readCsv(source, delimiter ?? mapping.delimiter, {
    header(cells) {
      const idNames = new Set(['employee_id', mapping.headerOf.employee_id]);
      const columns: { name: string; at: number }[] = [];
      let idAt = -1;
      cells.forEach((cell, at) => {
        const name = cell.trim().toLowerCase();
        if (idNames.has(name)) {
          if (idAt !== -1) throw new CliUsageError(`${path}: column employee_id appears twice in the header (line 1).`);
          idAt = at;
        } else if (Object.hasOwn(EMPLOYEE_COLUMNS, name)) {
          if (columns.some((column) => column.name === name)) throw new CliUsageError(`${path}: column ${name} appears twice in the header (line 1).`);
          columns.push({ name, at });
        } else {
          throw new CliUsageError(`${path}: unknown column ${quoted(cell)} in the header (line 1): the employees file accepts only employee_id, ${Object.keys(EMPLOYEE_COLUMNS).join(', ')} (no health details).`);
        }
      });
      if (idAt === -1) throw new CliUsageError(`${path}: missing column employee_id in the header (line 1).`);
      return (placed, line) => {
        const row = Array.from({ length: placed.count }, (_, at) => placed.cell(at));
        if (row.length !== cells.length) return report(line, [{ field: 'row', message: `Expected ${cells.length} cells as in the header, found ${row.length}` }]);
        const list: RowProblem[] = [];
        const employeeId = row[idAt]!;
        if (employeeId === '' || employeeId.length > 200 || hasControlCharacter(employeeId) || employeeId.trim() !== employeeId) {
          list.push({ field: 'employee_id', message: `Expected a pseudonymous employee id without spaces around it or control characters, received ${quoted(employeeId)}` });
        }
        const fields: Record<string, unknown> = {};
        for (const { name, at } of columns) {
          const column = EMPLOYEE_COLUMNS[name]!;
          const read = column.read(row[at]!, mapping);
          if ('problem' in read) list.push({ field: name, message: read.problem });
          else fields[column.field] = read.value;
        }
        if (list.length === 0) list.push(...workingTimeOf(fields));
        const earlier = details.get(employeeId);
        if (earlier !== undefined) list.push({ field: 'employee_id', message: `Employee ${quoted(employeeId)} is already on line ${earlier.line}` });
        if (list.length > 0) return report(line, list);
        details.set(employeeId, { fields, line });
      };
    },
    broken(message, _cells, line) {
      report(line, [{ field: 'row', message }]);
    },
  });
  if (count > 0) {
    const more = count > SHOWN ? `; … and ${count - SHOWN} more` : '';
    throw new CliUsageError(`${path} has ${count} bad row${count === 1 ? '' : 's'}, so no employee is scanned: ${problems.join('; ')}${more}.`);
  }
  return details;
}
