import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AgendaItem, AgendaItem as AgendaItemSchema, AgendaTask, auditCase, caseAgenda } from '../../src/case/index.js';
import { addDays, IsoDate } from '../../src/dates/index.js';
import { type BemCase, BemInputError, type CaseEventInput, type CaseState } from '../../src/model/index.js';
import { sequences, walk } from './arbitraries.js';
import { caseIn, ev, opened, run } from './fixtures.js';

// The machine's fixture: threshold crossed on 2025-10-30, case opened on 2025-11-03,
// invitation on 2025-11-04 with the reply date 2025-11-17.
const tasksOf = (c: BemCase, asOf: string, policy = {}) => caseAgenda(c, { asOf, policy }).map((item) => item.task);
const itemOf = (c: BemCase, task: string, asOf: string, policy = {}): AgendaItem | undefined =>
  caseAgenda(c, { asOf, policy }).find((item) => item.task === task);
const auditCodes = (c: BemCase, asOf: string, policy = {}) => auditCase(c, { asOf, policy }).map((finding) => finding.code);
const grant = (recipients: string[], on: string, purpose = 'participation'): CaseEventInput =>
  ({ type: 'consent.granted', on, by: 'employee', consent: { purpose, dataCategories: ['case-progress'], recipients } }) as CaseEventInput;

/** The task is in time the day before and on its due day, overdue (and an audit finding) the day after. */
function expectBoundary(c: BemCase, task: string, from: string, due: string, code: string) {
  const dayBefore = addDays(IsoDate.parse(due), -1);
  const dayAfter = addDays(IsoDate.parse(due), 1);
  for (const asOf of [dayBefore, due]) {
    expect(itemOf(c, task, asOf)).toMatchObject({ task, from, due, overdue: false, code });
    expect(auditCodes(c, asOf)).not.toContain(code);
  }
  expect(itemOf(c, task, dayAfter)).toMatchObject({ task, from, due, overdue: true, code });
  expect(auditCodes(c, dayAfter)).toContain(code);
}

const interviewed = [ev.invite(), ev.accept(), ev.interview('2025-11-20')];
const withMeasure = [...interviewed, ev.propose('m-1', 'ergonomics', '2025-11-25'), ev.agree('m-1', '2025-11-26')];

