import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/dates/arithmetic.js';
import type { IsoDate } from '../../src/dates/iso-date.js';
import { computeKpis } from '../../src/kpi/compute-kpis.js';
import { RATIO_KPIS } from '../../src/kpi/definitions.js';
import type { KpiInput } from '../../src/kpi/kpi-input.js';
import type { KpiFigures } from '../../src/kpi/kpi-report.js';
import type { CaseOutcome } from '../../src/model/case-outcome.js';
import { type CaseSpec, makeCase } from './fixtures.js';

const period = { start: '2025-01-01', end: '2025-12-31' };
const day = (offset: number): string => addDays('2025-01-01' as IsoDate, offset);

/** One random employee: a crossing in 2025 and maybe a case that went some way. */
const personArbitrary = fc.record({
  group: fc.constantFrom('a', 'b', 'c', 'd'),
  crossing: fc.integer({ min: 0, max: 200 }),
  stage: fc.integer({ min: 0, max: 5 }), // 0 no case, 1 invited, 2 accepted, 3 interview yes, 4 measure started, 5 interview no
  offerDelay: fc.integer({ min: 0, max: 60 }),
  closed: fc.boolean(),
  factor: fc.constantFrom(undefined, 'shift-work', 'conflicts'),
  leaves: fc.boolean(),
});
type Person = typeof personArbitrary extends fc.Arbitrary<infer T> ? T : never;

function inputOf(people: readonly Person[]): { input: KpiInput; groupBy: Record<string, string> } {
  const cases: ReturnType<typeof makeCase>[] = [];
  const workFactors: Record<string, ('shift-work' | 'conflicts')[]> = {};
  people.forEach((person, index) => {
    if (person.stage === 0) return;
    const invitedOn = day(person.crossing + person.offerDelay);
    const spec: CaseSpec = { id: `c${index}`, employeeId: `e${index}`, crossedOn: day(person.crossing), invitedOn };
    if (person.stage >= 2) spec.acceptedOn = invitedOn;
    if (person.stage >= 3) spec.interview = { on: invitedOn, agreed: person.stage !== 5 };
    if (person.stage === 4) spec.measures = [{ type: 'shift-plan-change', startedOn: invitedOn }];
    if (person.closed) spec.closed = { on: invitedOn, outcome: (person.stage === 1 ? 'declined' : 'completed') as CaseOutcome };
    cases.push(makeCase(spec));
    if (person.factor !== undefined) workFactors[`c${index}`] = [person.factor];
  });
  return {
    input: {
      cases,
      crossings: people.map((person, index) => ({ employeeId: `e${index}`, thresholdCrossedOn: day(person.crossing) })),
      employment: Object.fromEntries(people.flatMap((person, index) => (person.leaves ? [[`e${index}`, { endedOn: '2026-01-15' }]] : []))),
      workFactors,
      period,
      followUp: { months: 6, asOf: '2026-12-31' },
    },
    groupBy: Object.fromEntries(people.map((person, index) => [`e${index}`, person.group])),
  };
}

/** Every published or hidden cell of a column, with what it rests on (from the unsuppressed run). */
function cells(figures: KpiFigures): Map<string, { hidden: boolean; base: number | null; value: number | null }> {
  const result = new Map<string, { hidden: boolean; base: number | null; value: number | null }>();
  for (const name of RATIO_KPIS) {
    const kpi = figures[name];
    result.set(name, { hidden: kpi.suppressed, base: kpi.denominator, value: kpi.numerator });
  }
  result.set('timeToOffer', { hidden: figures.timeToOffer.suppressed, base: figures.timeToOffer.count, value: figures.timeToOffer.count });
  const counts = { eligible: figures.counts.eligible, offered: figures.counts.offered, accepted: figures.counts.accepted };
  const all = { ...counts, ...figures.counts.closed, ...figures.clusters.measureCategories, ...figures.clusters.workFactors };
  for (const [key, count] of Object.entries(all)) result.set(key, { hidden: count.suppressed, base: count.value, value: count.value });
  return result;
}

