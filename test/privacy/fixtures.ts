import { openCase } from '../../src/case/index.js';
import { BemCase, type BemCaseInput, type InvitationContentInput } from '../../src/model/index.js';

// Hand-built cases for example tests: a base case and the fields a test changes.

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

// The machine opens the base case, so the fixtures always have the case's current shape.
const base = openCase({ id: 'c-1', employee: { id: 'e-4711' }, on: '2025-10-21', eligibility: { thresholdCrossedOn: '2025-10-20', countedDays: 43 } });

/** A valid case: the base case with `changes`. */
export function caseWith(changes: Partial<BemCaseInput>): BemCase {
  return BemCase.parse({ ...base, ...changes });
}

export const invited = { sentOn: '2025-11-03', content: properContent, replyBy: '2025-11-17', reminders: [] };

/** A closed case: the base case, invited, with `outcome` on `closedOn` and `changes`. */
export function closedCase(outcome: BemCase['outcome'] & string, closedOn: string, changes: Partial<BemCaseInput> = {}): BemCase {
  return caseWith({ invitation: invited, state: 'closed', outcome, closedOn, ...changes });
}

export const bemConsent = {
  id: 'consent-1',
  purpose: 'bem-procedure',
  dataCategories: ['absence-periods', 'work-restrictions', 'measures', 'case-progress'],
  recipients: ['employer'],
  grantedOn: '2025-11-10',
  revokedOn: null,
} satisfies BemCaseInput['consents'][number];

/** A measure record of `type` with `status`, agreed on 2025-12-03 unless proposed or rejected. */
export function measure(id: string, type: string, status: string, changes: Record<string, unknown> = {}) {
  const categoryOf: Record<string, string> = {
    'reduced-hours': 'work-organisation',
    'home-office': 'work-organisation',
    'graded-return': 'work-organisation',
    'other-tasks': 'work-organisation',
    ergonomics: 'workplace-design',
    'integration-office-support': 'external-support',
    'rehabilitation-benefits': 'external-support',
  };
  const agreed = status !== 'proposed' && status !== 'rejected';
  return {
    id,
    type,
    category: categoryOf[type],
    status,
    proposedOn: '2025-12-01',
    proposedBy: 'employer',
    agreedOn: agreed ? '2025-12-03' : null,
    rejectedOn: status === 'rejected' ? '2025-12-03' : null,
    startedOn: status === 'started' || status === 'completed' ? '2026-01-05' : null,
    completedOn: status === 'completed' ? '2026-03-01' : null,
    abandonedOn: status === 'abandoned' ? '2026-02-01' : null,
    ...changes,
  } as BemCaseInput['measures'][number];
}