describe('caseAgenda', () => {
  describe('open: send the invitation', () => {
    it('is due 14 days after the crossing: in time on day 14, overdue on day 15, as the audit says', () => {
      expectBoundary(opened(), 'send-invitation', '2025-10-30', '2025-11-13', 'offer-late');
      expect(caseAgenda(opened(), { asOf: '2025-11-13' })).toEqual([
        {
          task: 'send-invitation',
          actor: 'employer',
          from: '2025-10-30',
          due: '2025-11-13',
          overdue: false,
          code: 'offer-late',
          measureId: null,
          reference: '§ 167 Abs. 2 S. 1 SGB IX; BAG 20.11.2014 – 2 AZR 755/13; practice',
        },
      ]);
    });

    it('counts from the opening for a case opened by hand, and takes the period and source from the policy', () => {
      const byHand = run(caseIn('open'), []);
      const handOpened = { ...byHand, thresholdCrossedOn: null, events: [{ ...byHand.events[0]!, thresholdCrossedOn: null }] } as BemCase;
      expect(itemOf(handOpened, 'send-invitation', '2025-11-03')).toMatchObject({ from: '2025-11-03', due: '2025-11-17' });
      expect(itemOf(opened(), 'send-invitation', '2025-11-03', { maxDaysToOffer: 21, source: 'BV BEM § 5' })).toMatchObject({
        due: '2025-11-20',
        reference: '§ 167 Abs. 2 S. 1 SGB IX; BAG 20.11.2014 – 2 AZR 755/13; BV BEM § 5',
      });
      expect(auditCodes(opened(), '2025-11-20', { maxDaysToOffer: 21 })).toEqual([]);
      expect(auditCodes(opened(), '2025-11-21', { maxDaysToOffer: 21 })).toEqual(['offer-late']);
    });
  });

  describe('invited: await the reply, remind, close for no response', () => {
    const invited = run(opened(), [ev.invite('2025-11-04')]);

    it('awaits the reply up to the reply date and never calls the employee overdue', () => {
      expect(itemOf(invited, 'await-reply', '2025-11-16')).toMatchObject({ actor: 'employee', from: '2025-11-04', due: '2025-11-17', overdue: false, code: null });
      expect(itemOf(invited, 'await-reply', '2025-11-17')).toMatchObject({ overdue: false });
      expect(itemOf(invited, 'await-reply', '2025-11-18')).toBeUndefined();
    });

    it('has the reminder due 7 days after the reply date', () => {
      expectBoundary(invited, 'send-reminder', '2025-11-18', '2025-11-24', 'reminder-overdue');
      expect(tasksOf(invited, '2025-11-10')).toEqual(['await-reply', 'send-reminder']);
    });

    it('allows closing for no response from the day after the new reply date of a reminder, due 14 days later', () => {
      const reminded = run(invited, [ev.remind('2025-11-18', '2025-11-25')]);
      expect(tasksOf(reminded, '2025-11-20')).toEqual(['await-reply', 'close-no-response']);
      expectBoundary(reminded, 'close-no-response', '2025-11-26', '2025-12-10', 'no-response-not-closed');
    });

    it('allows closing after the reply date in force, whether the reminder came before or after the first one passed', () => {
      const reminded = run(invited, [ev.remind('2025-11-20')]);
      expectBoundary(reminded, 'close-no-response', '2025-11-28', '2025-12-12', 'no-response-not-closed');
      const early = run(invited, [ev.remind('2025-11-10', '2025-11-17')]);
      expect(itemOf(early, 'close-no-response', '2025-11-10')).toMatchObject({ from: '2025-11-18', due: '2025-12-02' });
    });

    it('offers the closure exactly when the machine allows it', () => {
      const reminded = run(invited, [ev.remind('2025-11-18', '2025-11-25')]);
      const from = itemOf(reminded, 'close-no-response', '2025-11-18')!.from;
      const close = (on: string) => run(reminded, []) && ev.close('no-response', on);
      expect(() => run(reminded, [close(addDays(IsoDate.parse(from), -1))])).toThrow('reply-date-not-passed');
      expect(run(reminded, [close(from)]).outcome).toBe('no-response');
    });
  });

  describe('accepted: hold the initial interview', () => {
    it('is due 14 days after the yes', () => {
      expectBoundary(caseIn('accepted'), 'hold-interview', '2025-11-10', '2025-11-24', 'interview-overdue');
      expect(tasksOf(caseIn('accepted'), '2025-11-12')).toEqual(['hold-interview']);
    });
  });

  describe('in progress: examine measures', () => {
    it('is due 28 days after the initial interview', () => {
      expectBoundary(run(opened(), interviewed), 'examine-measures', '2025-11-20', '2025-12-18', 'measures-overdue');
    });

    it('is done once a measure is agreed', () => {
      expect(tasksOf(run(opened(), withMeasure), '2025-11-27')).not.toContain('examine-measures');
    });
  });

  describe('measures: start agreed measures, apply for benefits, review', () => {
    it('has an agreed measure start within 28 days of the agreement', () => {
      const c = run(opened(), withMeasure);
      expectBoundary(c, 'start-measure', '2025-11-26', '2025-12-24', 'measure-start-overdue');
      expect(itemOf(c, 'start-measure', '2025-11-27')?.measureId).toBe('m-1');
    });

    it('has benefits applied for without delay (7 days) when a rehabilitation provider is needed, instead of a start date', () => {
      const benefits = grant(['rehab-provider'], '2025-11-21', 'external-benefits');
      const c = run(opened(), [...interviewed, benefits, ev.propose('m-1', 'graded-return'), ev.agree('m-1', '2025-11-26')]);
      expectBoundary(c, 'apply-for-benefits', '2025-11-26', '2025-12-03', 'benefits-overdue');
      expect(itemOf(c, 'apply-for-benefits', '2025-11-27')?.reference).toBe('§ 167 Abs. 2 S. 5–6 SGB IX; practice');
      expect(tasksOf(c, '2025-11-27')).not.toContain('start-measure');
      expect(tasksOf(run(c, [ev.start('m-1', '2025-12-01')]), '2025-12-02')).not.toContain('apply-for-benefits');
    });

    it('has the effectiveness review 8 weeks after the first start, then 8 weeks after each review', () => {
      const started = run(opened(), [...withMeasure, ev.start('m-1', '2025-12-01')]);
      expect(tasksOf(started, '2025-12-02')).toEqual(['review-effectiveness']);
      expectBoundary(started, 'review-effectiveness', '2025-12-01', '2026-01-26', 'review-overdue');
      const reviewed = run(started, [ev.review('2026-01-20', false)]);
      expect(reviewed.state).toBe('review');
      expectBoundary(reviewed, 'review-effectiveness', '2026-01-20', '2026-03-17', 'review-overdue');
    });

    it('lists several tasks by due day', () => {
      const c = run(opened(), [...withMeasure, ev.propose('m-2', 'flexible-hours', '2025-11-27'), ev.agree('m-2', '2025-11-28'), ev.start('m-2', '2025-11-29')]);
      expect(caseAgenda(c, { asOf: '2025-11-30' }).map((item) => [item.task, item.measureId, item.due])).toEqual([
        ['start-measure', 'm-1', '2025-12-24'],
        ['review-effectiveness', null, '2026-01-24'],
      ]);
    });
  });

  describe('paused: decide on a long pause', () => {
    it('is due 90 days after the pause and hides the tasks of the paused state', () => {
      const c = caseIn('paused');
      expect(tasksOf(c, '2025-12-02')).toEqual(['decide-on-pause']);
      expectBoundary(c, 'decide-on-pause', '2025-12-01', '2026-03-01', 'pause-too-long');
      expect(tasksOf(run(c, [ev.resume('2026-01-20')]), '2026-01-20')).toEqual(['examine-measures']);
    });
  });

  describe('closed: delete the file', () => {
    it('is due on the closing day after a decline', () => {
      expectBoundary(caseIn('closed'), 'delete-file', '2025-11-10', '2025-11-10', 'retention-passed');
    });

    it('is due three years after a completed case, or as the retention policy says', () => {
      const done = run(opened(), [...withMeasure, ev.start('m-1'), ev.complete('m-1'), ev.review('2026-02-01'), ev.close('completed', '2026-03-01')]);
      expect(caseAgenda(done, { asOf: '2026-03-02' })).toEqual([
        { task: 'delete-file', actor: 'employer', from: '2029-03-01', due: '2029-03-01', overdue: false, code: 'retention-passed', measureId: null, reference: 'Art. 5 Abs. 1 lit. e GDPR; practice' },
      ]);
      expect(itemOf(done, 'delete-file', '2026-03-02', { retention: { yearsAfterClosure: 1 } })?.due).toBe('2027-03-01');
    });
  });

  it('has tasks for every state (the agenda knows the whole lifecycle)', () => {
    const expected: Record<CaseState, string[]> = {
      open: ['send-invitation'],
      invited: ['await-reply', 'send-reminder'],
      accepted: ['hold-interview'],
      'in-progress': ['examine-measures'],
      measures: ['start-measure'],
      review: ['start-measure', 'review-effectiveness'],
      paused: ['decide-on-pause'],
      closed: ['delete-file'],
    };
    for (const [state, tasks] of Object.entries(expected)) expect(tasksOf(caseIn(state as CaseState), '2025-11-04')).toEqual(tasks);
  });

  it('refuses bad input with the path', () => {
    expect(() => caseAgenda(opened(), { asOf: '2025-13-01' })).toThrow(BemInputError);
    expect(() => caseAgenda(opened(), { asOf: '2025-11-01', policy: { pauseLimitDays: -1 } })).toThrow(/options\.policy\.pauseLimitDays/);
    expect(() => caseAgenda({ ...opened(), state: 'nope' } as never, { asOf: '2025-11-01' })).toThrow(/case\.state/);
  });

  it('knows every task of the schema', () => {
    expect(AgendaTask.options).toHaveLength(12);
  });
});

