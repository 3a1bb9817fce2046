import { describe, expect, it } from 'vitest';
import {
  type EmployeeAbsences,
  evaluateEligibility,
  type ScanItem,
  scanWorkforce,
  scanWorkforceSync,
  thresholdList,
} from '../../src/eligibility/index.js';
import { BemInputError } from '../../src/model/index.js';

const employees: EmployeeAbsences[] = [
  { employeeId: 'e-1', absences: [{ start: '2025-01-06', end: '2025-02-28', kind: 'sickness' }] },
  { employeeId: 'e-2', absences: [{ start: '2025-02-30', end: null, kind: 'sickness' }] },
  { employeeId: 'e-3', absences: [{ start: '2025-09-01', end: null, kind: 'sickness' }], bemRunningSince: '2025-10-20' },
  { employeeId: 'e-4', absences: [{ start: '2025-03-03', end: '2025-05-30', kind: 'sickness' }], previousBemConcludedOn: '2025-11-30' },
  { employeeId: 'e-5', absences: [{ start: '2024-12-01', end: '2025-01-31', kind: 'sickness' }] },
];

async function collect(items: AsyncIterable<ScanItem>): Promise<ScanItem[]> {
  const all: ScanItem[] = [];
  for await (const item of items) all.push(item);
  return all;
}

describe('scanWorkforce', () => {
  it('yields one item per employee in order, errors included, and goes on after bad data', async () => {
    const items = await collect(scanWorkforce(employees, { asOf: '2025-10-31' }));
    expect(items.map((item) => ('error' in item ? `${item.employeeId}: error` : `${item.employeeId}: ${item.result.status}`))).toEqual([
      'e-1: due',
      'e-2: error',
      'e-3: bem-running',
      'e-4: error',
      'e-5: due',
    ]);
    const bad = items[1] as Extract<ScanItem, { error: unknown }>;
    expect(bad.index).toBe(1);
    expect(bad.error.issues[0]?.path).toEqual(['absences', 0, 'start']);
    expect((items[3] as Extract<ScanItem, { error: unknown }>).error.issues[0]?.path).toEqual(['previousBemConcludedOn']);
  });

  it('gives each employee the result evaluateEligibility gives', async () => {
    const items = await collect(scanWorkforce(employees, { asOf: '2025-10-31', policy: { unit: 'working-days' } }));
    const first = items[0] as Extract<ScanItem, { result: unknown }>;
    expect(first.result).toEqual(evaluateEligibility({ absences: employees[0]!.absences, asOf: '2025-10-31' }, { unit: 'working-days' }));
  });

  it('reads an async iterable one record at a time', async () => {
    let read = 0;
    async function* source() {
      for (const employee of employees) {
        read++;
        yield employee;
      }
    }
    const iterator = scanWorkforce(source(), { asOf: '2025-10-31' })[Symbol.asyncIterator]();
    await iterator.next();
    expect(read).toBe(1);
  });

  it('reports records that are not employee records, with whatever id they carry', () => {
    const items = scanWorkforceSync([null, { employeeId: 7, absences: [] }, { employeeId: 'e-9', absences: [], name: 'Erika' }] as never, { asOf: '2025-10-31' });
    expect(items.map((item) => ('error' in item ? [item.employeeId, item.error.issues[0]?.path] : null))).toEqual([
      ['', []],
      ['', ['employeeId']],
      ['e-9', []],
    ]);
  });

  it('checks its options at once', () => {
    expect(() => scanWorkforce(employees, { asOf: '31.10.2025' })).toThrow(BemInputError);
    expect(() => scanWorkforce(employees, { asOf: '2025-10-31', policy: { threshold: -1 } })).toThrow('policy.threshold');
    expect(() => scanWorkforce(42 as never, { asOf: '2025-10-31' })).toThrow('employees: Expected an iterable of employee records');
    expect(() => scanWorkforceSync(42 as never, { asOf: '2025-10-31' })).toThrow('employees: Expected an iterable of employee records');
  });

  it('turns a failing holidays function into an error item', () => {
    const items = scanWorkforceSync(employees.slice(0, 1), {
      asOf: '2025-10-31',
      policy: {
        unit: 'working-days',
        holidays: () => {
          throw new Error('offline');
        },
      },
    });
    expect('error' in items[0]! && items[0].error.issues[0]?.path).toEqual(['policy', 'holidays']);
  });
});

describe('thresholdList', () => {
  it('lists the employees over the threshold by crossing day for the works council', () => {
    const items = scanWorkforceSync(employees, { asOf: '2025-10-31' });
    const evaluated = items.filter((item): item is Extract<ScanItem, { result: unknown }> => 'result' in item);
    expect(thresholdList(evaluated)).toEqual([
      { employeeId: 'e-5', thresholdCrossedOn: '2025-01-12', countedDays: 62, unit: 'calendar-days' },
      { employeeId: 'e-1', thresholdCrossedOn: '2025-02-17', countedDays: 54, unit: 'calendar-days' },
    ]);
  });

  it('sorts employees crossing on the same day by id', () => {
    const result = evaluateEligibility({ absences: [{ start: '2025-01-06', end: '2025-02-28', kind: 'sickness' }], asOf: '2025-10-31' });
    expect(thresholdList([{ employeeId: 'b', result }, { employeeId: 'a', result }, { employeeId: 'a', result }]).map((line) => line.employeeId)).toEqual(['a', 'a', 'b']);
  });

  it('refuses scan errors, so that nobody drops off the list unnoticed', () => {
    const items = scanWorkforceSync(employees, { asOf: '2025-10-31' });
    expect(() => thresholdList(items as never)).toThrow('[1]: This employee could not be evaluated');
    expect(() => thresholdList([null, { employeeId: 1 }, { employeeId: 'x', result: {} }] as never)).toThrowErrorMatchingInlineSnapshot(
      `[BemInputError: Invalid input: [0]: Expected { employeeId, result }; [1]: Expected an employeeId; [2]: Expected an eligibility result]`,
    );
  });
});
