// Eligibility engine benchmark: `npx tsx bench/index.ts eligibility`.
// A deterministic synthetic workforce evaluated on one check date, against a hand-written loop
// that expands every absence into days with date-fns and counts a Set; then a streaming scan of
// 1,000,000 employees with the peak resident memory. Figures only: nothing here asserts a time.
import { addDays as addDaysFns, eachDayOfInterval, subMonths } from 'date-fns';
import { performance } from 'node:perf_hooks';
import { addDays, fromEpochDay, type IsoDate, toEpochDay } from '../src/dates/index.js';
import { type EmployeeAbsences, evaluateEligibility, scanWorkforce } from '../src/eligibility/index.js';
import type { AbsenceInput, AbsenceKind } from '../src/model/index.js';

const AS_OF = '2025-12-31';
const EMPLOYEES = 100_000;
const STREAMED = 1_000_000;

/** mulberry32: a small deterministic PRNG, so every run sees the same workforce. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST_DAY = toEpochDay('2023-01-01' as IsoDate);
const SPAN = toEpochDay(AS_OF as IsoDate) - FIRST_DAY + 1;
const OTHER_KINDS: AbsenceKind[] = ['child-sick', 'medical-rehab', 'work-accident', 'graded-return', 'quarantine', 'other'];

/** One employee: 0–25 absences over three years, mostly short, some long, some follow-ups. */
function employee(random: () => number, index: number): EmployeeAbsences {
  const count = Math.floor(random() * 26);
  const absences: AbsenceInput[] = [];
  let previousStart = -1;
  let previousEnd = -1;
  for (let i = 0; i < count; i++) {
    const followUp = previousEnd >= 0 && random() < 0.2;
    const start = followUp ? previousStart + Math.floor(random() * (previousEnd - previousStart + 2)) : FIRST_DAY + Math.floor(random() * SPAN);
    const length = random() < 0.85 ? 1 + Math.floor(random() * 5) : 6 + Math.floor(random() * 40);
    const end = start + length - 1;
    const kind = random() < 0.85 ? 'sickness' : OTHER_KINDS[Math.floor(random() * OTHER_KINDS.length)]!;
    const ongoing = i === count - 1 && random() < 0.03;
    const absence: AbsenceInput = { id: `${index}-${i}`, start: fromEpochDay(start), end: ongoing ? null : fromEpochDay(end), kind };
    if (random() < 0.1) absence.certified = false;
    if (random() < 0.05) absence.wentHomeSick = true;
    absences.push(absence);
    previousStart = start;
    previousEnd = end;
  }
  return { employeeId: `e-${index}`, absences };
}

function* workforce(size: number, seed: number): Generator<EmployeeAbsences> {
  const random = prng(seed);
  for (let i = 0; i < size; i++) yield employee(random, i);
}

/** The obvious way: every absence expanded into days with date-fns, a Set counts each day once. */
const COUNTED = new Set(['sickness', 'work-accident', 'medical-rehab', 'graded-return']);
const checkDate = new Date(`${AS_OF}T00:00:00`);
const windowStart = addDaysFns(subMonths(checkDate, 12), 1);
function handWritten(absences: readonly AbsenceInput[]): number {
  const days = new Set<number>();
  for (const absence of absences) {
    if (!COUNTED.has(absence.kind)) continue;
    const first = absence.wentHomeSick === true ? addDays(absence.start as IsoDate, 1) : absence.start;
    let start = new Date(`${first}T00:00:00`);
    let end = absence.end === null ? checkDate : new Date(`${absence.end}T00:00:00`);
    if (start < windowStart) start = windowStart;
    if (end > checkDate) end = checkDate;
    if (start > end) continue;
    for (const day of eachDayOfInterval({ start, end })) days.add(day.getTime());
  }
  return days.size;
}

const employees = [...workforce(EMPLOYEES, 42)];
const absenceCount = employees.reduce((sum, e) => sum + e.absences.length, 0);
console.log(`workforce: ${EMPLOYEES.toLocaleString('en')} employees, ${absenceCount.toLocaleString('en')} absences, as of ${AS_OF}`);

function timeEngine(): { seconds: number; due: number; counts: Int32Array } {
  const counts = new Int32Array(employees.length);
  let due = 0;
  const started = performance.now();
  for (let i = 0; i < employees.length; i++) {
    const e = employees[i]!;
    const result = evaluateEligibility({ absences: e.absences, asOf: AS_OF });
    counts[i] = result.countedDays;
    if (result.due) due++;
  }
  return { seconds: (performance.now() - started) / 1000, due, counts };
}

timeEngine(); // warm-up
const runs = [timeEngine(), timeEngine(), timeEngine()];
const best = runs.reduce((a, b) => (a.seconds < b.seconds ? a : b));
const engineRate = absenceCount / best.seconds;
console.log(
  `evaluateEligibility (with validation): ${(engineRate / 1e6).toFixed(2)} M absences/s, ${Math.round(EMPLOYEES / best.seconds).toLocaleString('en')} employees/s (best of 3: ${(best.seconds * 1000).toFixed(0)} ms); due: ${best.due.toLocaleString('en')}`,
);

const handStarted = performance.now();
let disagreements = 0;
for (let i = 0; i < employees.length; i++) {
  if (handWritten(employees[i]!.absences) !== best.counts[i]) disagreements++;
}
const handSeconds = (performance.now() - handStarted) / 1000;
const handRate = absenceCount / handSeconds;
console.log(`hand-written date-fns loop: ${(handRate / 1e6).toFixed(3)} M absences/s (${(handSeconds * 1000).toFixed(0)} ms)`);
console.log(`ratio engine / hand-written: ${(engineRate / handRate).toFixed(1)}x; disagreements: ${disagreements} of ${EMPLOYEES.toLocaleString('en')}`);

// Streaming scan: records are generated one by one and dropped after use, so memory stays flat.
employees.length = 0;
globalThis.gc?.();
let peak = process.memoryUsage.rss();
const rssAtStart = peak;
let scanned = 0;
let dueInScan = 0;
let errors = 0;
const scanStarted = performance.now();
for await (const item of scanWorkforce(workforce(STREAMED, 7), { asOf: AS_OF })) {
  scanned++;
  if ('error' in item) errors++;
  else if (item.result.due) dueInScan++;
  if (scanned % 2000 === 0) {
    const rss = process.memoryUsage.rss();
    if (rss > peak) peak = rss;
  }
}
const scanSeconds = (performance.now() - scanStarted) / 1000;
console.log(
  `streaming scan: ${scanned.toLocaleString('en')} employees in ${scanSeconds.toFixed(1)} s (${Math.round(scanned / scanSeconds).toLocaleString('en')}/s, generation included); due ${dueInScan.toLocaleString('en')}, errors ${errors}; RSS at start ${(rssAtStart / 2 ** 20).toFixed(0)} MB, peak ${(peak / 2 ** 20).toFixed(0)} MB`,
);
