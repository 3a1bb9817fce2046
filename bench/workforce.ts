// The synthetic workforce of the benchmarks: deterministic (a seeded generator), so every run and
// every benchmark file sees the same employees.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { fromEpochDay, type IsoDate, toEpochDay } from '../src/dates/index.js';
import type { EmployeeAbsences } from '../src/eligibility/index.js';
import type { AbsenceInput, AbsenceKind } from '../src/model/index.js';
import { seededRandom } from '../examples/data/seeded-random.js';

/** The check date of the benchmarks. */
export const AS_OF = '2025-12-31';

const FIRST_DAY = toEpochDay('2023-01-01' as IsoDate);
const SPAN = toEpochDay(AS_OF as IsoDate) - FIRST_DAY + 1;
const OTHER_KINDS: AbsenceKind[] = ['child-sick', 'medical-rehab', 'work-accident', 'graded-return', 'quarantine', 'other'];

/** One employee: 0–25 absences over three years, some of them follow-up certificates. */
export function employee(random: () => number, index: number): EmployeeAbsences {
  const count = Math.floor(random() * 26);
  const absences: AbsenceInput[] = [];
  let previousStart = -1;
  let previousEnd = -1;
  for (let i = 0; i < count; i++) {
    const followUp = previousEnd >= 0 && random() < 0.2;
    const start = followUp ? previousStart + Math.floor(random() * (previousEnd - previousStart + 2)) : FIRST_DAY + Math.floor(random() * SPAN);
    // Many short absences and a long tail: 1–5 days (60 %), 6–20 (30 %), 21–90 (10 %), about
    // 11 days on average.
    const roll = random();
    const length = roll < 0.6 ? 1 + Math.floor(random() * 5) : roll < 0.9 ? 6 + Math.floor(random() * 15) : 21 + Math.floor(random() * 70);
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

export function* workforce(size: number, seed: number): Generator<EmployeeAbsences> {
  const random = seededRandom(seed);
  for (let i = 0; i < size; i++) yield employee(random, i);
}


/** The CSV header of the CLI. */
const HEADER = 'employee_id,start,end,kind,id,certified,went_home_sick\n';

/** One employee's rows in the CLI's CSV format. */
export function csvRowsOf({ employeeId, absences }: EmployeeAbsences): string {
  let rows = '';
  for (const a of absences) rows += `${employeeId},${a.start},${a.end ?? ''},${a.kind},${a.id ?? ''},${a.certified ?? ''},${a.wentHomeSick ?? ''}\n`;
  return rows;
}

/**
 * The bench workforce of `employees` as the CLI's CSV, in memory (small files) or written to
 * `path` in batches (large ones); returns the text (when in memory) and the number of rows.
 */
export async function writeBenchCsv(employees: number, seed: number, path?: string): Promise<{ text: string; rows: number }> {
  const out = path === undefined ? null : createWriteStream(path);
  out?.write(HEADER);
  const parts: string[] = [HEADER];
  let rows = 0;
  let batch = '';
  for (const employee of workforce(employees, seed)) {
    rows += employee.absences.length;
    batch += csvRowsOf(employee);
    if (batch.length > 1 << 20) {
      if (out === null) parts.push(batch);
      else if (!out.write(batch)) await once(out, 'drain');
      batch = '';
    }
  }
  if (out === null) return { text: parts.join('') + batch, rows };
  out.end(batch);
  await once(out, 'finish');
  return { text: '', rows };
}
