import { openCase } from '../../src/case/index.js';
import { addDays, type IsoDate } from '../../src/dates/index.js';
import type { BemCase, CaseEventInput, CaseOutcome, ConsentGrant, InvitationContentInput } from '../../src/model/index.js';
import { run } from '../case/fixtures.js';

// Cases for example tests, built by the machine from events (the library accepts no other):
// the threshold was crossed on 2025-10-20, the case opened on 2025-10-21.

export const properContent = {
  occasion: { thresholdCrossedOn: '2025-10-20', countedDays: 43 },
  goals: ['overcome-incapacity', 'prevent-incapacity', 'keep-employment'],
  voluntarinessExplained: true,
  dataProtection: {
    categories: ['absence-periods', 'work-restrictions', 'measures', 'case-progress'],
    purposes: ['bem-procedure', 'measure-planning'],
    recipients: ['employer', 'works-council'],
  },
  possibleParticipants: ['works-council', 'company-doctor', 'trusted-person'],
  participantChoiceExplained: true,
  trustedPersonOffered: true,
  withdrawalExplained: true,
  contact: { name: 'Anna Weber, BEM-Beauftragte', phone: '+49 30 1234-56', email: 'bem@example.org' },
  replyBy: '2025-11-17',
  doctorVisit: 'not-mentioned',
} satisfies InvitationContentInput;

/** The same invitation for a severely disabled employee: it names the SBV (§ 167 Abs. 2 S. 1 SGB IX). */
export const sbvContent = {
  ...properContent,
  dataProtection: { ...properContent.dataProtection, recipients: ['employer', 'works-council', 'disability-representative'] },
  possibleParticipants: ['works-council', 'disability-representative', 'company-doctor', 'trusted-person'],
} satisfies InvitationContentInput;

/** The opened case (no event after `case.opened`). */
export const base = (severelyDisabled = false, on = '2025-10-21'): BemCase =>
  openCase({
    id: 'c-1',
    employee: severelyDisabled ? { id: 'e-4711', severelyDisabled } : { id: 'e-4711' },
    on,
    eligibility: { thresholdCrossedOn: addDays(on as IsoDate, -1), countedDays: 43 },
  });

/** The BEM consent on acceptance: the employer only, every category but contact data. */
export const bemGrant: ConsentGrant = {
  purpose: 'bem-procedure',
  dataCategories: ['absence-periods', 'work-restrictions', 'measures', 'case-progress'],
  recipients: ['employer'],
};

export const e = {
  invite: (on = '2025-11-03', content: InvitationContentInput = properContent): CaseEventInput => ({ type: 'invitation.sent', on, by: 'employer', content, form: 'letter' }),
  /** A reminder with its new reply date, a week after it (the case policy's shortest). */
  remind: (on: string, replyBy: string = addDays(on as IsoDate, 7)): CaseEventInput => ({ type: 'reminder.sent', on, by: 'employer', replyBy }),
  accept: (on = '2025-11-10', consent: ConsentGrant = bemGrant): CaseEventInput => ({ type: 'employee.accepted', on, by: 'employee', consent, inWriting: true }),
  decline: (on = '2025-11-10', inWriting = true): CaseEventInput => ({ type: 'employee.declined', on, by: 'employee', inWriting }),
  grant: (on: string, consent: ConsentGrant): CaseEventInput => ({ type: 'consent.granted', on, by: 'employee', consent }),
  revoke: (on: string, consentId: string): CaseEventInput => ({ type: 'consent.revoked', on, by: 'employee', consentId }),
  add: (on: string, role: string, by = 'employee'): CaseEventInput => ({ type: 'participant.added', on, by, role }) as CaseEventInput,
  exclude: (on: string, role: string): CaseEventInput => ({ type: 'participant.excluded', on, by: 'employee', role }) as CaseEventInput,
  interview: (on = '2025-11-20', present: string[] = [], employeeAgreed = true): CaseEventInput =>
    ({ type: 'interview.held', on, by: 'employer', present, employeeAgreed }) as CaseEventInput,
  propose: (on: string, id: string, type: string, title?: string): CaseEventInput =>
    ({ type: 'measure.proposed', on, by: 'employer', measure: { id, type, ...(title === undefined ? {} : { title }) } }) as CaseEventInput,
  agree: (on: string, measureId: string): CaseEventInput => ({ type: 'measure.agreed', on, by: 'employee', measureId, employerAgreed: true }),
  reject: (on: string, measureId: string): CaseEventInput => ({ type: 'measure.rejected', on, by: 'employee', measureId }),
  measureStep: (type: 'measure.started' | 'measure.completed' | 'measure.abandoned', on: string, measureId: string): CaseEventInput => ({ type, on, by: 'employer', measureId }),
  review: (on: string, effective = true): CaseEventInput => ({ type: 'review.held', on, by: 'employer', effective }),
  withdraw: (on: string): CaseEventInput => ({ type: 'employee.withdrew', on, by: 'employee' }),
  resume: (on: string): CaseEventInput => ({ type: 'employee.resumed', on, by: 'employee' }),
  close: (on: string, outcome: CaseOutcome, by = 'employer'): CaseEventInput => ({ type: 'case.closed', on, by, outcome }) as CaseEventInput,
};

/** Invited on 2025-11-03, accepted on 2025-11-10, initial interview on 2025-11-20. */
export const interviewed = [e.invite(), e.accept(), e.interview()];

/**
 * A case closed with `outcome` on `closedOn`, reached by a short path whose events lie in the
 * 40 days before (opened 40 days before, the threshold crossed the day before that).
 */
export function closedCase(outcome: CaseOutcome, closedOn: string, more: readonly CaseEventInput[] = []): BemCase {
  const day = (n: number) => addDays(closedOn as IsoDate, -n);
  const start = base(false, day(40));
  const content = { ...properContent, occasion: { thresholdCrossedOn: day(41), countedDays: 43 }, replyBy: day(25) };
  const invite = e.invite(day(35), content);
  const talks = [invite, e.accept(day(30)), e.interview(day(25))];
  const paths: Record<CaseOutcome, readonly CaseEventInput[]> = {
    completed: [...talks, e.propose(day(20), 'm-1', 'ergonomics'), e.agree(day(19), 'm-1'), e.measureStep('measure.started', day(15), 'm-1'), e.measureStep('measure.completed', day(5), 'm-1')],
    'no-suitable-measures': talks,
    declined: [invite, e.decline(closedOn)],
    'no-response': [invite, e.remind(day(20))],
    withdrawn: [...talks, e.withdraw(day(10))],
    'employment-ended': [invite],
  };
  const closing = outcome === 'declined' ? [] : [e.close(closedOn, outcome, outcome === 'withdrawn' ? 'employee' : 'employer')];
  return run(start, [...paths[outcome], ...more, ...closing]);
}
