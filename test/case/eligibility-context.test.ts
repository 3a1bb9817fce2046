import { describe, expect, it } from 'vitest';
import { eligibilityContextOf, openCase } from '../../src/case/index.js';
import { addDays, IsoDate } from '../../src/dates/index.js';
import { evaluateEligibility } from '../../src/eligibility/index.js';
import { type BemCase, BemInputError, type CaseEventInput } from '../../src/model/index.js';
import { eligibilityExamples } from '../legal/eligibility.js';
import { ev, properContent, run } from './fixtures.js';

/** A case of employee e-1 whose threshold was crossed (and which was opened) on `crossedOn`. */
const caseFrom = (crossedOn: string, id = 'c-1'): BemCase =>
  openCase({ id, employee: { id: 'e-1' }, on: crossedOn, eligibility: { thresholdCrossedOn: crossedOn, countedDays: 43 } });
const invite = (crossedOn: string, on: string): CaseEventInput =>
  ev.invite(on, { ...properContent, occasion: { thresholdCrossedOn: crossedOn, countedDays: 43 }, replyBy: addDays(IsoDate.parse(on), 13) });
const context = (cases: BemCase[], asOf: string) => eligibilityContextOf(cases, { asOf });

describe('eligibilityContextOf', () => {
  const crossed = '2025-02-14';
  const invited = run(caseFrom(crossed), [invite(crossed, '2025-02-20')]);

  it('knows no BEM for no cases', () => {
    expect(context([], '2025-10-31')).toEqual({ previousBemConcludedOn: null, bemRunningSince: null });
  });

  it('does not count a case opened but not offered: the employee stays due', () => {
    const openedOnly = caseFrom(crossed);
    expect(context([openedOnly], '2025-10-31')).toEqual({ previousBemConcludedOn: null, bemRunningSince: null });
    const absences = [{ start: '2025-01-03', end: '2025-02-14', kind: 'sickness' as const }];
    expect(evaluateEligibility({ absences, asOf: '2025-03-31', ...context([openedOnly], '2025-03-31') }).status).toBe('due');
  });

  it('runs from the day the invitation was sent: the day before none, on the day and after it runs', () => {
    expect(context([invited], '2025-02-19').bemRunningSince).toBeNull();
    expect(context([invited], '2025-02-20').bemRunningSince).toBe('2025-02-20');
    expect(context([invited], '2025-10-31')).toEqual({ previousBemConcludedOn: null, bemRunningSince: '2025-02-20' });
  });

  describe('concludes on the closing day for every outcome', () => {
    const outcomes: [string, CaseEventInput[], string][] = [
      ['declined', [{ type: 'employee.declined', on: '2025-03-03', by: 'employee', inWriting: true }], '2025-03-03'],
      ['declined in the initial interview', [ev.accept('2025-02-25'), ev.interview('2025-03-04', false)], '2025-03-04'],
      ['no-response', [ev.remind('2025-03-06'), ev.close('no-response', '2025-03-14')], '2025-03-14'],
      ['withdrawn', [ev.accept('2025-02-25'), ev.withdraw('2025-03-01'), ev.close('withdrawn', '2025-03-10', 'employee')], '2025-03-10'],
      ['no-suitable-measures', [ev.accept('2025-02-25'), ev.interview('2025-03-04'), ev.close('no-suitable-measures', '2025-03-20')], '2025-03-20'],
      [
        'completed',
        [ev.accept('2025-02-25'), ev.interview('2025-03-04'), ev.propose('m-1', 'ergonomics', '2025-03-05'), ev.agree('m-1', '2025-03-06'), ev.start('m-1', '2025-03-10'), ev.complete('m-1', '2025-04-10'), ev.close('completed', '2025-04-30')],
        '2025-04-30',
      ],
      ['employment-ended', [ev.close('employment-ended', '2025-03-31')], '2025-03-31'],
    ];
    it.each(outcomes)('%s', (_name, events, closedOn) => {
      const c = run(invited, events);
      expect(c.closedOn).toBe(closedOn);
      const dayBefore = addDays(IsoDate.parse(closedOn), -1);
      expect(context([c], dayBefore)).toEqual({ previousBemConcludedOn: null, bemRunningSince: '2025-02-20' });
      expect(context([c], closedOn)).toEqual({ previousBemConcludedOn: closedOn, bemRunningSince: null });
      expect(context([c], '2025-10-31')).toEqual({ previousBemConcludedOn: closedOn, bemRunningSince: null });
    });
  });

  it('resets nothing for a case closed without an invitation', () => {
    expect(context([run(caseFrom(crossed), [ev.close('employment-ended', '2025-03-01')])], '2025-10-31')).toEqual({ previousBemConcludedOn: null, bemRunningSince: null });
  });

  it('takes the latest conclusion and the running BEM of several cases', () => {
    const first = run(invited, [{ type: 'employee.declined', on: '2025-03-03', by: 'employee', inWriting: true }]);
    const second = run(caseFrom('2025-09-01', 'c-2'), [invite('2025-09-01', '2025-09-05')]);
    expect(context([second, first], '2025-10-31')).toEqual({ previousBemConcludedOn: '2025-03-03', bemRunningSince: '2025-09-05' });
    expect(context([second, first], '2025-09-04')).toEqual({ previousBemConcludedOn: '2025-03-03', bemRunningSince: null });
  });

  it('refuses bad input with the path', () => {
    expect(() => eligibilityContextOf([{ ...invited, state: 'nope' } as never], { asOf: '2025-10-31' })).toThrow(/cases\[0\]\.state/);
    expect(() => eligibilityContextOf([], { asOf: '31.10.2025' })).toThrow(/options\.asOf/);
    expect(() => eligibilityContextOf(null as never, { asOf: '2025-10-31' })).toThrow(BemInputError);
    const other = openCase({ id: 'c-9', employee: { id: 'e-2' }, on: '2025-01-01' });
    expect(() => eligibilityContextOf([invited, other], { asOf: '2025-10-31' })).toThrow(/cases\[1\]\.employee\.id: All cases must belong to one employee/);
  });

  describe('fed into evaluateEligibility, reproduces the reset examples of test/legal', () => {
    const resets = eligibilityExamples.filter((example) => example.input.previousBemConcludedOn != null || example.input.bemRunningSince != null);
    it('has reset examples to reproduce', () => expect(resets.length).toBeGreaterThanOrEqual(3));

    it.each(resets.map((example) => [example.name, example] as const))('%s', (_name, example) => {
      const { previousBemConcludedOn, bemRunningSince, ...rest } = example.input;
      const cases: BemCase[] = [];
      if (previousBemConcludedOn != null) {
        // a BEM offered a month before and declined on the day it concluded
        const offeredOn = addDays(IsoDate.parse(previousBemConcludedOn), -30);
        const crossedOn = addDays(offeredOn, -3);
        cases.push(run(caseFrom(crossedOn, 'c-done'), [invite(crossedOn, offeredOn), { type: 'employee.declined', on: previousBemConcludedOn, by: 'employee', inWriting: true }]));
      }
      if (bemRunningSince != null) {
        const crossedOn = addDays(IsoDate.parse(bemRunningSince), -3);
        cases.push(run(caseFrom(crossedOn, 'c-running'), [invite(crossedOn, bemRunningSince), ev.accept(addDays(IsoDate.parse(bemRunningSince), 2))]));
      }
      const fromCases = eligibilityContextOf(cases, { asOf: rest.asOf });
      expect(fromCases).toEqual({ previousBemConcludedOn: previousBemConcludedOn ?? null, bemRunningSince: bemRunningSince ?? null });
      expect(evaluateEligibility({ ...rest, ...fromCases }, example.policy)).toMatchObject(example.expected);
    });
  });
});
