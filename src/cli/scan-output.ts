import { compareDates, daysBetween, type EligibilityResult, IsoDate, type ResolvedPolicy } from '../index.js';
import type { Writable } from './io.js';
import { describeSummary, type ScanSummary } from './scan-summary.js';

/** Writes a scan's results in one format. `result` is called once per employee, in file order. */
export interface ScanOutput {
  /** Called before the first result. */
  begin(policy: ResolvedPolicy): void;
  /** One employee's result. */
  result(employeeId: string, result: EligibilityResult): void;
  /** Called after the last result. */
  end(summary: ScanSummary): void;
}

/** The output formats of `bem-sgb9 scan`. */
export const SCAN_FORMATS = ['table', 'json', 'csv'] as const;
/** One of {@link SCAN_FORMATS}. */
export type ScanFormat = (typeof SCAN_FORMATS)[number];

/**
 * The writer for `format`. Table output keeps only the due and approaching employees (to sort
 * them); JSON and CSV stream every employee as it comes.
 */
export function scanOutput(format: ScanFormat, out: Writable): ScanOutput {
  if (format === 'json') return jsonOutput(out);
  if (format === 'csv') return csvOutput(out);
  return tableOutput(out);
}

function jsonOutput(out: Writable): ScanOutput {
  let first = true;
  return {
    begin(policy) {
      out.write(`{"policy":${JSON.stringify(policy)},"results":[`);
    },
    result(employeeId, result) {
      const { policy: _policy, ...rest } = result;
      out.write(`${first ? '\n' : ',\n'}${JSON.stringify({ employeeId, ...rest })}`);
      first = false;
    },
    end(summary) {
      out.write(`\n],"summary":${JSON.stringify(summary)}}\n`);
    },
  };
}

const CSV_HEADER = [
  'employee_id',
  'status',
  'counted_days',
  'unit',
  'threshold',
  'threshold_crossed_on',
  'projected_crossing_on',
  'window_start',
  'window_end',
  'pattern',
];

/** Quotes a CSV cell when it needs it (RFC 4180). */
function csvCell(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvOutput(out: Writable): ScanOutput {
  return {
    begin() {
      out.write(`${CSV_HEADER.join(',')}\n`);
    },
    result(employeeId, r) {
      const cells = [employeeId, r.status, r.countedDays, r.unit, r.threshold, r.thresholdCrossedOn, r.projectedCrossingOn, r.window.start, r.window.end, r.pattern];
      out.write(`${cells.map(csvCell).join(',')}\n`);
    },
    end() {
      // The summary goes to stderr (see the scan command): stdout stays a clean CSV file.
    },
  };
}

interface Listed {
  readonly employeeId: string;
  readonly result: EligibilityResult;
}

function tableOutput(out: Writable): ScanOutput {
  const due: Listed[] = [];
  const approaching: Listed[] = [];
  const running: string[] = [];
  let policy: ResolvedPolicy | null = null;
  return {
    begin(resolved) {
      policy = resolved;
    },
    result(employeeId, result) {
      if (result.status === 'due') due.push({ employeeId, result });
      else if (result.status === 'approaching') approaching.push({ employeeId, result });
      else if (result.status === 'bem-running') running.push(employeeId);
    },
    end(summary) {
      if (policy !== null) out.write(`BEM eligibility as of ${summary.asOf} (${describePolicy(policy)})\n\n`);
      out.write(renderDue(due, summary.asOf));
      out.write(renderApproaching(approaching));
      if (running.length > 0) out.write(`A BEM is running (no new offer due) (${running.length}): ${running.join(', ')}\n\n`);
      out.write(`${describeSummary(summary)}\n`);
    },
  };
}

/**
 * The policy in a few words, e.g. `more than 42 calendar days within 12 months`.
 *
 * @example
 * ```ts
 * describePolicy(defaultPolicy); //=> 'more than 42 calendar days within 12 months'
 * ```
 */
export function describePolicy(policy: ResolvedPolicy): string {
  const comparison = policy.comparison.value === 'at-least' ? 'at least' : 'more than';
  const window = 'months' in policy.window.value ? `${policy.window.value.months} months` : `${policy.window.value.days} days`;
  return `${comparison} ${policy.threshold.value} ${policy.unit.value.replace('-', ' ')} within ${window}`;
}

function byDate(date: (entry: Listed) => string | null): (a: Listed, b: Listed) => number {
  return (a, b) => {
    // No date sorts last; equal dates put the higher count first.
    return compareDates(date(a) ?? '9999-99-99', date(b) ?? '9999-99-99') || b.result.countedDays - a.result.countedDays;
  };
}

function renderDue(due: Listed[], asOf: string): string {
  if (due.length === 0) return 'Due: nobody is over the threshold.\n\n';
  due.sort(byDate((entry) => entry.result.thresholdCrossedOn));
  const rows = due.map(({ employeeId, result }) => {
    const crossed = result.thresholdCrossedOn ?? '';
    const waiting = crossed === '' ? '' : String(daysBetween(IsoDate.parse(crossed), IsoDate.parse(asOf)));
    return [employeeId, String(result.countedDays), crossed, waiting];
  });
  const head = `Due: a BEM must be offered (${due.length}), longest waiting first\n`;
  return `${head}${renderTable(['employee', 'counted', 'over the threshold since', 'days since'], rows)}\n`;
}

function renderApproaching(approaching: Listed[]): string {
  if (approaching.length === 0) return 'Approaching: nobody is near the threshold.\n\n';
  approaching.sort(byDate((entry) => entry.result.projectedCrossingOn));
  const rows = approaching.map(({ employeeId, result }) => [
    employeeId,
    String(result.countedDays),
    result.projectedCrossingOn ?? '-',
  ]);
  const head = `Approaching the threshold (${approaching.length}): prepare the offer; "crosses on" assumes the absences run as recorded (- = they end in time)\n`;
  return `${head}${renderTable(['employee', 'counted', 'crosses on'], rows)}\n`;
}

/** Left-aligned text columns, numbers right-aligned, two spaces apart. */
function renderTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const numeric = header.map((_, column) => rows.every((row) => /^\d*$/.test(row[column] ?? '')));
  const line = (cells: readonly string[]): string =>
    `  ${cells.map((cell, column) => (numeric[column] ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0))).join('  ')}`.trimEnd() + '\n';
  return line(header) + rows.map(line).join('');
}
