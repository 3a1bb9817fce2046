import type { EligibilityResult } from '../index.js';
import { onePath, parseCommandArgs, readSharedFlags, SHARED_OPTIONS } from './args.js';
import { printable } from './bad-row.js';
import { COLUMN_OF_FIELD } from './csv-absences.js';
import { badRowReporter, evaluateRecord } from './evaluate-group.js';
import { openSource } from './input-source.js';
import { type CliIo, CliUsageError, EXIT_BAD_ROWS, EXIT_OK } from './io.js';
import { readEmployees } from './read-employees.js';
import { describePolicy } from './scan-output.js';
import { EXPLAIN_USAGE } from './usage.js';

/**
 * `bem-sgb9 explain <file|-> --employee ID --as-of DATE [options]` (see {@link EXPLAIN_USAGE}):
 * one employee's result with every reason and its legal reference. The file may be in any order:
 * only that employee's rows are kept. When one of them is bad, the employee is not evaluated
 * (exit 1, the problems on stderr, nothing on stdout); rows that name no employee may be theirs,
 * so they are reported too.
 *
 * @throws CliUsageError for wrong arguments, an unreadable file, a bad policy or an unknown employee.
 */
export async function runExplain(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    ...SHARED_OPTIONS,
    employee: { type: 'string' },
    format: { type: 'string', default: 'text' },
  });
  if (values.help === true) {
    io.stdout.write(EXPLAIN_USAGE);
    return EXIT_OK;
  }
  const file = onePath(positionals);
  const employeeId = values.employee;
  if (typeof employeeId !== 'string' || employeeId === '') throw new CliUsageError('--employee ID is required.');
  if (values.format !== 'text' && values.format !== 'json') throw new CliUsageError(`--format must be text or json, received '${String(values.format)}'.`);
  const flags = await readSharedFlags(values, io);
  const source = openSource(file, io);

  const report = badRowReporter();
  const columnOf = (field: string): string => flags.mapping.nameOf[(Object.hasOwn(COLUMN_OF_FIELD, field) ? COLUMN_OF_FIELD[field] : undefined) ?? 'employee_id'] ?? field;
  let answer: ReturnType<typeof evaluateRecord> | null = null;
  let notEvaluated = false;
  const employees = readEmployees(source, {
    mapping: flags.mapping,
    delimiter: flags.delimiter,
    employees: flags.employees,
    order: 'gathered',
    only: employeeId,
    onStray: report.add,
    columnOf,
    onRow: () => undefined,
  });
  for await (const batch of employees) for (const employee of batch) {
    if (employee.record === null) {
      employee.problems.forEach(report.add);
      notEvaluated = true;
      continue;
    }
    answer = evaluateRecord(employee.record, { at: employee.at, lines: employee.lines, columnOf }, flags.asOf, flags.policy);
    if ('problems' in answer) {
      answer.problems.forEach(report.add);
      notEvaluated = true;
    }
  }
  report.print(io);
  if (notEvaluated) {
    io.stderr.write(`bem-sgb9 explain: employee ${employeeId} was not evaluated: bad rows make the result unknown.\n`);
    return EXIT_BAD_ROWS;
  }
  if (answer === null) throw new CliUsageError(`No rows for employee '${employeeId}' in ${source.name}.`);
  if (!('result' in answer)) throw new Error('bem-sgb9 cli: unreachable');
  const result = answer.result;
  io.stdout.write(values.format === 'json' ? `${JSON.stringify({ employeeId, ...result }, null, 2)}\n` : explanation(employeeId, result));
  return report.count > 0 ? EXIT_BAD_ROWS : EXIT_OK;
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
    `Employee ${printable(employeeId)} as of ${result.window.end}: ${STATUS_TEXT[result.status]}`,
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

