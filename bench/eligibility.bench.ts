// Eligibility engine benchmark: `npx tsx bench/index.ts eligibility`.
// A deterministic synthetic workforce evaluated on one check date, against a hand-written loop
// that expands every absence into days with date-fns and counts a Set; what a 50x target leaves per
// absence beside the cost of reading and checking the input alone; then a streaming scan of
// 1,000,000 employees with the peak resident memory. Figures only: nothing here asserts a time.
import { addDays as addDaysFns, eachDayOfInterval, subMonths } from 'date-fns';
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { addDays, type IsoDate } from '../src/dates/index.js';
import { epochDayOrNaN } from '../src/dates/epoch-day.js';
import { collectRanges, isAbsenceKey } from '../src/eligibility/counting.js';
import { kindBit } from '../src/law/absence-kinds.js';
import { defaultPolicyPrepared } from '../src/eligibility/prepared-policy.js';
import { evaluateEligibility, scanWorkforce } from '../src/eligibility/index.js';
import type { AbsenceInput } from '../src/model/index.js';
import { AS_OF, workforce } from './workforce.js';

const EMPLOYEES = 100_000;
const STREAMED = 1_000_000;


/**
 * The obvious way: expand every counted absence into its days with date-fns, put them into a
 * Set (so overlapping certificates count once) and count the days inside the window.
 */
const COUNTED = new Set(['sickness', 'work-accident', 'medical-rehab', 'graded-return']);
const checkDate = new Date(`${AS_OF}T00:00:00`);
const windowStart = addDaysFns(subMonths(checkDate, 12), 1).getTime();
function handWritten(absences: readonly AbsenceInput[]): number {
  const days = new Set<number>();
  for (const absence of absences) {
    if (!COUNTED.has(absence.kind)) continue;
    const first = absence.wentHomeSick === true ? addDays(absence.start as IsoDate, 1) : absence.start;
    const start = new Date(`${first}T00:00:00`);
    const end = absence.end === null ? checkDate : new Date(`${absence.end}T00:00:00`);
    if (start > end) continue;
    for (const day of eachDayOfInterval({ start, end })) days.add(day.getTime());
  }
  let count = 0;
  for (const day of days) if (day >= windowStart && day <= checkDate.getTime()) count++;
  return count;
}

/**
 * The least a validating evaluation must do: read every field of every absence and make the
 * schema's main checks (known fields only, types, kind, two real dates in order) with the
 * engine's own field and date readers. Nothing is stored, sorted, counted or explained: a floor
 * under the engine's time per absence.
 */
function inputCheckOnly(absences: readonly AbsenceInput[]): number {
  let valid = 0;
  for (let i = 0; i < absences.length; i++) {
    const record = absences[i]!;
    let known = true;
    for (const key in record) if (!isAbsenceKey(key)) known = false;
    const { id, start, end, kind, certified, wentHomeSick } = record;
    const typed =
      (id === undefined || typeof id === 'string') &&
      (certified === undefined || typeof certified === 'boolean') &&
      (wentHomeSick === undefined || typeof wentHomeSick === 'boolean');
    const first = epochDayOrNaN(start);
    const last = end === null ? Infinity : epochDayOrNaN(end);
    if (known && typed && kindBit(kind) !== 0 && first <= last) valid++;
  }
  return valid;
}

/** Wall time and CPU time of `run` (CPU time is what one core spends, whatever else runs). */
function measure<T>(run: () => T): { value: T; wall: number; cpu: number } {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const value = run();
  const wall = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  return { value, wall, cpu: (cpu.user + cpu.system) / 1e6 };
}

/** The run of three with the least CPU time. */
function bestOf3<T>(run: () => T): { value: T; wall: number; cpu: number } {
  return [measure(run), measure(run), measure(run)].reduce((a, b) => (a.cpu < b.cpu ? a : b));
}

function rate(count: number, seconds: number): string {
  return `${(count / seconds / 1e6).toFixed(2)} M absences/s`;
}

