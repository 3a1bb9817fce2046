import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { offerDuties, openCase } from '../../src/case/index.js';
import { addDays, IsoDate, toEpochDay } from '../../src/dates/index.js';
import { evaluateEligibility, thresholdList } from '../../src/eligibility/index.js';
import { computeKpis } from '../../src/kpi/index.js';
import { type BemCase, BemInputError, type CaseEventInput } from '../../src/model/index.js';
import { absenceNear, date } from '../eligibility/arbitraries.js';
import { ev, properContent, run } from './fixtures.js';

// 43 calendar days of sickness from 2025-01-06: the threshold is crossed on 2025-02-17.
const sick = [{ start: '2025-01-06', end: '2025-02-17', kind: 'sickness' as const }];
const employees = [{ employeeId: 'e-1', absences: sick }];
const caseFrom = (crossedOn: string, id = 'c-1'): BemCase =>
  openCase({ id, employee: { id: 'e-1' }, on: crossedOn, eligibility: { thresholdCrossedOn: crossedOn, countedDays: 43 } });
const invite = (crossedOn: string, on: string): CaseEventInput =>
  ev.invite(on, { ...properContent, occasion: { thresholdCrossedOn: crossedOn, countedDays: 43 }, replyBy: addDays(IsoDate.parse(on), 13) });
const invitedOn = (on: string) => run(caseFrom('2025-02-17'), [invite('2025-02-17', on)]);

describe('offerDuties', () => {
  it('keeps a crossing never offered visible 18 months later, as missed', () => {
    expect(offerDuties({ employees, cases: [], asOf: '2026-08-31' })).toEqual([
      { employeeId: 'e-1', thresholdCrossedOn: '2025-02-17', countedDays: 43, unit: 'calendar-days', offeredOn: null, status: 'missed', reference: '§ 167 Abs. 2 S. 1 SGB IX; BAG 20.11.2014 – 2 AZR 755/13; practice' },
    ]);
    // the count itself has long fallen back: the status alone would say not-due
    expect(evaluateEligibility({ absences: sick, asOf: '2026-08-31' }).status).toBe('not-due');
  });

  it('is open up to day 14 without an offer and missed from day 15', () => {
    expect(offerDuties({ employees, cases: [], asOf: '2025-03-03' })[0]?.status).toBe('open');
    expect(offerDuties({ employees, cases: [], asOf: '2025-03-04' })[0]?.status).toBe('missed');
    expect(offerDuties({ employees, cases: [], asOf: '2025-02-16' })).toEqual([]);
  });

  it('calls an offer on day 14 timely and one on day 15 late (the audit’s default)', () => {
    expect(offerDuties({ employees, cases: [invitedOn('2025-03-03')], asOf: '2025-06-30' })[0]).toMatchObject({ offeredOn: '2025-03-03', status: 'offered' });
    expect(offerDuties({ employees, cases: [invitedOn('2025-03-04')], asOf: '2025-06-30' })[0]).toMatchObject({ offeredOn: '2025-03-04', status: 'late' });
    expect(offerDuties({ employees, cases: [invitedOn('2025-03-04')], asOf: '2025-06-30', policy: { maxDaysToOffer: 15 } })[0]?.status).toBe('offered');
    expect(offerDuties({ employees, cases: [invitedOn('2025-02-17')], asOf: '2025-06-30' })[0]).toMatchObject({ offeredOn: '2025-02-17', status: 'offered' });
  });

  it('ignores an offer made after the check date', () => {
    expect(offerDuties({ employees, cases: [invitedOn('2025-03-03')], asOf: '2025-03-02' })[0]).toMatchObject({ offeredOn: null, status: 'open' });
  });

  it('finds a new crossing after a concluded BEM and none while a BEM runs', () => {
    const declined = run(invitedOn('2025-02-20'), [{ type: 'employee.declined', on: '2025-03-03', by: 'employee', inWriting: true }]);
    const more = [...sick, { start: '2025-03-03', end: '2025-03-31', kind: 'sickness' as const }, { start: '2025-06-02', end: '2025-07-20', kind: 'sickness' as const }];
    const duties = offerDuties({ employees: [{ employeeId: 'e-1', absences: more }], cases: [declined], asOf: '2025-12-31' });
    // 2025-03-04 … 2025-03-31 and 2025-06-02 … : 28 + 15 = 43 days on 2025-06-16
    expect(duties.map((duty) => [duty.thresholdCrossedOn, duty.status, duty.offeredOn])).toEqual([
      ['2025-02-17', 'offered', '2025-02-20'],
      ['2025-06-16', 'missed', null],
    ]);
    const running = run(invitedOn('2025-02-20'), [ev.accept('2025-02-25')]);
    expect(offerDuties({ employees: [{ employeeId: 'e-1', absences: more }], cases: [running], asOf: '2025-12-31' }).map((duty) => duty.thresholdCrossedOn)).toEqual(['2025-02-17']);
  });

  it('feeds computeKpis as crossings without conversion', () => {
    const duties = offerDuties({ employees, cases: [invitedOn('2025-03-03')], asOf: '2025-12-31' });
    const report = computeKpis({ cases: [invitedOn('2025-03-03')], crossings: duties, period: { start: '2025-01-01', end: '2025-12-31' } }, { minGroupSize: 1 });
    expect(report).toBeDefined();
  });

  it('puts the unmet duties on the works council’s threshold list, also after the count has fallen', () => {
    const asOf = '2026-08-31';
    const results = [{ employeeId: 'e-1', result: evaluateEligibility({ absences: sick, asOf }) }];
    expect(thresholdList(results)).toEqual([]);
    expect(thresholdList(results, { duties: offerDuties({ employees, cases: [], asOf }) })).toEqual([
      { employeeId: 'e-1', thresholdCrossedOn: '2025-02-17', countedDays: 43, unit: 'calendar-days', offer: 'missed' },
    ]);
    expect(thresholdList(results, { duties: offerDuties({ employees, cases: [invitedOn('2025-03-03')], asOf }) })).toEqual([]);
  });

  it('refuses bad input with the path', () => {
    expect(() => offerDuties({ employees: [{ employeeId: '', absences: [] }], cases: [], asOf: '2025-01-01' })).toThrow(/employees\[0\]\.employeeId/);
    expect(() => offerDuties({ employees, cases: [{}] as never, asOf: '2025-01-01' })).toThrow(/cases\[0\]/);
    expect(() => offerDuties({ employees, cases: [], asOf: 'x' })).toThrow(/asOf/);
    expect(() => offerDuties({ employees: 3 as never, cases: [], asOf: '2025-01-01' })).toThrow(BemInputError);
  });

  it('without cases, finds exactly the days a slow day-by-day evaluation turns due', () => {
    const base = toEpochDay('2025-06-01' as IsoDate);
    fc.assert(
      fc.property(fc.array(absenceNear(base), { maxLength: 6 }), fc.integer({ min: 0, max: 400 }), (absences, extra) => {
        const asOf = date(base + extra);
        const first = absences.map((absence) => absence.start).sort()[0];
        const expected: string[] = [];
        if (first !== undefined && first <= asOf) {
          let before = 'none';
          for (let day = toEpochDay(first as IsoDate); day <= toEpochDay(asOf); day++) {
            const status = evaluateEligibility({ absences, asOf: date(day) }).status;
            if (status === 'due' && before !== 'due') expected.push(date(day));
            before = status;
          }
        }
        expect(offerDuties({ employees: [{ employeeId: 'e-1', absences }], cases: [], asOf }).map((duty) => duty.thresholdCrossedOn)).toEqual(expected);
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
