import { describe, expect, it } from 'vitest';
import { applyEvent, openCase } from '../../src/case/index.js';
import type { BemCase, CaseEventInput } from '../../src/model/index.js';
import { bemConsent, caseIn, ev, opened, outcomeOf, properContent, run } from './fixtures.js';

const refusal = (c: BemCase, event: CaseEventInput, options?: { expectedVersion?: number }) => outcomeOf(applyEvent(c, event, options));
const after = (c: BemCase, event: CaseEventInput): BemCase => run(c, [event]);

describe('voluntariness (§ 167 Abs. 2 S. 1 SGB IX)', () => {
  it('lets only the employee accept the invitation', () => {
    const invited = caseIn('invited');
    expect(refusal(invited, { ...ev.accept(), by: 'employer' } as CaseEventInput)).toBe('only-employee-may-accept');
    expect(refusal(invited, ev.accept())).toBe('accepted');
  });

  it('lets only the employee decline, and shows the whole refusal', () => {
    const result = applyEvent(caseIn('invited'), { type: 'employee.declined', on: '2025-11-10', by: 'employer', inWriting: true });
    expect(result).toMatchInlineSnapshot(`
      {
        "error": {
          "code": "only-employee-may-decline",
          "message": "Only the employee can decline the BEM; nobody can decline on their behalf",
          "reference": "§ 167 Abs. 2 S. 1 SGB IX",
        },
        "ok": false,
      }
    `);
  });

  it('closes a declined invitation as declined and records the no with its form', () => {
    const c = caseIn('closed');
    expect(c.state).toBe('closed');
    expect(c.outcome).toBe('declined');
    expect(c.closedOn).toBe('2025-11-10');
    expect(c.decisions).toEqual([{ on: '2025-11-10', stage: 'invitation', answer: 'no', inWriting: true }]);
  });

  it('closes a decline before the initial interview as declined at the interview stage', () => {
    const c = after(caseIn('accepted'), { type: 'employee.declined', on: '2025-11-15', by: 'employee', inWriting: false });
    expect(c.outcome).toBe('declined');
    expect(c.decisions.map((decision) => [decision.stage, decision.answer])).toEqual([
      ['invitation', 'yes'],
      ['interview', 'no'],
    ]);
  });

  it('records both the yes and the no of the initial interview; a no closes as declined', () => {
    const yes = caseIn('in-progress');
    expect(yes.decisions.map((decision) => decision.answer)).toEqual(['yes', 'yes']);
    const no = after(caseIn('accepted'), ev.interview('2025-11-20', false));
    expect(no.state).toBe('closed');
    expect(no.outcome).toBe('declined');
    expect(no.interview).toEqual({ heldOn: '2025-11-20', present: [], employeeAgreed: false });
    expect(no.decisions.at(-1)).toEqual({ on: '2025-11-20', stage: 'interview', answer: 'no', inWriting: null });
  });

  it('lets only the employee withdraw; a withdrawal pauses where the case stood', () => {
    const measures = caseIn('measures');
    expect(refusal(measures, { ...ev.withdraw(), by: 'employer' } as CaseEventInput)).toBe('only-employee-may-withdraw');
    const paused = after(measures, ev.withdraw());
    expect(paused).toMatchObject({ state: 'paused', stateBeforePause: 'measures', pausedOn: '2026-01-05', pauseReason: 'withdrawal' });
  });

  it('lets only the employee resume, back to the state before the pause', () => {
    const paused = after(caseIn('measures'), ev.withdraw());
    expect(refusal(paused, { ...ev.resume(), by: 'employer' } as CaseEventInput)).toBe('only-employee-may-resume');
    const resumed = after(paused, ev.resume());
    expect(resumed).toMatchObject({ state: 'measures', stateBeforePause: null, pausedOn: null, pauseReason: null });
  });

  it('closes a paused case as withdrawn, by the employee or the employer, but not a running one', () => {
    const paused = caseIn('paused');
    expect(after(paused, ev.close('withdrawn', '2026-01-10', 'employee')).outcome).toBe('withdrawn');
    expect(after(paused, ev.close('withdrawn', '2026-01-10')).outcome).toBe('withdrawn');
    expect(refusal(caseIn('measures'), ev.close('withdrawn', '2026-01-10', 'employee'))).toBe('outcome-not-allowed-in-state');
    expect(refusal(paused, ev.close('completed', '2026-01-10'))).toBe('outcome-not-allowed-in-state');
  });

  it('does not let the withdrawal be sent before acceptance (the employee declines instead)', () => {
    expect(refusal(caseIn('invited'), ev.withdraw('2025-11-10'))).toBe('event-not-allowed-in-state');
  });

  it('lets only the employee agree to or reject a measure', () => {
    const proposed = after(caseIn('in-progress'), ev.propose());
    expect(refusal(proposed, { ...ev.agree(), by: 'employer' } as CaseEventInput)).toBe('only-employee-may-decide-measure');
    expect(refusal(proposed, { type: 'measure.rejected', on: '2025-11-26', by: 'works-council', measureId: 'm-1' })).toBe(
      'only-employee-may-decide-measure',
    );
    const rejected = after(proposed, { type: 'measure.rejected', on: '2025-11-26', by: 'employee', measureId: 'm-1' });
    expect(rejected.measures[0]).toMatchObject({ status: 'rejected', rejectedOn: '2025-11-26' });
    expect(rejected.state).toBe('in-progress');
  });

  it('lets only the employee exclude a participant', () => {
    const event: CaseEventInput = { type: 'participant.excluded', on: '2025-11-05', by: 'employer', role: 'works-council' };
    expect(refusal(caseIn('invited'), event)).toBe('only-employee-may-exclude-participant');
    expect(after(caseIn('invited'), { ...event, by: 'employee' }).excludedRoles).toEqual(['works-council']);
  });

  it('lets only the employee bring a trusted person, who needs no further consent', () => {
    const accepted = caseIn('accepted');
    const add = (by: 'employee' | 'employer'): CaseEventInput => ({ type: 'participant.added', on: '2025-11-12', by, role: 'trusted-person' });
    expect(refusal(accepted, add('employer'))).toBe('only-employee-may-bring-trusted-person');
    expect(after(accepted, add('employee')).participants).toEqual([
      { role: 'trusted-person', addedOn: '2025-11-12', addedBy: 'employee', endedOn: null, endedBecause: null },
    ]);
  });

  it('does not let the employer close a case as declined, nor the employee close it as completed', () => {
    expect(refusal(caseIn('invited'), ev.close('declined', '2025-11-20'))).toBe('only-employee-may-decline');
    const completed = run(caseIn('measures'), [ev.start(), ev.complete()]);
    expect(refusal(completed, ev.close('completed', '2026-03-01', 'employee'))).toBe('only-employer-may-close');
    expect(after(completed, ev.close('completed')).outcome).toBe('completed');
  });

  it('refuses employer steps sent by anyone else', () => {
    expect(refusal(opened(), { ...ev.invite(), by: 'works-council' } as CaseEventInput)).toBe('actor-not-allowed');
    expect(refusal(caseIn('measures'), { ...ev.start(), by: 'employee' } as CaseEventInput)).toBe('actor-not-allowed');
  });
});

