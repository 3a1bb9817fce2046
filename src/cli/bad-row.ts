/**
 * One problem with one input row: the line in the file (1 = the header), the column (or `row`
 * when the row as a whole is broken) and a plain-English message. The scan skips the row and
 * goes on.
 */
export interface BadRow {
  /** Line number in the file, counting the header as line 1 (for JSON: the array index). */
  readonly line: number;
  /** The CSV column (or JSON path) that is wrong. */
  readonly field: string;
  /** What is wrong, in plain English. */
  readonly message: string;
}

/** Receives bad rows as they are found. */
export type BadRowSink = (bad: BadRow) => void;

/**
 * Renders a bad row for stderr.
 *
 * @example
 * ```ts
 * describeBadRow({ line: 12, field: 'end', message: 'Expected a calendar date as YYYY-MM-DD' });
 * //=> 'line 12, end: Expected a calendar date as YYYY-MM-DD'
 * ```
 */
export function describeBadRow(bad: BadRow): string {
  return `line ${bad.line}, ${bad.field}: ${bad.message}`;
}
