/**
 * For HR software: the buttons a case screen offers each person (allowedEvents) and what each
 * role may read of the case (viewFor), before and after the employee's consent widens it.
 * A shorter companion to hr-case-file.ts, which runs a whole case to its closure.
 *
 *   npx tsx examples/hr-who-sees-what.ts
 *
 * It imports 'bem-sgb9' as your code does: in a clone that is the source (tsconfig `paths`), in
 * node_modules/bem-sgb9/examples the installed package itself. Made-up data: a pseudonymous id,
 * measure types from the catalog, never a diagnosis.
 */
import { allowedEvents, applyEvent, type BemCase, type CaseEventInput, openCase, renderInvitationLetter, type Role, viewFor } from 'bem-sgb9';

let c: BemCase = openCase({ id: 'bem-2025-021', employee: { id: 'p-5c1d' }, on: '2025-11-03' });

/** Applies one event, as a case screen does when a button is pressed; a refusal is printed, not thrown. */
function press(event: CaseEventInput): void {
  const result = applyEvent(c, event, { expectedVersion: c.version });
  if (result.ok) c = result.case;
  console.log(`  ${event.on}  ${event.by.padEnd(14)} ${event.type.padEnd(18)} ${result.ok ? `-> ${c.state}` : `refused: ${result.error.code} (${result.error.reference})`}`);
}

const buttons = () => `employer [${allowedEvents(c, 'employer').join(', ')}]; employee [${allowedEvents(c, 'employee').join(', ')}]`;

console.log(`Opened ${c.id} (${c.state}). Buttons: ${buttons()}`);

// The invitation: renderInvitationLetter adds every element a proper offer needs (S. 4).
const letter = renderInvitationLetter(
  {
    occasion: { thresholdCrossedOn: '2025-10-31', countedDays: 45 },
    dataProtection: { categories: ['absence-periods', 'measures'], purposes: ['bem-procedure', 'measure-planning'], recipients: ['employer', 'supervisor', 'company-doctor'] },
    possibleParticipants: ['works-council', 'company-doctor'],
    contact: { name: 'BEM office', email: 'bem@example.org' },
    replyBy: '2025-11-21',
    doctorVisit: 'voluntary',
  },
  { locale: 'en' },
);

console.log('\nEvents');
press({ type: 'employee.declined', on: '2025-11-04', by: 'employer', inWriting: true }); // only the employee can say no
press({ type: 'invitation.sent', on: '2025-11-07', by: 'employer', content: letter.content, form: 'letter' });
press({ type: 'employee.accepted', on: '2025-11-12', by: 'employee', inWriting: true, consent: { purpose: 'bem-procedure', dataCategories: ['absence-periods', 'measures'], recipients: ['employer', 'company-doctor'] } });
press({ type: 'participant.added', on: '2025-11-13', by: 'employer', role: 'company-doctor' });
press({ type: 'interview.held', on: '2025-11-26', by: 'employer', present: ['company-doctor'], employeeAgreed: true });
press({ type: 'measure.proposed', on: '2025-11-26', by: 'company-doctor', measure: { id: 'm-1', type: 'ergonomics', title: 'Height-adjustable desk' } });
press({ type: 'measure.agreed', on: '2025-11-28', by: 'employee', measureId: 'm-1', employerAgreed: true });
console.log(`Buttons now: ${buttons()}`);

const show = (role: Role) => console.log(`  ${role.padEnd(14)} ${JSON.stringify(viewFor(c, role))}`);
console.log('\nWho sees what (viewFor)');
for (const role of ['supervisor', 'works-council', 'company-doctor'] as const) show(role);

// The supervisor carries the measure out, so the employee lets them see the agreed measures.
console.log('\nAfter the employee consents to the supervisor seeing the measures');
press({ type: 'consent.granted', on: '2025-11-28', by: 'employee', consent: { purpose: 'measure-planning', dataCategories: ['measures'], recipients: ['supervisor'] } });
show('supervisor');
