import { describe, expect, it } from 'vitest';
import { BemInputError } from '../../src/model/input-error.js';
import { computeKpis, UNASSIGNED_GROUP } from '../../src/kpi/compute-kpis.js';
import type { KpiInput } from '../../src/kpi/kpi-input.js';
import { makeCase } from './fixtures.js';

const period = { start: '2025-01-01', end: '2025-12-31' };

// The organisation's year 2025, by hand:
// crossings in 2025: e1 01-10, e2 02-01, e3 03-01, e4 04-01, e5 05-01, e6 06-01, e7 07-01, e8 08-01,
//   and e2 again on 09-15 (after its BEM closed on 05-31): 9 crossings. e9 crossed on 2024-12-20.
// offers: e1 after 10 days, e2 14, e3 4, e4 20, e5 30, e6 7; e7, e8 and e2's second crossing: none.
const cases = [
  makeCase({
    id: 'c1', employeeId: 'e1', crossedOn: '2025-01-10', invitedOn: '2025-01-20', acceptedOn: '2025-01-25',
    interview: { on: '2025-02-01', agreed: true }, measures: [{ type: 'ergonomics', startedOn: '2025-02-10' }],
    closed: { on: '2025-03-31', outcome: 'completed' },
  }),
  makeCase({
    id: 'c2', employeeId: 'e2', crossedOn: '2025-02-01', invitedOn: '2025-02-15', acceptedOn: '2025-02-20',
    interview: { on: '2025-03-01', agreed: true }, measures: [{ type: 'graded-return', agreedOn: '2025-03-05' }],
    closed: { on: '2025-05-31', outcome: 'no-suitable-measures' },
  }),
  makeCase({ id: 'c3', employeeId: 'e3', crossedOn: '2025-03-01', invitedOn: '2025-03-05', declinedOn: '2025-03-10', closed: { on: '2025-03-10', outcome: 'declined' } }),
  makeCase({
    id: 'c4', employeeId: 'e4', crossedOn: '2025-04-01', invitedOn: '2025-04-21', acceptedOn: '2025-04-24',
    interview: { on: '2025-05-01', agreed: false }, closed: { on: '2025-05-01', outcome: 'declined' },
  }),
  makeCase({ id: 'c5', employeeId: 'e5', crossedOn: '2025-05-01', invitedOn: '2025-05-31', acceptedOn: '2025-06-02' }),
  makeCase({ id: 'c6', employeeId: 'e6', crossedOn: '2025-06-01', invitedOn: '2025-06-08' }),
  makeCase({
    id: 'c9', employeeId: 'e9', crossedOn: '2024-12-20', invitedOn: '2025-01-05', acceptedOn: '2025-01-08',
    interview: { on: '2025-01-15', agreed: true }, measures: [{ type: 'home-office', startedOn: '2025-01-20' }],
    closed: { on: '2025-06-30', outcome: 'completed' },
  }),
];
const crossings = [
  ...['e1:2025-01-10', 'e2:2025-02-01', 'e3:2025-03-01', 'e4:2025-04-01', 'e5:2025-05-01', 'e6:2025-06-01', 'e7:2025-07-01', 'e8:2025-08-01', 'e2:2025-09-15', 'e9:2024-12-20'].map(
    (pair) => ({ employeeId: pair.split(':')[0]!, thresholdCrossedOn: pair.split(':')[1]! }),
  ),
];
const fixture: KpiInput = {
  cases,
  crossings,
  // e1's employment ends on the last day of c1's window (2025-09-30): still employed then.
  // e4 left on 2025-08-31, before c4's window ended on 2025-11-01.
  employment: { 'e1': { endedOn: '2025-09-30' }, 'e4': { endedOn: '2025-08-31' } },
  workFactors: { c1: ['lifting-carrying'], c2: ['shift-work', 'workload'], c9: ['shift-work'] },
  period,
  followUp: { months: 6 },
};

