/**
 * One problem with one input row: where it is (`line 12` in a CSV, `item 3` in a JSON array),
 * the column or path that is wrong (`row` when the row as a whole is broken) and a plain-English
 * message. The scan skips the row and goes on.
 */
export interface BadRow {
  /** Where in the file: `line 12` (the header is line 1) or `item 3` (0-based, JSON). */
  readonly at: string;
  /** The CSV column, or the path inside a JSON item, that is wrong. */
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
 * describeBadRow({ at: 'line 12', field: 'end', message: 'Expected a calendar date as YYYY-MM-DD' });
 * //=> 'line 12, end: Expected a calendar date as YYYY-MM-DD'
 * ```
 */
export function describeBadRow(bad: BadRow): string {
  return `${bad.at}, ${bad.field}: ${bad.message}`;
}
