import { compareDates, daysBetween, type EligibilityResult, IsoDate, type ResolvedPolicy } from '../index.js';
import { type BadRow, describeBadRow, printable } from './bad-row.js';
import type { Writable } from './io.js';
import { describeSummary, type ScanSummary } from './scan-summary.js';

/** Writes a scan's results in one format. Called once per employee, in the order read. */
export interface ScanOutput {
  /** Called before the first result. */
  begin(policy: ResolvedPolicy): void;
  /** One employee's result. */
  result(employeeId: string, result: EligibilityResult): void;
  /** One employee that could not be evaluated, with its bad rows. */
  notEvaluated(employeeId: string, at: string, problems: readonly BadRow[]): void;
  /** Called after the last result. */
  end(summary: ScanSummary): void;
}

/** The output formats of `bem-sgb9 scan`. */
export const SCAN_FORMATS = ['table', 'json', 'csv'] as const;
/** One of {@link SCAN_FORMATS}. */
export type ScanFormat = (typeof SCAN_FORMATS)[number];

/**
 * The writer for `format`. Table output keeps only what it prints of the due and approaching
 * employees (to sort them); JSON and CSV write every employee as it comes.
 */
export function scanOutput(format: ScanFormat, out: Writable): ScanOutput {
  if (format === 'json') return jsonOutput(out);
  if (format === 'csv') return csvOutput(out);
  return tableOutput(out);
}

function jsonOutput(out: Writable): ScanOutput {
  let first = true;
  const item = (value: object): void => {
    out.write(`${first ? '\n' : ',\n'}${JSON.stringify(value)}`);
    first = false;
  };
  return {
    begin(policy) {
      out.write(`{"policy":${JSON.stringify(policy)},"results":[`);
    },
    result(employeeId, result) {
      const { policy: _policy, ...rest } = result;
      item({ employeeId, ...rest });
    },
    notEvaluated(employeeId, at, problems) {
      item({ employeeId, status: 'not-evaluated', error: { at, badRows: problems } });
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
  'error',
];

/**
 * A CSV cell safe to open in a spreadsheet: a cell that starts with `=` `+` `-` `@`, a tab or a
 * carriage return gets a leading apostrophe (OWASP: CSV injection), control characters are shown
 * as `\uXXXX`, and the cell is quoted when it holds a delimiter, a quote or a line break (RFC 4180).
 *
 * @example
 * ```ts
 * csvCell('=1+1'); //=> "'=1+1"
 * csvCell('a,b');  //=> '"a,b"'
 * ```
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  let text = printable(value);
  if (/^[=+\-@\t\r]/.test(value)) text = `'${text}`;
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvOutput(out: Writable): ScanOutput {
  return {
    begin() {
      out.write(`${CSV_HEADER.join(',')}\n`);
    },
    result(employeeId, r) {
      // Only the id comes from the input; the other cells are the library's dates, numbers and
      // names, which never need quoting.
      out.write(
        `${csvCell(employeeId)},${r.status},${r.countedDays},${r.unit},${r.threshold},${r.thresholdCrossedOn ?? ''},${r.projectedCrossingOn ?? ''},${r.window.start},${r.window.end},${r.pattern ?? ''},\n`,
      );
    },
    notEvaluated(employeeId, _at, problems) {
      const cells = [employeeId, 'not-evaluated', null, null, null, null, null, null, null, null, problems.map(describeBadRow).join(' | ')];
      out.write(`${cells.map(csvCell).join(',')}\n`);
    },
    end() {
      // The summary goes to stderr (see the scan command): stdout stays a clean CSV file.
    },
  };
}

/** What the table prints of one employee: kept instead of the whole result, so memory stays small. */
interface Listed {
  readonly employeeId: string;
  readonly countedDays: number;
  readonly date: string | null;
}

/** Employees not evaluated that the table names one by one; past this, their number. */
const NOT_EVALUATED_SHOWN = 100;

function tableOutput(out: Writable): ScanOutput {
  const due: Listed[] = [];
  const approaching: Listed[] = [];
  const running: string[] = [];
  const notEvaluated: string[] = [];
  let policy: ResolvedPolicy | null = null;
  return {
    begin(resolved) {
      policy = resolved;
    },
    result(employeeId, result) {
      if (result.status === 'due') due.push({ employeeId, countedDays: result.countedDays, date: result.thresholdCrossedOn });
      else if (result.status === 'approaching') approaching.push({ employeeId, countedDays: result.countedDays, date: result.projectedCrossingOn });
      else if (result.status === 'bem-running') running.push(employeeId);
    },
    notEvaluated(employeeId, at) {
      if (notEvaluated.length < NOT_EVALUATED_SHOWN) notEvaluated.push(`${printable(employeeId)} (${at})`);
    },
    end(summary) {
      if (policy !== null) out.write(`BEM eligibility as of ${summary.asOf} (${describePolicy(policy)})\n\n`);
      if (summary.notEvaluated > 0) {
        const more = summary.notEvaluated > notEvaluated.length ? `, … and ${summary.notEvaluated - notEvaluated.length} more` : '';
        out.write(`NOT EVALUATED: bad rows make the result unknown (${summary.notEvaluated}), fix them and scan again: ${notEvaluated.join(', ')}${more}\n\n`);
      }
      out.write(renderDue(due, summary.asOf));
      out.write(renderApproaching(approaching));
      if (running.length > 0) out.write(`A BEM is running (no new offer due) (${running.length}): ${running.map(printable).join(', ')}\n\n`);
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

/** By date (no date last); equal dates put the higher count first. */
function byDate(a: Listed, b: Listed): number {
  return compareDates(a.date ?? '9999-99-99', b.date ?? '9999-99-99') || b.countedDays - a.countedDays;
}

function renderDue(due: Listed[], asOf: string): string {
  if (due.length === 0) return 'Due: nobody is over the threshold.\n\n';
  due.sort(byDate);
  const rows = due.map(({ employeeId, countedDays, date }) => {
    const crossed = date ?? '';
    const waiting = crossed === '' ? '' : String(daysBetween(IsoDate.parse(crossed), IsoDate.parse(asOf)));
    return [printable(employeeId), String(countedDays), crossed, waiting];
  });
  const head = `Due: a BEM must be offered (${due.length}), longest waiting first\n`;
  return `${head}${renderTable(['employee', 'counted', 'over the threshold since', 'days since'], rows)}\n`;
}

function renderApproaching(approaching: Listed[]): string {
  if (approaching.length === 0) return 'Approaching: nobody is near the threshold.\n\n';
  approaching.sort(byDate);
  const rows = approaching.map(({ employeeId, countedDays, date }) => [printable(employeeId), String(countedDays), date ?? '-']);
  const head = `Approaching the threshold (${approaching.length}): prepare the offer; "crosses on" assumes the absences run as recorded (- = they end in time)\n`;
  return `${head}${renderTable(['employee', 'counted', 'crosses on'], rows)}\n`;
}

/** Left-aligned text columns, numbers right-aligned, two spaces apart. */
function renderTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  // A loop, not Math.max(...rows): a spread of a hundred thousand rows overflows the stack.
  const widths = header.map((title, column) => rows.reduce((width, row) => Math.max(width, (row[column] ?? '').length), title.length));
  const numeric = header.map((_, column) => rows.every((row) => /^\d*$/.test(row[column] ?? '')));
  const line = (cells: readonly string[]): string =>
    `  ${cells.map((cell, column) => (numeric[column] ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0))).join('  ')}`.trimEnd() + '\n';
  return line(header) + rows.map(line).join('');
}
