import { describe, expect, it } from 'vitest';
import { thresholdList } from '../../src/eligibility/index.js';
import { BemInputError } from '../../src/model/index.js';

const pathsOf = (call: () => unknown): string[] => {
  try {
    call();
    return [];
  } catch (error) {
    if (!(error instanceof BemInputError)) throw error;
    return error.issues.map((issue) => issue.path.join('.'));
  }
};

describe('thresholdList: options.duties are checked at the door', () => {
  it('refuses what is not a list of duty records, naming the path', () => {
    expect(pathsOf(() => thresholdList([], null as never))).toEqual(['options']);
    expect(pathsOf(() => thresholdList([], { duties: 5 } as never))).toEqual(['options.duties']);
    expect(pathsOf(() => thresholdList([], { duties: [null] } as never))).toEqual(['options.duties.0']);
    const bad = { status: 'open', employeeId: 3, thresholdCrossedOn: 'x', countedDays: -1, unit: 'z' };
    expect(pathsOf(() => thresholdList([], { duties: [bad] } as never))).toEqual([
      'options.duties.0.employeeId',
      'options.duties.0.thresholdCrossedOn',
      'options.duties.0.countedDays',
      'options.duties.0.unit',
    ]);
  });

  it('lists an open duty once, also when the same crossing is due', () => {
    const duty = { employeeId: 'e-1', thresholdCrossedOn: '2025-02-17', countedDays: 54, unit: 'calendar-days', status: 'open', offeredOn: null } as never as { employeeId: string; status: string };
    expect(thresholdList([], { duties: [duty] } as never)).toEqual([{ employeeId: 'e-1', thresholdCrossedOn: '2025-02-17', countedDays: 54, unit: 'calendar-days', offer: 'open' }]);
    expect(thresholdList([], { duties: new Set([duty, { ...duty, employeeId: 'e-2', status: 'offered' }]) } as never)).toHaveLength(1);
  });
});