describe('consent (§ 167 Abs. 2 S. 1 SGB IX; Art. 7 GDPR)', () => {
  it('needs the acceptance to carry the consent to the BEM itself', () => {
    const event: CaseEventInput = { ...ev.accept(), consent: { ...bemConsent, purpose: 'participation' } } as CaseEventInput;
    expect(refusal(caseIn('invited'), event)).toBe('acceptance-needs-bem-consent');
    expect(caseIn('accepted').consents).toEqual([{ id: 'consent-1', ...bemConsent, grantedOn: '2025-11-10', revokedOn: null }]);
  });

  it('allows nothing beyond the invitation before consent', () => {
    const invited = caseIn('invited');
    expect(refusal(invited, ev.interview())).toBe('event-not-allowed-in-state');
    expect(refusal(invited, { type: 'participant.added', on: '2025-11-05', by: 'employer', role: 'works-council' })).toBe('event-not-allowed-in-state');
    expect(refusal(invited, ev.propose())).toBe('event-not-allowed-in-state');
  });

  it('adds a participant only with a consent naming them', () => {
    const accepted = caseIn('accepted');
    const add = (role: string): CaseEventInput => ({ type: 'participant.added', on: '2025-11-12', by: 'employer', role }) as CaseEventInput;
    expect(refusal(accepted, add('works-council'))).toBe('accepted');
    expect(refusal(accepted, add('company-doctor'))).toBe('accepted');
    expect(refusal(accepted, add('rehab-provider'))).toBe('consent-required');
    const granted = after(accepted, {
      type: 'consent.granted',
      on: '2025-11-11',
      by: 'employee',
      consent: { id: 'rehab', purpose: 'participation', dataCategories: ['measures'], recipients: ['rehab-provider'] },
    });
    expect(refusal(granted, add('rehab-provider'))).toBe('accepted');
  });

  it('lets only the employee grant or revoke consent', () => {
    const grant: CaseEventInput = { type: 'consent.granted', on: '2025-11-11', by: 'employer', consent: bemConsent };
    expect(refusal(caseIn('accepted'), grant)).toBe('only-employee-may-consent');
    expect(refusal(caseIn('accepted'), { type: 'consent.revoked', on: '2025-11-11', by: 'works-council', consentId: 'consent-1' })).toBe(
      'only-employee-may-consent',
    );
  });

  it('refuses a consent id twice, an unknown consent and a second revocation', () => {
    const accepted = caseIn('accepted');
    expect(refusal(accepted, { type: 'consent.granted', on: '2025-11-11', by: 'employee', consent: { ...bemConsent, id: 'consent-1' } })).toBe(
      'duplicate-consent-id',
    );
    expect(refusal(accepted, { type: 'consent.revoked', on: '2025-11-11', by: 'employee', consentId: 'nope' })).toBe('consent-not-found');
    const twice = run(accepted, [
      { type: 'consent.granted', on: '2025-11-11', by: 'employee', consent: { ...bemConsent, purpose: 'participation' } },
      { type: 'consent.revoked', on: '2025-11-12', by: 'employee', consentId: 'consent-2' },
    ]);
    expect(twice.consents[1]?.revokedOn).toBe('2025-11-12');
    expect(twice.state).toBe('accepted');
    expect(refusal(twice, { type: 'consent.revoked', on: '2025-11-13', by: 'employee', consentId: 'consent-2' })).toBe('consent-already-revoked');
  });

  it('pauses the case when the BEM consent is revoked, and resumes only with a new one', () => {
    const paused = after(caseIn('in-progress'), { type: 'consent.revoked', on: '2025-11-21', by: 'employee', consentId: 'consent-1' });
    expect(paused).toMatchObject({ state: 'paused', stateBeforePause: 'in-progress', pauseReason: 'consent-revoked' });
    expect(refusal(paused, ev.resume('2025-11-25'))).toBe('consent-required');
    const again = run(paused, [
      { type: 'consent.granted', on: '2025-11-24', by: 'employee', consent: bemConsent },
      ev.resume('2025-11-25'),
    ]);
    expect(again.state).toBe('in-progress');
  });

  it('ends the participation of whoever took part on a revoked consent alone', () => {
    const withCouncil = run(caseIn('accepted'), [
      {
        type: 'consent.granted',
        on: '2025-11-11',
        by: 'employee',
        consent: { id: 'doctor', purpose: 'participation', dataCategories: ['work-restrictions'], recipients: ['rehab-provider'] },
      },
      { type: 'participant.added', on: '2025-11-12', by: 'employer', role: 'rehab-provider' },
      { type: 'participant.added', on: '2025-11-12', by: 'employee', role: 'trusted-person' },
      { type: 'consent.revoked', on: '2025-11-13', by: 'employee', consentId: 'doctor' },
    ]);
    expect(withCouncil.participants.map((participant) => [participant.role, participant.endedBecause])).toEqual([
      ['rehab-provider', 'consent-revoked'],
      ['trusted-person', null],
    ]);
    expect(withCouncil.state).toBe('accepted');
  });

  it('agrees to a measure that needs an external body only with consent to involve it', () => {
    const proposed = after(caseIn('in-progress'), ev.propose('m-2', 'graded-return'));
    expect(refusal(proposed, ev.agree('m-2'))).toBe('consent-required');
    const consented = after(proposed, {
      type: 'consent.granted',
      on: '2025-11-25',
      by: 'employee',
      consent: { purpose: 'external-benefits', dataCategories: ['absence-periods'], recipients: ['rehab-provider'] },
    });
    expect(refusal(consented, ev.agree('m-2'))).toBe('accepted');
  });
});

