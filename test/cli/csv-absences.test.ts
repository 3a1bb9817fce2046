import { describe, expect, it } from 'vitest';
import type { BadRow } from '../../src/cli/bad-row.js';
import { readCsvAbsences, readHeader, readRow } from '../../src/cli/csv-absences.js';
import { CliUsageError } from '../../src/cli/io.js';
import { tempFile } from './fake-io.js';

async function readAll(content: string) {
  const bad: BadRow[] = [];
  const rows = [];
  for await (const row of readCsvAbsences(tempFile(content), { onBadRow: (b) => bad.push(b) })) rows.push(row);
  return { rows, bad };
}

describe('the CSV header', () => {
  it('accepts the columns in any order and any case', () => {
    expect(readHeader(['Kind', ' end ', 'START', 'employee_id', 'went_home_sick'])).toEqual({ kind: 0, end: 1, start: 2, employee_id: 3, went_home_sick: 4 });
  });

  it('refuses an unknown column, since it might carry health details', () => {
    expect(() => readHeader(['employee_id', 'start', 'end', 'kind', 'diagnosis'])).toThrow(
      "Unknown column 'diagnosis' in the header (line 1): the CSV accepts only employee_id, start, end, kind, id, certified, went_home_sick (no health details).",
    );
  });

  it('names every missing required column', () => {
    expect(() => readHeader(['employee_id', 'start'])).toThrow('Missing columns end, kind in the header (line 1).');
    expect(() => readHeader(['employee_id', 'start', 'end'])).toThrow('Missing column kind in the header (line 1).');
  });

  it('refuses a column given twice', () => {
    expect(() => readHeader(['employee_id', 'start', 'end', 'kind', 'START'])).toThrow(CliUsageError);
  });
});

describe('a CSV row', () => {
  const columns = readHeader(['employee_id', 'start', 'end', 'kind', 'id', 'certified', 'went_home_sick']);
  const read = (cells: string[]) => {
    const bad: BadRow[] = [];
    return { row: readRow(cells, 7, columns, (b) => bad.push(b)), bad };
  };

  it('becomes an absence; an empty end means ongoing, empty flags mean not recorded', () => {
    expect(read(['e-1', '2025-01-06', '', 'sickness', '', '', '']).row).toEqual({
      line: 7,
      employeeId: 'e-1',
      absence: { start: '2025-01-06', end: null, kind: 'sickness' },
    });
  });

  it('reads true/false, yes/no and 1/0 in the flag columns', () => {
    expect(read(['e-1', '2025-01-06', '2025-01-07', 'sickness', 'au-1', 'YES', '0']).row?.absence).toEqual({
      start: '2025-01-06',
      end: '2025-01-07',
      kind: 'sickness',
      id: 'au-1',
      certified: true,
      wentHomeSick: false,
    });
  });

  it('reports each problem with its line and column', () => {
    const { row, bad } = read(['', '2025-02-30', '2025-01-01', 'flu', '', 'maybe', '']);
    expect(row).toBeNull();
    expect(bad).toEqual([
      { at: 'line 7', field: 'employee_id', message: 'Required: a pseudonymous employee id' },
      { at: 'line 7', field: 'certified', message: "Expected true or false (or yes/no, 1/0, or empty), received 'maybe'" },
      { at: 'line 7', field: 'start', message: 'Expected a calendar date as YYYY-MM-DD' },
      {
        at: 'line 7',
        field: 'kind',
        message: 'Expected one of "sickness", "work-accident", "medical-rehab", "graded-return", "child-sick", "quarantine", "employment-ban", "other"',
      },
    ]);
  });

  it('reports an end before the start in the end column', () => {
    expect(read(['e-1', '2025-01-07', '2025-01-06', 'sickness', '', '', '']).bad).toEqual([
      { at: 'line 7', field: 'end', message: 'End date must not be before the start date' },
    ]);
  });

  it('reports a row with too few cells as a whole', () => {
    expect(read(['e-1', '2025-01-07']).bad).toEqual([{ at: 'line 7', field: 'row', message: 'Expected 7 cells as in the header, found 2' }]);
  });
});

describe('reading a CSV file', () => {
  it('streams the rows with their line numbers, skipping blank lines and a BOM', async () => {
    const { rows, bad } = await readAll('\uFEFFemployee_id,start,end,kind\r\ne-1,2025-01-06,2025-01-07,sickness\r\n\r\n"e,2",2025-02-03,,work-accident\r\n');
    expect(bad).toEqual([]);
    expect(rows.map((row) => [row.line, row.employeeId, row.absence.kind])).toEqual([
      [2, 'e-1', 'sickness'],
      [4, 'e,2', 'work-accident'],
    ]);
  });

  it('reports a broken row and reads on', async () => {
    const { rows, bad } = await readAll('employee_id,start,end,kind\ne-1,2025-01-06,2025-01-07,sickness\ne-2,2025-01-06,"2025-01-07,sickness\n');
    expect(rows.map((row) => row.employeeId)).toEqual(['e-1']);
    expect(bad).toHaveLength(1);
    expect(bad[0]?.field).toBe('row');
  });

  it('refuses an empty file', async () => {
    await expect(readAll('')).rejects.toThrow('is empty: expected a header row employee_id,start,end,kind.');
  });

  it('refuses a file that is not there', async () => {
    const rows = readCsvAbsences('/nonexistent/absences.csv', { onBadRow: () => undefined });
    await expect(rows.next()).rejects.toThrow('Cannot read /nonexistent/absences.csv');
  });
});
