import { describe, expect, it } from 'vitest';
import { allowedEvents, applyEvent, auditCase } from '../../src/case/index.js';
import type { BemCase, CaseEventInput } from '../../src/model/index.js';
import { bemConsent, caseIn, ev, opened, outcomeOf, properContent, run } from './fixtures.js';

const refusal = (c: BemCase, event: CaseEventInput) => outcomeOf(applyEvent(c, event));
const codes = (c: BemCase, asOf: string) => auditCase(c, { asOf }).map((finding) => finding.code);

describe('form and delivery of the offer', () => {
  const invite = (extra: object, replyBy = '2025-11-17'): CaseEventInput =>
    ({ type: 'invitation.sent', on: '2025-11-04', by: 'employer', content: { ...properContent, replyBy }, ...extra }) as CaseEventInput;

  it('records the form and the delivery day', () => {
    const c = run(opened(), [invite({ form: 'handed-over', deliveredOn: '2025-11-04' })]);
    expect(c.invitation).toMatchObject({ form: 'handed-over', deliveredOn: '2025-11-04' });
  });

  it('counts the reply period from delivery: 7 days after the delivery day is the shortest (day before / on / after)', () => {
    expect(refusal(opened(), invite({ form: 'letter', deliveredOn: '2025-11-07' }, '2025-11-13'))).toBe('reply-period-too-short');
    expect(refusal(opened(), invite({ form: 'letter', deliveredOn: '2025-11-07' }, '2025-11-14'))).toBe('accepted');
    expect(refusal(opened(), invite({ form: 'letter', deliveredOn: '2025-11-07' }, '2025-11-15'))).toBe('accepted');
    expect(refusal(opened(), invite({ form: 'letter' }, '2025-11-11'))).toBe('accepted'); // from sending when the delivery is not known
  });

  it('refuses a delivery before the day of sending', () => {
    expect(refusal(opened(), invite({ form: 'letter', deliveredOn: '2025-11-03' }))).toBe('delivered-before-sent');
  });

  it('answers the court’s question "offered in writing?": a recorded form does, none does not', () => {
    for (const form of ['letter', 'email', 'handed-over']) expect(codes(run(opened(), [invite({ form })]), '2025-11-05')).toEqual([]);
    expect(auditCase(run(opened(), [invite({})]), { asOf: '2025-11-05' })).toEqual([
      {
        code: 'offer-form-not-recorded',
        severity: 'warning',
        message: 'The invitation of 2025-11-04 does not record how it was sent (letter, email or handed over), so the file cannot show that the BEM was offered in writing',
        reference: 'BAG 20.11.2014 – 2 AZR 755/13; practice',
      },
    ]);
  });
});

describe('the legal representative (§ 167 Abs. 2 S. 4 SGB IX)', () => {
  const by = (event: CaseEventInput, actor: string) => ({ ...event, by: actor }) as CaseEventInput;

  it('accepts, declines and consents for the employee', () => {
    expect(refusal(caseIn('invited'), by(ev.accept(), 'legal-representative'))).toBe('accepted');
    expect(run(caseIn('invited'), [by({ type: 'employee.declined', on: '2025-11-10', by: 'employee', inWriting: true }, 'legal-representative')]).outcome).toBe('declined');
    const grant: CaseEventInput = { type: 'consent.granted', on: '2025-11-12', by: 'legal-representative', consent: { ...bemConsent, purpose: 'participation', id: 'c-x' } };
    const granted = run(caseIn('accepted'), [grant]);
    expect(refusal(granted, { type: 'consent.revoked', on: '2025-11-13', by: 'legal-representative', consentId: 'c-x' })).toBe('accepted');
  });

  it('does nothing else: no withdrawal, no measure decision, no exclusion, never the employer’s steps', () => {
    expect(refusal(caseIn('measures'), by(ev.withdraw('2025-12-01'), 'legal-representative'))).toBe('only-employee-may-withdraw');
    const proposed = run(caseIn('in-progress'), [ev.propose('m-9', 'home-office', '2025-11-25')]);
    expect(refusal(proposed, by(ev.agree('m-9'), 'legal-representative'))).toBe('only-employee-may-decide-measure');
    expect(refusal(caseIn('invited'), { type: 'participant.excluded', on: '2025-11-10', by: 'legal-representative', role: 'works-council' })).toBe('only-employee-may-exclude-participant');
    expect(refusal(caseIn('open'), by(ev.invite(), 'legal-representative'))).toBe('actor-not-allowed');
    expect(refusal(caseIn('in-progress'), by(ev.close('employment-ended', '2026-01-01'), 'legal-representative'))).toBe('only-employer-may-close');
  });

  it('is offered exactly the representable steps by allowedEvents', () => {
    expect(allowedEvents(caseIn('invited'), 'legal-representative')).toEqual(['employee.accepted', 'employee.declined']);
    expect(allowedEvents(caseIn('in-progress'), 'legal-representative')).toEqual(['consent.granted', 'consent.revoked']);
  });

  it('is neither a participant nor a recipient of data', () => {
    expect(() => applyEvent(caseIn('accepted'), { type: 'participant.added', on: '2025-11-12', by: 'employer', role: 'legal-representative' } as unknown as CaseEventInput)).toThrow(/event\.role/);
  });
});