describe('participants (§ 167 Abs. 2 S. 1–3, 6 SGB IX)', () => {
  const add = (role: string, by = 'employer', on = '2025-11-12'): CaseEventInput => ({ type: 'participant.added', on, by, role }) as CaseEventInput;
  const sbvConsent: CaseEventInput = {
    type: 'consent.granted',
    on: '2025-11-11',
    by: 'employee',
    consent: { purpose: 'participation', dataCategories: ['case-progress'], recipients: ['disability-representative', 'integration-office'] },
  };

  it('involves the SBV only for severely disabled employees', () => {
    expect(refusal(after(caseIn('accepted'), sbvConsent), add('disability-representative'))).toBe('sbv-only-for-severely-disabled');
    expect(refusal(after(caseIn('accepted', true), sbvConsent), add('disability-representative'))).toBe('accepted');
  });

  it('involves the integration office only for severely disabled employees', () => {
    expect(refusal(after(caseIn('accepted'), sbvConsent), add('integration-office'))).toBe('integration-office-only-for-severely-disabled');
    expect(refusal(after(caseIn('accepted', true), sbvConsent), add('integration-office'))).toBe('accepted');
  });

  it('does not let the employer add back a role the employee excluded; the employee can', () => {
    const excluded = run(caseIn('accepted'), [add('works-council'), { type: 'participant.excluded', on: '2025-11-13', by: 'employee', role: 'works-council' }]);
    expect(excluded.participants[0]).toMatchObject({ endedOn: '2025-11-13', endedBecause: 'excluded' });
    expect(applyEvent(excluded, add('works-council', 'employer', '2025-11-14'))).toMatchInlineSnapshot(`
      {
        "error": {
          "code": "participant-excluded",
          "message": "The employee excluded this role; only the employee can bring it back",
          "reference": "BAG 19.11.2019 – 1 ABR 36/18",
        },
        "ok": false,
      }
    `);
    const back = after(excluded, add('works-council', 'employee', '2025-11-14'));
    expect(back.excludedRoles).toEqual([]);
    expect(back.participants.filter((participant) => participant.endedOn === null).map((participant) => participant.role)).toEqual(['works-council']);
  });

  it('lets the employee exclude a role before the invitation is sent', () => {
    const c = after(opened(), { type: 'participant.excluded', on: '2025-11-03', by: 'employee', role: 'works-council' });
    expect(c.excludedRoles).toEqual(['works-council']);
    expect(c.state).toBe('open');
    expect(refusal(c, { type: 'participant.excluded', on: '2025-11-03', by: 'employee', role: 'works-council' })).toBe('participant-already-excluded');
  });

  it('adds a role once at a time', () => {
    expect(refusal(after(caseIn('accepted'), add('works-council')), add('works-council'))).toBe('participant-already-added');
  });

  it('records only roles that take part as present at the interview', () => {
    expect(refusal(caseIn('accepted'), ev.interview('2025-11-20', true, ['works-council']))).toBe('participant-not-in-case');
    const c = run(caseIn('accepted'), [add('works-council'), ev.interview('2025-11-20', true, ['works-council'])]);
    expect(c.interview?.present).toEqual(['works-council']);
  });

  it('lets a role that takes part propose a measure, and no one else', () => {
    const inProgress = caseIn('in-progress');
    expect(refusal(inProgress, ev.propose('m-1', 'ergonomics', '2025-11-25', 'company-doctor'))).toBe('only-participant-may-propose');
    const withDoctor = after(inProgress, add('company-doctor', 'employer', '2025-11-21'));
    const proposed = after(withDoctor, ev.propose('m-1', 'ergonomics', '2025-11-25', 'company-doctor'));
    expect(proposed.measures[0]).toMatchObject({ proposedBy: 'company-doctor', category: 'workplace-design', status: 'proposed' });
  });
});

