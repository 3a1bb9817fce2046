import { Absence, type EmployeeAbsences, safeParseInput } from '../index.js';
import { type BadRow, badRow, type BadRowSink } from './bad-row.js';
import { rowReader, readHeader, type RowSink } from './csv-absences.js';
import { csvChunks } from './csv-file.js';
import type { ResolvedMapping } from './csv-mapping.js';
import type { Delimiter } from './csv-text.js';
import { type EmployeeGroup, gatheredRows, groupedRows } from './employee-group.js';
import type { EmployeeDetails } from './employees-file.js';
import { recordOf } from './evaluate-group.js';
import { type InputSource, readAllText } from './input-source.js';
import { CliUsageError } from './io.js';

/** One employee ready to evaluate, or to report as not evaluated. */
export interface PendingEmployee {
  /** The employee id (`''` when a JSON item has none). */
  readonly employeeId: string;
  /** Where the employee's rows are: `lines 2–7`, `item 3`, or the employees file's line. */
  readonly at: string;
  /** Rows (good and bad) of the employee. */
  readonly rows: number;
  /** The record for the library, or `null` when bad rows make the result unknown. */
  readonly record: EmployeeAbsences | null;
  /** The employee's bad rows (none when `record` is set). */
  readonly problems: readonly BadRow[];
  /** CSV: the line of each absence, to name the line of a problem the library finds. */
  readonly lines?: readonly number[];
}

/** Options of {@link readEmployees}. */
export interface ReadEmployeesOptions {
  readonly mapping: ResolvedMapping;
  readonly delimiter: Delimiter | undefined;
  /** What `--employees` says; its employees without absences are yielded too (with no absences). */
  readonly employees: ReadonlyMap<string, EmployeeDetails>;
  /**
   * `grouped`: each employee's rows are together; an employee seen again throws `UngroupedError`.
   * `gathered`: any order, read in as many passes as keep memory bounded.
   */
  readonly order: 'grouped' | 'gathered';
  /** Only this employee (explain). */
  readonly only?: string;
  /** Bad rows that name no employee. */
  readonly onStray: BadRowSink;
  /** Called once per data row read (good or bad). */
  readonly onRow: () => void;
  /** Bytes read so far in the current pass. */
  readonly onBytes?: (bytes: number) => void;
  /** The export's name of the column an absence field comes from, for messages. */
  readonly columnOf: (field: string) => string;
}

/** Bytes of CSV gathered per pass: the share of the file one pass holds in memory. */
const BYTES_PER_PASS = 32 * 1024 * 1024;

/** Employees handed on together from a file read in any order. */
const BATCH = 2000;

/**
 * The employees of an input, in batches (those a chunk of the file completed), in file order
 * (CSV grouped, JSON) or in order of first appearance within each pass (CSV gathered). JSON is
 * read whole; an employee that appears in two items is reported as not evaluated rather than
 * evaluated twice.
 *
 * @throws CliUsageError when the input cannot be read or its header is wrong; `UngroupedError`
 * in grouped order.
 */
export async function* readEmployees(source: InputSource, options: ReadEmployeesOptions): AsyncGenerator<PendingEmployee[]> {
  if (source.json) {
    yield await jsonEmployees(source, options);
    return;
  }
  if (options.order === 'grouped' && options.only === undefined) {
    yield* groupedEmployees(source, options);
    return;
  }
  const passes = options.only !== undefined || source.size === null ? 1 : Math.max(1, Math.ceil(source.size / BYTES_PER_PASS));
  for (let pass = 0; pass < passes; pass++) {
    const mine = (employeeId: string): boolean => (options.only !== undefined ? employeeId === options.only : passes === 1 || bucketOf(employeeId, passes) === pass);
    const rows = gatheredRows(mine, pass === 0 ? options.onStray : () => undefined);
    for await (const _ of readRows(source, rows, options, pass === 0)) {
      // everything is gathered first
    }
    const seen = new Set<string>();
    let batch: PendingEmployee[] = [];
    for (const group of rows.groups()) {
      seen.add(group.employeeId);
      batch.push(pendingOf(group, options.employees, options.columnOf));
      if (batch.length >= BATCH) {
        yield batch;
        batch = [];
      }
    }
    for (const [employeeId, details] of options.employees) if (mine(employeeId) && !seen.has(employeeId)) batch.push(withoutAbsences(employeeId, details));
    if (batch.length > 0) yield batch;
  }
}

async function* groupedEmployees(source: InputSource, options: ReadEmployeesOptions): AsyncGenerator<PendingEmployee[]> {
  let ready: PendingEmployee[] = [];
  const rows = groupedRows((group) => ready.push(pendingOf(group, options.employees, options.columnOf)), options.onStray);
  for await (const _ of readRows(source, rows, options, true)) {
    if (ready.length === 0) continue;
    yield ready;
    ready = [];
  }
  rows.end();
  for (const [employeeId, details] of options.employees) if (rows.firstLineOf(employeeId) === undefined) ready.push(withoutAbsences(employeeId, details));
  if (ready.length > 0) yield ready;
}