describe('computeKpis on a hand-computed year', () => {
  const report = computeKpis(fixture, { minGroupSize: 1 });

  it('computes the offer rate over crossings in the period', () => {
    // offered: e1, e2 (first crossing), e3, e4, e5, e6 = 6; crossings in 2025 = 9 (e9's is in 2024)
    expect(report.total.offerRate).toMatchObject({ german: 'Angebotsquote', numerator: 6, denominator: 9, value: 6 / 9, suppressed: false });
  });

  it('computes the median and 90th percentile of the days to the offer', () => {
    // days sorted: 4, 7, 10, 14, 20, 30; median (10 + 14) / 2 = 12; p90 rank ceil(0.9 × 6) = 6 -> 30
    expect(report.total.timeToOffer).toMatchObject({ count: 6, medianDays: 12, p90Days: 30 });
  });

  it('computes acceptance, continuation and measure rates over the offers sent in the period', () => {
    // offers sent in 2025: c1, c2, c3, c4, c5, c6, c9 = 7; accepted: c1, c2, c4, c5, c9 = 5
    expect(report.total.acceptanceRate).toMatchObject({ numerator: 5, denominator: 7, value: 5 / 7 });
    // decided at the interview: c1 yes, c2 yes, c4 no, c9 yes (c5 not yet) -> 3 / 4
    expect(report.total.continuationRate).toMatchObject({ numerator: 3, denominator: 4, value: 0.75 });
    // accepted 5; with a started measure: c1, c9 (c2's graded return is agreed, not started) -> 2 / 5
    expect(report.total.measureRate).toMatchObject({ numerator: 2, denominator: 5, value: 0.4 });
  });

  it('computes stability and retention over accepted cases closed in the period whose window passed', () => {
    // closed in 2025 after acceptance: c1 (03-31), c2 (05-31), c4 (05-01), c9 (06-30); c3 was declined.
    // windows of 6 months end 09-30, 11-30, 11-01, 12-30: all by asOf 2025-12-31.
    // stability: e4 left before its window ended, so c4 is not observed: c1, c2, c9;
    //   e2 crossed again on 09-15, inside 06-01..11-30: relapse -> 2 / 3
    expect(report.total.stabilityRate).toMatchObject({ german: 'Stabilitätsquote', numerator: 2, denominator: 3, value: 2 / 3 });
    // retention: c1 (employed through 09-30), c2, c9 retained; c4 left -> 3 / 4
    expect(report.total.retentionRate).toMatchObject({ german: 'Verbleibequote', numerator: 3, denominator: 4, value: 0.75 });
  });

  it('reports the counts and the closed cases by outcome', () => {
    const { counts } = report.total;
    expect([counts.eligible.value, counts.offered.value, counts.accepted.value]).toEqual([9, 7, 5]);
    expect(Object.fromEntries(Object.entries(counts.closed).map(([outcome, count]) => [outcome, count.value]))).toEqual({
      completed: 2, 'no-suitable-measures': 1, declined: 2, 'no-response': 0, withdrawn: 0, 'employment-ended': 0,
    });
  });

  it('counts measure categories and work factors of the cases that ran in the period', () => {
    const { clusters } = report.total;
    // agreed measures: c1 ergonomics (workplace design), c2 graded return and c9 home office (work organisation)
    expect(clusters.measureCategories['workplace-design'].value).toBe(1);
    expect(clusters.measureCategories['work-organisation'].value).toBe(2);
    expect(clusters.measureCategories.qualification.value).toBe(0);
    expect(clusters.workFactors['shift-work'].value).toBe(2);
    expect(clusters.workFactors.workload.value).toBe(1);
    expect(clusters.workFactors.conflicts.value).toBe(0);
  });

  it('gives 9 people as the size: e1 to e9', () => {
    expect(report.total.size).toBe(9);
    expect(report.followUp).toEqual({ months: 6, asOf: '2025-12-31', relapse: { kind: 'threshold-crossing' } });
  });

  it('hides, with the default minimum of 5, every figure resting on 1 to 4 people', () => {
    const anonymous = computeKpis(fixture);
    expect(anonymous.total.suppressed).toBe(false);
    expect(anonymous.total.offerRate.value).toBe(6 / 9);
    expect(anonymous.total.measureRate.value).toBe(0.4); // denominator 5
    expect(anonymous.total.continuationRate).toMatchObject({ numerator: null, denominator: null, value: null, suppressed: true }); // 4
    expect(anonymous.total.stabilityRate.suppressed).toBe(true); // 3
    expect(anonymous.total.counts.closed.completed).toEqual({ value: null, suppressed: true }); // 2
    expect(anonymous.total.counts.closed.withdrawn).toEqual({ value: 0, suppressed: false });
    expect(anonymous.total.clusters.workFactors['shift-work'].suppressed).toBe(true);
  });
});