describe('proper invitation (§ 167 Abs. 2 S. 4 SGB IX; BAG 20.11.2014 – 2 AZR 755/13)', () => {
  it('sends a proper invitation and records it', () => {
    const c = caseIn('invited');
    expect(c.invitation).toEqual({ sentOn: '2025-11-04', content: properContent, form: 'letter', deliveredOn: null, replyBy: '2025-11-17', reminders: [] });
  });

  it('refuses an improper invitation', () => {
    const { trustedPersonOffered: _omitted, ...content } = properContent;
    expect(applyEvent(opened(), { ...ev.invite(), content } as CaseEventInput)).toMatchInlineSnapshot(`
      {
        "error": {
          "code": "improper-invitation",
          "message": "The invitation lacks required elements (see checkInvitation) or presents a doctor’s visit as mandatory; an improper offer counts as no offer",
          "reference": "§ 167 Abs. 2 S. 4 SGB IX; BAG 20.11.2014 – 2 AZR 755/13",
        },
        "ok": false,
      }
    `);
  });

  it('refuses an invitation that presents a doctor’s visit as mandatory (LAG Nürnberg 18.2.2020 – 7 Sa 124/19)', () => {
    expect(refusal(opened(), { ...ev.invite(), content: { ...properContent, doctorVisit: 'mandatory' } } as CaseEventInput)).toBe('improper-invitation');
  });

  it('refuses a reply date before the day of sending, and one that leaves less than the minimum reply period (7 days)', () => {
    const invite = (replyBy: string): CaseEventInput => ({ ...ev.invite('2025-11-04'), content: { ...properContent, replyBy } }) as CaseEventInput;
    expect(refusal(opened(), invite('2025-11-03'))).toBe('reply-date-in-past');
    expect(refusal(opened(), invite('2025-11-04'))).toBe('reply-period-too-short');
    expect(refusal(opened(), invite('2025-11-10'))).toBe('reply-period-too-short'); // the day before
    expect(refusal(opened(), invite('2025-11-11'))).toBe('accepted'); // on: 7 days
    expect(refusal(opened(), invite('2025-11-12'))).toBe('accepted'); // after
  });

  it('sends reminders only while invited, each with a new reply date at least 7 days after it', () => {
    const reminded = after(caseIn('invited'), ev.remind('2025-11-18', '2025-11-28'));
    expect(reminded.invitation).toMatchObject({ replyBy: '2025-11-28', reminders: ['2025-11-18'] });
    expect(refusal(caseIn('invited'), ev.remind('2025-11-18', null))).toBe('reminder-needs-reply-date');
    expect(refusal(caseIn('invited'), ev.remind('2025-11-18', '2025-11-17'))).toBe('reply-date-in-past');
    expect(refusal(caseIn('invited'), ev.remind('2025-11-18', '2025-11-24'))).toBe('reply-period-too-short'); // 6 days
    expect(refusal(caseIn('invited'), ev.remind('2025-11-18', '2025-11-25'))).toBe('accepted'); // 7 days
    expect(refusal(caseIn('invited'), ev.remind('2025-11-18', '2025-11-26'))).toBe('accepted');
    expect(refusal(caseIn('accepted'), ev.remind('2025-11-18'))).toBe('event-not-allowed-in-state');
  });

  it('does not let a reminder shorten the reply date in force', () => {
    const reminded = after(caseIn('invited'), ev.remind('2025-11-05', '2025-11-30'));
    expect(refusal(reminded, ev.remind('2025-11-20', '2025-11-29'))).toBe('reply-period-too-short');
    expect(refusal(reminded, ev.remind('2025-11-20', '2025-11-30'))).toBe('accepted');
  });
});

