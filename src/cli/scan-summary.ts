import type { EligibilityResult, EligibilityStatus } from '../index.js';

/** The closing figures of a scan. */
export interface ScanSummary {
  /** The check date. */
  readonly asOf: string;
  /** Employees evaluated. */
  employees: number;
  /** Absence rows read (good ones). */
  rows: number;
  /** Rows skipped because they were bad. */
  badRows: number;
  /** Employees per status. */
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
  return { asOf, employees: 0, rows: 0, badRows: 0, byStatus: { due: 0, approaching: 0, 'not-due': 0, 'bem-running': 0 } };
}

/** Adds one employee's result to the summary. */
export function countResult(summary: ScanSummary, result: EligibilityResult, rows: number): void {
  summary.employees += 1;
  summary.rows += rows;
  summary.byStatus[result.status] += 1;
}

/**
 * The summary as one sentence.
 *
 * @example
 * ```ts
 * describeSummary(emptySummary('2025-10-31'));
 * //=> 'Scanned 0 employees (0 absence rows) as of 2025-10-31: 0 due, 0 approaching, 0 not due, 0 with a BEM running; no bad rows.'
 * ```
 */
export function describeSummary(summary: ScanSummary): string {
  const { due, approaching, 'not-due': notDue, 'bem-running': running } = summary.byStatus;
  const bad = summary.badRows === 0 ? 'no bad rows' : `${summary.badRows} bad row${summary.badRows === 1 ? '' : 's'} skipped (see above)`;
  return (
    `Scanned ${summary.employees} employee${summary.employees === 1 ? '' : 's'} (${summary.rows} absence rows) as of ${summary.asOf}: ` +
    `${due} due, ${approaching} approaching, ${notDue} not due, ${running} with a BEM running; ${bad}.`
  );
}