describe('the representation demands the clarification (§ 167 Abs. 2 S. 7–8 SGB IX)', () => {
  const demand = (on: string, by = 'works-council'): CaseEventInput => ({ type: 'clarification.demanded', on, by }) as CaseEventInput;

  it('records the demand of the works council with its day', () => {
    expect(run(opened(), [demand('2025-11-05')]).clarificationDemands).toEqual([{ on: '2025-11-05', by: 'works-council' }]);
  });

  it('lets the SBV demand only for a severely disabled employee, and nobody else at all', () => {
    expect(refusal(opened(), demand('2025-11-05', 'disability-representative'))).toBe('sbv-only-for-severely-disabled');
    expect(refusal(opened(true), demand('2025-11-05', 'disability-representative'))).toBe('accepted');
    expect(outcomeOf(applyEvent(opened(), demand('2025-11-05', 'employee')))).toBe('only-representation-may-demand');
    expect(applyEvent(opened(), demand('2025-11-05', 'employer'))).toMatchObject({ ok: false, error: { code: 'only-representation-may-demand', reference: '§ 167 Abs. 2 S. 7–8 SGB IX' } });
  });

  it('is made before the invitation; once invited the employer has acted', () => {
    expect(refusal(caseIn('invited'), demand('2025-11-10'))).toBe('event-not-allowed-in-state');
  });

  it('is an audit error when no invitation follows within the offer period: day 14 after the demand no, day 15 yes', () => {
    // opened 2025-11-03, crossed 2025-10-30; a demand on 2025-11-05 (the offer itself is late from 2025-11-14)
    const demanded = run(opened(), [demand('2025-11-05')]);
    expect(codes(demanded, '2025-11-19')).toEqual(['offer-late']);
    expect(auditCase(demanded, { asOf: '2025-11-20' }).filter((finding) => finding.code === 'clarification-demand-unanswered')).toEqual([
      {
        code: 'clarification-demand-unanswered',
        severity: 'error',
        message: 'The works council demanded the clarification of a BEM on 2025-11-05; no invitation by 2025-11-20, more than 14 days later',
        reference: '§ 167 Abs. 2 S. 7–8 SGB IX; practice',
      },
    ]);
    expect(codes(run(demanded, [ev.invite('2025-11-19')]), '2025-12-01')).toEqual(['offer-late']);
    expect(codes(run(demanded, [ev.invite('2025-11-20')]), '2025-12-01')).toEqual(['offer-late', 'clarification-demand-unanswered']);
  });
});

describe('the agenda shows the demand', () => {
  it('lists answering it from the demand day, due maxDaysToOffer later, overdue the day after', async () => {
    const { caseAgenda } = await import('../../src/case/index.js');
    const demanded = run(opened(), [{ type: 'clarification.demanded', on: '2025-11-05', by: 'works-council' }]);
    const item = (asOf: string) => caseAgenda(demanded, { asOf }).find((entry) => entry.task === 'answer-clarification-demand');
    expect(item('2025-11-19')).toMatchObject({ actor: 'employer', from: '2025-11-05', due: '2025-11-19', overdue: false, code: 'clarification-demand-unanswered', reference: '§ 167 Abs. 2 S. 7–8 SGB IX; practice' });
    expect(item('2025-11-20')?.overdue).toBe(true);
    expect(caseAgenda(run(demanded, [ev.invite('2025-11-06')]), { asOf: '2025-11-20' }).some((entry) => entry.task === 'answer-clarification-demand')).toBe(false);
  });
});
