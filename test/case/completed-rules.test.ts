import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEvent, openCase, replay } from '../../src/case/index.js';
import type { BemCase, CaseEventInput } from '../../src/model/index.js';
import { berlinDayOf, instantTime } from '../../src/model/instant-day.js';
import { berlinDateOf } from '../../src/zone.js';
import { bemConsent, caseIn, ev, opened, outcomeOf, properContent, run, sbvContent } from './fixtures.js';

const refusal = (c: BemCase, event: CaseEventInput) => outcomeOf(applyEvent(c, event));
const errorOf = (c: BemCase, event: CaseEventInput) => {
  const result = applyEvent(c, event);
  return result.ok ? null : result.error;
};

describe('no response only after the reminder’s own reply date (practice: a reminder and a deadline)', () => {
  // The case: invitation 2025-10-24, reply by 2025-11-07, reminder 2025-11-20.
  const invitedOn = (): BemCase => {
    const c = openCase({ id: 'c-9', employee: { id: 'e-9' }, on: '2025-10-20', eligibility: { thresholdCrossedOn: '2025-10-08', countedDays: 55 } });
    return run(c, [ev.invite('2025-10-24', { ...properContent, occasion: { thresholdCrossedOn: '2025-10-08', countedDays: 55 }, replyBy: '2025-11-07' })]);
  };

  it('refuses a reminder without a new reply date', () => {
    expect(errorOf(invitedOn(), ev.remind('2025-11-20', null))).toEqual({
      code: 'reminder-needs-reply-date',
      message: 'A reminder sets a new reply date (replyBy): a reminder and a deadline, after which silence counts as a refusal',
      reference: 'practice',
    });
  });

  it('refuses no-response on the reminder’s own day, and up to its new reply date; accepts it the day after', () => {
    const reminded = run(invitedOn(), [ev.remind('2025-11-20', '2025-11-27')]);
    expect(refusal(reminded, ev.close('no-response', '2025-11-20'))).toBe('reply-date-not-passed');
    expect(refusal(reminded, ev.close('no-response', '2025-11-26'))).toBe('reply-date-not-passed'); // the day before
    expect(refusal(reminded, ev.close('no-response', '2025-11-27'))).toBe('reply-date-not-passed'); // on
    expect(refusal(reminded, ev.close('no-response', '2025-11-28'))).toBe('accepted'); // after
  });

  it('takes the reminder’s reply period from the policy (default 7 days)', () => {
    expect(refusal(invitedOn(), ev.remind('2025-11-20', '2025-11-26'))).toBe('reply-period-too-short');
    expect(refusal(invitedOn(), ev.remind('2025-11-20', '2025-11-27'))).toBe('accepted');
  });
});

