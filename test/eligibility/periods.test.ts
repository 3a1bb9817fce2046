import { describe, expect, it } from 'vitest';
import { evaluateEligibility } from '../../src/eligibility/index.js';
import type { AbsenceInput } from '../../src/model/index.js';

describe('the periods of a result', () => {
  it('name the ids of every merged record sorted and once, however many there are', () => {
    for (const count of [3, 40]) {
      const absences: AbsenceInput[] = [];
      for (let i = 0; i < count; i++) {
        absences.push({ id: `au-${(i * 7) % count}`, start: '2025-03-01', end: '2025-03-10', kind: 'sickness' });
        absences.push({ id: `au-${(i * 7) % count}`, start: '2025-03-05', end: '2025-03-20', kind: 'work-accident' });
      }
      const [period] = evaluateEligibility({ absences, asOf: '2025-10-31' }).periods;
      const ids = Array.from({ length: count }, (_, i) => `au-${i}`).sort();
      expect(period).toEqual({ start: '2025-03-01', end: '2025-03-20', days: 20, kinds: ['sickness', 'work-accident'], sourceIds: ids });
    }
  });

  it('write the first and last day anew where the window, the check date, a reset or a went-home-sick day cut them', () => {
    const result = evaluateEligibility({
      absences: [
        { start: '2024-10-20', end: '2024-11-05', kind: 'sickness' },
        { start: '2025-03-03', end: '2025-03-07', kind: 'sickness', wentHomeSick: true },
        { start: '2025-10-28', end: null, kind: 'sickness' },
      ],
      asOf: '2025-10-31',
    });
    expect(result.periods.map((p) => [p.start, p.end, p.days])).toEqual([
      ['2024-11-01', '2024-11-05', 5],
      ['2025-03-04', '2025-03-07', 4],
      ['2025-10-28', '2025-10-31', 4],
    ]);
    const reset = evaluateEligibility({
      absences: [{ start: '2025-05-01', end: '2025-05-20', kind: 'sickness' }],
      asOf: '2025-10-31',
      previousBemConcludedOn: '2025-05-10',
    });
    expect(reset.periods.map((p) => [p.start, p.end])).toEqual([['2025-05-11', '2025-05-20']]);
  });
});