if (process.env.BEM_BENCH_STREAM !== '1') {
  const calibration = measure(() => {
    let sum = 0;
    for (let i = 0; i < 1e8; i++) sum += i;
    return sum;
  });
  console.log(`machine: a plain loop of 100 million additions takes ${(calibration.cpu * 1000).toFixed(0)} ms of CPU time here`);
  const employees = [...workforce(EMPLOYEES, 42)];
  const absenceCount = employees.reduce((sum, e) => sum + e.absences.length, 0);
  console.log(`workforce: ${EMPLOYEES.toLocaleString('en')} employees, ${absenceCount.toLocaleString('en')} absences, as of ${AS_OF}`);

  const engine = () => {
    const counts = new Int32Array(employees.length);
    let due = 0;
    for (let i = 0; i < employees.length; i++) {
      const result = evaluateEligibility({ absences: employees[i]!.absences, asOf: AS_OF });
      counts[i] = result.countedDays;
      if (result.due) due++;
    }
    return { counts, due };
  };
  engine(); // warm-up
  const best = bestOf3(engine);
  console.log(
    `evaluateEligibility, validation included (best of 3): ${rate(absenceCount, best.cpu)} on CPU time, ${rate(absenceCount, best.wall)} on wall time ` +
      `(${(best.wall * 1000).toFixed(0)} ms wall, ${(best.cpu * 1000).toFixed(0)} ms CPU); due: ${best.value.due.toLocaleString('en')}`,
  );

  const hand = measure(() => {
    let disagreements = 0;
    for (let i = 0; i < employees.length; i++) if (handWritten(employees[i]!.absences) !== best.value.counts[i]) disagreements++;
    return disagreements;
  });
  console.log(`hand-written date-fns loop (eachDayOfInterval + Set): ${rate(absenceCount, hand.cpu)} on CPU time (${(hand.wall * 1000).toFixed(0)} ms wall)`);
  console.log(`ratio engine / hand-written: ${(hand.cpu / best.cpu).toFixed(1)}x on CPU time; disagreements: ${hand.value} of ${EMPLOYEES.toLocaleString('en')}`);

  // What a ratio target leaves per absence, beside what the engine's stages cost: reading and
  // checking the input alone, then with the records ordered and merged (the engine's first stage).
  const check = bestOf3(() => employees.reduce((sum, e) => sum + inputCheckOnly(e.absences), 0));
  const merge = bestOf3(() => employees.reduce((sum, e) => sum + (collectRanges(e.absences, defaultPolicyPrepared, null)?.starts.length ?? 0), 0));
  const ns = (seconds: number) => `${((seconds * 1e9) / absenceCount).toFixed(0)} ns`;
  console.log(
    `per absence: hand-written loop ${ns(hand.cpu)}; a 50x target leaves ${ns(hand.cpu / 50)}. ` +
      `Engine: input read and checked ${ns(check.cpu)}, also ordered and merged ${ns(merge.cpu)}, ` +
      `full evaluation ${ns(best.cpu)} (counting, crossing days, periods, reasons)`,
  );

  // The streaming scan runs in a fresh process, so its memory figure is its own.
  const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], {
    env: { ...process.env, BEM_BENCH_STREAM: '1' },
    stdio: 'inherit',
  });
  if (child.status !== 0) console.log(`streaming scan failed: exit ${child.status}`);
} else {
  // Records are generated one by one and dropped after use, so memory stays flat.
  let peak = process.memoryUsage.rss();
  const atStart = peak;
  let scanned = 0;
  let due = 0;
  let errors = 0;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  for await (const item of scanWorkforce(workforce(STREAMED, 7), { asOf: AS_OF })) {
    scanned++;
    if ('error' in item) errors++;
    else if (item.result.due) due++;
    if (scanned % 1000 === 0) {
      const rss = process.memoryUsage.rss();
      if (rss > peak) peak = rss;
    }
  }
  const wall = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
  console.log(
    `streaming scan (async, records generated on the fly): ${scanned.toLocaleString('en')} employees in ${wall.toFixed(1)} s wall, ` +
      `${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU; due ${due.toLocaleString('en')}, errors ${errors}; RSS at start ${mb(atStart)}, peak ${mb(peak)}`,
  );
}
