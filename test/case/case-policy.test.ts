import { describe, expect, it } from 'vitest';
import { ApplyOptions, applyEvent, auditCase, CasePolicy, defaultCasePolicy, resolveCasePolicy } from '../../src/case/index.js';
import { BemInputError } from '../../src/model/index.js';
import { ev, opened, run } from './fixtures.js';

describe('CasePolicy', () => {
  it('fills in the defaults of practice', () => {
    expect(resolveCasePolicy()).toEqual({
      source: 'practice',
      maxDaysToOffer: 14,
      replyDays: 14,
      minReplyDays: 7,
      remindWithinDays: 7,
      reminderReplyDays: 7,
      closeNoResponseWithinDays: 14,
      interviewWithinDays: 14,
      measuresWithinDays: 28,
      startMeasuresWithinDays: 28,
      benefitsWithinDays: 7,
      reviewAfterWeeks: 8,
      pauseLimitDays: 90,
      retention: {},
    });
    expect(defaultCasePolicy).toEqual(resolveCasePolicy({}));
    expect(Object.isFrozen(defaultCasePolicy)).toBe(true);
  });

  it('keeps what the caller sets and refuses unknown settings and bad periods with their path', () => {
    expect(resolveCasePolicy({ maxDaysToOffer: 21, source: 'BV BEM 2024 § 5' })).toMatchObject({ maxDaysToOffer: 21, source: 'BV BEM 2024 § 5', replyDays: 14 });
    expect(() => resolveCasePolicy({ offerDays: 3 } as never)).toThrow(BemInputError);
    try {
      resolveCasePolicy({ maxDaysToOffer: -1 });
    } catch (error) {
      expect((error as BemInputError).issues[0]?.path).toEqual(['policy', 'maxDaysToOffer']);
    }
    expect(CasePolicy.safeParse({ reviewAfterWeeks: 1.5 }).success).toBe(false);
  });
});

describe('auditCase with a CasePolicy', () => {
  const lateBy15 = run(opened(), [ev.invite('2025-11-14')]);

  it('reads the offer limit from the policy: day 14 timely, day 15 late', () => {
    expect(auditCase(run(opened(), [ev.invite('2025-11-13')]), { asOf: '2025-11-20', policy: {} })).toEqual([]);
    expect(auditCase(lateBy15, { asOf: '2025-11-20', policy: {} }).map((f) => f.code)).toEqual(['offer-late']);
    expect(auditCase(lateBy15, { asOf: '2025-11-20', policy: { maxDaysToOffer: 15 } })).toEqual([]);
  });

  it('lets the maxDaysToOffer shorthand win over the policy', () => {
    expect(auditCase(lateBy15, { asOf: '2025-11-20', policy: { maxDaysToOffer: 3 }, maxDaysToOffer: 15 })).toEqual([]);
  });

  it('names the source of the period in the reference', () => {
    expect(auditCase(lateBy15, { asOf: '2025-11-20', policy: { source: 'BV BEM 2024 § 5' } })[0]?.reference).toBe(
      '§ 167 Abs. 2 S. 1 SGB IX; BAG 20.11.2014 – 2 AZR 755/13; BV BEM 2024 § 5',
    );
  });

  it('reads the retention from the policy unless the options give one', () => {
    const declined = run(opened(), [ev.invite(), { type: 'employee.declined', on: '2025-11-10', by: 'employee', inWriting: true }]);
    const closedDone = run(opened(), [ev.invite(), ev.accept(), ev.interview(), ev.propose(), ev.agree(), ev.start(), ev.complete(), ev.close('completed', '2026-03-01')]);
    expect(auditCase(declined, { asOf: '2025-11-11' }).map((f) => f.code)).toEqual(['retention-passed']);
    const codes = (options: object) => auditCase(closedDone, { asOf: '2027-03-02', ...options }).map((f) => f.code).filter((code) => code === 'retention-passed');
    expect(codes({ policy: { retention: { yearsAfterClosure: 1 } } })).toEqual(['retention-passed']);
    expect(codes({ policy: { retention: { yearsAfterClosure: 1 } }, retention: {} })).toEqual([]);
    expect(codes({})).toEqual([]);
  });
});

describe('applyEvent with a CasePolicy', () => {
  it('accepts a policy in its options and refuses a bad one at the door', () => {
    expect(ApplyOptions.parse({ policy: {} }).policy?.maxDaysToOffer).toBe(14);
    expect(applyEvent(opened(), ev.invite(), { policy: { maxDaysToOffer: 3 } }).ok).toBe(true);
    expect(() => applyEvent(opened(), ev.invite(), { policy: { maxDaysToOffer: 'x' } as never })).toThrow(BemInputError);
  });
});
