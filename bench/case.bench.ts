// Folding a case's log: `npx tsx bench/index.ts case`. A case the library built is trusted without
// a second check (frozen, remembered in a WeakSet), so applying N events one by one costs about N
// steps; a case read back from JSON is rebuilt from its log once (case-inconsistent otherwise).
// The figures: time per event when folding logs of growing length with applyEvent, with replay,
// and the one-time check of a stored (JSON) case. Figures only: nothing here asserts a time.
import { performance } from 'node:perf_hooks';
import { allowedEvents, applyEvent, openCase, replay } from '../src/case/index.js';
import { addDays, type IsoDate } from '../src/dates/index.js';
import type { BemCase, CaseEventInput, InvitationContentInput } from '../src/model/index.js';
import { viewFor } from '../src/privacy/index.js';

const content = {
  occasion: { thresholdCrossedOn: '2025-10-30' },
  goals: ['overcome-incapacity', 'prevent-incapacity', 'keep-employment'],
  voluntarinessExplained: true,
  dataProtection: { categories: ['absence-periods', 'measures'], purposes: ['bem-procedure'], recipients: ['employer'] },
  possibleParticipants: ['works-council'],
  participantChoiceExplained: true,
  trustedPersonOffered: true,
  withdrawalExplained: true,
  contact: { name: 'BEM office' },
  replyBy: '2025-11-17',
  doctorVisit: 'voluntary',
} satisfies InvitationContentInput;

/** A log of about `n` events: invitation, acceptance, interview, then measures proposed, agreed, started and completed. */
function logOf(n: number): CaseEventInput[] {
  const day = (i: number) => addDays('2025-11-04' as IsoDate, i);
  const events: CaseEventInput[] = [
    { type: 'invitation.sent', on: day(0), by: 'employer', content },
    { type: 'employee.accepted', on: day(1), by: 'employee', consent: { purpose: 'bem-procedure', dataCategories: ['measures'], recipients: ['employer'] } },
    { type: 'interview.held', on: day(2), by: 'employer', present: [], employeeAgreed: true },
  ];
  for (let m = 0; events.length < n; m++) {
    const id = `m-${m}`;
    events.push(
      { type: 'measure.proposed', on: day(3 + m), by: 'employer', measure: { id, type: 'ergonomics' } },
      { type: 'measure.agreed', on: day(3 + m), by: 'employee', measureId: id, employerAgreed: true },
      { type: 'measure.started', on: day(3 + m), by: 'employer', measureId: id },
      { type: 'measure.completed', on: day(3 + m), by: 'employer', measureId: id },
    );
  }
  return events;
}

const opened = () => openCase({ id: 'c-1', employee: { id: 'e-1' }, on: '2025-11-03', eligibility: { thresholdCrossedOn: '2025-10-30', countedDays: 43 } });

function fold(events: readonly CaseEventInput[]): BemCase {
  let c = opened();
  for (const event of events) {
    const result = applyEvent(c, event);
    if (!result.ok) throw new Error(`refused ${event.type}: ${result.error.code}`);
    c = result.case;
  }
  return c;
}

function microsPerEvent(run: () => unknown, events: number): string {
  let best = Infinity;
  for (let round = 0; round < 5; round++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return ((best * 1000) / events).toFixed(1).padStart(8);
}

console.log('events | applyEvent one by one (µs/event) | replay (µs/event) | check of a stored case (µs/event) | allowedEvents + 9 views (µs)');
for (const n of [50, 200, 800]) {
  const events = logOf(n);
  const built = fold(events);
  const stored = JSON.stringify(built);
  const perFold = microsPerEvent(() => fold(events), events.length);
  const perReplay = microsPerEvent(() => replay(built.events), built.events.length);
  const perCheck = microsPerEvent(() => allowedEvents(JSON.parse(stored) as BemCase, 'employer'), built.events.length);
  const roles = ['employee', 'bem-officer', 'supervisor', 'works-council', 'disability-representative', 'company-doctor', 'trusted-person', 'rehab-provider', 'integration-office'] as const;
  const perLook = microsPerEvent(() => {
    allowedEvents(built, 'employer');
    for (const role of roles) viewFor(built, role);
  }, 1);
  console.log(`${String(events.length).padStart(6)} | ${perFold} | ${perReplay} | ${perCheck} | ${perLook}`);
}
