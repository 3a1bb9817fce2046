import type { EligibilityResult, EligibilityStatus } from '../index.js';

/** The closing figures of a scan. */
export interface ScanSummary {
  /** The check date. */
  readonly asOf: string;
  /** Employees listed: evaluated or not. */
  employees: number;
  /** Data rows read (good and bad): absence rows in a CSV, items in a JSON file. */
  rows: number;
  /** Rows that could not be read, each counted once. */
  badRows: number;
  /** Employees not evaluated because of bad rows: listed as errors, never with a status. */
  notEvaluated: number;
  /** Evaluated employees per status. */
  readonly byStatus: Record<EligibilityStatus, number>;
}

/**
 * An empty summary for a scan on `asOf`.
 *
 * @example
 * ```ts
 * emptySummary('2025-10-31').byStatus.due; //=> 0
 * ```
 */
export function emptySummary(asOf: string): ScanSummary {
  return { asOf, employees: 0, rows: 0, badRows: 0, notEvaluated: 0, byStatus: { due: 0, approaching: 0, 'not-due': 0, 'bem-running': 0 } };
}

/** Adds one evaluated employee to the summary. */
export function countResult(summary: ScanSummary, result: EligibilityResult): void {
  summary.employees += 1;
  summary.byStatus[result.status] += 1;
}

/** Adds one employee that could not be evaluated. */
export function countNotEvaluated(summary: ScanSummary): void {
  summary.employees += 1;
  summary.notEvaluated += 1;
}

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * The summary as one sentence.
 *
 * @example
 * ```ts
 * describeSummary(emptySummary('2025-10-31'));
 * //=> 'Scanned 0 employees (0 rows) as of 2025-10-31: 0 due, 0 approaching, 0 not due, 0 with a BEM running; no bad rows.'
 * ```
 */
export function describeSummary(summary: ScanSummary): string {
  const { due, approaching, 'not-due': notDue, 'bem-running': running } = summary.byStatus;
  const notEvaluated = summary.notEvaluated === 0 ? '' : `, ${summary.notEvaluated} not evaluated (bad rows)`;
  const bad = summary.badRows === 0 ? 'no bad rows' : `${plural(summary.badRows, 'bad row')} of ${summary.rows} (see above)`;
  return (
    `Scanned ${plural(summary.employees, 'employee')} (${plural(summary.rows, 'row')}) as of ${summary.asOf}: ` +
    `${due} due, ${approaching} approaching, ${notDue} not due, ${running} with a BEM running${notEvaluated}; ${bad}.`
  );
}