describe('KPI laws', () => {
  it('gives every ratio in [0, 1], and null exactly with a zero denominator or suppression', () => {
    fc.assert(
      fc.property(fc.array(personArbitrary, { maxLength: 25 }), fc.integer({ min: 1, max: 6 }), (people, minGroupSize) => {
        const { input, groupBy } = inputOf(people);
        const report = computeKpis(input, { groupBy, minGroupSize });
        for (const column of [report.total, ...report.groups]) {
          for (const name of RATIO_KPIS) {
            const kpi = column[name];
            if (kpi.suppressed) expect([kpi.numerator, kpi.denominator, kpi.value]).toEqual([null, null, null]);
            else if (kpi.denominator === 0) expect(kpi.value).toBeNull();
            else {
              expect(kpi.value).toBe(kpi.numerator! / kpi.denominator!);
              expect(kpi.value).toBeGreaterThanOrEqual(0);
              expect(kpi.value).toBeLessThanOrEqual(1);
            }
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('never lowers a ratio when a case that meets it is added', () => {
    fc.assert(
      fc.property(fc.array(personArbitrary, { maxLength: 20 }), fc.integer({ min: 0, max: 200 }), (people, crossing) => {
        const before = computeKpis(inputOf(people).input, { minGroupSize: 1 }).total;
        // a person offered, accepted, continuing, with a measure, closed, stable and still employed
        const model: Person = { group: 'a', crossing, stage: 4, offerDelay: 1, closed: true, factor: undefined, leaves: false };
        const after = computeKpis(inputOf([...people, model]).input, { minGroupSize: 1 }).total;
        for (const name of RATIO_KPIS) {
          expect(after[name].value ?? 0).toBeGreaterThanOrEqual((before[name].value ?? 0) - 1e-12);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('publishes no group below the minimum and lets no hidden cell be derived from the total and the other groups', () => {
    fc.assert(
      fc.property(fc.array(personArbitrary, { maxLength: 30 }), fc.integer({ min: 2, max: 6 }), (people, minGroupSize) => {
        const { input, groupBy } = inputOf(people);
        const raw = computeKpis(input, { groupBy, minGroupSize: 1 });
        const report = computeKpis(input, { groupBy, minGroupSize });
        raw.groups.forEach((rawGroup, index) => {
          const group = report.groups[index]!;
          if (!group.suppressed) expect(group.size).toBeGreaterThanOrEqual(minGroupSize);
          if (rawGroup.size! < minGroupSize) expect(group.suppressed).toBe(true);
        });
        if (!report.total.suppressed) expect(report.groups.filter((group) => group.suppressed).length).not.toBe(1);
        const totalCells = cells(report.total);
        const rawGroupCells = raw.groups.map((group) => cells(group));
        const groupCells = report.groups.map((group) => cells(group));
        for (const [figure, total] of totalCells) {
          // every published cell rests on nobody or on at least minGroupSize
          for (const column of [totalCells, ...groupCells]) {
            const cell = column.get(figure)!;
            if (!cell.hidden) expect(cell.base === 0 || cell.base! >= minGroupSize).toBe(true);
          }
          if (total.hidden) continue;
          const hiddenResting = groupCells.filter((column, index) => column.get(figure)!.hidden && rawGroupCells[index]!.get(figure)!.base! > 0);
          expect(hiddenResting.length).not.toBe(1);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('makes the groups add up to the total when nothing is hidden', () => {
    fc.assert(
      fc.property(fc.array(personArbitrary, { maxLength: 20 }), (people) => {
        const { input, groupBy } = inputOf(people);
        const report = computeKpis(input, { groupBy, minGroupSize: 1 });
        const total = cells(report.total);
        for (const [figure, cell] of total) {
          const sum = report.groups.reduce((acc, group) => acc + (cells(group).get(figure)!.value ?? 0), 0);
          if (figure !== 'timeToOffer') expect(sum).toBe(cell.value ?? 0);
        }
      }),
      { numRuns: 100 },
    );
  });
});
