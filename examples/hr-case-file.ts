/**
 * For HR software: one BEM case from the threshold crossing to its closure, with the invitation
 * letter, the employee's choices, the personnel-file extract, the deletion date of the BEM file
 * and the audit a labour court would make.
 *
 *   npx tsx examples/hr-case-file.ts
 *
 * It imports 'bem-sgb9' as your code does: in a clone that is the source (tsconfig `paths`), in
 * node_modules/bem-sgb9/examples the installed package itself.
 */
import {
  type ApplyResult,
  applyEvent,
  auditCase,
  type BemCase,
  type CaseEventInput,
  checkInvitation,
  evaluateEligibility,
  openCase,
  personnelFileExtract,
  renderInvitationLetter,
  replay,
  retentionUntil,
  viewFor,
} from 'bem-sgb9';
import { invitationDetails } from './data/invitation.js';

// 1. The nightly check says a BEM is due for p-83f2 (a pseudonym; the case never holds a name).
const eligibility = evaluateEligibility({
  asOf: '2025-11-03',
  absences: [
    { start: '2025-02-03', end: '2025-02-21', kind: 'sickness', certified: true },
    { start: '2025-05-12', end: '2025-05-23', kind: 'sickness', certified: true },
    { start: '2025-10-20', end: '2025-11-07', kind: 'sickness', certified: true },
  ],
});
console.log(`Eligibility: ${eligibility.status}, ${eligibility.countedDays} days, crossed on ${eligibility.thresholdCrossedOn}`);

let c: BemCase = openCase({ id: 'bem-2025-017', employee: { id: 'p-83f2' }, on: '2025-11-03', eligibility });

// 2. The invitation: every element of a proper offer (§ 167 Abs. 2 S. 4 SGB IX), as a letter.
// What HR fills in (see examples/data/invitation.ts): data, recipients, contact, reply date.
const content = invitationDetails(eligibility.thresholdCrossedOn ?? '2025-10-31', eligibility.countedDays, '2025-11-21');
const letter = renderInvitationLetter(content, { locale: 'de', salutation: 'Guten Tag,', controller: 'Klinikum Musterstadt gGmbH, Hauptstraße 1, 12345 Musterstadt', dataProtectionOfficer: 'datenschutz@klinikum-musterstadt.example' });
console.log(`\nLetter: ${letter.subject} (${letter.body.split('\n\n').length} paragraphs, missing: ${letter.missing.length === 0 ? 'nothing' : letter.missing.join(', ')})`);
console.log(`Invitation proper: ${checkInvitation(letter.content).proper}`);

// 3. The case, event by event. Each step is checked; a refusal is data with its legal source.
const apply = (event: CaseEventInput): ApplyResult => {
  const result = applyEvent(c, event, { expectedVersion: c.version });
  if (result.ok) c = result.case;
  else console.log(`  refused ${event.type}: ${result.error.code} (${result.error.reference})`);
  return result;
};
const steps: CaseEventInput[] = [
  { type: 'invitation.sent', on: '2025-11-07', by: 'employer', content: letter.content, form: 'letter', deliveredOn: '2025-11-08' },
  {
    type: 'employee.accepted', on: '2025-11-12', by: 'employee', inWriting: true,
    consent: { purpose: 'bem-procedure', dataCategories: ['absence-periods', 'work-restrictions', 'workplace-data', 'measures'], recipients: ['employer', 'company-doctor'] },
  },
  { type: 'participant.excluded', on: '2025-11-12', by: 'employee', role: 'works-council' }, // her choice
  { type: 'participant.added', on: '2025-11-12', by: 'employee', role: 'trusted-person' },
  { type: 'participant.added', on: '2025-11-13', by: 'employer', role: 'company-doctor' },
  { type: 'interview.held', on: '2025-11-26', by: 'employer', present: ['trusted-person', 'company-doctor'], employeeAgreed: true },
  { type: 'measure.proposed', on: '2025-11-26', by: 'company-doctor', measure: { id: 'm-1', type: 'ergonomics', title: 'Height-adjustable desk' } },
  { type: 'measure.proposed', on: '2025-11-26', by: 'employee', measure: { id: 'm-2', type: 'reduced-hours', title: '30 hours a week until March' } },
  { type: 'measure.agreed', on: '2025-11-28', by: 'employee', measureId: 'm-1', employerAgreed: true },
  { type: 'measure.agreed', on: '2025-11-28', by: 'employee', measureId: 'm-2', employerAgreed: true },
  { type: 'measure.started', on: '2025-12-01', by: 'employer', measureId: 'm-2' },
  { type: 'measure.started', on: '2025-12-08', by: 'employer', measureId: 'm-1' },
  { type: 'measure.completed', on: '2025-12-19', by: 'employer', measureId: 'm-1' },
  { type: 'measure.completed', on: '2026-03-01', by: 'employer', measureId: 'm-2' },
  { type: 'review.held', on: '2026-03-02', by: 'employer', effective: true },
  { type: 'case.closed', on: '2026-03-02', by: 'employer', outcome: 'completed' },
];
console.log('\nCase events');
for (const event of steps) {
  apply(event);
  console.log(`  ${event.on}  ${event.type.padEnd(20)} -> ${c.state}`);
  if (event.type === 'participant.excluded') {
    // The employer cannot bring the excluded works council back (BAG 19.11.2019 – 1 ABR 36/18).
    apply({ type: 'participant.added', on: '2025-11-12', by: 'employer', role: 'works-council' });
  }
}
console.log(`Closed ${c.closedOn} with outcome ${c.outcome}; replaying the events gives the same case: ${JSON.stringify(replay(c.events)) === JSON.stringify(c)}`);

// 4. After closure: what may go into the personnel file, when the BEM file goes, what a court sees.
console.log('\nPersonnel-file extract (nothing about health):');
console.log(JSON.stringify(personnelFileExtract(c), null, 2));
console.log(`BEM file to be deleted on: ${retentionUntil(c)}`);
const findings = auditCase(c, { asOf: '2026-03-31' });
console.log(`Audit findings: ${findings.length === 0 ? 'none' : findings.map((finding) => `${finding.severity} ${finding.code}`).join(', ')}`);
console.log(`The works council's view: ${JSON.stringify(viewFor(c, 'works-council'))}`);