describe('open outcome (BAG 7.9.2021 – 9 AZR 571/20)', () => {
  it('has no outcome before closure', () => {
    for (const state of ['open', 'invited', 'accepted', 'in-progress', 'measures', 'review', 'paused'] as const) {
      expect(caseIn(state).outcome).toBeNull();
      expect(caseIn(state).closedOn).toBeNull();
    }
  });

  it('closes as completed only after a completed measure or a review', () => {
    expect(refusal(caseIn('in-progress'), ev.close('completed'))).toBe('outcome-not-allowed-in-state');
    expect(refusal(caseIn('measures'), ev.close('completed'))).toBe('completed-needs-results');
    expect(refusal(run(caseIn('measures'), [ev.start(), ev.complete()]), ev.close('completed'))).toBe('accepted');
    expect(refusal(caseIn('review'), ev.close('completed'))).toBe('accepted');
  });

  it('closes with no suitable measures only after the initial interview', () => {
    expect(refusal(caseIn('accepted'), ev.close('no-suitable-measures', '2025-11-20'))).toBe('outcome-not-allowed-in-state');
    expect(after(caseIn('in-progress'), ev.close('no-suitable-measures', '2025-11-30')).outcome).toBe('no-suitable-measures');
  });

  it('closes for no response only after the reply date and a reminder', () => {
    const invited = caseIn('invited'); // reply by 2025-11-17
    expect(refusal(invited, ev.close('no-response', '2025-11-17'))).toBe('reply-date-not-passed');
    expect(refusal(invited, ev.close('no-response', '2025-11-18'))).toBe('reminder-required');
    const reminded = after(invited, ev.remind('2025-11-18', '2025-11-25'));
    expect(refusal(reminded, ev.close('no-response', '2025-11-25'))).toBe('reply-date-not-passed');
    expect(after(reminded, ev.close('no-response', '2025-11-26'))).toMatchObject({ state: 'closed', outcome: 'no-response', closedOn: '2025-11-26' });
    expect(refusal(opened(), ev.close('no-response', '2025-11-26'))).toBe('outcome-not-allowed-in-state');
  });

  it('closes as employment-ended from every state that is not closed', () => {
    for (const state of ['open', 'invited', 'accepted', 'in-progress', 'measures', 'review', 'paused'] as const) {
      expect(after(caseIn(state), ev.close('employment-ended')).outcome).toBe('employment-ended');
    }
  });

  it('moves measures through their statuses and refuses skipped steps', () => {
    const measures = caseIn('measures');
    expect(refusal(measures, ev.complete())).toBe('measure-status-conflict');
    expect(refusal(measures, ev.start('m-9'))).toBe('measure-not-found');
    expect(refusal(measures, ev.propose('m-1', 'ergonomics', '2025-11-27'))).toBe('duplicate-measure-id');
    expect(refusal(measures, ev.agree('m-1', '2025-12-01'))).toBe('measure-status-conflict');
    const done = run(measures, [ev.start(), ev.complete()]);
    expect(done.measures[0]).toMatchObject({ status: 'completed', agreedOn: '2025-11-26', startedOn: '2025-12-01', completedOn: '2026-01-15' });
    const abandoned = after(measures, { type: 'measure.abandoned', on: '2025-12-02', by: 'employer', measureId: 'm-1' });
    expect(abandoned.measures[0]).toMatchObject({ status: 'abandoned', abandonedOn: '2025-12-02' });
  });

  it('records a measure as agreed only with the agreement of both sides', () => {
    const proposed = after(caseIn('in-progress'), ev.propose());
    expect(refusal(proposed, { ...ev.agree(), employerAgreed: false } as CaseEventInput)).toBe('measure-needs-both-sides');
  });

  it('reviews effectiveness only once a measure has started, and returns to measures for a new agreement', () => {
    expect(refusal(caseIn('measures'), ev.review('2025-12-15'))).toBe('no-measure-to-review');
    const review = caseIn('review');
    expect(review.reviews).toEqual([{ heldOn: '2025-12-15', effective: true }]);
    expect(after(review, ev.review('2026-01-15', false)).reviews).toHaveLength(2);
    const again = run(review, [ev.propose('m-3', 'home-office', '2025-12-16'), ev.agree('m-3', '2025-12-17')]);
    expect(again.state).toBe('measures');
  });
});