/** The rows of a CSV source into `sink`, yielding after each chunk. */
function readRows(source: InputSource, sink: RowSink, options: ReadEmployeesOptions, count: boolean): AsyncGenerator<void> {
  const onRow = count ? options.onRow : () => undefined;
  let employeeAt = -1;
  return csvChunks(source, options.delimiter, {
    header(cells) {
      const columns = readHeader(cells, options.mapping);
      employeeAt = columns.position.employee_id;
      const read = rowReader(columns, options.mapping, sink);
      return (row, line) => {
        onRow();
        read(row, line);
      };
    },
    broken(message, cells, line) {
      onRow();
      const owner = cells[employeeAt];
      const employeeId = owner === undefined || owner.trim() === '' ? null : owner.trim();
      sink.bad(employeeId, badRow(`line ${line}`, 'row', message), line);
    },
    ...(options.onBytes !== undefined && { onBytes: options.onBytes }),
  });
}

function pendingOf(group: EmployeeGroup, employees: ReadonlyMap<string, EmployeeDetails>, columnOf: (field: string) => string): PendingEmployee {
  const { employeeId, at, rows, problems } = group;
  if (problems.length > 0) return { employeeId, at, rows, record: null, problems: withLibraryProblems(group, columnOf) };
  return { employeeId, at, rows, record: recordOf({ employeeId, absences: group.absences }, employees.get(employeeId)), problems, lines: group.lines };
}

/**
 * The problems of an employee that is not evaluated anyway, completed with what the library's
 * schema finds in the other rows (a date that does not exist), so every bad row is named at once.
 * Runs only for employees with bad rows.
 */
function withLibraryProblems(group: EmployeeGroup, columnOf: (field: string) => string): BadRow[] {
  const found: { line: number; bad: BadRow }[] = group.problems.map((bad) => ({ line: Number(bad.at.replace(/^line /, '')), bad }));
  group.absences.forEach((absence, index) => {
    const checked = safeParseInput(Absence, absence);
    if (checked.success) return;
    const line = group.lines[index] ?? 0;
    found.push({ line, bad: { at: `line ${line}`, problems: checked.error.issues.map((issue) => ({ field: columnOf(String(issue.path[0] ?? 'row')), message: issue.message })) } });
  });
  return found.sort((a, b) => a.line - b.line).map((entry) => entry.bad);
}

function withoutAbsences(employeeId: string, details: EmployeeDetails): PendingEmployee {
  return { employeeId, at: `employees file line ${details.line}`, rows: 0, record: recordOf({ employeeId, absences: [] }, details), problems: [] };
}

/** FNV-1a over the id's UTF-16 code units: which pass reads an employee. */
function bucketOf(employeeId: string, buckets: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < employeeId.length; i++) hash = Math.imul(hash ^ employeeId.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % buckets;
}

async function jsonEmployees(source: InputSource, options: ReadEmployeesOptions): Promise<PendingEmployee[]> {
  const batch: PendingEmployee[] = [];
  let data: unknown;
  try {
    data = JSON.parse(await readAllText(source));
  } catch (error) {
    if (error instanceof CliUsageError) throw error;
    throw new CliUsageError(`Cannot read ${source.name}: ${(error as Error).message}`);
  }
  if (!Array.isArray(data)) throw new CliUsageError(`${source.name}: expected a JSON array of { "employeeId", "absences" }.`);
  const itemsOf = new Map<string, number[]>();
  data.forEach((item: unknown, index) => {
    const id = idOf(item);
    if (id !== '') itemsOf.set(id, [...(itemsOf.get(id) ?? []), index]);
  });
  const reported = new Set<string>();
  for (let index = 0; index < data.length; index++) {
    const item: unknown = data[index];
    const employeeId = idOf(item);
    if (options.only !== undefined && employeeId !== options.only) continue;
    options.onRow();
    const absences = (item as { absences?: unknown } | null)?.absences;
    const rows = Array.isArray(absences) ? absences.length : 0;
    const items = itemsOf.get(employeeId) ?? [];
    if (items.length > 1) {
      if (reported.has(employeeId)) continue;
      reported.add(employeeId);
      const at = `items ${items.join(', ')}`;
      batch.push({ employeeId, at, rows, record: null, problems: [badRow(at, 'employeeId', `Employee ${employeeId} appears in ${items.length} items: give each employee once, with all absences`)] });
      continue;
    }
    const details = options.employees.get(employeeId);
    const conflict = details === undefined ? [] : Object.keys(details.fields).filter((field) => (item as Record<string, unknown>)[field] !== undefined);
    if (conflict.length > 0) {
      const at = `item ${index}`;
      batch.push({ employeeId, at, rows, record: null, problems: [badRow(at, conflict.join(', '), `Given both in the item and in the employees file (line ${details?.line}): give it once`)] });
      continue;
    }
    batch.push({ employeeId, at: `item ${index}`, rows, record: recordOf(item as EmployeeAbsences, details), problems: [] });
  }
  for (const [employeeId, details] of options.employees) {
    if (!itemsOf.has(employeeId) && (options.only === undefined || options.only === employeeId)) batch.push(withoutAbsences(employeeId, details));
  }
  return batch;
}

function idOf(item: unknown): string {
  const id = (item as { employeeId?: unknown } | null)?.employeeId;
  return typeof id === 'string' ? id : '';
}
