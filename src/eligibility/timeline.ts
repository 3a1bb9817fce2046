import * as z from 'zod';
import type { AbsenceInput } from '../model/absence.js';
import { named } from '../model/named.js';
import { fromEpochDay, IsoDate, toEpochDay } from '../dates/index.js';
import { Absence, BemInputError, parseInput, safeParseInput } from '../model/index.js';
import { type CountedRanges, collectRanges } from './counting.js';
import { type Band, type Curve, countOn, curvePeriod, firstOutside } from './crossing.js';
import { readEnvelope } from './input.js';
import { type PreparedPolicy, resolvePolicy } from './prepared-policy.js';
import { isOverThreshold, type ThresholdRule } from '../law/six-weeks.js';
import { PolicyInput } from './policy-settings.js';
import type { EligibilityStatus } from './result.js';
import { levelsAreConstant, personalLevels, personalPolicy } from './personal-policy.js';
import { dayUnitFor, tallyOf } from './tally.js';
import { firstDayWithEdgeAtLeast, longestWindow, shortestWindow, windowEdge } from './window.js';
import { type Schedule, scheduleOf, WorkingTime } from './working-time.js';

/**
 * What {@link eligibilityTimeline} needs for one employee: like {@link EligibilityInput} without
 * a check date (every day of the range is one). A previous BEM must have concluded on or before
 * the first day of the range.
 *
 * @example
 * ```ts
 * TimelineInput.parse({ absences: [{ start: '2025-01-06', end: null, kind: 'sickness' }] });
 * ```
 */
export const TimelineInput = z.strictObject({
  absences: z.array(named<Absence, AbsenceInput>(Absence)).readonly(),
  previousBemConcludedOn: IsoDate.nullable().optional(),
  bemRunningSince: IsoDate.nullable().optional(),
  workingTime: WorkingTime.optional(),
});

export interface TimelineInput extends z.input<typeof TimelineInput> {}

/**
 * The days a timeline covers (`from` to `to`, both included) and the policy.
 *
 * @example
 * ```ts
 * TimelineOptions.parse({ from: '2025-01-01', to: '2025-12-31' });
 * ```
 */
export const TimelineOptions = z
  .strictObject({ from: IsoDate, to: IsoDate, policy: PolicyInput.optional() })
  .refine((options) => options.from <= options.to, { message: 'The timeline must not end before it starts', path: ['to'] });

export interface TimelineOptions extends z.input<typeof TimelineOptions> {}

/**
 * A day on which the status changes, with the status from that day on and that day's count.
 *
 * @example
 * ```ts
 * const change: TimelineEntry = { on: '2025-02-17' as IsoDate, status: 'due', countedDays: 43 };
 * ```
 */
export interface TimelineEntry {
  /** The day the status begins. */
  readonly on: IsoDate;
  /** The status from that day until the next entry. */
  readonly status: EligibilityStatus;
  /** Counted days in the window ending that day. */
  readonly countedDays: number;
}

const RESET_AFTER_FROM = 'The previous BEM cannot have concluded after the first day of the timeline (from)';

const TIMELINE_KEYS: Readonly<Record<string, true>> = { absences: true, previousBemConcludedOn: true, bemRunningSince: true, workingTime: true };

/** {@link timelineIfValid}, or null when a getter or Proxy of the caller's throws (the door then names it). */
function timelineIfReadable(input: unknown, policy: PreparedPolicy, from: IsoDate, to: IsoDate): TimelineEntry[] | null {
  try {
    return timelineIfValid(input, policy, from, to);
  } catch (error) {
    if (error instanceof BemInputError) throw error;
    return null;
  }
}

/** The timeline when the input certainly passes the schema; null when it does not. */
function timelineIfValid(input: unknown, policy: PreparedPolicy, from: IsoDate, to: IsoDate, daily = false): TimelineEntry[] | null {
  if (typeof input !== 'object' || input === null || 'asOf' in input) return null;
  const record = input as Record<string, unknown>;
  for (const key in record) if (TIMELINE_KEYS[key] !== true) return null;
  const asInput = {
    absences: record.absences,
    asOf: from,
    previousBemConcludedOn: record.previousBemConcludedOn,
    bemRunningSince: record.bemRunningSince,
    workingTime: record.workingTime,
  };
  const envelope = readEnvelope(asInput);
  if (envelope === null) return null;
  const reset = envelope.previousBemConcludedOn == null ? null : toEpochDay(envelope.previousBemConcludedOn);
  const ranges = collectRanges(envelope.absences, policy, reset);
  if (ranges === null) return null;
  const running = envelope.bemRunningSince == null ? null : toEpochDay(envelope.bemRunningSince);
  const own = policy.working && envelope.workingTime !== undefined ? scheduleOf(envelope.workingTime) : null;
  return timelineOf({ ranges, running, shared: policy, own, reset }, toEpochDay(from), toEpochDay(to), daily);
}

