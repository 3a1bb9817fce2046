import { describe, expect, it } from 'vitest';
import { addDays, type IsoDate } from '../../src/dates/index.js';
import { evaluateEligibility } from '../../src/eligibility/index.js';
import type { AbsenceInput } from '../../src/model/index.js';
import { referenceEvaluate } from './reference.js';

/** Absences of `length` days every `every` days from 2021-01-04 on: a long, busy history. */
function history(count: number, every: number, length: number): AbsenceInput[] {
  return Array.from({ length: count }, (_, i) => {
    const start = addDays('2021-01-04' as IsoDate, i * every);
    return { start, end: addDays(start, length - 1), kind: 'sickness' };
  });
}

describe('the crossing search over a long history', () => {
  it('finds the same crossing day as the day-by-day reference when many ranges and month ends are searched', () => {
    // Hundreds of search points: the search sorts them the way meant for many.
    for (const [count, every, length] of [
      [150, 9, 2],
      [120, 12, 3],
      [200, 8, 1],
    ] as const) {
      const input = { absences: history(count, every, length), asOf: '2025-03-31' };
      const result = evaluateEligibility(input);
      const reference = referenceEvaluate(input);
      expect({ status: result.status, countedDays: result.countedDays, crossed: result.thresholdCrossedOn, projected: result.projectedCrossingOn }).toEqual({
        status: reference.status,
        countedDays: reference.countedDays,
        crossed: reference.thresholdCrossedOn,
        projected: reference.projectedCrossingOn,
      });
    }
  });
});
