import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BadRow } from '../../src/cli/bad-row.js';
import type { AbsenceRow } from '../../src/cli/csv-absences.js';
import { type EmployeeGroup, groupByEmployee } from '../../src/cli/employee-group.js';

function rowsOf(ids: readonly string[]): AbsenceRow[] {
  return ids.map((employeeId, index) => ({ line: index + 2, employeeId, absence: { start: '2025-01-01', end: null, kind: 'sickness', id: `r${index}` } }));
}

async function group(ids: readonly string[], unsorted = false): Promise<{ groups: EmployeeGroup[]; bad: BadRow[] }> {
  async function* source() {
    yield* rowsOf(ids);
  }
  const bad: BadRow[] = [];
  const groups: EmployeeGroup[] = [];
  for await (const g of groupByEmployee(source(), { unsorted, onBadRow: (b) => bad.push(b) })) groups.push(g);
  return { groups, bad };
}

const summary = (groups: EmployeeGroup[]) => groups.map((g) => [g.record.employeeId, g.record.absences.map((a) => a.id)]);

describe('grouping rows by employee', () => {
  it('hands on each run of rows of one employee, with its lines', async () => {
    const { groups, bad } = await group(['a', 'a', 'b', 'c', 'c', 'c']);
    expect(bad).toEqual([]);
    expect(summary(groups)).toEqual([
      ['a', ['r0', 'r1']],
      ['b', ['r2']],
      ['c', ['r3', 'r4', 'r5']],
    ]);
    expect(groups.map((g) => g.at)).toEqual(['lines 2–3', 'line 4', 'lines 5–7']);
  });

  it('reports a row whose employee came earlier instead of evaluating them twice', async () => {
    const { groups, bad } = await group(['a', 'b', 'a']);
    expect(summary(groups)).toEqual([
      ['a', ['r0']],
      ['b', ['r1']],
    ]);
    expect(bad).toEqual([
      {
        at: 'line 4',
        field: 'employee_id',
        message: 'Employee a already appeared from line 2 on: rows must be grouped by employee_id (sort the file, or pass --unsorted)',
      },
    ]);
  });

  it('gathers a file in any order with --unsorted, in order of first appearance', async () => {
    const { groups, bad } = await group(['b', 'a', 'b', 'a', 'a', 'a', 'a', 'a'], true);
    expect(bad).toEqual([]);
    expect(summary(groups)).toEqual([
      ['b', ['r0', 'r2']],
      ['a', ['r1', 'r3', 'r4', 'r5', 'r6', 'r7']],
    ]);
    expect(groups.map((g) => g.at)).toEqual(['lines 2, 4', 'lines 3, 5, 6, 7, 8, …']);
  });

  it('is empty for no rows', async () => {
    expect((await group([])).groups).toEqual([]);
  });

  it('equals a grouping in memory for any file sorted by employee, and --unsorted does for any order', async () => {
    const ids = fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { maxLength: 30 });
    await fc.assert(
      fc.asyncProperty(ids, async (unordered) => {
        const reference = new Map<string, string[]>();
        rowsOf(unordered).forEach((row) => reference.set(row.employeeId, [...(reference.get(row.employeeId) ?? []), row.absence.id ?? '']));
        expect(summary((await group(unordered, true)).groups)).toEqual([...reference]);
        const sorted = [...unordered].sort();
        const sortedReference = new Map<string, string[]>();
        rowsOf(sorted).forEach((row) => sortedReference.set(row.employeeId, [...(sortedReference.get(row.employeeId) ?? []), row.absence.id ?? '']));
        const grouped = await group(sorted);
        expect(grouped.bad).toEqual([]);
        expect(summary(grouped.groups)).toEqual([...sortedReference]);
      }),
      { numRuns: 150 },
    );
  });
});