/**
 * The days from `from` to `to` on which the status changes (`not-due` → `approaching` → `due`,
 * back to `not-due` when old days leave the window, `bem-running` from the day a BEM starts),
 * so a time-tracking system can alert once per change instead of polling.
 *
 * The first entry is the status on `from`. Each entry equals {@link evaluateEligibility} with that
 * day as `asOf`. Computed from the absences' boundaries, not day by day: only the stretches where
 * the count can change are searched, so the cost grows with the absences and changes, not with
 * the span. A `workingTime` whose threshold moves with the window (dated changes, a list of
 * working days) is searched the same way between the days its levels can change; they are checked
 * day by day only while the window straddles a change or holds listed days, so its cost grows
 * with the changes and the listed days, not with the span either.
 *
 * @param input the absences, reset and running BEM (see {@link TimelineInput}).
 * @param options the range and the policy.
 * @throws BemInputError `Invalid input: to: The timeline must not end before it starts` (and
 * likewise for every other problem, each with its path).
 * @example
 * ```ts
 * eligibilityTimeline(
 * { absences: [{ start: '2025-01-06', end: '2025-02-28', kind: 'sickness' }] },
 * { from: '2025-01-01', to: '2026-03-31' },
 * );
 * //=> [
 * //   { on: '2025-01-01', status: 'not-due', countedDays: 0 },
 * //   { on: '2025-02-02', status: 'approaching', countedDays: 28 },
 * //   { on: '2025-02-17', status: 'due', countedDays: 43 },
 * //   { on: '2026-01-17', status: 'approaching', countedDays: 42 },
 * //   { on: '2026-02-01', status: 'not-due', countedDays: 27 },
 * // ]
 * ```
 */
export function eligibilityTimeline(input: TimelineInput, options: TimelineOptions): TimelineEntry[] {
  const parsedOptions = safeParseInput(TimelineOptions, options);
  if (!parsedOptions.success) throw parsedOptions.error;
  const { from, to, policy } = parsedOptions.data;
  const prepared = resolvePolicy(policy ?? {});
  const fast = timelineIfReadable(input, prepared, from, to);
  if (fast !== null) return fast;
  const parsed = parseInput(TimelineInput, input);
  if (parsed.previousBemConcludedOn != null && parsed.previousBemConcludedOn > from) {
    throw new BemInputError([{ path: ['previousBemConcludedOn'], code: 'custom', message: RESET_AFTER_FROM }]);
  }
  const checked = timelineIfValid(parsed, prepared, from, to);
  if (checked === null) throw new Error('bem-sgb9/eligibility: the fast input check refused input the schema accepts');
  return checked;
}

/**
 * {@link eligibilityTimeline} with the levels of a working time checked on every day of the
 * range: the slow reference its runs are tested against. For valid input only.
 *
 * @internal
 */
export function timelineCheckedDaily(input: TimelineInput, options: TimelineOptions): TimelineEntry[] {
  const { from, to, policy } = parseInput(TimelineOptions, options);
  const entries = timelineIfValid(parseInput(TimelineInput, input), resolvePolicy(policy ?? {}), from, to, true);
  if (entries === null) throw new Error('bem-sgb9/eligibility: timelineCheckedDaily needs valid input');
  return entries;
}

/** What a timeline is computed from. */
interface TimelineSource {
  readonly ranges: CountedRanges;
  readonly running: number | null;
  readonly shared: PreparedPolicy;
  /** The employee's own working time (working days only), or null. */
  readonly own: Schedule | null;
  readonly reset: number | null;
}

/** The first day of the window ending `day`, raised past a reset (as evaluateEligibility has it). */
function windowStartOn(source: TimelineSource, day: number): number {
  const edge = windowEdge(source.shared.window, day);
  return source.reset !== null && source.reset > edge ? source.reset + 1 : edge + 1;
}

