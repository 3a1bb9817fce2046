import { readFile } from 'node:fs/promises';
import type { EmployeeAbsences } from '../index.js';
import type { EmployeeGroup } from './employee-group.js';
import { CliUsageError } from './io.js';

/**
 * Reads a JSON file `[{ "employeeId": "e-1", "absences": [...] }, ...]` (each item an
 * `EmployeeAbsences`, optionally with `previousBemConcludedOn` and `bemRunningSince`). JSON is
 * read whole; large exports belong in CSV, which streams. The items are handed on as they are:
 * the library's scan validates each one and reports a bad item without stopping.
 *
 * @throws CliUsageError when the file cannot be read or is not a JSON array.
 */
export async function readJsonEmployees(path: string): Promise<EmployeeGroup[]> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new CliUsageError(`Cannot read ${path}: ${(error as Error).message}`);
  }
  if (!Array.isArray(data)) throw new CliUsageError(`${path}: expected a JSON array of { "employeeId", "absences" }.`);
  return data.map((item: unknown, index) => {
    const absences = (item as { absences?: unknown } | null)?.absences;
    return { record: item as EmployeeAbsences, at: `item ${index}`, rows: Array.isArray(absences) ? absences.length : 0 };
  });
}
