/**
 * For time-tracking vendors: the daily BEM check and the target hours of a graded return.
 *
 * Every night the system looks at yesterday's absences and raises an alert once per crossing: an
 * early warning when someone reaches four weeks (time to prepare the offer), and the duty itself
 * on the first day the six weeks are exceeded (§ 167 Abs. 2 S. 1 SGB IX). `eligibilityTimeline`
 * gives exactly the days on which the status changes, so "alert once" needs no state of your own.
 *
 *   npx tsx examples/time-tracking-alerts.ts
 *
 * It imports 'bem-sgb9' as your code does: in a clone that is the source (tsconfig `paths`), in
 * node_modules/bem-sgb9/examples the installed package itself.
 */
import {
  type AbsenceInput,
  checkTimeEntry,
  eligibilityTimeline,
  type EmployeeAbsences,
  gradedReturnPlan,
  plannedHoursOn,
  scanWorkforceSync,
} from 'bem-sgb9';

// What the time-tracking system recorded (pseudonymous ids, kinds only: never a diagnosis).
const absences: Record<string, AbsenceInput[]> = {
  'p-1001': [
    { start: '2025-01-06', end: '2025-01-19', kind: 'sickness', certified: true },
    { start: '2025-03-10', end: '2025-03-16', kind: 'sickness', certified: true },
    { start: '2025-06-02', end: '2025-06-15', kind: 'sickness', certified: true },
    { start: '2025-10-06', end: '2025-10-19', kind: 'sickness', certified: true },
  ],
  'p-1002': [
    { start: '2025-09-22', end: null, kind: 'work-accident', certified: true }, // still off
  ],
  'p-1003': [
    { start: '2025-02-03', end: '2025-02-07', kind: 'sickness' },
    { start: '2025-09-08', end: '2025-09-19', kind: 'child-sick' }, // § 45 SGB V: never counted
  ],
};

// 1. The nightly job for October: which alerts went out on which day?
console.log('Alerts, October 2025');
for (const [employeeId, list] of Object.entries(absences)) {
  const changes = eligibilityTimeline({ absences: list }, { from: '2025-10-01', to: '2025-10-31' });
  for (const change of changes) {
    if (change.on === '2025-10-01') continue; // the state the month began with is no news
    if (change.status === 'approaching') console.log(`  ${change.on}  ${employeeId}  early warning: ${change.countedDays} days, prepare the BEM offer`);
    if (change.status === 'due') console.log(`  ${change.on}  ${employeeId}  BEM due: ${change.countedDays} days, send the invitation now`);
  }
}

// 2. The same question for everyone on one day, e.g. for a dashboard.
const employees: EmployeeAbsences[] = Object.entries(absences).map(([employeeId, list]) => ({ employeeId, absences: list }));
console.log('\nStatus on 2025-10-31');
for (const item of scanWorkforceSync(employees, { asOf: '2025-10-31' })) {
  if ('error' in item) {
    console.log(`  ${item.employeeId}: bad record: ${item.error.message}`);
    continue;
  }
  const { status, countedDays, thresholdCrossedOn, projectedCrossingOn } = item.result;
  const when = thresholdCrossedOn !== null ? `since ${thresholdCrossedOn}` : projectedCrossingOn !== null ? `expected on ${projectedCrossingOn}` : '';
  console.log(`  ${item.employeeId}: ${status.padEnd(11)} ${String(countedDays).padStart(3)} days ${when}`.trimEnd());
}

// 3. Graded return (Hamburger Modell): the target time comes from the plan, not the contract.
const plan = gradedReturnPlan({ start: '2025-11-03', contractualHoursPerDay: 8 });
console.log('\nGraded return of p-1002 from 2025-11-03');
for (const step of plan.steps) console.log(`  ${step.start}..${step.end}: ${step.hoursPerDay} h/day`);
console.log(`  target on 2025-11-20: ${plannedHoursOn(plan, '2025-11-20')} h`);
const entry = checkTimeEntry(plan, '2025-11-20', 6);
console.log(`  booked 6 h on 2025-11-20: ${entry.findings.map((finding) => `${finding.code}: ${finding.message}`).join('; ') || 'fine'}`);
