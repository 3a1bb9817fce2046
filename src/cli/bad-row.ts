/** One problem in a row: the column (or path inside a JSON item) and what is wrong with it. */
export interface RowProblem {
  /** The CSV column (`start`, or the export's own header), a JSON path, or `row` for the whole row. */
  readonly field: string;
  /** What is wrong, in plain English. */
  readonly message: string;
}

/**
 * One input row that could not be read, with every problem it has: where it is (`line 12` in a
 * CSV, the header is line 1; `item 3` in a JSON array, from 0) and what is wrong. A row counts
 * once however many of its cells are wrong.
 */
export interface BadRow {
  /** Where in the file: `line 12` or `item 3`. */
  readonly at: string;
  /** The problems, at least one. */
  readonly problems: readonly RowProblem[];
}

/** Receives bad rows as they are found. */
export type BadRowSink = (bad: BadRow) => void;

/**
 * A bad row with one problem.
 *
 * @example
 * ```ts
 * badRow('line 12', 'end', 'Expected a calendar date as YYYY-MM-DD');
 * //=> { at: 'line 12', problems: [{ field: 'end', message: 'Expected a calendar date as YYYY-MM-DD' }] }
 * ```
 */
export function badRow(at: string, field: string, message: string): BadRow {
  return { at, problems: [{ field, message }] };
}

/**
 * Renders a bad row for stderr.
 *
 * @example
 * ```ts
 * describeBadRow(badRow('line 12', 'end', 'Expected a calendar date as YYYY-MM-DD'));
 * //=> 'line 12, end: Expected a calendar date as YYYY-MM-DD'
 * ```
 */
export function describeBadRow(bad: BadRow): string {
  return `${bad.at}, ${bad.problems.map((problem) => `${problem.field}: ${problem.message}`).join('; ')}`;
}

/**
 * A cell's text for a message: at most 40 characters, control characters shown as `\u0000`.
 *
 * @example
 * ```ts
 * quoted('E\u00001'); //=> "'E\\u00001'"
 * ```
 */
export function quoted(text: string): string {
  const short = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return `'${printable(short)}'`;
}

// C0 and C1 controls, DEL, and the Unicode line and paragraph separators.
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
// eslint-disable-next-line no-control-regex
const HAS_UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/**
 * Text safe to print on one line of a terminal or a table: control characters, line breaks and
 * the Unicode line separators become `\uXXXX`, so no value can start a line of its own.
 *
 * @example
 * ```ts
 * printable('a\nb'); //=> 'a\\u000ab'
 * ```
 */
export function printable(text: string): string {
  if (!HAS_UNPRINTABLE.test(text)) return text;
  return text.replace(UNPRINTABLE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Whether `text` holds a control character or a line separator (which no id may hold).
 *
 * @example
 * ```ts
 * hasControlCharacter('E-1'); //=> false
 * ```
 */
export function hasControlCharacter(text: string): boolean {
  return HAS_UNPRINTABLE.test(text);
}