describe('the observation window', () => {
  // Closed 2025-03-31 after acceptance; 6 months end on 2025-09-30.
  const closedCase = makeCase({ id: 'c1', employeeId: 'e1', invitedOn: '2025-01-20', acceptedOn: '2025-01-25', closed: { on: '2025-03-31', outcome: 'completed' } });
  const stabilityDenominator = (asOf: string): number | null =>
    computeKpis({ cases: [closedCase], crossings: [], employment: {}, period, followUp: { months: 6, asOf } }, { minGroupSize: 1 }).total.stabilityRate.denominator;

  it('leaves a case out the day before its window ends and counts it on the last day', () => {
    expect(stabilityDenominator('2025-09-29')).toBe(0);
    expect(stabilityDenominator('2025-09-30')).toBe(1);
    expect(stabilityDenominator('2025-10-01')).toBe(1);
  });

  it('counts a new crossing on the last day of the window as a relapse, and the day after not', () => {
    const stability = (crossedOn: string): number | null =>
      computeKpis(
        { cases: [closedCase], crossings: [{ employeeId: 'e1', thresholdCrossedOn: crossedOn }], period, followUp: { months: 6 } },
        { minGroupSize: 1 },
      ).total.stabilityRate.value;
    expect(stability('2025-03-31')).toBe(1); // on the closing day: before the window
    expect(stability('2025-04-01')).toBe(0);
    expect(stability('2025-09-30')).toBe(0);
    expect(stability('2025-10-01')).toBe(1);
  });

  it('keeps someone whose employment ends on the window’s last day, not the day before', () => {
    const retention = (endedOn: string): number | null =>
      computeKpis({ cases: [closedCase], crossings: [], employment: { e1: { endedOn } }, period, followUp: { months: 6 } }, { minGroupSize: 1 }).total.retentionRate.value;
    expect(retention('2025-09-29')).toBe(0);
    expect(retention('2025-09-30')).toBe(1);
  });

  it('computes no retention without employment data, and counts an employment-ended closure as not retained', () => {
    expect(computeKpis({ cases: [closedCase], crossings: [], period, followUp: { months: 6 } }, { minGroupSize: 1 }).total.retentionRate).toMatchObject({
      numerator: 0,
      denominator: 0,
      value: null,
    });
    const ended = makeCase({ id: 'c2', employeeId: 'e2', invitedOn: '2025-01-20', acceptedOn: '2025-01-25', closed: { on: '2025-03-31', outcome: 'employment-ended' } });
    const report = computeKpis({ cases: [ended], crossings: [], employment: {}, period, followUp: { months: 6 } }, { minGroupSize: 1 });
    expect(report.total.retentionRate).toMatchObject({ numerator: 0, denominator: 1 });
    expect(report.total.stabilityRate).toMatchObject({ numerator: 0, denominator: 0, value: null });
  });

  it('uses 12 months and the period’s end by default', () => {
    const report = computeKpis({ cases: [closedCase], crossings: [], period: { start: '2025-01-01', end: '2026-03-31' } }, { minGroupSize: 1 });
    expect(report.followUp.months).toBe(12);
    expect(report.total.stabilityRate.denominator).toBe(1); // 2025-03-31 + 12 months = 2026-03-31
  });
});

