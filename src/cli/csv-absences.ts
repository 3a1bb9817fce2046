import { type AbsenceInput, type AbsenceKind, isIsoDate } from '../index.js';
import { type BadRow, hasControlCharacter, quoted, type RowProblem } from './bad-row.js';
import { ABSENCE_COLUMNS, type AbsenceColumn, REQUIRED_COLUMNS, type ResolvedMapping } from './csv-mapping.js';
import type { CsvRow } from './csv-text.js';
import { CliUsageError } from './io.js';

/** Where each column sits in a row (-1: not in the file), and how many cells a row has. */
export interface AbsenceColumns {
  readonly position: Readonly<Record<AbsenceColumn, number>>;
  readonly count: number;
  /** The export's own header of each column, for messages. */
  readonly header: Readonly<Record<AbsenceColumn, string>>;
}

/**
 * Reads the header row: names in any order, compared without regard to case or surrounding
 * spaces, through the mapping. A column that is neither known nor listed in `ignoreColumns`, a
 * column that appears twice or a missing required column stops the command: a stray column might
 * hold health details, so it is never read past silently.
 *
 * @throws CliUsageError naming the offending column.
 */
export function readHeader(cells: readonly string[], mapping: ResolvedMapping): AbsenceColumns {
  const columnOf = new Map<string, AbsenceColumn>(ABSENCE_COLUMNS.map((column) => [mapping.headerOf[column], column]));
  const position = Object.fromEntries(ABSENCE_COLUMNS.map((column) => [column, -1])) as Record<AbsenceColumn, number>;
  const header = Object.fromEntries(ABSENCE_COLUMNS.map((column) => [column, mapping.headerOf[column]])) as Record<AbsenceColumn, string>;
  cells.forEach((cell, at) => {
    const name = cell.trim().toLowerCase();
    if (mapping.ignored.has(name)) return;
    const column = columnOf.get(name);
    if (column === undefined) {
      const known = ABSENCE_COLUMNS.map((c) => mapping.headerOf[c]).join(', ');
      throw new CliUsageError(
        `Unknown column ${quoted(cell)} in the header (line 1): the CSV accepts only ${known}${mapping.fromFile ? ' and the mapping\'s ignoreColumns' : ''} (no health details).`,
      );
    }
    if (position[column] !== -1) throw new CliUsageError(`Column ${quoted(name)} appears twice in the header (line 1).`);
    position[column] = at;
    header[column] = cell.trim();
  });
  const missing = REQUIRED_COLUMNS.filter((column) => position[column] === -1).map((column) => (mapping.headerOf[column] === column ? column : `${mapping.headerOf[column]} (${column})`));
  if (missing.length > 0) throw new CliUsageError(`Missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} in the header (line 1).`);
  return { position, count: cells.length, header };
}

/** Where the rows of an absence CSV go: good ones as absences, bad ones with their problems. */
export interface RowSink {
  /** A good row of `employeeId`. */
  row(employeeId: string, absence: AbsenceInput, line: number): void;
  /** A bad row; `employeeId` is `null` when the row does not say whose it is. */
  bad(employeeId: string | null, bad: BadRow, line: number): void;
}

/**
 * Whether an id cell (employee or absence) is sound: 1 to 200 characters, no control characters
 * or line separators, no space at either end (ids are compared exactly, never trimmed). A loop
 * over the characters: this runs for every row.
 */
function isCleanId(text: string): boolean {
  const length = text.length;
  if (length === 0 || length > 200 || text.charCodeAt(0) <= 32 || text.charCodeAt(length - 1) <= 32) return false;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code < 32 || (code >= 127 && code <= 159) || code === 0x2028 || code === 0x2029) return false;
  }
  return text.trim() === text;
}

/** What is wrong with an id that is not {@link isCleanId}. */
function idProblem(text: string): string {
  if (text.length > 200) return `At most 200 characters, received ${text.length}`;
  if (hasControlCharacter(text)) return `Control characters or line breaks are not allowed in an id: ${quoted(text)}`;
  return `Spaces around the id ${quoted(text)}: ids are compared exactly, so the export must not pad them`;
}

/**
 * The employee a row belongs to, for attributing its problems: the id as written when it is
 * sound, the id without the spaces around it when that is all that is wrong, else `null`.
 */
export function ownerOf(text: string | undefined): string | null {
  if (text === undefined) return null;
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.length > 200 || hasControlCharacter(trimmed)) return null;
  return trimmed;
}

/** The absence fields and the columns they come from, for naming the column of a problem. */
export const COLUMN_OF_FIELD: Readonly<Record<string, AbsenceColumn>> = {
  id: 'id',
  start: 'start',
  end: 'end',
  kind: 'kind',
  certified: 'certified',
  wentHomeSick: 'went_home_sick',
};

/**
 * A reader for the data rows of a file with `columns`. Each cell is read once: ids checked,
 * kinds and yes/no words looked up in the mapping, dates in another format turned into ISO
 * dates and checked. ISO dates go to the library as they are: its own fast check (the one every
 * evaluation makes) refuses a date that does not exist or an end before the start, and the scan
 * names the line. Each row goes to `sink` as an absence or as a bad row with every problem found.
 *
 * @example
 * ```ts
 * const read = rowReader(readHeader(['employee_id', 'start', 'end', 'kind'], DEFAULT_MAPPING), DEFAULT_MAPPING, sink);
 * read(row, 2); // sink.row('E-1', { start: '2025-01-06', end: null, kind: 'sickness' }, 2)
 * ```
 */