function timelineOf(source: TimelineSource, from: number, to: number, daily = false): TimelineEntry[] {
  const { ranges, running, shared, own } = source;
  const policy = own === null ? shared : personalPolicy(shared, own, windowStartOn(source, from), from);
  const tally = tallyOf(ranges, dayUnitFor(policy, ranges, to, own));
  const curve: Curve = { ranges, tally, window: policy.window, working: policy.working, period: curvePeriod(tally) };
  const constant = own === null || levelsAreConstant(own);
  if (running !== null && running <= from) return [{ on: fromEpochDay(from), status: 'bem-running', countedDays: countOn(curve, from) }];
  const last = running !== null && running <= to ? running - 1 : to;
  const entries: TimelineEntry[] = [];
  let previous: EligibilityStatus | null = null;
  const record = (day: number, status: EligibilityStatus): EligibilityStatus => {
    if (status !== previous) entries.push({ on: fromEpochDay(day), status, countedDays: countOn(curve, day) });
    return (previous = status);
  };
  const runs: readonly LevelRun[] = constant ? [{ a: from, b: last, constant: true }] : daily ? [{ a: from, b: last, constant: false }] : levelRuns(source, from, last);
  for (const { a, b, constant: same } of runs) {
    if (same) {
      // The levels hold for the whole run: search only where the count can change.
      const levels = own === null || constant ? policy : personalPolicy(shared, own, windowStartOn(source, a), a);
      searchRun(curve, levels, a, b, record(a, levelOf(levels, countOn(curve, a))), record);
    } else {
      for (let day = a; day <= b; day++) record(day, levelOf(personalLevels(shared, own!, windowStartOn(source, day), day), countOn(curve, day)));
    }
  }
  if (running !== null && running <= to) record(running, 'bem-running');
  return entries;
}

/** Days `a..b` on which the employee's levels (threshold, early warning) are one for all (`constant`), or may differ from day to day. */
interface LevelRun {
  readonly a: number;
  readonly b: number;
  readonly constant: boolean;
}

/**
 * The first day t ≥ `day` whose window (raised past the reset) starts on or after `day`: from
 * then on the window holds no day before `day`.
 */
function windowInsideFrom(source: TimelineSource, day: number): number {
  if (day === Number.NEGATIVE_INFINITY) return day;
  if (source.reset !== null && source.reset + 1 >= day) return day;
  return Math.max(day, firstDayWithEdgeAtLeast(source.shared.window, day - 1));
}

