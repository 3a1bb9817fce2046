/**
 * For time-tracking vendors: the daily BEM check and the target hours of a graded return.
 *
 * Every night the system evaluates what it knows and raises an alert once per crossing: an early
 * warning when someone reaches four weeks (time to prepare the offer), and the duty itself from
 * the first day the six weeks are exceeded (§ 167 Abs. 2 S. 1 SGB IX). Certificates often arrive
 * late, so a check for "an entry dated today" would miss a crossing that lies in the past; the job
 * keeps the last result per employee and lets `eligibilityAlerts` compare it with today's.
 *
 *   npx tsx examples/time-tracking-alerts.ts
 *
 * It imports 'bem-sgb9' as your code does: in a clone that is the source (tsconfig `paths`), in
 * node_modules/bem-sgb9/examples the installed package itself.
 */
import {
  type AbsenceInput,
  addDays,
  checkTimeEntry,
  type EligibilityResult,
  eligibilityAlerts,
  evaluateEligibility,
  type EmployeeAbsences,
  gradedReturnPlan,
  IsoDate,
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

// When each certificate reached the system (default: its first day). The eAU for p-1001's
// October absence came ten days late.
const arrivedOn: Record<string, string> = { 'p-1001 2025-10-06': '2025-10-16' };
const knownOn = (employeeId: string, list: AbsenceInput[], day: string) => list.filter((absence) => (arrivedOn[`${employeeId} ${absence.start}`] ?? absence.start) <= day);

// 1. The nightly job for October: evaluate what is known, compare with last night, alert.
console.log('Alerts, October 2025');
const stored = new Map<string, EligibilityResult>(); // the only state the job keeps (store it as JSON)
for (const [employeeId, list] of Object.entries(absences)) stored.set(employeeId, evaluateEligibility({ absences: knownOn(employeeId, list, '2025-09-30'), asOf: '2025-09-30' }));
for (let day = IsoDate.parse('2025-10-01'); day <= '2025-10-31'; day = addDays(day, 1)) {
  for (const [employeeId, list] of Object.entries(absences)) {
    const today = evaluateEligibility({ absences: knownOn(employeeId, list, day), asOf: day });
    for (const alert of eligibilityAlerts(stored.get(employeeId) ?? null, today)) {
      if (alert.kind === 'approaching') console.log(`  ${day}  ${employeeId}  early warning: ${alert.countedDays} days, prepare the BEM offer`);
      if (alert.kind === 'crossed') {
        const late = alert.thresholdCrossedOn < day ? ` (crossed on ${alert.thresholdCrossedOn}; the certificate came late)` : '';
        console.log(`  ${day}  ${employeeId}  BEM due: ${alert.countedDays} days, send the invitation now${late}`);
      }
    }
    stored.set(employeeId, today);
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
