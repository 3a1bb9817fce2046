import { readFile } from 'node:fs/promises';
import { type BemInputError, type EligibilityResult, formatPath, type PolicyInput, type ResolvedPolicy, safeEvaluateEligibility, scanWorkforce } from '../index.js';
import { type BadRow, describeBadRow } from './bad-row.js';
import type { EmployeeGroup } from './employee-group.js';
import { backpressured, type CliIo, CliUsageError, EXIT_BAD_ROWS, EXIT_OK } from './io.js';
import { readEmployees } from './read-employees.js';
import { parseCommandArgs } from './run.js';
import { countResult, describeSummary, emptySummary } from './scan-summary.js';
import { SCAN_FORMATS, type ScanFormat, scanOutput } from './scan-output.js';

/** Bad rows printed one by one; past this, only their number. */
const BAD_ROWS_SHOWN = 100;

/**
 * `bem-sgb9 scan <file> --as-of DATE [--policy policy.json] [--format table|json|csv] [--unsorted]`:
 * evaluates every employee in the file on the check date and prints who is due, who is
 * approaching, and a summary. Bad rows go to stderr with their line and column; the rest is
 * scanned; the exit code is 1 when any row was bad.
 *
 * @throws CliUsageError for wrong arguments, an unreadable file or a bad policy.
 */
export async function runScan(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    'as-of': { type: 'string' },
    policy: { type: 'string' },
    format: { type: 'string', default: 'table' },
    unsorted: { type: 'boolean', default: false },
  });
  const file = onePath(positionals);
  const format = values.format as string;
  if (!(SCAN_FORMATS as readonly string[]).includes(format)) throw new CliUsageError(`--format must be one of ${SCAN_FORMATS.join(', ')}, received '${format}'.`);
  const asOf = requiredAsOf(values['as-of']);
  const policy = await readPolicy(values.policy);
  const resolved = checkAsOfAndPolicy(asOf, policy);

  const summary = emptySummary(asOf);
  const report = badRowReporter(io, summary);
  const out = backpressured(io.stdout);
  const output = scanOutput(format as ScanFormat, out);
  output.begin(resolved);
  // scanWorkforce pulls one record, yields its item, then pulls the next: `current` is the
  // group the item belongs to.
  let current: EmployeeGroup | null = null;
  async function* records() {
    for await (const group of readEmployees(file, io, { unsorted: values.unsorted === true, onBadRow: report.add })) {
      current = group;
      yield group.record;
    }
  }
  for await (const item of scanWorkforce(records(), policy === undefined ? { asOf } : { asOf, policy })) {
    const group = current as EmployeeGroup | null;
    if (group === null) continue;
    if ('error' in item) {
      reportIssues(item.error, group.at, report.add);
      continue;
    }
    countResult(summary, item.result, group.rows);
    output.result(item.employeeId, item.result);
    await out.ready();
  }
  report.finish();
  output.end(summary);
  if (format === 'csv') io.stderr.write(`${describeSummary(summary)}\n`);
  return summary.badRows > 0 ? EXIT_BAD_ROWS : EXIT_OK;
}

/**
 * Evaluates one employee record through the public API; what the library refuses (e.g. a reset
 * date after the check date) becomes bad rows at the employee's lines.
 */
export function evaluateGroup(group: EmployeeGroup, asOf: string, policy: PolicyInput | undefined, onBadRow: (bad: BadRow) => void): EligibilityResult | null {
  const { employeeId: _employeeId, ...rest } = group.record;
  const answer = safeEvaluateEligibility({ ...rest, asOf }, policy);
  if (answer.success) return answer.data;
  reportIssues(answer.error, group.at, onBadRow);
  return null;
}

/** Each issue of a refused record as a bad row at the record's place in the file. */
function reportIssues(error: BemInputError, at: string, onBadRow: (bad: BadRow) => void): void {
  for (const issue of error.issues) onBadRow({ at, field: formatPath(issue.path), message: issue.message });
}

/** The single input file of a command. @throws CliUsageError otherwise. */
export function onePath(positionals: readonly string[]): string {
  const [file, extra] = positionals;
  if (file === undefined) throw new CliUsageError('Expected an input file (absences.csv or .json).');
  if (extra !== undefined) throw new CliUsageError(`Expected one input file, received ${positionals.length}: ${positionals.join(' ')}.`);
  return file;
}

/** The check date, which is never taken from the clock. @throws CliUsageError when missing. */
export function requiredAsOf(asOf: string | boolean | undefined): string {
  if (typeof asOf !== 'string' || asOf === '') throw new CliUsageError('--as-of YYYY-MM-DD is required: the check date is always explicit.');
  return asOf;
}

/** Reads `--policy policy.json` (a PolicyInput as JSON). @throws CliUsageError when unreadable. */
export async function readPolicy(path: string | boolean | undefined): Promise<PolicyInput | undefined> {
  if (typeof path !== 'string') return undefined;
  try {
    return JSON.parse(await readFile(path, 'utf8')) as PolicyInput;
  } catch (error) {
    throw new CliUsageError(`Cannot read the policy ${path}: ${(error as Error).message}`);
  }
}

/**
 * Checks the check date and the policy once, before any row is read, through the library's own
 * validation, and returns the policy as resolved.
 *
 * @throws CliUsageError naming each problem (`asOf: …`, `policy.threshold: …`).
 */
export function checkAsOfAndPolicy(asOf: string, policy: PolicyInput | undefined): ResolvedPolicy {
  const answer = safeEvaluateEligibility({ absences: [], asOf }, policy);
  if (answer.success) return answer.data.policy;
  const problems = answer.error.issues.map((issue) => `${formatPath(issue.path).replace(/^asOf/, '--as-of')}: ${issue.message}`);
  throw new CliUsageError(problems.join('; '));
}

/** Prints bad rows to stderr as they come (the first {@link BAD_ROWS_SHOWN}) and counts them all. */
export function badRowReporter(io: CliIo, summary: { badRows: number }): { add(bad: BadRow): void; finish(): void } {
  return {
    add(bad) {
      summary.badRows += 1;
      if (summary.badRows <= BAD_ROWS_SHOWN) io.stderr.write(`bad row: ${describeBadRow(bad)}\n`);
    },
    finish() {
      if (summary.badRows > BAD_ROWS_SHOWN) io.stderr.write(`… and ${summary.badRows - BAD_ROWS_SHOWN} more bad rows.\n`);
    },
  };
}
