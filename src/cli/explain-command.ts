import type { EligibilityResult } from '../index.js';
import { type CliIo, CliUsageError, EXIT_BAD_ROWS, EXIT_OK } from './io.js';
import { readEmployees } from './read-employees.js';
import { parseCommandArgs } from './run.js';
import { badRowReporter, checkAsOfAndPolicy, evaluateGroup, onePath, readPolicy, requiredAsOf } from './scan-command.js';
import { describePolicy } from './scan-output.js';

/**
 * `bem-sgb9 explain <file> --employee ID --as-of DATE [--policy policy.json] [--format text|json]`:
 * one employee's result with every reason and its legal reference. The file may be in any
 * order: only that employee's rows are kept.
 *
 * @throws CliUsageError for wrong arguments, an unreadable file, a bad policy or an unknown employee.
 */
export async function runExplain(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    employee: { type: 'string' },
    'as-of': { type: 'string' },
    policy: { type: 'string' },
    format: { type: 'string', default: 'text' },
  });
  const file = onePath(positionals);
  const employeeId = values.employee;
  if (typeof employeeId !== 'string' || employeeId === '') throw new CliUsageError('--employee ID is required.');
  if (values.format !== 'text' && values.format !== 'json') throw new CliUsageError(`--format must be text or json, received '${String(values.format)}'.`);
  const asOf = requiredAsOf(values['as-of']);
  const policy = await readPolicy(values.policy);
  checkAsOfAndPolicy(asOf, policy);

  const summary = { badRows: 0 };
  const report = badRowReporter(io, summary);
  let result: EligibilityResult | null = null;
  let found = false;
  // The whole file is read (and its bad rows reported) even after the employee was found: the
  // exit code must say whether the file had bad rows, as for `scan`.
  for await (const group of readEmployees(file, io, { unsorted: true, onBadRow: report.add })) {
    if ((group.record as { employeeId?: unknown } | null)?.employeeId !== employeeId) continue;
    found = true;
    result = evaluateGroup(group, asOf, policy, report.add);
  }
  report.finish();
  if (!found) throw new CliUsageError(`No rows for employee '${employeeId}' in ${file}.`);
  if (result !== null) io.stdout.write(values.format === 'json' ? `${JSON.stringify({ employeeId, ...result }, null, 2)}\n` : explanation(employeeId, result));
  return summary.badRows > 0 ? EXIT_BAD_ROWS : EXIT_OK;
}

const STATUS_TEXT: Readonly<Record<EligibilityResult['status'], string>> = {
  due: 'due: a BEM must be offered',
  approaching: 'approaching the threshold',
  'not-due': 'not due',
  'bem-running': 'a BEM is running: no new offer is due',
};

/**
 * One result as text: the status, the count, the periods and every reason with its reference.
 *
 * @example
 * ```ts
 * explanation('e-1', result).split('\n')[0]; //=> 'Employee e-1 as of 2025-10-31: due: a BEM must be offered'
 * ```
 */
export function explanation(employeeId: string, result: EligibilityResult): string {
  const lines = [
    `Employee ${employeeId} as of ${result.window.end}: ${STATUS_TEXT[result.status]}`,
    `Counted ${result.countedDays} ${result.unit.replace('-', ' ')} in ${result.window.start}..${result.window.end} (threshold: ${describePolicy(result.policy)})`,
  ];
  if (result.thresholdCrossedOn !== null) lines.push(`Over the threshold since ${result.thresholdCrossedOn}`);
  if (result.projectedCrossingOn !== null) lines.push(`Crosses the threshold on ${result.projectedCrossingOn} if the absences run as recorded`);
  lines.push('', `Periods counted (${result.pattern ?? 'none'}):`);
  for (const period of result.periods) {
    const ids = period.sourceIds.length > 0 ? `  [${period.sourceIds.join(', ')}]` : '';
    lines.push(`  ${period.start}..${period.end}  ${String(period.days).padStart(3)} days  ${period.kinds.join(', ')}${ids}`);
  }
  if (result.periods.length === 0) lines.push('  none');
  lines.push('', 'Reasons:');
  result.reasons.forEach((reason, index) => {
    lines.push(`  ${index + 1}. ${reason.message}`, `     (${reason.reference})`);
  });
  return `${lines.join('\n')}\n`;
}

