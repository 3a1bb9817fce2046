import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BadRow, badRow } from '../../src/cli/bad-row.js';
import { type EmployeeGroup, gatheredRows, groupedRows, UngroupedError } from '../../src/cli/employee-group.js';

const absence = (index: number) => ({ start: '2025-01-01', end: null, kind: 'sickness', id: `r${index}` }) as const;

function grouped(ids: readonly string[]): { groups: EmployeeGroup[]; stray: BadRow[] } {
  const groups: EmployeeGroup[] = [];
  const stray: BadRow[] = [];
  const rows = groupedRows((g) => groups.push(g), (b) => stray.push(b));
  ids.forEach((id, index) => rows.row(id, absence(index), index + 2));
  rows.end();
  return { groups, stray };
}

function gathered(ids: readonly string[], accept: (id: string) => boolean = () => true): EmployeeGroup[] {
  const rows = gatheredRows(accept, () => undefined);
  ids.forEach((id, index) => rows.row(id, absence(index), index + 2));
  return [...rows.groups()];
}

const summary = (groups: EmployeeGroup[]) => groups.map((g) => [g.employeeId, g.absences.map((a) => a.id)]);

describe('grouping rows by employee', () => {
  it('hands on each run of rows of one employee, with its lines', () => {
    const { groups } = grouped(['a', 'a', 'b', 'c', 'c', 'c']);
    expect(summary(groups)).toEqual([
      ['a', ['r0', 'r1']],
      ['b', ['r2']],
      ['c', ['r3', 'r4', 'r5']],
    ]);
    expect(groups.map((g) => g.at)).toEqual(['lines 2–3', 'line 4', 'lines 5–7']);
  });

  it('stops at an employee that came earlier, naming the employee and both lines', () => {
    expect(() => grouped(['a', 'b', 'a'])).toThrow(new UngroupedError('a', 2, 4));
    expect(() => grouped(['a', 'b', 'a'])).toThrow('The rows of employee a are not together: line 2 and line 4, with other employees between them');
  });

  it('keeps bad rows with their employee, and hands on those that name none', () => {
    const groups: EmployeeGroup[] = [];
    const stray: BadRow[] = [];
    const rows = groupedRows((g) => groups.push(g), (b) => stray.push(b));
    rows.row('a', absence(0), 2);
    rows.bad('a', badRow('line 3', 'start', 'x'), 3);
    rows.bad(null, badRow('line 4', 'row', 'y'), 4);
    rows.row('a', absence(3), 5);
    rows.end();
    expect(groups).toEqual([{ employeeId: 'a', absences: [absence(0), absence(3)], lines: [2, 5], problems: [badRow('line 3', 'start', 'x')], at: 'lines 2–5', rows: 3 }]);
    expect(stray).toEqual([badRow('line 4', 'row', 'y')]);
  });

  it('gathers a file in any order, in order of first appearance, only the employees asked for', () => {
    const groups = gathered(['b', 'a', 'b', 'a', 'a', 'a', 'a', 'a', 'c']);
    expect(summary(groups)).toEqual([
      ['b', ['r0', 'r2']],
      ['a', ['r1', 'r3', 'r4', 'r5', 'r6', 'r7']],
      ['c', ['r8']],
    ]);
    expect(groups.map((g) => g.at)).toEqual(['lines 2, 4', 'lines 3, 5, 6, 7, 8, …', 'line 10']);
    expect(summary(gathered(['b', 'a', 'b'], (id) => id === 'b'))).toEqual([['b', ['r0', 'r2']]]);
  });

  it('is empty for no rows', () => {
    expect(grouped([]).groups).toEqual([]);
  });

  it('equals a grouping in memory for any file sorted by employee, and gathering does for any order', () => {
    const ids = fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { maxLength: 30 });
    fc.assert(
      fc.property(ids, (unordered) => {
        const reference = (list: readonly string[]) => {
          const map = new Map<string, string[]>();
          list.forEach((id, index) => map.set(id, [...(map.get(id) ?? []), `r${index}`]));
          return [...map];
        };
        expect(summary(gathered(unordered))).toEqual(reference(unordered));
        const sorted = [...unordered].sort();
        expect(summary(grouped(sorted).groups)).toEqual(reference(sorted));
      }),
      { numRuns: 150 },
    );
  });
});
