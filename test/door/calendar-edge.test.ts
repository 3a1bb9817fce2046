import { describe, expect, it } from 'vitest';
import { applyEvent, auditCase, caseAgenda, openCase, renderCaseLetter } from '../../src/case/index.js';
import { computeKpis } from '../../src/kpi/compute-kpis.js';
import {
  checkPlanProgress,
  checkTimeEntry,
  GradedReturnPlan,
  gradedReturnPlan,
  lastDayWithinSixMonths,
  plannedHoursOn,
} from '../../src/measures/index.js';
import type { IsoDate } from '../../src/dates/index.js';
import { type BemCase, BemInputError } from '../../src/model/index.js';
import { retentionUntil } from '../../src/privacy/index.js';
import { makeCase } from '../kpi/fixtures.js';
import { firstIssueOf } from './first-issue.js';

// Dates near 9999-12-31 reached through a case or a plan: the last day that works gives its
// answer, the first that leads out of the calendar gives a BemInputError at the field of the
// input that leads there (the case's closedOn, the plan's start), never a helper's argument.

/** A case opened a month before `closedOn` and closed that day because the employment ended. */
function closedOn(day: string): BemCase {
  const opened = openCase({ id: 'c-1', employee: { id: 'e-1' }, on: `${day.slice(0, 4)}-01-01` });
  const result = applyEvent(opened, { type: 'case.closed', on: day, by: 'employer', outcome: 'employment-ended' });
  if (!result.ok) throw new Error(result.error.code);
  return result.case;
}

const outOfCalendarAtClosedOn = { path: ['case', 'closedOn'], code: 'date-out-of-range' };

describe('a case closed near the end of the calendar', () => {
  const lastThatWorks = closedOn('9996-12-31'); // three years later: 9999-12-31
  const firstThatFails = closedOn('9997-01-01');

  it('retentionUntil gives 9999-12-31 for the last closing day that works, and names case.closedOn the day after', () => {
    expect(retentionUntil(lastThatWorks)).toBe('9999-12-31');
    expect(firstIssueOf(() => retentionUntil(firstThatFails))).toEqual(outOfCalendarAtClosedOn);
    expect(firstIssueOf(() => retentionUntil(closedOn('9999-12-02')))).toEqual(outOfCalendarAtClosedOn);
    expect(retentionUntil(closedOn('9999-12-31'), { yearsAfterClosure: 0 })).toBe('9999-12-31');
  });

  it('says which case field and which period lead out of the calendar', () => {
    try {
      retentionUntil(firstThatFails);
      expect.unreachable();
    } catch (error) {
      expect((error as BemInputError).issues[0]?.message).toBe(
        'The case was closed on 9997-01-01: its retention period of 3 years would end after 9999-12-31, outside the calendar the library knows',
      );
    }
  });

  it('auditCase, caseAgenda and the closing letter name case.closedOn too', () => {
    expect(auditCase(lastThatWorks, { asOf: '9999-12-31' }).map((finding) => finding.code)).not.toContain('retention-passed');
    expect(firstIssueOf(() => auditCase(firstThatFails, { asOf: '9999-12-31' }))).toEqual(outOfCalendarAtClosedOn);
    expect(caseAgenda(lastThatWorks, { asOf: '9999-12-31' }).find((item) => item.task === 'delete-file')?.due).toBe('9999-12-31');
    expect(firstIssueOf(() => caseAgenda(firstThatFails, { asOf: '9999-12-31' }))).toEqual(outOfCalendarAtClosedOn);
    expect(renderCaseLetter(lastThatWorks, { document: 'closing', locale: 'en' }).body).toContain('9999');
    expect(firstIssueOf(() => renderCaseLetter(firstThatFails, { document: 'closing', locale: 'en' }))).toEqual(outOfCalendarAtClosedOn);
  });
});

describe('computeKpis with a follow-up window that would end after 9999-12-31', () => {
  const period = { start: '9998-01-01', end: '9999-12-31' };
  const closed = (on: string) => makeCase({ id: 'c1', employeeId: 'e1', invitedOn: '9998-01-02', acceptedOn: '9998-01-03', closed: { on, outcome: 'completed' } });
  const denominator = (on: string) =>
    computeKpis({ cases: [closed(on)], crossings: [], employment: {}, period, followUp: { months: 12, asOf: '9999-12-31' } }, { minGroupSize: 1 }).total.stabilityRate
      .denominator;

  it('observes a case whose window ends on 9999-12-31 and leaves out (without an error) one whose window has not ended', () => {
    expect(denominator('9998-12-31')).toBe(1);
    expect(denominator('9999-01-01')).toBe(0);
    expect(denominator('9999-12-02')).toBe(0);
  });
});

describe('a graded-return plan near the end of the calendar', () => {
  it('may start on the last day from which it still ends by 9999-12-31, and names start the day after', () => {
    expect(gradedReturnPlan({ start: '9999-11-20', contractualHoursPerDay: 8 }).end).toBe('9999-12-31');
    expect(firstIssueOf(() => gradedReturnPlan({ start: '9999-11-21', contractualHoursPerDay: 8 }))?.path).toEqual(['start']);
  });

  it('checks six months from a start in the second half of 9999 without leaving the calendar', () => {
    expect(gradedReturnPlan({ start: '9999-07-01', contractualHoursPerDay: 8 }).end).toBe('9999-08-11');
    expect(gradedReturnPlan({ start: '9999-07-02', contractualHoursPerDay: 8 }).end).toBe('9999-08-12');
    expect(lastDayWithinSixMonths('9999-07-01' as IsoDate)).toBe('9999-12-31');
    expect(firstIssueOf(() => lastDayWithinSixMonths('9999-07-02' as IsoDate))).toEqual({ path: ['start'], code: 'date-out-of-range' });
  });

  const plan = gradedReturnPlan({ start: '9999-11-20', contractualHoursPerDay: 8 });

  it('refuses a step after one that ends on 9999-12-31 with an issue, never a throw from safeParse', () => {
    const last = plan.steps.at(-1)!;
    const after = { ...plan, steps: [...plan.steps, { ...last, start: '9999-12-31' }] };
    const result = GradedReturnPlan.safeParse(after);
    expect(result.success).toBe(false);
    expect(result.error?.issues.find((issue) => issue.path.join('.') === `steps.${plan.steps.length}.start`)?.message).toBe(
      'Expected no step after one that ends on 9999-12-31, the last day of the calendar',
    );
  });

  it('is accepted by its schema (safeParse never throws) and answered up to its last day, 9999-12-31', () => {
    expect(GradedReturnPlan.safeParse(plan).success).toBe(true);
    expect(plannedHoursOn(plan, '9999-12-31')).toBe(6);
    expect(plannedHoursOn(plan, '9999-12-30')).toBe(6);
    expect(checkTimeEntry(plan, '9999-12-31', 7)).toMatchObject({ plannedHours: 6, overtimeHours: 1 });
    const progress = checkPlanProgress(plan, [{ date: '9999-12-31', workedHours: 6 }], '9999-12-31');
    expect(progress.interruptions.at(-1)?.end).toBe('9999-12-30');
  });
});
