import { readFile } from 'node:fs/promises';
import * as z from 'zod';
import { Absence, formatPath, IsoDate, safeParseInput } from '../index.js';
import type { BadRowSink } from './bad-row.js';
import type { EmployeeGroup } from './employee-group.js';
import { CliUsageError } from './io.js';

/**
 * One element of the JSON input: an employee's absences and, optionally, the day the previous
 * BEM concluded and the day a running BEM began.
 */
const JsonEmployee = z.strictObject({
  employeeId: z.string().min(1).max(200),
  absences: z.array(Absence),
  previousBemConcludedOn: IsoDate.nullable().optional(),
  bemRunningSince: IsoDate.nullable().optional(),
});

/**
 * Reads a JSON file `[{ "employeeId": "e-1", "absences": [...] }, ...]`. JSON is read whole;
 * large exports belong in CSV, which streams. A bad element is reported with its index and path
 * and skipped.
 *
 * @throws CliUsageError when the file cannot be read or is not a JSON array.
 */
export async function readJsonEmployees(path: string, onBadRow: BadRowSink): Promise<EmployeeGroup[]> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new CliUsageError(`Cannot read ${path}: ${(error as Error).message}`);
  }
  if (!Array.isArray(data)) throw new CliUsageError(`${path}: expected a JSON array of { "employeeId", "absences" }.`);
  const groups: EmployeeGroup[] = [];
  data.forEach((item, index) => {
    const parsed = safeParseInput(JsonEmployee, item);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) onBadRow({ at: `item ${index}`, field: formatPath(issue.path), message: issue.message });
      return;
    }
    const { employeeId, absences, previousBemConcludedOn, bemRunningSince } = parsed.data;
    groups.push({
      employeeId,
      absences,
      ...(previousBemConcludedOn !== undefined && { previousBemConcludedOn }),
      ...(bemRunningSince !== undefined && { bemRunningSince }),
      at: `item ${index}`,
    });
  });
  return groups;
}
