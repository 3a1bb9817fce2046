import { type AbsenceInput, type AbsenceKind, isIsoDate } from '../index.js';
import { type BadRow, hasControlCharacter, quoted, type RowProblem } from './bad-row.js';
import { ABSENCE_COLUMNS, type AbsenceColumn, REQUIRED_COLUMNS, type ResolvedMapping } from './csv-mapping.js';
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
 * Checks an id cell (employee or absence): at most 200 characters, no control characters, and no
 * spaces around it (ids are compared exactly, never trimmed silently).
 */
function idProblem(text: string): string | null {
  if (text.length > 200) return `At most 200 characters, received ${text.length}`;
  if (hasControlCharacter(text)) return `Control characters or line breaks are not allowed in an id: ${quoted(text)}`;
  if (text.trim() !== text) return `Spaces around the id ${quoted(text)}: ids are compared exactly, so the export must not pad them`;
  return null;
}

/**
 * The employee a row belongs to, for attributing its problems: the id as written when it is
 * sound, the id without the spaces around it when that is all that is wrong, else `null`.
 */
function ownerOf(text: string | undefined): string | null {
  if (text === undefined) return null;
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.length > 200 || hasControlCharacter(trimmed)) return null;
  return trimmed;
}

/**
 * A reader for the data rows of a file with `columns`: each row is checked once, cell by cell,
 * with plain string checks (the library's own date check, the mapping's kinds and words), and
 * handed to `sink` as an absence or as a bad row with every problem it has.
 *
 * @example
 * ```ts
 * const read = rowReader(readHeader(['employee_id', 'start', 'end', 'kind'], DEFAULT_MAPPING), DEFAULT_MAPPING, sink);
 * read(['E-1', '2025-01-06', '', 'sickness'], 2); // sink.row('E-1', { start: '2025-01-06', end: null, kind: 'sickness' }, 2)
 * ```
 */
export function rowReader(columns: AbsenceColumns, mapping: ResolvedMapping, sink: RowSink): (cells: readonly string[], line: number) => void {
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

  return (cells, line) => {
    if (cells.length !== count) {
      sink.bad(ownerOf(cells[employeeAt]), { at: `line ${line}`, problems: [{ field: 'row', message: `Expected ${count} cells as in the header, found ${cells.length}` }] }, line);
      return;
    }
    let problems: RowProblem[] | null = null;
    const problem = (column: AbsenceColumn, message: string): void => {
      (problems ??= []).push({ field: header[column], message });
    };
    const employeeId = cells[employeeAt]!;
    if (employeeId === '') problem('employee_id', 'Required: a pseudonymous employee id');
    else {
      const wrong = idProblem(employeeId);
      if (wrong !== null) problem('employee_id', wrong);
    }
    const startText = cells[startAt]!.trim();
    const start = dateOf(startText);
    if (start === null) problem('start', dateMessage(dateFormat, startText));
    const endText = cells[endAt]!.trim();
    const end = endText === '' ? null : dateOf(endText);
    if (end === null && endText !== '') problem('end', dateMessage(dateFormat, endText));
    else if (start !== null && end !== null && end < start) problem('end', 'End date must not be before the start date');
    const kindText = cells[kindAt]!;
    const kind = kinds.get(kindText) ?? kinds.get(kindText.trim().toLowerCase());
    if (kind === undefined) problem('kind', `Unknown kind ${quoted(kindText.trim())}: expected one of ${[...new Set(kinds.keys())].join(', ')}${mapping.fromFile ? '' : ' (other names through --map)'}`);
    const absence: { id?: string; start: string; end: string | null; kind: AbsenceKind; certified?: boolean; wentHomeSick?: boolean } = {
      start: start ?? '',
      end,
      kind: kind ?? 'other',
    };
    if (idAt !== -1 && cells[idAt] !== '') {
      const id = cells[idAt]!;
      const wrong = idProblem(id);
      if (wrong === null) absence.id = id;
      else problem('id', wrong);
    }
    if (certifiedAt !== -1) {
      const flag = flagOf(cells[certifiedAt]!, trueWords, falseWords);
      if (flag === 'bad') problem('certified', `${flagText}, received ${quoted(cells[certifiedAt]!.trim())}`);
      else if (flag !== undefined) absence.certified = flag;
    }
    if (sickAt !== -1) {
      const flag = flagOf(cells[sickAt]!, trueWords, falseWords);
      if (flag === 'bad') problem('went_home_sick', `${flagText}, received ${quoted(cells[sickAt]!.trim())}`);
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

/** Reads a date cell in `format` as an ISO date, or `null` when it is not a real calendar date. */
function dateReader(format: ResolvedMapping['dateFormat']): (text: string) => string | null {
  if (format === 'YYYY-MM-DD') return (text) => (isIsoDate(text) ? text : null);
  const separator = format === 'DD.MM.YYYY' ? 46 : 47;
  return (text) => {
    if (text.length !== 10 || text.charCodeAt(2) !== separator || text.charCodeAt(5) !== separator) return null;
    const iso = `${text.slice(6)}-${text.slice(3, 5)}-${text.slice(0, 2)}`;
    return isIsoDate(iso) ? iso : null;
  };
}

/** A yes/no cell: `undefined` when empty (not recorded), `'bad'` for any other word. */
function flagOf(text: string, trueWords: ReadonlySet<string>, falseWords: ReadonlySet<string>): boolean | undefined | 'bad' {
  if (text === '') return undefined;
  const word = text.trim().toLowerCase();
  if (word === '') return undefined;
  if (trueWords.has(word)) return true;
  if (falseWords.has(word)) return false;
  return 'bad';
}
