import { applyEvent, type ApplyResult, openCase } from '../../src/case/index.js';
import { addDays, IsoDate } from '../../src/dates/index.js';
import type { BemCase, CaseEventInput, CaseState, ConsentGrant, InvitationContentInput } from '../../src/model/index.js';

/** An invitation with every element of a proper offer. */
export const properContent = {
  occasion: { thresholdCrossedOn: '2025-10-30', countedDays: 43 },
  goals: ['overcome-incapacity', 'prevent-incapacity', 'keep-employment'],
  voluntarinessExplained: true,
  dataProtection: {
    categories: ['absence-periods', 'work-restrictions', 'measures'],
    purposes: ['bem-procedure', 'measure-planning'],
    recipients: ['employer', 'works-council'],
  },
  possibleParticipants: ['works-council', 'company-doctor'],
  participantChoiceExplained: true,
  trustedPersonOffered: true,
  withdrawalExplained: true,
  contact: { name: 'BEM office', email: 'bem@example.org' },
  replyBy: '2025-11-17',
  doctorVisit: 'voluntary',
} as const satisfies InvitationContentInput;

/** The same invitation for a severely disabled employee: it names the SBV (§ 167 Abs. 2 S. 1 SGB IX). */
export const sbvContent = {
  ...properContent,
  dataProtection: { ...properContent.dataProtection, recipients: ['employer', 'works-council', 'disability-representative'] },
  possibleParticipants: ['works-council', 'disability-representative', 'company-doctor'],
} as const satisfies InvitationContentInput;

/** The BEM consent given on acceptance, naming the works council and the company doctor. */
export const bemConsent: ConsentGrant = {
  purpose: 'bem-procedure',
  dataCategories: ['absence-periods', 'work-restrictions', 'measures'],
  recipients: ['employer', 'works-council', 'company-doctor'],
};

export const opened = (severelyDisabled = false): BemCase =>
  openCase({ id: 'c-1', employee: { id: 'e-4711', severelyDisabled }, on: '2025-11-03', eligibility: { thresholdCrossedOn: '2025-10-30', countedDays: 43 } });

/** Applies events one after the other; fails the test on the first refusal. */
export function run(c: BemCase, events: readonly CaseEventInput[]): BemCase {
  let current = c;
  for (const event of events) {
    const result: ApplyResult = applyEvent(current, event);
    if (!result.ok) throw new Error(`refused ${event.type}: ${result.error.code}`);
    current = result.case;
  }
  return current;
}

/** The code of the refusal, or 'accepted'. */
export function outcomeOf(result: ApplyResult): string {
  return result.ok ? 'accepted' : result.error.code;
}

export const ev = {
  /** A proper invitation; its reply date is 13 days after sending (2025-11-17 for the default day) unless `content` says otherwise. */
  invite: (on = '2025-11-04', content: InvitationContentInput = { ...properContent, replyBy: addDays(IsoDate.parse(on), 13) }): CaseEventInput => ({
    type: 'invitation.sent',
    on,
    by: 'employer',
    content,
    form: 'letter',
  }),
  /** A reminder with its new reply date (default: a week after the reminder, the policy's shortest). */
  remind: (on = '2025-11-18', replyBy: string | null = addDays(IsoDate.parse(on), 7)): CaseEventInput => ({ type: 'reminder.sent', on, by: 'employer', ...(replyBy ? { replyBy } : {}) }),
  accept: (on = '2025-11-10'): CaseEventInput => ({ type: 'employee.accepted', on, by: 'employee', consent: bemConsent, inWriting: true }),
  interview: (on = '2025-11-20', employeeAgreed = true, present: string[] = []): CaseEventInput =>
    ({ type: 'interview.held', on, by: 'employer', present, employeeAgreed }) as CaseEventInput,
  propose: (id = 'm-1', type = 'ergonomics', on = '2025-11-25', by = 'employer'): CaseEventInput =>
    ({ type: 'measure.proposed', on, by, measure: { id, type } }) as CaseEventInput,
  agree: (measureId = 'm-1', on = '2025-11-26'): CaseEventInput => ({ type: 'measure.agreed', on, by: 'employee', measureId, employerAgreed: true }),
  start: (measureId = 'm-1', on = '2025-12-01'): CaseEventInput => ({ type: 'measure.started', on, by: 'employer', measureId }),
  complete: (measureId = 'm-1', on = '2026-01-15'): CaseEventInput => ({ type: 'measure.completed', on, by: 'employer', measureId }),
  review: (on = '2026-02-01', effective = true): CaseEventInput => ({ type: 'review.held', on, by: 'employer', effective }),
  withdraw: (on = '2026-01-05'): CaseEventInput => ({ type: 'employee.withdrew', on, by: 'employee' }),
  resume: (on = '2026-01-20'): CaseEventInput => ({ type: 'employee.resumed', on, by: 'employee' }),
  close: (outcome: string, on = '2026-03-01', by = 'employer'): CaseEventInput => ({ type: 'case.closed', on, by, outcome }) as CaseEventInput,
};

/** Shortest event lists that bring a fresh case into each state. */
export const pathTo: Record<CaseState, readonly CaseEventInput[]> = {
  open: [],
  invited: [ev.invite()],
  accepted: [ev.invite(), ev.accept()],
  'in-progress': [ev.invite(), ev.accept(), ev.interview()],
  measures: [ev.invite(), ev.accept(), ev.interview(), ev.propose(), ev.agree()],
  review: [
    ev.invite(),
    ev.accept(),
    ev.interview(),
    ev.propose(),
    ev.agree(),
    ev.propose('m-2', 'flexible-hours', '2025-11-26'),
    ev.agree('m-2', '2025-11-27'),
    ev.start('m-1', '2025-12-01'),
    ev.review('2025-12-15'),
  ],
  paused: [ev.invite(), ev.accept(), ev.interview(), ev.withdraw('2025-12-01')],
  closed: [ev.invite(), { type: 'employee.declined', on: '2025-11-10', by: 'employee', inWriting: true }],
};

/** The case in `state`; for a severely disabled employee the invitation names the SBV. */
export const caseIn = (state: CaseState, severelyDisabled = false): BemCase =>
  run(
    opened(severelyDisabled),
    pathTo[state].map((event) => (severelyDisabled && event.type === 'invitation.sent' ? { ...event, content: sbvContent } : event)),
  );