describe('linking offers to crossings', () => {
  it('links a case without a crossing date to the latest crossing before its invitation, and counts an early offer as 0 days', () => {
    const early = makeCase({ id: 'c1', employeeId: 'e1', crossedOn: '2025-03-10', invitedOn: '2025-03-05' });
    const byDate = makeCase({ id: 'c2', employeeId: 'e2', openedOn: '2025-02-01', invitedOn: '2025-02-11' });
    const report = computeKpis(
      {
        cases: [early, byDate],
        crossings: [
          { employeeId: 'e1', thresholdCrossedOn: '2025-03-10' },
          { employeeId: 'e2', thresholdCrossedOn: '2025-01-05' },
          { employeeId: 'e2', thresholdCrossedOn: '2025-02-01' },
          { employeeId: 'e2', thresholdCrossedOn: '2025-02-01', countedDays: 43 },
        ],
        period,
      },
      { minGroupSize: 1 },
    );
    // e2's 2025-01-05 crossing has no offer; the duplicate 02-01 entry counts once.
    expect(report.total.offerRate).toMatchObject({ numerator: 2, denominator: 3 });
    expect(report.total.timeToOffer).toMatchObject({ count: 2, medianDays: 5, p90Days: 10 });
  });

  it('leaves a hand-opened case without any crossing out of the offer rate', () => {
    const report = computeKpis({ cases: [makeCase({ id: 'c1', employeeId: 'e1', invitedOn: '2025-03-05' })], crossings: [], period }, { minGroupSize: 1 });
    expect(report.total.offerRate).toMatchObject({ numerator: 0, denominator: 0, value: null });
    expect(report.total.counts.offered.value).toBe(1);
  });
});

describe('groups', () => {
  /** `n` employees in `group`, each with a crossing in the period and an offer 3 days later. */
  const people = (group: string, n: number): { cases: ReturnType<typeof makeCase>[]; crossings: KpiInput['crossings']; map: Record<string, string> } => {
    const ids = Array.from({ length: n }, (_, i) => `${group}-${i}`);
    return {
      cases: ids.map((id) => makeCase({ id: `case-${id}`, employeeId: id, crossedOn: '2025-03-02', invitedOn: '2025-03-05' })),
      crossings: ids.map((id) => ({ employeeId: id, thresholdCrossedOn: '2025-03-02' })),
      map: Object.fromEntries(ids.map((id) => [id, group])),
    };
  };
  const reportFor = (sizes: Record<string, number>) => {
    const parts = Object.entries(sizes).map(([group, n]) => people(group, n));
    return computeKpis(
      { cases: parts.flatMap((p) => p.cases), crossings: parts.flatMap((p) => p.crossings), period },
      { groupBy: Object.assign({}, ...parts.map((p) => p.map)) },
    );
  };

  it('publishes groups of 5 and 6 and hides a group of 4, with the next smallest as its complement', () => {
    expect(reportFor({ a: 5, b: 6 }).groups.map((g) => [g.group, g.suppressed, g.size])).toEqual([
      ['a', false, 5],
      ['b', false, 6],
    ]);
    const report = reportFor({ a: 4, b: 5, c: 6 });
    expect(report.groups.map((g) => [g.group, g.suppressed, g.size])).toEqual([
      ['a', true, null],
      ['b', true, null],
      ['c', false, 6],
    ]);
    expect(report.total.offerRate).toMatchObject({ numerator: 15, denominator: 15 });
    expect(report.groups[0]?.offerRate).toMatchObject({ numerator: null, value: null, suppressed: true });
  });

  it('needs no complement when two groups are hidden anyway', () => {
    expect(reportFor({ a: 4, b: 3, c: 6 }).groups.map((g) => g.suppressed)).toEqual([true, true, false]);
  });

  it('hides the total when the organisation is smaller than the minimum', () => {
    const report = reportFor({ a: 4 });
    expect(report.total.suppressed).toBe(true);
    expect(report.total.size).toBeNull();
    expect(report.total.offerRate.suppressed).toBe(true);
  });

  it('puts unmapped employees into the unassigned group and accepts a function', () => {
    const a = people('a', 5);
    const report = computeKpis(
      { cases: a.cases, crossings: [...a.crossings, { employeeId: 'x-1', thresholdCrossedOn: '2025-03-02' }], period },
      { groupBy: a.map, minGroupSize: 1 },
    );
    expect(report.groups.map((g) => g.group)).toEqual([UNASSIGNED_GROUP, 'a']);
    const byFunction = computeKpis({ cases: a.cases, crossings: a.crossings, period }, { groupBy: (id) => id.slice(0, 1), minGroupSize: 5 });
    expect(byFunction.groups.map((g) => [g.group, g.size])).toEqual([['a', 5]]);
  });

  it('refuses a groupBy function that returns something else than a string', () => {
    const a = people('a', 1);
    expect(() => computeKpis({ cases: a.cases, crossings: a.crossings, period }, { groupBy: (() => 7) as unknown as () => string })).toThrow(
      "options.groupBy: groupBy gave 7 for 'a-0': expected a non-empty string or undefined",
    );
  });
});