describe('order and finality', () => {
  it('refuses an event dated before the previous one; the same day is fine', () => {
    const invited = caseIn('invited'); // last event on 2025-11-04
    expect(applyEvent(invited, ev.accept('2025-11-03'))).toMatchInlineSnapshot(`
      {
        "error": {
          "code": "event-before-previous",
          "message": "Events are recorded in order: this event is dated before the previous one",
          "reference": "practice",
        },
        "ok": false,
      }
    `);
    expect(refusal(invited, ev.accept('2025-11-04'))).toBe('accepted');
  });

  it('accepts nothing after closure', () => {
    const closed = caseIn('closed');
    expect(applyEvent(closed, ev.accept('2025-11-12'))).toMatchInlineSnapshot(`
      {
        "error": {
          "code": "case-closed",
          "message": "The case is closed and accepts no further events; renewed incapacity needs a new BEM case",
          "reference": "BAG 18.11.2021 – 2 AZR 138/21",
        },
        "ok": false,
      }
    `);
  });

  it('refuses a write against a stale version', () => {
    const invited = caseIn('invited');
    expect(invited.version).toBe(2);
    expect(refusal(invited, ev.accept(), { expectedVersion: 1 })).toBe('version-conflict');
    expect(refusal(invited, ev.accept(), { expectedVersion: 2 })).toBe('accepted');
  });

  it('refuses a second case.opened', () => {
    const opening = opened().events[0] as CaseEventInput;
    expect(refusal(opened(), opening)).toBe('case-already-opened');
  });

  it('leaves the given case untouched, whether the event is accepted or refused', () => {
    const c = caseIn('invited');
    const copy = structuredClone(c);
    applyEvent(c, ev.accept());
    applyEvent(c, { ...ev.accept(), by: 'employer' } as CaseEventInput);
    expect(c).toEqual(copy);
  });

  it('appends every accepted event to the log and counts the version', () => {
    const c = caseIn('review');
    expect(c.events.map((event) => event.type)).toEqual([
      'case.opened',
      'invitation.sent',
      'employee.accepted',
      'interview.held',
      'measure.proposed',
      'measure.agreed',
      'measure.proposed',
      'measure.agreed',
      'measure.started',
      'review.held',
    ]);
    expect(c.version).toBe(10);
  });
});

describe('openCase', () => {
  it('opens from an eligibility result, ignoring its other fields', () => {
    const result = { status: 'due', due: true, thresholdCrossedOn: '2025-10-30', countedDays: 43, reasons: [] };
    const c = openCase({ id: 'c-9', employee: { id: 'e-1' }, on: '2025-11-03', at: '2025-11-03T08:00:00Z', eligibility: result as never });
    expect(c).toMatchObject({ id: 'c-9', state: 'open', thresholdCrossedOn: '2025-10-30', countedDays: 43, openedOn: '2025-11-03', version: 1 });
    expect(c.events).toEqual([
      {
        type: 'case.opened',
        on: '2025-11-03',
        by: 'employer',
        at: '2025-11-03T08:00:00Z',
        caseId: 'c-9',
        employee: { id: 'e-1' },
        thresholdCrossedOn: '2025-10-30',
        countedDays: 43,
      },
    ]);
  });

  it('opens by hand without a crossing', () => {
    expect(openCase({ id: 'c-9', employee: { id: 'e-1' }, on: '2025-11-03' })).toMatchObject({ thresholdCrossedOn: null, countedDays: null });
  });
});