/** The audit findings about time still pending: what the agenda must list as overdue. */
const timeCodes = new Set(['offer-late', 'clarification-demand-unanswered', 'retention-passed', 'reminder-overdue', 'no-response-not-closed', 'interview-overdue', 'measures-overdue', 'measure-start-overdue', 'benefits-overdue', 'review-overdue', 'pause-too-long']);
function pendingTimeFindings(c: BemCase, asOf: string, policy: object): string[] {
  return auditCase(c, { asOf, policy })
    .map((finding) => finding.code)
    .filter((code) => timeCodes.has(code) && ((code !== 'offer-late' && code !== 'clarification-demand-unanswered') || (c.invitation === null && c.closedOn === null)))
    .sort();
}

describe('agenda and audit', () => {
  it('agree on any random case, day and policy: each overdue item is a finding with its code, each pending time finding an overdue item', () => {
    const policyArb = fc.record(
      { maxDaysToOffer: fc.integer({ min: 0, max: 30 }), remindWithinDays: fc.integer({ min: 0, max: 20 }), reviewAfterWeeks: fc.integer({ min: 0, max: 12 }), pauseLimitDays: fc.integer({ min: 0, max: 120 }), benefitsWithinDays: fc.integer({ min: 0, max: 10 }) },
      { requiredKeys: [] },
    );
    let overdueSeen = 0;
    fc.assert(
      fc.property(sequences, fc.integer({ min: 0, max: 1200 }), policyArb, (steps, later, policy) => {
        const c = walk(steps, opened(true));
        const asOf = addDays(c.events[c.events.length - 1]!.on, later);
        const agenda = caseAgenda(c, { asOf, policy });
        for (const item of agenda) expect(AgendaItemSchema.parse(item)).toEqual(item);
        const overdue = agenda.filter((item) => item.overdue).map((item) => item.code as string).sort();
        overdueSeen += overdue.length;
        expect(overdue).toEqual(pendingTimeFindings(c, asOf, policy));
        expect(agenda.map((item) => item.due)).toEqual(agenda.map((item) => item.due).sort());
      }),
      { numRuns: 200 },
    );
    expect(overdueSeen).toBeGreaterThan(50);
  }, 120_000);
});
