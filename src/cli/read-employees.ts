import { statSync } from 'node:fs';
import type { BadRowSink } from './bad-row.js';
import { readCsvAbsences } from './csv-absences.js';
import { type EmployeeGroup, groupByEmployee } from './employee-group.js';
import { type CliIo, CliUsageError } from './io.js';
import { readJsonEmployees } from './json-employees.js';
import { progressBar } from './progress.js';

/** Options of {@link readEmployees}. */
export interface ReadEmployeesOptions {
  /** Gather the whole CSV in memory instead of requiring rows grouped by employee_id. */
  readonly unsorted: boolean;
  /** Receives every bad row. */
  readonly onBadRow: BadRowSink;
}

/**
 * The employees of an input file, one group at a time: a `.json` file is read whole, anything
 * else is a CSV streamed row by row (with a progress bar on a terminal).
 *
 * @throws CliUsageError when the file is missing or unreadable.
 */
export async function* readEmployees(path: string, io: CliIo, options: ReadEmployeesOptions): AsyncGenerator<EmployeeGroup> {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new CliUsageError(`Cannot read ${path}: no such file.`);
  }
  if (path.toLowerCase().endsWith('.json')) {
    yield* await readJsonEmployees(path);
    return;
  }
  const progress = progressBar(io, size);
  let bytes = 0;
  let rows = 0;
  const onBadRow: BadRowSink = (bad) => {
    progress.clear();
    options.onBadRow(bad);
  };
  const absences = readCsvAbsences(path, { onBadRow, onBytes: (read) => (bytes = read) });
  async function* counted() {
    for await (const row of absences) {
      rows += 1;
      progress.update(bytes, rows);
      yield row;
    }
  }
  try {
    yield* groupByEmployee(counted(), { unsorted: options.unsorted, onBadRow });
  } finally {
    progress.done();
  }
}
