/**
 * For the BEM team and the works council: the key figures of a year (Angebotsquote,
 * Annahmequote, Maßnahmenquote, Stabilitätsquote, Verbleibequote, time to offer), anonymised.
 * Departments with fewer than five people in the figures are suppressed, and so is whatever
 * would let someone work a hidden figure out.
 *
 *   npx tsx examples/kpi-report.ts
 *
 * The cases here are made up by a fixed rule, so the report is the same on every run. It imports
 * 'bem-sgb9' as your code does: in a clone that is the source (tsconfig `paths`), in
 * node_modules/bem-sgb9/examples the installed package itself.
 */
import {
  addDays,
  applyEvent,
  type BemCase,
  type CaseEventInput,
  computeKpis,
  IsoDate,
  type Kpi,
  openCase,
  renderInvitationLetter,
  type ThresholdCrossing,
} from 'bem-sgb9';
import { invitationDetails } from './data/invitation.js';

/** A department per person: 24 in logistics, 12 in the office, 4 in the lab. */
const departmentOf = (n: number): string => (n < 24 ? 'logistics' : n < 36 ? 'office' : 'lab');

/** How a made-up case goes: offered or not, accepted or not, and how it ends, by a fixed rule. */
function eventsFor(n: number, crossed: IsoDate): CaseEventInput[] {
  const day = (offset: number): IsoDate => addDays(crossed, offset);
  if (n % 5 === 4) return []; // one in five is never offered: the most common failure
  const letter = renderInvitationLetter(invitationDetails(crossed, 43, day(30)), { locale: 'en' });
  const events: CaseEventInput[] = [{ type: 'invitation.sent', on: day(5 + (n % 4) * 6), by: 'employer', content: letter.content }];
  if (n % 3 === 2) return [...events, { type: 'employee.declined', on: day(28), by: 'employee', inWriting: true }];
  events.push(
    {
      type: 'employee.accepted', on: day(29), by: 'employee', inWriting: true,
      consent: { purpose: 'bem-procedure', dataCategories: ['absence-periods', 'work-restrictions', 'measures'], recipients: ['employer'] },
    },
    { type: 'interview.held', on: day(40), by: 'employer', present: [], employeeAgreed: true },
  );
  if (n % 7 === 0) return [...events, { type: 'case.closed', on: day(60), by: 'employer', outcome: 'no-suitable-measures' }];
  const type = n % 2 === 0 ? 'ergonomics' : 'flexible-hours';
  return [
    ...events,
    { type: 'measure.proposed', on: day(40), by: 'employer', measure: { id: 'm-1', type } },
    { type: 'measure.agreed', on: day(45), by: 'employee', measureId: 'm-1', employerAgreed: true },
    { type: 'measure.started', on: day(50), by: 'employer', measureId: 'm-1' },
    { type: 'measure.completed', on: day(90), by: 'employer', measureId: 'm-1' },
    { type: 'review.held', on: day(120), by: 'employer', effective: n % 4 !== 1 },
    { type: 'case.closed', on: day(120), by: 'employer', outcome: 'completed' },
  ];
}

const cases: BemCase[] = [];
const crossings: ThresholdCrossing[] = [];
const groupBy: Record<string, string> = {};
const employment: Record<string, { endedOn: string | null }> = {};
for (let n = 0; n < 40; n += 1) {
  const employeeId = `p-${String(n).padStart(3, '0')}`;
  const crossed = addDays(IsoDate.parse('2024-01-08'), n * 7); // one crossing a week through 2024
  crossings.push({ employeeId, thresholdCrossedOn: crossed, countedDays: 43 });
  groupBy[employeeId] = departmentOf(n);
  // Some left the company later, and some crossed the threshold again after their BEM: the
  // retention and stability rates count them.
  employment[employeeId] = { endedOn: n % 9 === 3 ? '2024-12-31' : null };
  if (n % 6 === 1) crossings.push({ employeeId, thresholdCrossedOn: addDays(crossed, 150), countedDays: 43 });
  let c = openCase({ id: `bem-${n}`, employee: { id: employeeId }, on: crossed, eligibility: { thresholdCrossedOn: crossed, countedDays: 43 } });
  for (const event of eventsFor(n, crossed)) {
    const result = applyEvent(c, event);
    if (!result.ok) throw new Error(`${c.id}: ${event.type} refused: ${result.error.message}`);
    c = result.case;
  }
  cases.push(c);
}

const report = computeKpis(
  { cases, crossings, employment, period: { start: '2024-01-01', end: '2024-12-31' }, followUp: { months: 6, asOf: '2025-12-31' } },
  { groupBy, minGroupSize: 5 },
);

const percent = (kpi: Kpi): string =>
  kpi.suppressed ? 'suppressed' : kpi.value === null ? 'n/a' : `${(kpi.value * 100).toFixed(0)} % (${kpi.numerator}/${kpi.denominator})`;
const rates = ['offerRate', 'acceptanceRate', 'measureRate', 'stabilityRate', 'retentionRate'] as const;

console.log(`BEM key figures ${report.period.start}..${report.period.end} (figures resting on fewer than ${report.minGroupSize} people are hidden)\n`);
console.log(['', 'whole company', ...report.groups.map((group) => group.group)].map((cell) => cell.padEnd(24)).join(''));
for (const name of rates) {
  const row = [report.total[name], ...report.groups.map((group) => group[name])];
  console.log([report.total[name].german, ...row.map(percent)].map((cell) => cell.padEnd(24)).join(''));
}
const time = report.total.timeToOffer;
console.log(`\nTime to offer (Zeit bis Angebot): median ${time.medianDays} days, 90th percentile ${time.p90Days} days`);
for (const name of rates) console.log(`- ${report.total[name].german}: ${report.total[name].definition} (${report.total[name].reference})`);