describe('input checks', () => {
  const issues = (run: () => unknown): unknown => {
    try {
      run();
    } catch (error) {
      if (error instanceof BemInputError) return error.issues.map(({ path, message }) => ({ path, message }));
      throw error;
    }
    return null;
  };

  it('refuses a period that ends before it starts, duplicate case ids and factors of unknown cases', () => {
    const c = makeCase({ id: 'c1', employeeId: 'e1' });
    expect(issues(() => computeKpis({ cases: [c, c], crossings: [], workFactors: { c9: ['conflicts'] }, period: { start: '2025-12-31', end: '2025-01-01' } }))).toEqual([
      { path: ['period', 'end'], message: 'End date must not be before the start date' },
      { path: ['cases', 1, 'id'], message: "Case id 'c1' appears twice" },
      { path: ['workFactors', 'c9'], message: "No case has the id 'c9'" },
    ]);
  });

  it('refuses a diagnosis as a work factor and unknown fields', () => {
    expect(issues(() => computeKpis({ cases: [], crossings: [], workFactors: {}, period, diagnoses: {} } as unknown as KpiInput))).toMatchObject([{ path: [] }]);
    const c = makeCase({ id: 'c1', employeeId: 'e1' });
    expect(issues(() => computeKpis({ cases: [c], crossings: [], workFactors: { c1: ['back-pain' as never] }, period }))).toMatchObject([{ path: ['workFactors', 'c1', 0] }]);
  });

  it('needs absences for relapses defined as absences', () => {
    expect(issues(() => computeKpis({ cases: [], crossings: [], period, followUp: { relapse: { kind: 'absence', minDays: 14 } } }))).toEqual([
      { path: ['absences'], message: "Required when followUp.relapse.kind is 'absence'" },
    ]);
  });

  it('checks the options under options', () => {
    expect(issues(() => computeKpis({ cases: [], crossings: [], period }, { minGroupSize: 0 }))).toMatchObject([{ path: ['options', 'minGroupSize'] }]);
  });

  it('does not change its input and returns plain JSON', () => {
    const copy = structuredClone(fixture);
    const report = computeKpis(fixture);
    expect(fixture).toEqual(copy);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});

describe('ids that are Object.prototype names', () => {
  const figuresFor = (id: string): unknown => {
    const closed = makeCase({ id, employeeId: id, invitedOn: '2025-01-20', acceptedOn: '2025-01-25', closed: { on: '2025-03-31', outcome: 'completed' } });
    const report = computeKpis(
      { cases: [closed], crossings: [], employment: {}, workFactors: {}, absences: {}, period, followUp: { months: 6, asOf: '2025-12-31' } },
      { minGroupSize: 1, groupBy: {} },
    );
    return JSON.parse(JSON.stringify(report.total)) as unknown;
  };

  it.each(['toString', 'constructor', 'valueOf', 'hasOwnProperty', '__proto__'])('%s as employee and case id gives the figures of a plain id', (id) => {
    expect(figuresFor(id)).toEqual(figuresFor('e1'));
  });
});
