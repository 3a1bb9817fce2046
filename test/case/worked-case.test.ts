import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allowedEvents, applyEvent, caseStateDiagram, checkInvitation, openCase, replay } from '../../src/case/index.js';
import type { BemCase, CaseEventInput, InvitationContentInput } from '../../src/model/index.js';

const guide = readFileSync(new URL('../../docs/case-lifecycle.md', import.meta.url), 'utf8');

/** The worked case of docs/case-lifecycle.md, step by step. */
const invitation: InvitationContentInput = {
  occasion: { thresholdCrossedOn: '2025-10-30', countedDays: 43 },
  goals: ['overcome-incapacity', 'prevent-incapacity', 'keep-employment'],
  voluntarinessExplained: true,
  dataProtection: {
    categories: ['absence-periods', 'work-restrictions', 'workplace-data', 'measures'],
    purposes: ['bem-procedure', 'measure-planning'],
    recipients: ['employer', 'works-council', 'company-doctor'],
  },
  possibleParticipants: ['works-council', 'company-doctor'],
  participantChoiceExplained: true,
  trustedPersonOffered: true,
  withdrawalExplained: true,
  contact: { name: 'BEM office', email: 'bem@example.org' },
  replyBy: '2025-11-21',
  doctorVisit: 'voluntary',
};

const steps: CaseEventInput[] = [
  { type: 'invitation.sent', on: '2025-11-07', by: 'employer', content: invitation },
  {
    type: 'employee.accepted',
    on: '2025-11-12',
    by: 'employee',
    inWriting: true,
    consent: {
      purpose: 'bem-procedure',
      dataCategories: ['absence-periods', 'work-restrictions', 'workplace-data', 'measures'],
      recipients: ['employer', 'company-doctor'],
    },
  },
  { type: 'participant.excluded', on: '2025-11-12', by: 'employee', role: 'works-council' },
  { type: 'participant.added', on: '2025-11-12', by: 'employee', role: 'trusted-person' },
  { type: 'participant.added', on: '2025-11-13', by: 'employer', role: 'company-doctor' },
  { type: 'interview.held', on: '2025-11-26', by: 'employer', present: ['trusted-person', 'company-doctor'], employeeAgreed: true },
  { type: 'measure.proposed', on: '2025-11-26', by: 'company-doctor', measure: { id: 'm-1', type: 'ergonomics', title: 'Height-adjustable desk' } },
  { type: 'measure.proposed', on: '2025-11-26', by: 'employee', measure: { id: 'm-2', type: 'home-office' } },
  { type: 'measure.agreed', on: '2025-11-28', by: 'employee', measureId: 'm-1', employerAgreed: true },
  { type: 'measure.rejected', on: '2025-11-28', by: 'employee', measureId: 'm-2' },
  { type: 'measure.started', on: '2025-12-08', by: 'employer', measureId: 'm-1' },
  { type: 'measure.completed', on: '2025-12-19', by: 'employer', measureId: 'm-1' },
  { type: 'review.held', on: '2026-03-02', by: 'employer', effective: true },
  { type: 'case.closed', on: '2026-03-02', by: 'employer', outcome: 'completed' },
];

function workedCase(upTo = steps.length): BemCase {
  let c = openCase({ id: 'bem-2025-017', employee: { id: 'p-83f2' }, on: '2025-11-03', eligibility: { thresholdCrossedOn: '2025-10-30', countedDays: 43 } });
  for (const event of steps.slice(0, upTo)) {
    const result = applyEvent(c, event, { expectedVersion: c.version });
    if (!result.ok) throw new Error(`${event.type}: ${result.error.code}`);
    c = result.case;
  }
  return c;
}

describe('the guide docs/case-lifecycle.md', () => {
  it('shows exactly the diagram that caseStateDiagram() generates', () => {
    const block = /```(?:mermaid|text)\n(stateDiagram-v2[\s\S]*?)\n```/.exec(guide)?.[1];
    expect(block).toBe(caseStateDiagram());
  });

  it('runs its worked case to the documented end', () => {
    expect(checkInvitation(invitation)).toEqual({ proper: true, missing: [] });
    const c = workedCase();
    expect(c).toMatchObject({ state: 'closed', outcome: 'completed', closedOn: '2026-03-02', version: 15, excludedRoles: ['works-council'] });
    expect(c.measures.map((measure) => [measure.id, measure.status])).toEqual([
      ['m-1', 'completed'],
      ['m-2', 'rejected'],
    ]);
    expect(c.decisions).toEqual([
      { on: '2025-11-12', stage: 'invitation', answer: 'yes', inWriting: true },
      { on: '2025-11-26', stage: 'interview', answer: 'yes', inWriting: null },
    ]);
    expect(replay(c.events)).toEqual(c);
    for (const snippet of ["c.outcome; //=> 'completed'", 'c.version; //=> 15', "'only-employee-may-decline'", "'participant-excluded'", "'case-closed'"]) {
      expect(guide).toContain(snippet);
    }
  });

  it('shows the refusals it quotes', () => {
    const afterInterview = workedCase(6);
    expect(afterInterview.state).toBe('in-progress');
    const again = applyEvent(afterInterview, { type: 'participant.added', on: '2025-11-27', by: 'employer', role: 'works-council' });
    expect(again.ok ? 'accepted' : again.error.code).toBe('participant-excluded');
    expect(allowedEvents(afterInterview, 'employee')).toEqual([
      'participant.added',
      'participant.excluded',
      'consent.granted',
      'consent.revoked',
      'measure.proposed',
      'measure.agreed',
      'measure.rejected',
      'employee.withdrew',
    ]);
    const closed = workedCase();
    const late = applyEvent(closed, { type: 'employee.withdrew', on: '2026-03-03', by: 'employee' });
    expect(late.ok ? 'accepted' : late.error.code).toBe('case-closed');
  });
});