export function rowReader(columns: AbsenceColumns, mapping: ResolvedMapping, sink: RowSink): (row: CsvRow, line: number) => void {
  const { position, count, header } = columns;
  const employeeAt = position.employee_id;
  const startAt = position.start;
  const endAt = position.end;
  const kindAt = position.kind;
  const idAt = position.id;
  const certifiedAt = position.certified;
  const sickAt = position.went_home_sick;
  const { kinds, trueWords, falseWords, dateFormat } = mapping;
  const dateOf = dateReader(dateFormat);
  const flagText = `Expected ${[...trueWords][0] ?? 'true'} or ${[...falseWords][0] ?? 'false'} (or ${[...trueWords, ...falseWords].join(', ')}, or empty)`;
  const kindNames = [...new Set(kinds.keys())].join(', ');
  // The id of the row before, when it was sound: the rows of one employee come together, so
  // most rows skip the id check.
  let soundId = '';

  return (row, line) => {
    if (row.count !== count) {
      sink.bad(ownerOf(row.cell(employeeAt)), { at: `line ${line}`, problems: [{ field: 'row', message: `Expected ${count} cells as in the header, found ${row.count}` }] }, line);
      return;
    }
    let problems: RowProblem[] | null = null;
    const problem = (column: AbsenceColumn, message: string): void => {
      (problems ??= []).push({ field: header[column], message });
    };
    const employeeId = row.cell(employeeAt);
    if (employeeId !== soundId) {
      if (isCleanId(employeeId)) soundId = employeeId;
      else problem('employee_id', employeeId === '' ? 'Required: a pseudonymous employee id' : idProblem(employeeId));
    }
    const startText = row.cell(startAt);
    const start = dateOf(startText);
    if (start === null) problem('start', dateMessage(dateFormat, startText.trim()));
    let end: string | null = null;
    if (!row.isEmpty(endAt)) {
      const endText = row.cell(endAt);
      end = dateOf(endText);
      if (end === null && endText.trim() !== '') problem('end', dateMessage(dateFormat, endText.trim()));
    }
    const kindText = row.cell(kindAt);
    const kind = kinds.get(kindText) ?? kinds.get(kindText.trim().toLowerCase());
    if (kind === undefined) problem('kind', `Unknown kind ${quoted(kindText.trim())}: expected one of ${kindNames}${mapping.fromFile ? '' : ' (other names through --map)'}`);
    const absence: { id?: string; start: string; end: string | null; kind: AbsenceKind; certified?: boolean; wentHomeSick?: boolean } = {
      start: start ?? '',
      end,
      kind: kind ?? 'other',
    };
    if (idAt !== -1 && !row.isEmpty(idAt)) {
      const id = row.cell(idAt);
      if (isCleanId(id)) absence.id = id;
      else problem('id', idProblem(id));
    }
    if (certifiedAt !== -1 && !row.isEmpty(certifiedAt)) {
      const text = row.cell(certifiedAt);
      const flag = flagOf(text, trueWords, falseWords);
      if (flag === 'bad') problem('certified', `${flagText}, received ${quoted(text.trim())}`);
      else if (flag !== undefined) absence.certified = flag;
    }
    if (sickAt !== -1 && !row.isEmpty(sickAt)) {
      const text = row.cell(sickAt);
      const flag = flagOf(text, trueWords, falseWords);
      if (flag === 'bad') problem('went_home_sick', `${flagText}, received ${quoted(text.trim())}`);
      else if (flag !== undefined) absence.wentHomeSick = flag;
    }
    if (problems === null) sink.row(employeeId, absence, line);
    else sink.bad(ownerOf(employeeId), { at: `line ${line}`, problems }, line);
  };
}

function dateMessage(format: ResolvedMapping['dateFormat'], text: string): string {
  if (text === '') return `Required: a date as ${format}`;
  return `Expected a calendar date as ${format}, received ${quoted(text)}`;
}

/**
 * Reads a date cell. ISO dates of the right length are handed on as they are (the library checks
 * them); other formats are turned into ISO dates and checked here, so a problem names the format
 * of the file. `null` when the cell is not a date.
 */
function dateReader(format: ResolvedMapping['dateFormat']): (text: string) => string | null {
  if (format === 'YYYY-MM-DD') {
    return (text) => {
      if (text.length === 10) return text;
      const trimmed = text.trim();
      return trimmed.length === 10 ? trimmed : null;
    };
  }
  const separator = format === 'DD.MM.YYYY' ? 46 : 47;
  return (cell) => {
    const text = cell.length === 10 ? cell : cell.trim();
    if (text.length !== 10 || text.charCodeAt(2) !== separator || text.charCodeAt(5) !== separator) return null;
    const iso = `${text.slice(6)}-${text.slice(3, 5)}-${text.slice(0, 2)}`;
    return isIsoDate(iso) ? iso : null;
  };
}

/** A yes/no cell: `undefined` when blank (not recorded), `'bad'` for any other word. */
function flagOf(text: string, trueWords: ReadonlySet<string>, falseWords: ReadonlySet<string>): boolean | undefined | 'bad' {
  if (trueWords.has(text)) return true;
  if (falseWords.has(text)) return false;
  const word = text.trim().toLowerCase();
  if (word === '') return undefined;
  if (trueWords.has(word)) return true;
  if (falseWords.has(word)) return false;
  return 'bad';
}
