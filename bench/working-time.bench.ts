// Working-day mode with rosters and public holidays beside calendar-day mode:
// `npx tsx bench/index.ts working-time`. The same synthetic workforce is scanned three times with
// `scanWorkforceSync` (the policy prepared once, as a real scan has it): in calendar days; in
// working days with the policy's Monday–Friday week; and in working days with a rotating roster
// of its own for every employee (FFSSNN----, each starting on another day) and the public holidays
// of North Rhine-Westphalia. The target: the roster scan within 1.5x of the calendar-day scan.
// Figures only: nothing here asserts a time.
import { performance } from 'node:perf_hooks';
import { fromEpochDay, type IsoDate, toEpochDay } from '../src/dates/index.js';
import { type EmployeeAbsences, type PolicyInput, scanWorkforceSync } from '../src/eligibility/index.js';
import { publicHolidayPredicate } from '../src/holidays.js';
import type { AbsenceInput } from '../src/model/index.js';
import { seededRandom } from '../examples/data/seeded-random.js';

const AS_OF = '2025-12-31';
const EMPLOYEES = 100_000;
const FIRST_DAY = toEpochDay('2023-01-01' as IsoDate);
const SPAN = toEpochDay(AS_OF as IsoDate) - FIRST_DAY + 1;
const FFSSNN = [true, true, true, true, true, true, false, false, false, false];

/** 0–25 absences over three years, mostly short, a long tail, some follow-up certificates. */
function absences(random: () => number, index: number): AbsenceInput[] {
  const count = Math.floor(random() * 26);
  const list: AbsenceInput[] = [];
  for (let i = 0; i < count; i++) {
    const start = FIRST_DAY + Math.floor(random() * SPAN);
    const roll = random();
    const length = roll < 0.6 ? 1 + Math.floor(random() * 5) : roll < 0.9 ? 6 + Math.floor(random() * 15) : 21 + Math.floor(random() * 70);
    const ongoing = i === count - 1 && random() < 0.03;
    list.push({ id: `${index}-${i}`, start: fromEpochDay(start), end: ongoing ? null : fromEpochDay(start + length - 1), kind: random() < 0.9 ? 'sickness' : 'medical-rehab' });
  }
  return list;
}

const random = seededRandom(14);
const plain: EmployeeAbsences[] = [];
const rostered: EmployeeAbsences[] = [];
for (let i = 0; i < EMPLOYEES; i++) {
  const list = absences(random, i);
  plain.push({ employeeId: `e-${i}`, absences: list });
  rostered.push({ employeeId: `e-${i}`, absences: list, workingTime: { cycle: [...FFSSNN], cycleStart: fromEpochDay(FIRST_DAY + (i % 10)) } });
}
const absenceCount = plain.reduce((sum, e) => sum + e.absences.length, 0);

function cpuSeconds(run: () => number): { seconds: number; due: number } {
  const before = process.cpuUsage();
  const due = run();
  const used = process.cpuUsage(before);
  return { seconds: (used.user + used.system) / 1e6, due };
}

function bestOf3(employees: EmployeeAbsences[], policy: PolicyInput | undefined): { seconds: number; due: number } {
  const run = () => {
    let due = 0;
    for (const item of scanWorkforceSync(employees, { asOf: AS_OF, policy })) if ('result' in item && item.result.due) due++;
    return due;
  };
  run(); // warm-up
  return [cpuSeconds(run), cpuSeconds(run), cpuSeconds(run)].reduce((a, b) => (a.seconds < b.seconds ? a : b));
}

const started = performance.now();
const calendar = bestOf3(plain, undefined);
const week = bestOf3(plain, { unit: 'working-days' });
const roster = bestOf3(rostered, { unit: 'working-days', holidays: publicHolidayPredicate('DE-NW') });
const ms = (seconds: number) => `${(seconds * 1000).toFixed(0)} ms`;
console.log(`workforce: ${EMPLOYEES.toLocaleString('en')} employees, ${absenceCount.toLocaleString('en')} absences, as of ${AS_OF}; CPU time, best of 3`);
console.log(`calendar-day mode:                                 ${ms(calendar.seconds)} (due ${calendar.due.toLocaleString('en')})`);
console.log(`working-day mode, Mon–Fri week of the policy:      ${ms(week.seconds)} (due ${week.due.toLocaleString('en')}), ${(week.seconds / calendar.seconds).toFixed(2)}x calendar days`);
console.log(
  `working-day mode, own roster FFSSNN---- + DE-NW holidays: ${ms(roster.seconds)} (due ${roster.due.toLocaleString('en')}), ` +
    `${(roster.seconds / calendar.seconds).toFixed(2)}x calendar days (target: within 1.5x)`,
);
console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s in all)`);
