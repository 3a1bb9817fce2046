// A slow, obvious, day-by-day reference of the six-week count, written straight from
// the counting rules of the eligibility guide, to check the fast engine against.
import { addMonths, fromEpochDay, type IsoDate, isoWeekdayOfEpochDay, toEpochDay } from '../../src/dates/index.js';
import type { AbsenceInput } from '../../src/model/index.js';
import type { EligibilityInput, PolicyInput, WorkingPattern, WorkingTime } from '../../src/eligibility/index.js';

export interface ReferenceResult {
  status: 'due' | 'approaching' | 'not-due' | 'bem-running';
  countedDays: number;
  windowStart: string;
  thresholdCrossedOn: string | null;
  projectedCrossingOn: string | null;
}

const day = (date: string): number => toEpochDay(date as IsoDate);

/** The pattern in force on day `d`: the last change on or before it, else the first. */
function patternOn(workingTime: WorkingTime, d: number): { pattern: WorkingPattern; from: number; to: number } {
  if (!Array.isArray(workingTime)) return { pattern: workingTime as WorkingPattern, from: -Infinity, to: Infinity };
  const changes = workingTime as { from: string; pattern: WorkingPattern }[];
  let i = 0;
  for (let k = 1; k < changes.length; k++) if (day(changes[k]!.from) <= d) i = k;
  return { pattern: changes[i]!.pattern, from: i === 0 ? -Infinity : day(changes[i]!.from), to: i + 1 < changes.length ? day(changes[i + 1]!.from) - 1 : Infinity };
}

/** Whether the pattern schedules work on day `d`, read straight from its definition. */
function works(pattern: WorkingPattern, d: number): boolean {
  if ('weekdays' in pattern) return pattern.weekdays.includes(isoWeekdayOfEpochDay(d));
  if ('cycle' in pattern) {
    const length = pattern.cycle.length;
    return pattern.cycle[(((d - day(pattern.cycleStart)) % length) + length) % length] === true;
  }
  return pattern.days.includes(fromEpochDay(d));
}

/** Working days per week of the pattern in force on `d`, within the window `ws..asOf`. */
function rateOn(workingTime: WorkingTime, d: number, ws: number, asOf: number): number {
  const { pattern, from, to } = patternOn(workingTime, d);
  if ('weekdays' in pattern) return new Set(pattern.weekdays).size;
  if ('cycle' in pattern) return (7 * pattern.cycle.filter(Boolean).length) / pattern.cycle.length;
  // A list: its listed days in its part of the window, per 7 days.
  const first = Math.max(from, ws);
  const last = Math.min(to, asOf);
  let listed = 0;
  for (let x = first; x <= last; x++) if (works(pattern, x)) listed++;
  return (7 * listed) / (last - first + 1);
}

const EPSILON = 1e-9;

export function referenceEvaluate(input: EligibilityInput, policy: PolicyInput = {}): ReferenceResult {
  const working = policy.unit === 'working-days';
  const workingDays = policy.workingDays ?? [1, 2, 3, 4, 5];
  const workingTime = working ? input.workingTime : undefined;
  const windowOf = policy.window ?? { months: 12 };
  const asOfDay = day(input.asOf);
  const resetDay = input.previousBemConcludedOn == null ? null : day(input.previousBemConcludedOn);
  const edgeStart = 'days' in windowOf ? asOfDay - windowOf.days + 1 : day(addMonths(input.asOf as IsoDate, -windowOf.months)) + 1;
  const ws = Math.min(asOfDay, Math.max(edgeStart, resetDay === null ? -Infinity : resetDay + 1));
  let perWeek = working ? new Set(workingDays).size : 7;
  if (workingTime !== undefined) {
    if ((policy.workingWeekBasis ?? 'window-average') === 'on-check-date') perWeek = rateOn(workingTime, asOfDay, ws, asOfDay);
    else {
      let sum = 0;
      for (let d = ws; d <= asOfDay; d++) sum += rateOn(workingTime, d, ws, asOfDay);
      perWeek = sum / (asOfDay - ws + 1);
    }
  }
  const threshold = policy.threshold ?? 6 * perWeek;
  const moreThan = (policy.comparison ?? 'more-than') === 'more-than';
  // Never due (nor warned) for zero days, even where someone had no working day in the window.
  const reaches = (n: number): boolean => n >= 1 && (moreThan ? n > threshold + EPSILON : n >= threshold - EPSILON);
  const warnAt = policy.earlyWarningAt === undefined ? 4 * perWeek : policy.earlyWarningAt;
  const warns = (n: number): boolean => n >= 1 && warnAt !== null && n >= warnAt - EPSILON;
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
    covered.has(d) &&
    (!working ||
      ((workingTime === undefined ? workingDays.includes(isoWeekdayOfEpochDay(d)) : works(patternOn(workingTime, d).pattern, d)) && !isHoliday(d)));
  const windowStart = (t: number): number => ('days' in window ? t - window.days + 1 : day(addMonths(fromEpochDay(t), -window.months)) + 1);
  // Counted days on or before each day, so that a window's count is a difference of two.
  const from = Math.min(asOf, ...covered) - longest - 10;
  const cumulative: number[] = [];
  for (let d = from, n = 0; d <= Math.max(horizon, asOf) + 1; d++) cumulative.push((n += counts(d) ? 1 : 0));
  const upTo = (d: number): number => (d < from ? 0 : cumulative[d - from]!);
  const count = (t: number): number => upTo(t) - upTo(windowStart(t) - 1);

  const countedDays = count(asOf);
  const running = input.bemRunningSince != null && input.bemRunningSince <= input.asOf;
  const status = running ? 'bem-running' : reaches(countedDays) ? 'due' : warns(countedDays) ? 'approaching' : 'not-due';
  let thresholdCrossedOn: string | null = null;
  if (status === 'due') {
    let t = asOf;
    while (reaches(count(t - 1))) t--;
    thresholdCrossedOn = fromEpochDay(t);
  }
  let projectedCrossingOn: string | null = null;
  if (status === 'not-due' || status === 'approaching') {
    for (let t = asOf + 1; t <= horizon; t++) {
      if (reaches(count(t))) {
        projectedCrossingOn = fromEpochDay(t);
        break;
      }
    }
  }
  const start = Math.max(windowStart(asOf), reset === null ? -Infinity : reset + 1);
  return { status, countedDays, windowStart: fromEpochDay(start), thresholdCrossedOn, projectedCrossingOn };
}
