import { describe, expect, it } from 'vitest';
import { computeKpis } from '../../src/kpi/compute-kpis.js';
import type { KpiInput } from '../../src/kpi/kpi-input.js';
import { makeCase } from './fixtures.js';

// Closed 2025-03-31 after acceptance; a 6-month window 2025-04-01..2025-09-30, observed by 2025-12-31.
const closed = makeCase({ id: 'c1', employeeId: 'e1', invitedOn: '2025-01-20', acceptedOn: '2025-01-25', closed: { on: '2025-03-31', outcome: 'completed' } });
const base = { cases: [closed], crossings: [], period: { start: '2025-01-01', end: '2025-12-31' } } satisfies Partial<KpiInput>;
const stability = (input: Partial<KpiInput>, options = {}): number | null =>
  computeKpis({ ...base, ...input } as KpiInput, { minGroupSize: 1, ...options }).total.stabilityRate.value;

describe('relapse with the eligibility engine', () => {
  it('counts a new crossing of six weeks after the closure as a relapse (42 days: no, 43: yes)', () => {
    const absentUntil = (end: string) => ({ e1: [{ start: '2025-06-01', end, kind: 'sickness' as const }] });
    expect(stability({ absences: absentUntil('2025-07-12'), followUp: { months: 6 } })).toBe(1); // 42 days
    expect(stability({ absences: absentUntil('2025-07-13'), followUp: { months: 6 } })).toBe(0); // 43 days
  });

  it('counts only incapacity after the closure (BAG 2 AZR 138/21)', () => {
    // 2025-02-01..2025-04-10 is 69 days, but only 04-01..04-10 (10 days) lie after the closure.
    expect(stability({ absences: { e1: [{ start: '2025-02-01', end: '2025-04-10', kind: 'sickness' }] }, followUp: { months: 6 } })).toBe(1);
  });

  it('counts incapacity after the window’s end as no relapse', () => {
    expect(stability({ absences: { e1: [{ start: '2025-09-01', end: '2025-11-30', kind: 'sickness' }] }, followUp: { months: 6 } })).toBe(1); // 30 days inside
    expect(stability({ absences: { e1: [{ start: '2025-08-01', end: '2025-11-30', kind: 'sickness' }] }, followUp: { months: 6 } })).toBe(0); // 61 days inside
  });

  it('takes any absence of at least N days as a relapse when so defined', () => {
    const absences = { e1: [{ start: '2025-06-02', end: '2025-06-15', kind: 'sickness' as const }] }; // 14 days
    expect(stability({ absences, followUp: { months: 6, relapse: { kind: 'absence', minDays: 14 } } })).toBe(0);
    expect(stability({ absences, followUp: { months: 6, relapse: { kind: 'absence', minDays: 15 } } })).toBe(1);
    expect(stability({ absences: {}, followUp: { months: 6, relapse: { kind: 'absence', minDays: 1 } } })).toBe(1);
  });

  it('ignores absences that are not incapacity, per the policy', () => {
    const childSick = { e1: [{ start: '2025-05-01', end: '2025-07-31', kind: 'child-sick' as const }] };
    expect(stability({ absences: childSick, followUp: { months: 6 } })).toBe(1);
    const rehab = { e1: [{ start: '2025-05-01', end: '2025-07-31', kind: 'medical-rehab' as const }] };
    expect(stability({ absences: rehab, followUp: { months: 6 } })).toBe(0);
    expect(stability({ absences: rehab, followUp: { months: 6 } }, { policy: { countedKinds: ['sickness', 'work-accident'] } })).toBe(1);
  });

  it('prefers the absences over the crossings list when absences are given', () => {
    expect(stability({ absences: {}, crossings: [{ employeeId: 'e1', thresholdCrossedOn: '2025-06-01' }], followUp: { months: 6 } })).toBe(1);
  });
});