/** The first scheduled day of a list pattern in `a..b`, or null (a binary search on its counts). */
function firstListed(pattern: Schedule['patterns'][number], a: number, b: number): number | null {
  if (pattern.count(a, b) === 0) return null;
  let lo = a;
  let hi = b;
  while (lo < hi) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (pattern.count(a, mid) > 0) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The last scheduled day of a list pattern in `a..b` (it has one). */
function lastListed(pattern: Schedule['patterns'][number], a: number, b: number): number {
  let lo = a;
  let hi = b;
  while (lo < hi) {
    const mid = hi - Math.floor((hi - lo) / 2);
    if (pattern.count(mid, b) > 0) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Splits `from..last` into runs by what the levels of a working time with dated changes or lists
 * depend on. The levels come from the working days per week in the window, so they are one for
 * all days whose window lies inside one pattern's time with a fixed rate (a week or a roster),
 * and inside a list's time on days whose window holds none of its days (rate 0). They may change
 * from day to day only while the window straddles a change (at most one window long per change)
 * or holds days of a list: those days are checked one by one. So the cost grows with the changes
 * and the lists, not with the span.
 */
function levelRuns(source: TimelineSource, from: number, last: number): LevelRun[] {
  const { froms, patterns } = source.own!;
  const runs: LevelRun[] = [];
  const push = (a: number, b: number, constant: boolean): void => {
    const start = Math.max(a, from);
    const end = Math.min(b, last);
    if (start <= end) runs.push({ a: start, b: end, constant });
  };
  for (let i = 0; i < patterns.length; i++) {
    const begins = froms[i]!;
    const ends = i + 1 < froms.length ? froms[i + 1]! - 1 : Number.POSITIVE_INFINITY;
    if (begins > last || ends < from) continue;
    const inside = windowInsideFrom(source, begins);
    push(begins, Math.min(inside - 1, ends), false);
    if (inside > ends) continue;
    const pattern = patterns[i]!;
    // A list's days, searched for only where the timeline can see them (its days lie in the calendar).
    const lo = Math.max(begins, from - longestWindow(source.shared.window) - 1);
    const hi = Math.min(ends, last);
    const listedFirst = pattern.perDay === null && lo <= hi ? firstListed(pattern, lo, hi) : null;
    if (pattern.perDay !== null || listedFirst === null) {
      push(inside, ends, true);
      continue;
    }
    // Day by day while the window holds a listed day; the gaps between (no listed day in the window, rate 0) are one run.
    push(inside, listedFirst - 1, true);
    let zoneStart = listedFirst;
    let covered = listedFirst;
    let zoneEnd = windowInsideFrom(source, covered + 1) - 1;
    for (;;) {
      const upto = Math.min(zoneEnd + 1, hi);
      if (covered < upto && pattern.count(covered + 1, upto) > 0) {
        covered = lastListed(pattern, covered + 1, upto);
        zoneEnd = windowInsideFrom(source, covered + 1) - 1;
        continue;
      }
      push(Math.max(inside, zoneStart), Math.min(zoneEnd, ends), false);
      const next = zoneEnd + 1 < hi ? firstListed(pattern, zoneEnd + 2, hi) : null;
      if (next === null) {
        push(Math.max(inside, zoneEnd + 1), ends, true);
        break;
      }
      push(Math.max(inside, zoneEnd + 1), next - 1, true);
      zoneStart = covered = next;
      zoneEnd = windowInsideFrom(source, covered + 1) - 1;
    }
  }
  return runs;
}

/**
 * Adds to `record` the days of `a + 1..b` on which the status changes, the levels fixed
 * (`status` is the one on `a`): only inside a stretch can the count differ from the day before,
 * so the search goes stretch by stretch and jumps over the days between them.
 */
function searchRun(curve: Curve, policy: PreparedPolicy, a: number, b: number, status: EligibilityStatus, record: (day: number, status: EligibilityStatus) => EligibilityStatus): void {
  const stretches = changeStretches(curve, a + 1, b);
  let day = a;
  let current = status;
  let k = 0;
  for (;;) {
    const band = bandOf(policy, current);
    let next: number | null = null;
    for (; k < stretches.length; k += 2) {
      const end = stretches[k + 1]!;
      if (end <= day) continue;
      next = firstOutside(curve, Math.max(stretches[k]!, day + 1), end, band);
      if (next !== null) break;
    }
    if (next === null) return;
    day = next;
    current = record(day, levelOf(policy, countOn(curve, day)));
  }
}

/** At most this many days in one searched stretch, so that no search builds the breakpoints of centuries. */
const MAX_STRETCH = 1024;

/**
 * The days in `lo..hi` on which the count may differ from the day before, as sorted, disjoint pairs
 * `[a, b]` (flattened; each at most {@link MAX_STRETCH} days long).
 *
 * The count of the window ending on t is F(t) - F(edge(t)), F the cumulative counted days, which
 * grows only on days inside a merged range: so it changes only where t lies in a range [s, e], or
 * where the edge passes one, which is from the first day whose edge reaches s to the first whose
 * edge reaches e. Between the stretches it stays what it was, and so does the status.
 */
function changeStretches(curve: Curve, lo: number, hi: number): number[] {
  const { starts, ends } = curve.ranges;
  const shortest = shortestWindow(curve.window);
  const pairs: [number, number][] = [];
  const add = (a: number, b: number): void => {
    const start = Math.max(a, lo);
    const end = Math.min(b, hi);
    if (start <= end) pairs.push([start, end]);
  };
  for (let i = 0; i < starts.length && starts[i]! - 1 <= hi; i++) {
    const s = starts[i]!;
    const e = Math.min(ends[i]!, hi);
    add(s - 1, e + 1);
    // The edge reaches a day no sooner than one shortest window later: no month arithmetic past `hi`.
    if (s + shortest > hi) continue;
    const enter = firstDayWithEdgeAtLeast(curve.window, s);
    const leave = e + shortest > hi ? hi : firstDayWithEdgeAtLeast(curve.window, e);
    add(enter - 1, leave + 1);
  }
  pairs.sort((x, y) => x[0] - y[0]);
  const flat: number[] = [];
  for (const [a, b] of pairs) {
    const size = flat.length;
    if (size > 0 && a <= flat[size - 1]! + 1) {
      if (b > flat[size - 1]!) flat[size - 1] = b;
    } else flat.push(a, b);
  }
  const stretches: number[] = [];
  for (let k = 0; k < flat.length; k += 2) {
    for (let a = flat[k]!; a <= flat[k + 1]!; a += MAX_STRETCH) stretches.push(a, Math.min(a + MAX_STRETCH - 1, flat[k + 1]!));
  }
  return stretches;
}

function levelOf(policy: ThresholdRule & { readonly warnAt: number | null }, count: number): EligibilityStatus {
  return isOverThreshold(count, policy) ? 'due' : policy.warnAt !== null && count >= policy.warnAt ? 'approaching' : 'not-due';
}

/** The counts that keep a status: the timeline looks for the first day outside them. */
function bandOf(policy: PreparedPolicy, status: EligibilityStatus): Band {
  const warnAt = policy.warnAt === null || policy.warnAt > policy.dueAt ? policy.dueAt : policy.warnAt;
  if (status === 'due') return { low: policy.dueAt, high: Infinity };
  if (status === 'approaching') return { low: warnAt, high: policy.dueAt };
  return { low: -Infinity, high: warnAt };
}
