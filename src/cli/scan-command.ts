import { type EmployeeAbsences, scanWorkforceSync } from '../index.js';
import { holidayCalendar } from './region.js';
import { onePath, parseCommandArgs, readSharedFlags, SHARED_OPTIONS, type SharedFlags } from './args.js';
import { UngroupedError } from './employee-group.js';
import { COLUMN_OF_FIELD } from './csv-absences.js';
import { badRowReporter, problemsAtLines, problemsOf } from './evaluate-group.js';
import { type HeldOutput, heldOutput } from './held-output.js';
import { type InputSource, openSource } from './input-source.js';
import { type CliIo, CliUsageError, EXIT_BAD_ROWS, EXIT_OK } from './io.js';
import { progressBar } from './progress.js';
import { readEmployees } from './read-employees.js';
import { SCAN_FORMATS, type ScanFormat, scanOutput } from './scan-output.js';
import { countNotEvaluated, countResult, describeSummary, emptySummary } from './scan-summary.js';
import { SCAN_USAGE } from './usage.js';

/**
 * `bem-sgb9 scan <file|-> --as-of DATE [options]` (see {@link SCAN_USAGE}): evaluates every
 * employee on the check date and prints who is due, who is approaching, and a summary. An
 * employee with a bad row is listed as not evaluated, never with a status; bad rows go to stderr
 * with their line and column; the exit code is then 1. The output is held until the scan is
 * complete, so a failure (exit 2) leaves stdout empty.
 *
 * @throws CliUsageError for wrong arguments, an unreadable file, a bad policy or mapping.
 */
export async function runScan(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    ...SHARED_OPTIONS,
    format: { type: 'string', default: 'table' },
    unsorted: { type: 'boolean', default: false },
  });
  if (values.help === true) {
    io.stdout.write(SCAN_USAGE);
    return EXIT_OK;
  }
  const file = onePath(positionals);
  const format = values.format as string;
  if (!(SCAN_FORMATS as readonly string[]).includes(format)) throw new CliUsageError(`--format must be one of ${SCAN_FORMATS.join(', ')}, received '${format}'.`);
  const flags = await readSharedFlags(values, io);
  const source = openSource(file, io);
  const out = heldOutput(io.stdout);
  try {
    let code: number;
    try {
      code = await scanOnce(source, flags, format as ScanFormat, out, io, values.unsorted === true ? 'gathered' : 'grouped');
    } catch (error) {
      if (!(error instanceof UngroupedError)) throw error;
      if (!source.rereadable) throw new CliUsageError(`${error.message} in ${source.name}. Sort the input by employee_id, or pass --unsorted (which holds all of standard input in memory).`);
      out.discard();
      io.stderr.write(`bem-sgb9 scan: ${error.message}: reading ${source.name} again by employee.\n`);
      code = await scanOnce(source, flags, format as ScanFormat, out, io, 'gathered');
    }
    await out.commit();
    return code;
  } catch (error) {
    out.discard();
    throw error;
  }
}

async function scanOnce(source: InputSource, flags: SharedFlags, format: ScanFormat, out: HeldOutput, io: CliIo, order: 'grouped' | 'gathered'): Promise<number> {
  const summary = emptySummary(flags.asOf);
  const columnOf = (field: string): string => flags.mapping.nameOf[(Object.hasOwn(COLUMN_OF_FIELD, field) ? COLUMN_OF_FIELD[field] : undefined) ?? 'employee_id'] ?? field;
  const report = badRowReporter();
  const output = scanOutput(format, out);
  const progress = progressBar(io, source.size ?? 0);
  let bytes = 0;
  const pending = readEmployees(source, {
    mapping: flags.mapping,
    delimiter: flags.delimiter,
    employees: flags.employees,
    order,
    onStray: report.add,
    columnOf,
    onRow: () => {
      summary.rows += 1;
    },
    onBytes: (read) => {
      bytes = read;
      progress.update(bytes, summary.rows);
    },
  });
  output.begin(flags.resolved);
  const options = flags.policy === undefined ? { asOf: flags.asOf, holidayCalendar } : { asOf: flags.asOf, policy: flags.policy, holidayCalendar };
  try {
    for await (const batch of pending) {
      // One synchronous scan per batch (the employees one chunk of the file completed): the
      // policy is prepared once per batch, and no employee waits on a promise.
      const records: EmployeeAbsences[] = [];
      for (const employee of batch) if (employee.record !== null) records.push(employee.record);
      const items = scanWorkforceSync(records, options);
      let next = 0;
      for (const employee of batch) {
        if (employee.record === null) {
          employee.problems.forEach(report.add);
          countNotEvaluated(summary);
          output.notEvaluated(employee.employeeId, employee.at, employee.problems);
          continue;
        }
        const item = items[next++]!;
        if ('error' in item) {
          const bad = employee.lines === undefined ? [problemsOf(item.error, employee.at)] : problemsAtLines(item.error, employee.at, employee.lines, columnOf);
          bad.forEach(report.add);
          countNotEvaluated(summary);
          output.notEvaluated(item.employeeId, employee.at, bad);
          continue;
        }
        countResult(summary, item.result);
        output.result(item.employeeId, item.result);
      }
    }
  } finally {
    progress.done();
  }
  summary.badRows = report.count;
  report.print(io);
  output.end(summary);
  if (format !== 'table') io.stderr.write(`${describeSummary(summary)}\n`);
  return summary.badRows > 0 || summary.notEvaluated > 0 ? EXIT_BAD_ROWS : EXIT_OK;
}