describe('`at` in order and on the day `on` in Europe/Berlin', () => {
  const accepted = (at: string): BemCase => run(caseIn('invited'), [{ ...ev.accept('2025-11-10'), at } as CaseEventInput]);
  const interviewAt = (at: string, on = '2025-11-10'): CaseEventInput => ({ ...ev.interview(on), at }) as CaseEventInput;

  it('refuses an interview at 09:00 after an acceptance at 15:00 on the same day; the same minute and later are fine', () => {
    const c = accepted('2025-11-10T15:00:00+01:00');
    expect(refusal(c, interviewAt('2025-11-10T09:00:00+01:00'))).toBe('at-before-previous');
    expect(refusal(c, interviewAt('2025-11-10T14:59:59+01:00'))).toBe('at-before-previous');
    expect(refusal(c, interviewAt('2025-11-10T15:00:00+01:00'))).toBe('accepted');
    expect(refusal(c, interviewAt('2025-11-10T15:00:01+01:00'))).toBe('accepted');
  });

  it('compares instants, not their text: 14:30Z is after 15:00+01:00', () => {
    const c = accepted('2025-11-10T15:00:00+01:00');
    expect(refusal(c, interviewAt('2025-11-10T13:59:00Z'))).toBe('at-before-previous');
    expect(refusal(c, interviewAt('2025-11-10T14:30:00Z'))).toBe('accepted');
  });

  it('compares with the last event that has a time, across events without one', () => {
    const c = run(accepted('2025-11-10T15:00:00+01:00'), [{ type: 'participant.added', on: '2025-11-10', by: 'employee', role: 'trusted-person' }]);
    expect(refusal(c, interviewAt('2025-11-10T10:00:00+01:00'))).toBe('at-before-previous');
  });

  it('refuses an `at` on another day than `on`', () => {
    const result = applyEvent(caseIn('open'), { ...ev.invite('2025-11-04'), at: '2025-12-01T10:00:00+01:00' } as CaseEventInput);
    expect(result).toMatchObject({ ok: false, error: { code: 'at-not-on-day' } });
  });

  it('takes the Berlin day, not the offset’s: 23:30Z on 29 October is 30 October in Berlin', () => {
    const invite = (on: string, at: string) => ({ ...ev.invite(on), at }) as CaseEventInput;
    expect(refusal(caseIn('open'), invite('2025-11-04', '2025-11-04T22:59:59Z'))).toBe('accepted'); // 23:59:59 CET
    expect(refusal(caseIn('open'), invite('2025-11-04', '2025-11-04T23:00:00Z'))).toBe('at-not-on-day'); // 00:00 CET next day
    expect(refusal(caseIn('open'), invite('2025-11-05', '2025-11-04T23:00:00Z'))).toBe('accepted');
    expect(refusal(caseIn('open'), invite('2025-11-04', '2025-11-04T00:30:00+09:00'))).toBe('at-not-on-day'); // 16:30 CET the day before
  });

  it('knows summer time: 22:30Z on 1 July is 2 July in Berlin, on 1 December it is still 1 December', () => {
    expect(berlinDayOf('2025-07-01T21:59:59Z')).toBe('2025-07-01');
    expect(berlinDayOf('2025-07-01T22:30:00Z')).toBe('2025-07-02');
    expect(berlinDayOf('2025-12-01T22:30:00Z')).toBe('2025-12-01');
    // the switches: 30 March 2025 01:00Z and 26 October 2025 01:00Z
    expect(berlinDayOf('2025-03-29T22:59:59Z')).toBe('2025-03-29');
    expect(berlinDayOf('2025-03-29T23:00:00Z')).toBe('2025-03-30');
    expect(berlinDayOf('2025-10-25T21:59:59Z')).toBe('2025-10-25');
    expect(berlinDayOf('2025-10-25T22:00:00Z')).toBe('2025-10-26');
  });

  it('agrees with the IANA zone data (luxon, bem-sgb9/zone) on random instants since 1980', () => {
    const from = Date.UTC(1980, 0, 1);
    const to = Date.UTC(2200, 0, 1);
    fc.assert(
      fc.property(fc.integer({ min: from / 60_000, max: to / 60_000 }), fc.integer({ min: -12 * 4, max: 14 * 4 }), (minute, quarters) => {
        const offset = quarters * 15;
        const local = new Date((minute + offset) * 60_000).toISOString().slice(0, 19);
        const sign = offset < 0 ? '-' : '+';
        const abs = Math.abs(offset);
        const instant = `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
        expect(instantTime(instant)).toBe(minute * 60_000);
        expect(berlinDayOf(instant)).toBe(berlinDateOf(instant));
      }),
      { numRuns: 5_000 },
    );
  }, 30_000);

  it('agrees with luxon on every minute around each switch from 1980 to 2100', () => {
    for (let year = 1980; year <= 2100; year += 1) {
      for (const month of [3, 4, 9, 10]) {
        for (let day = 1; day <= 31; day += 1) {
          const start = Date.UTC(year, month - 1, day, 0, 0);
          if (new Date(start).getUTCMonth() !== month - 1 || new Date(start).getUTCDay() !== 0) continue;
          for (const minute of [-1, 0, 59, 60, 61, 21 * 60 + 59, 22 * 60, 22 * 60 + 59, 23 * 60, 23 * 60 - 1]) {
            const instant = new Date(start + minute * 60_000).toISOString();
            expect(berlinDayOf(instant), instant).toBe(berlinDateOf(instant));
          }
        }
      }
    }
  }, 30_000);

  it('gives no Berlin day after 9999-12-31, so such an `at` is never on the day', () => {
    expect(berlinDayOf('9999-12-31T22:59:59Z')).toBe('9999-12-31');
    expect(berlinDayOf('9999-12-31T23:30:00Z')).toBe(null);
  });
});

describe('the invitation checked against its case', () => {
  // The case: crossed on 2025-10-08 with 55 days.
  const crossed = (severelyDisabled = false): BemCase =>
    openCase({ id: 'c-9', employee: { id: 'e-9', severelyDisabled }, on: '2025-10-20', eligibility: { thresholdCrossedOn: '2025-10-08', countedDays: 55 } });
  const occasion = { thresholdCrossedOn: '2025-10-08', countedDays: 55 };
  const invite = (content: object, on = '2025-10-24'): CaseEventInput => ({ type: 'invitation.sent', on, by: 'employer', content: { ...properContent, occasion, replyBy: '2025-11-07', ...content } }) as CaseEventInput;

  it('refuses an occasion that is not the case’s threshold crossing', () => {
    expect(errorOf(crossed(), invite({ occasion: { thresholdCrossedOn: '2024-01-01', countedDays: 3 } }))).toMatchObject({
      code: 'occasion-does-not-match-case',
      reference: '§ 167 Abs. 2 S. 4 SGB IX; BAG 20.11.2014 – 2 AZR 755/13',
    });
    expect(refusal(crossed(), invite({ occasion: { thresholdCrossedOn: '2025-10-07', countedDays: 55 } }))).toBe('occasion-does-not-match-case');
    expect(refusal(crossed(), invite({ occasion: { thresholdCrossedOn: '2025-10-08', countedDays: 54 } }))).toBe('occasion-does-not-match-case');
    expect(refusal(crossed(), invite({ occasion: { thresholdCrossedOn: '2025-10-08' } }))).toBe('accepted');
    expect(refusal(crossed(), invite({}))).toBe('accepted');
  });

  it('does not compare the occasion of a case opened by hand', () => {
    const byHand = openCase({ id: 'c-9', employee: { id: 'e-9' }, on: '2025-10-20' });
    expect(refusal(byHand, invite({ occasion: { thresholdCrossedOn: '2024-01-01', countedDays: 3 } }))).toBe('accepted');
  });

  it('refuses a reply date on the sending day, and needs the minimum reply period (7 days by default)', () => {
    expect(refusal(crossed(), invite({ replyBy: '2025-10-24' }))).toBe('reply-period-too-short');
    expect(refusal(crossed(), invite({ replyBy: '2025-10-30' }))).toBe('reply-period-too-short'); // the day before
    expect(refusal(crossed(), invite({ replyBy: '2025-10-31' }))).toBe('accepted'); // on
    expect(refusal(crossed(), invite({ replyBy: '2025-11-01' }))).toBe('accepted'); // after
  });

  it('requires the SBV to be named to a severely disabled employee (§ 167 Abs. 2 S. 1 SGB IX)', () => {
    expect(errorOf(crossed(true), invite({}))).toEqual({
      code: 'sbv-not-named',
      message:
        'The invitation of a severely disabled employee (or one of equal status) must name the disability representative (SBV) among the possible participants and the recipients; without it the offer is improper',
      reference: '§ 167 Abs. 2 S. 1 SGB IX',
    });
    const { possibleParticipants, dataProtection } = sbvContent;
    expect(refusal(crossed(true), invite({ possibleParticipants }))).toBe('sbv-not-named');
    expect(refusal(crossed(true), invite({ dataProtection }))).toBe('sbv-not-named');
    expect(refusal(crossed(true), invite({ possibleParticipants, dataProtection }))).toBe('accepted');
    expect(refusal(crossed(false), invite({}))).toBe('accepted');
  });
});

describe('the open outcome as a refusal (BAG 7.9.2021 – 9 AZR 571/20)', () => {
  it.each(['dismissal', 'transfer', 'change-notice', 'termination-agreement'])('refuses proposing %s with measure-prejudges-outcome', (type) => {
    expect(errorOf(caseIn('in-progress'), ev.propose('m-9', type))).toEqual({
      code: 'measure-prejudges-outcome',
      message:
        'A dismissal, a change notice, a termination agreement or a transfer is never a BEM measure: the BEM is open as to its outcome, and such steps are decided outside it (see neverBemMeasures)',
      reference: 'BAG 7.9.2021 – 9 AZR 571/20',
    });
  });

  it('still throws a BemInputError for a type that is neither', () => {
    expect(() => applyEvent(caseIn('in-progress'), ev.propose('m-9', 'bonus'))).toThrow(/event\.measure\.type/);
  });
});

describe('the outcome is checked against the state before the guards', () => {
  it('refuses closing an accepted case as no-response with outcome-not-allowed-in-state, not reminder-required', () => {
    expect(refusal(caseIn('accepted'), ev.close('no-response', '2026-03-01'))).toBe('outcome-not-allowed-in-state');
    expect(refusal(caseIn('in-progress'), ev.close('no-response', '2026-03-01'))).toBe('outcome-not-allowed-in-state');
  });

  it('still says who may close first: the employer cannot close as declined in any state', () => {
    expect(refusal(caseIn('invited'), ev.close('declined', '2025-11-20'))).toBe('only-employee-may-decline');
    expect(refusal(caseIn('measures'), ev.close('completed', '2026-03-01', 'employee'))).toBe('only-employer-may-close');
  });
});

describe('every refusal cites the rule that refused', () => {
  it('cites § 167 Abs. 2 S. 1 SGB IX for an interview before the employee’s yes', () => {
    expect(errorOf(caseIn('invited'), ev.interview('2025-11-10'))).toMatchObject({ code: 'event-not-allowed-in-state', reference: '§ 167 Abs. 2 S. 1 SGB IX' });
    expect(errorOf(caseIn('open'), ev.propose())).toMatchObject({ reference: '§ 167 Abs. 2 S. 1 SGB IX' });
    expect(errorOf(caseIn('accepted'), ev.remind())).toMatchObject({ code: 'event-not-allowed-in-state', reference: 'practice' });
  });

  it('cites § 167 Abs. 2 S. 5–6 SGB IX for a graded return without the external-benefits consent', () => {
    const c = run(caseIn('in-progress'), [ev.propose('m-1', 'graded-return', '2025-11-25')]);
    expect(errorOf(c, ev.agree('m-1'))).toMatchObject({ code: 'consent-required', reference: '§ 167 Abs. 2 S. 5–6 SGB IX; Art. 7 and 9 GDPR' });
    const withConsent = run(c, [{ type: 'consent.granted', on: '2025-11-25', by: 'employee', consent: { ...bemConsent, purpose: 'external-benefits', recipients: ['rehab-provider'] } }]);
    expect(refusal(withConsent, ev.agree('m-1'))).toBe('accepted');
  });

  it('keeps the generic source where the code has a single rule', () => {
    expect(errorOf(opened(), ev.close('no-response'))).toMatchObject({ code: 'outcome-not-allowed-in-state', reference: 'BAG 7.9.2021 – 9 AZR 571/20' });
  });
});

describe('the reply periods come from the case policy', () => {
  it('uses minReplyDays for the invitation and reminderReplyDays for the reminder, in applyEvent and replay alike', () => {
    const policy = { minReplyDays: 14, reminderReplyDays: 10 };
    const invite = (replyBy: string) => ev.invite('2025-11-04', { ...properContent, replyBy });
    expect(outcomeOf(applyEvent(opened(), invite('2025-11-17'), { policy }))).toBe('reply-period-too-short');
    expect(outcomeOf(applyEvent(opened(), invite('2025-11-18'), { policy }))).toBe('accepted');
    const invited = run(opened(), [invite('2025-11-18')]);
    expect(outcomeOf(applyEvent(invited, ev.remind('2025-11-20', '2025-11-29'), { policy }))).toBe('reply-period-too-short');
    const reminded = applyEvent(invited, ev.remind('2025-11-20', '2025-11-30'), { policy });
    expect(outcomeOf(reminded)).toBe('accepted');
    if (!reminded.ok) return;
    expect(() => replay(reminded.case.events)).not.toThrow();
    const strict = { minReplyDays: 15 };
    expect(() => replay(reminded.case.events, { policy: strict })).toThrow(/reply date leaves less than/);
  });
});

describe('a case built under a works agreement’s shorter reply period', () => {
  it('still follows from its own log after a JSON round trip (the periods decide what may be applied, not what is recorded)', () => {
    const policy = { minReplyDays: 3 };
    const sent = applyEvent(opened(), ev.invite('2025-11-04', { ...properContent, replyBy: '2025-11-07' }), { policy });
    if (!sent.ok) throw new Error(sent.error.code);
    const stored = JSON.parse(JSON.stringify(sent.case)) as BemCase;
    expect(outcomeOf(applyEvent(stored, ev.accept('2025-11-06'), { policy }))).toBe('accepted');
    expect(() => replay(stored.events)).toThrow(/reply date leaves less than/);
    expect(replay(stored.events, { policy })).toEqual(sent.case);
  });
});

describe('openCase checks its own `at`', () => {
  it('refuses an opening time on another Berlin day, and accepts one on the day', () => {
    const input = { id: 'c-1', employee: { id: 'e-1' }, on: '2025-11-03' };
    expect(openCase({ ...input, at: '2025-11-03T22:59:59Z' }).events[0]?.at).toBe('2025-11-03T22:59:59Z');
    expect(() => openCase({ ...input, at: '2025-11-03T23:00:00Z' })).toThrow(/^.*at: The event’s time \(at\) falls on another calendar day/);
  });
});
