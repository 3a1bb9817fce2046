// A slow, obvious, day-by-day reference of the six-week count, written straight from
// the counting rules of the eligibility guide, to check the fast engine against.
import { addMonths, fromEpochDay, type IsoDate, isoWeekdayOfEpochDay, toEpochDay } from '../../src/dates/index.js';
import type { AbsenceInput } from '../../src/model/index.js';
import type { EligibilityInput, PolicyInput } from '../../src/eligibility/index.js';

export interface ReferenceResult {
  status: 'due' | 'approaching' | 'not-due' | 'bem-running';
  countedDays: number;
  windowStart: string;
  thresholdCrossedOn: string | null;
  projectedCrossingOn: string | null;
}

const day = (date: string): number => toEpochDay(date as IsoDate);

export function referenceEvaluate(input: EligibilityInput, policy: PolicyInput = {}): ReferenceResult {
  const working = policy.unit === 'working-days';
  const workingDays = policy.workingDays ?? [1, 2, 3, 4, 5];
  const perWeek = working ? new Set(workingDays).size : 7;
  const threshold = policy.threshold ?? 6 * perWeek;
  const dueAt = (policy.comparison ?? 'more-than') === 'more-than' ? threshold + 1 : threshold;
  const warnAt = policy.earlyWarningAt === undefined ? 4 * perWeek : policy.earlyWarningAt;
  const kinds = policy.countedKinds ?? ['sickness', 'work-accident', 'medical-rehab', 'graded-return'];
  const window = policy.window ?? { months: 12 };
  const holidays = policy.holidays ?? [];
  const isHoliday = (d: number): boolean => (typeof holidays === 'function' ? holidays(fromEpochDay(d)) : holidays.includes(fromEpochDay(d)));
  const asOf = day(input.asOf);
  const reset = input.previousBemConcludedOn == null ? null : day(input.previousBemConcludedOn);
  const far = asOf + 5000;

  // Every counted calendar day (an ongoing absence up to `far`), each once.
  const covered = new Set<number>();
  let ongoingDay: number | null = null;
  for (const absence of input.absences as AbsenceInput[]) {
    if (!kinds.includes(absence.kind)) continue;
    if (absence.certified === false && policy.countUncertified === false) continue;
    const first = day(absence.start) + (absence.wentHomeSick === true && policy.countWentHomeSickDay !== true ? 1 : 0);
    const last = absence.end === null ? far : day(absence.end);
    for (let d = first; d <= last; d++) {
      if (reset !== null && d <= reset) continue;
      covered.add(d);
      if (absence.end === null) ongoingDay = d;
    }
  }
  // The forecast looks one window length and a week beyond the last recorded day (for an
  // ongoing absence: the first day of the unbroken run it belongs to).
  let lastRecorded = covered.size === 0 ? -Infinity : Math.max(...[...covered].filter((d) => d < far));
  if (ongoingDay !== null) {
    let first = ongoingDay;
    while (covered.has(first - 1)) first--;
    lastRecorded = first;
  }
  const longest = 'days' in window ? window.days : 31 * window.months;
  const horizon = Math.max(asOf, lastRecorded) + longest + 7;

  const counts = (d: number): boolean =>
    covered.has(d) && (!working || (workingDays.includes(isoWeekdayOfEpochDay(d)) && !isHoliday(d)));
  const windowStart = (t: number): number => ('days' in window ? t - window.days + 1 : day(addMonths(fromEpochDay(t), -window.months)) + 1);
  // Counted days on or before each day, so that a window's count is a difference of two.
  const from = Math.min(asOf, ...covered) - longest - 10;
  const cumulative: number[] = [];
  for (let d = from, n = 0; d <= Math.max(horizon, asOf) + 1; d++) cumulative.push((n += counts(d) ? 1 : 0));
  const upTo = (d: number): number => (d < from ? 0 : cumulative[d - from]!);
  const count = (t: number): number => upTo(t) - upTo(windowStart(t) - 1);

  const countedDays = count(asOf);
  const running = input.bemRunningSince != null && input.bemRunningSince <= input.asOf;
  const status = running ? 'bem-running' : countedDays >= dueAt ? 'due' : warnAt !== null && countedDays >= warnAt ? 'approaching' : 'not-due';
  let thresholdCrossedOn: string | null = null;
  if (status === 'due') {
    let t = asOf;
    while (count(t - 1) >= dueAt) t--;
    thresholdCrossedOn = fromEpochDay(t);
  }
  let projectedCrossingOn: string | null = null;
  if (status === 'not-due' || status === 'approaching') {
    for (let t = asOf + 1; t <= horizon; t++) {
      if (count(t) >= dueAt) {
        projectedCrossingOn = fromEpochDay(t);
        break;
      }
    }
  }
  const start = Math.max(windowStart(asOf), reset === null ? -Infinity : reset + 1);
  return { status, countedDays, windowStart: fromEpochDay(start), thresholdCrossedOn, projectedCrossingOn };
}
