import { createReadStream } from 'node:fs';
import { parse, type CsvError } from 'csv-parse';
import { Absence, type AbsenceInput, safeParseInput } from '../index.js';
import type { BadRowSink } from './bad-row.js';
import { CliUsageError } from './io.js';

/** One good CSV row: the employee it belongs to, its absence and its line in the file. */
export interface AbsenceRow {
  /** 1-based line number in the file (the header is line 1). */
  readonly line: number;
  /** The pseudonymous employee id from the `employee_id` column. */
  readonly employeeId: string;
  /** The absence, in the library's input shape. */
  readonly absence: AbsenceInput;
}

/** The columns the CSV must have. */
export const REQUIRED_COLUMNS = ['employee_id', 'start', 'end', 'kind'] as const;
/** The columns the CSV may have. Nothing else is accepted: no column can carry health details. */
export const OPTIONAL_COLUMNS = ['id', 'certified', 'went_home_sick'] as const;

type Column = (typeof REQUIRED_COLUMNS)[number] | (typeof OPTIONAL_COLUMNS)[number];

/** The CSV column each field of {@link Absence} comes from, for messages. */
const COLUMN_OF_FIELD: Readonly<Record<string, Column>> = {
  id: 'id',
  start: 'start',
  end: 'end',
  kind: 'kind',
  certified: 'certified',
  wentHomeSick: 'went_home_sick',
};

const KNOWN_COLUMNS: readonly string[] = [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS];

/** Where each column sits in a row. */
type ColumnIndex = Readonly<Partial<Record<Column, number>>>;

/**
 * Reads the header row: any order, names trimmed and lower-cased; unknown, missing or repeated
 * columns stop the command (a stray column might hold health details, so it is not ignored).
 *
 * @throws CliUsageError naming the offending column.
 */
export function readHeader(cells: readonly string[]): ColumnIndex {
  const index: Partial<Record<Column, number>> = {};
  cells.forEach((cell, position) => {
    const name = cell.trim().toLowerCase();
    if (!KNOWN_COLUMNS.includes(name)) {
      throw new CliUsageError(
        `Unknown column '${cell}' in the header (line 1): the CSV accepts only ${KNOWN_COLUMNS.join(', ')} (no health details).`,
      );
    }
    if (index[name as Column] !== undefined) throw new CliUsageError(`Column '${name}' appears twice in the header (line 1).`);
    index[name as Column] = position;
  });
  const missing = REQUIRED_COLUMNS.filter((column) => index[column] === undefined);
  if (missing.length > 0) throw new CliUsageError(`Missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} in the header (line 1).`);
  return index;
}

const TRUE_WORDS = new Set(['true', 'yes', '1']);
const FALSE_WORDS = new Set(['false', 'no', '0']);

/** `true`/`false` (also `yes`/`no`, `1`/`0`); empty means "not recorded"; anything else is a bad value. */
function readFlag(text: string): boolean | undefined | 'bad' {
  const word = text.toLowerCase();
  if (word === '') return undefined;
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return 'bad';
}

/**
 * Turns one data row into an absence, or reports each problem with its line and column.
 *
 * @returns the row, or `null` when it was bad (the problems went to `onBadRow`).
 */
export function readRow(cells: readonly string[], line: number, columns: ColumnIndex, onBadRow: BadRowSink): AbsenceRow | null {
  const cell = (column: Column): string => {
    const position = columns[column];
    return position === undefined ? '' : (cells[position] ?? '').trim();
  };
  if (cells.length !== Object.keys(columns).length) {
    onBadRow({ at: `line ${line}`, field: 'row', message: `Expected ${Object.keys(columns).length} cells as in the header, found ${cells.length}` });
    return null;
  }
  const employeeId = cell('employee_id');
  let bad = false;
  if (employeeId === '') {
    onBadRow({ at: `line ${line}`, field: 'employee_id', message: 'Required: a pseudonymous employee id' });
    bad = true;
  }
  const absence: Record<string, unknown> = { start: cell('start'), end: cell('end') === '' ? null : cell('end'), kind: cell('kind') };
  if (cell('id') !== '') absence['id'] = cell('id');
  for (const [column, field] of [['certified', 'certified'], ['went_home_sick', 'wentHomeSick']] as const) {
    const flag = readFlag(cell(column));
    if (flag === 'bad') {
      onBadRow({ at: `line ${line}`, field: column, message: `Expected true or false (or yes/no, 1/0, or empty), received '${cell(column)}'` });
      bad = true;
    } else if (flag !== undefined) absence[field] = flag;
  }
  const parsed = safeParseInput(Absence, absence);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = typeof issue.path[0] === 'string' ? (COLUMN_OF_FIELD[issue.path[0]] ?? issue.path[0]) : 'row';
      onBadRow({ at: `line ${line}`, field, message: issue.message });
    }
    return null;
  }
  return bad ? null : { line, employeeId, absence: absence as AbsenceInput };
}

/** Options of {@link readCsvAbsences}. */
export interface ReadOptions {
  /** Called for every bad row; the row is skipped and reading goes on. */
  readonly onBadRow: BadRowSink;
  /** Called with the number of bytes read so far (for a progress bar). */
  readonly onBytes?: (bytes: number) => void;
}

/**
 * Streams the absences of a CSV file row by row (csv-parse), so a file of millions of rows never
 * sits in memory. Rows that cannot be parsed (a broken quote, a wrong number of cells, a bad
 * date) are reported with their line and skipped.
 *
 * @throws CliUsageError when the file cannot be read or its header is wrong.
 */
export async function* readCsvAbsences(path: string, options: ReadOptions): AsyncGenerator<AbsenceRow> {
  const file = createReadStream(path);
  let bytes = 0;
  if (options.onBytes !== undefined) {
    const onBytes = options.onBytes;
    file.on('data', (chunk) => onBytes((bytes += chunk.length)));
  }
  const parser = file.pipe(
    parse({
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (error: CsvError | undefined) => {
        options.onBadRow({ at: `line ${lineOf(error)}`, field: 'row', message: error?.message ?? 'Unreadable row' });
        return undefined;
      },
    }),
  );
  file.on('error', (error) => parser.destroy(error));
  let columns: ColumnIndex | null = null;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (columns === null) {
        columns = readHeader(record);
        continue;
      }
      const row = readRow(record, info.lines, columns, options.onBadRow);
      if (row !== null) yield row;
    }
  } catch (error) {
    if (error instanceof CliUsageError) throw error;
    throw new CliUsageError(`Cannot read ${path}: ${(error as Error).message}`);
  } finally {
    file.destroy();
  }
  if (columns === null) throw new CliUsageError(`${path} is empty: expected a header row ${REQUIRED_COLUMNS.join(',')}.`);
}

function lineOf(error: CsvError | undefined): number {
  const lines = (error as { lines?: unknown } | undefined)?.lines;
  return typeof lines === 'number' ? lines : 0;
}
