import { isPlainRecord } from '../door/door.js';
import * as z from 'zod';
import type { WorkingDaysInput } from '../model/employee.js';
import { type EnumOf, named } from '../model/named.js';
import { epochDayOrNaN } from '../dates/epoch-day.js';
import { IsoDate, isIsoDate } from '../dates/iso-date.js';
import { WorkingDays } from '../model/index.js';
import { lowerBound } from '../dates/lower-bound.js';

const workingPattern = z.union([
  z.strictObject({ weekdays: named<WorkingDays, WorkingDaysInput>(WorkingDays) }),
  z.strictObject({
    cycle: z
      .array(z.boolean())
      .min(1)
      .max(366)
      .refine((cycle) => cycle.includes(true), { message: 'A roster cycle needs at least one working day' }),
    cycleStart: IsoDate,
  }),
  z.strictObject({ days: z.array(IsoDate).min(1).max(100_000) }),
]);
type WorkingPatternZod = typeof workingPattern;

/**
 * The type of the {@link WorkingPattern} schema, by name: declarations print `WorkingPatternSchema` where a working time has a pattern
 * instead of repeating its fields.
 *
 * @internal
 */
export interface WorkingPatternSchema extends WorkingPatternZod {}

/**
 * When one person is scheduled to work (see the [eligibility guide](../../docs/eligibility.md), "Working time"), one of:
 *
 * - `{ weekdays }`: a fixed week, ISO weekdays 1 (Monday) … 7 (Sunday), e.g. `[1, 2, 3]`;
 * - `{ cycle, cycleStart }`: a rotating roster (Dienstplan) of 1–366 days, `cycle[i]` true when
 *   the person works on `cycleStart + i` (modulo the cycle's length, before `cycleStart` too);
 *   at least one working day;
 * - `{ days }`: the scheduled working days themselves, e.g. from a roster export; every other day
 *   is a day off.
 *
 * @example
 * ```ts
 * WorkingPattern.parse({ weekdays: [1, 2, 3] });
 * // FFSSNN---- : 6 working days in 10 (4.2 a week)
 * WorkingPattern.parse({ cycle: [true, true, true, true, true, true, false, false, false, false], cycleStart: '2025-01-06' });
 * WorkingPattern.parse({ days: ['2025-03-03', '2025-03-04', '2025-03-08'] });
 * ```
 */
export const WorkingPattern: WorkingPatternSchema = workingPattern;

export type WorkingPattern = z.input<typeof WorkingPattern>;

const workingTime = z.union([
  WorkingPattern,
  z
    .array(z.strictObject({ from: IsoDate, pattern: WorkingPattern }))
    .min(1)
    .max(1000)
    .superRefine((changes, context) => {
      for (let i = 1; i < changes.length; i++) {
        if (changes[i]!.from <= changes[i - 1]!.from) {
          context.addIssue({ code: 'custom', path: [i, 'from'], message: 'Changes must be in ascending order of from, each day once' });
        }
      }
    }),
]);
type WorkingTimeZod = typeof workingTime;

/**
 * The type of the {@link WorkingTime} schema, by name: declarations print `WorkingTimeSchema` where an input has a working time
 * instead of repeating its fields.
 *
 * @internal
 */
export interface WorkingTimeSchema extends WorkingTimeZod {}

/**
 * A person's working time.
 *
 * One {@link WorkingPattern}, or dated changes `{ from, pattern }[]` in
 * ascending order of `from` (each pattern holds from its day until the next change; the first
 * also before its `from`).
 *
 * @example
 * ```ts
 * // five days a week, then three from 1 July
 * WorkingTime.parse([
 *   { from: '2025-01-01', pattern: { weekdays: [1, 2, 3, 4, 5] } },
 *   { from: '2025-07-01', pattern: { weekdays: [1, 2, 3] } },
 * ]);
 * ```
 */
export const WorkingTime: WorkingTimeSchema = workingTime;

export type WorkingTime = z.input<typeof WorkingTime>;

/**
 * Which week sets the threshold when the working time changes inside the window.
 *
 * `on-check-date` (default: the pattern in force on the check date) or `window-average` (the
 * working days per week averaged over the window, each pattern weighted by its days in it).
 *
 * @example
 * ```ts
 * WorkingWeekBasis.parse('window-average'); //=> 'window-average'
 * ```
 */
export const WorkingWeekBasis: z.ZodEnum<EnumOf<WorkingWeekBasis>> = z.enum(['on-check-date', 'window-average']);

export type WorkingWeekBasis = 'on-check-date' | 'window-average';

/** A pattern ready for counting. @internal */
export interface CompiledPattern {
  /** Scheduled days in `a..b` (0 when b < a). */
  count(a: number, b: number): number;
  /** Whether `day` is a scheduled working day. */
  isScheduled(day: number): boolean;
  /** Scheduled days per day as a fraction `num / den` (null for a list of days). */
  readonly perDay: { readonly num: number; readonly den: number } | null;
  /** The pattern repeats every this many days (Infinity for a list). */
  readonly period: number;
  /** What a day off is called in the reasons: `roster`, `week: Mon, Tue, Wed`, `roster export`. */
  readonly label: string;
}

/** The working time ready for counting: patterns and the day each begins (the first at -Infinity). @internal */
export interface Schedule {
  readonly froms: readonly number[];
  readonly patterns: readonly CompiledPattern[];
}

const WEEKDAY_NAMES = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
/** 1970-01-05, the first Monday on or after the epoch. */
const A_MONDAY = 4;


/**
 * A week or a roster: a cycle of days anchored on a day. Classes rather than closures, so that
 * the many employees of a scan share their methods and the collector has less to do.
 */
class Cycle implements CompiledPattern {
  private readonly flags: Uint8Array;
  /** prefix[r] = working days among the first r days of the cycle. */
  private readonly prefix: Int32Array;
  private readonly perCycle: number;
  readonly perDay: { readonly num: number; readonly den: number };
  readonly period: number;

  constructor(
    cycle: readonly boolean[],
    private readonly anchor: number,
    readonly label: string,
  ) {
    const length = cycle.length;
    this.flags = new Uint8Array(length);
    this.prefix = new Int32Array(length + 1);
    for (let i = 0; i < length; i++) {
      this.flags[i] = cycle[i] ? 1 : 0;
      this.prefix[i + 1] = this.prefix[i]! + this.flags[i]!;
    }
    this.perCycle = this.prefix[length]!;
    this.perDay = { num: this.perCycle, den: length };
    this.period = length;
  }

  /** Working days from the anchor (inclusive) up to `x` (exclusive), for any x (negative before it). */
  private before(x: number): number {
    const offset = x - this.anchor;
    const q = Math.floor(offset / this.period);
    return q * this.perCycle + this.prefix[offset - q * this.period]!;
  }

  count(a: number, b: number): number {
    return b < a ? 0 : this.before(b + 1) - this.before(a);
  }

  isScheduled(day: number): boolean {
    const offset = (day - this.anchor) % this.period;
    return this.flags[offset < 0 ? offset + this.period : offset] === 1;
  }
}

/** The scheduled days themselves (a roster export). */
class DayList implements CompiledPattern {
  private readonly days: number[];
  readonly perDay = null;
  readonly period = Infinity;
  readonly label = 'roster export';

  constructor(dates: readonly string[]) {
    this.days = [...new Set(dates.map((date) => epochDayOrNaN(date)))].sort((x, y) => x - y);
  }

  count(a: number, b: number): number {
    return b < a ? 0 : lowerBound(this.days, b + 1) - lowerBound(this.days, a);
  }

  isScheduled(day: number): boolean {
    const at = lowerBound(this.days, day);
    return at < this.days.length && this.days[at] === day;
  }
}

function cyclic(flags: readonly boolean[], anchor: number, label: string): CompiledPattern {
  return new Cycle(flags, anchor, label);
}

function listed(dates: readonly string[]): CompiledPattern {
  return new DayList(dates);
}

/**
 * A fixed week as a compiled pattern.
 *
 * @internal
 */
export function weekPattern(weekdays: readonly number[]): CompiledPattern {
  const flags = [1, 2, 3, 4, 5, 6, 7].map((weekday) => weekdays.includes(weekday));
  const names = [1, 2, 3, 4, 5, 6, 7].filter((weekday) => weekdays.includes(weekday)).map((weekday) => WEEKDAY_NAMES[weekday]);
  return cyclic(flags, A_MONDAY, `week: ${names.join(', ')}`);
}

function compilePattern(pattern: z.output<typeof WorkingPattern>): CompiledPattern {
  if ('weekdays' in pattern) return weekPattern(pattern.weekdays);
  if ('cycle' in pattern) return cyclic(pattern.cycle, epochDayOrNaN(pattern.cycleStart), 'roster');
  return listed(pattern.days);
}

/**
 * Compiles a validated working time.
 *
 * @internal
 */
export function compileSchedule(workingTime: z.output<typeof WorkingTime>): Schedule {
  if (!Array.isArray(workingTime)) return { froms: [-Infinity], patterns: [compilePattern(workingTime)] };
  return {
    froms: workingTime.map((change, i) => (i === 0 ? -Infinity : epochDayOrNaN(change.from))),
    patterns: workingTime.map((change) => compilePattern(change.pattern)),
  };
}

/**
 * A schedule of one fixed week.
 *
 * @internal
 */
export function weekSchedule(weekdays: readonly number[]): Schedule {
  return { froms: [-Infinity], patterns: [weekPattern(weekdays)] };
}

/**
 * Index of the pattern in force on `day`.
 *
 * @internal
 */
export function patternIndexOn(schedule: Schedule, day: number): number {
  const { froms } = schedule;
  let i = froms.length - 1;
  while (i > 0 && froms[i]! > day) i--;
  return i;
}

/**
 * Scheduled working days in `a..b`, holidays not yet taken off.
 *
 * @internal
 */
export function scheduledCount(schedule: Schedule, a: number, b: number): number {
  const { froms, patterns } = schedule;
  if (patterns.length === 1) return patterns[0]!.count(a, b);
  let total = 0;
  for (let i = 0; i < patterns.length; i++) {
    const from = Math.max(a, froms[i]!);
    const to = Math.min(b, i + 1 < froms.length ? froms[i + 1]! - 1 : b);
    if (from <= to) total += patterns[i]!.count(from, to);
  }
  return total;
}

/**
 * Whether `day` is a scheduled working day.
 *
 * @internal
 */
export function isScheduled(schedule: Schedule, day: number): boolean {
  return schedule.patterns[patternIndexOn(schedule, day)]!.isScheduled(day);
}

/**
 * The schedule's working days per week that set the threshold of a check on `asOf` with the
 * window `windowStart..asOf`, as an exact fraction `num / den` of days per week.
 *
 * - `on-check-date`: the pattern in force on `asOf`;
 * - `window-average`: each pattern's rate weighted by its days in the window.
 *
 * A list of days has no rate of its own: its rate is its listed days in (its part of) the window
 * per 7 days.
 *
 * @internal
 */
export function workingDaysPerWeek(schedule: Schedule, basis: WorkingWeekBasis, windowStart: number, asOf: number): { num: bigint; den: bigint } {
  const { froms, patterns } = schedule;
  const parts: { pattern: CompiledPattern; from: number; to: number }[] = [];
  for (let i = 0; i < patterns.length; i++) {
    const from = Math.max(windowStart, froms[i]!);
    const to = Math.min(asOf, i + 1 < froms.length ? froms[i + 1]! - 1 : asOf);
    if (from <= to) parts.push({ pattern: patterns[i]!, from, to });
  }
  if (basis === 'on-check-date' || parts.length <= 1) {
    const current = parts[parts.length - 1] ?? { pattern: patterns[patternIndexOn(schedule, asOf)]!, from: asOf, to: asOf };
    const { pattern, from, to } = current;
    if (pattern.perDay !== null) return reduce(BigInt(7 * pattern.perDay.num), BigInt(pattern.perDay.den));
    return reduce(BigInt(7 * pattern.count(from, to)), BigInt(to - from + 1));
  }
  // Σ rate_k × days_k / D with rate_k = 7 × perDay_k: a sum of fractions over a common denominator.
  let num = 0n;
  let den = 1n;
  for (const { pattern, from, to } of parts) {
    const days = BigInt(to - from + 1);
    const [partNum, partDen] = pattern.perDay !== null ? [7n * BigInt(pattern.perDay.num) * days, BigInt(pattern.perDay.den)] : [7n * BigInt(pattern.count(from, to)), 1n];
    num = num * partDen + partNum * den;
    den *= partDen;
  }
  return reduce(num, den * BigInt(asOf - windowStart + 1));
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a < 0n ? -a : a;
}

function reduce(num: bigint, den: bigint): { num: bigint; den: bigint } {
  const divisor = gcd(num, den) || 1n;
  return { num: num / divisor, den: den / divisor };
}

/**
 * The smallest count of days that is more than (or at least) `factor × num / den`, and at least
 * one: someone with no scheduled working day in the window is never due for zero days.
 *
 * @internal
 */
export function smallestCount(factor: number, rate: { num: bigint; den: bigint }, comparison: 'more-than' | 'at-least'): number {
  const num = BigInt(factor) * rate.num;
  const floor = num / rate.den;
  const count = comparison === 'more-than' ? Number(floor) + 1 : Number(floor * rate.den === num ? floor : floor + 1n);
  return Math.max(1, count);
}

function isDateList(value: unknown, max: number): value is string[] {
  if (!Array.isArray(value) || value.length < 1 || value.length > max) return false;
  for (const item of value) if (!isIsoDate(item)) return false;
  return true;
}

function isPattern(value: unknown): boolean {
  if (!isPlainRecord(value)) return false;
  let size = 0;
  for (const _key in value) size++;
  const record = value as Record<string, unknown>;
  if (size === 1 && 'weekdays' in record) {
    const days = record.weekdays;
    if (!Array.isArray(days) || days.length < 1 || days.length > 7) return false;
    for (let i = 0; i < days.length; i++) {
      const day: unknown = days[i];
      if (typeof day !== 'number' || !Number.isInteger(day) || day < 1 || day > 7 || days.indexOf(day) !== i) return false;
    }
    return true;
  }
  if (size === 2 && 'cycle' in record && 'cycleStart' in record) {
    const cycle = record.cycle;
    if (!Array.isArray(cycle) || cycle.length < 1 || cycle.length > 366 || !cycle.includes(true)) return false;
    for (const flag of cycle) if (flag !== true && flag !== false) return false;
    return isIsoDate(record.cycleStart);
  }
  return size === 1 && 'days' in record && isDateList(record.days, 100_000);
}

/**
 * Whether `value` certainly passes the {@link WorkingTime} schema (never more lenient; when it
 * says no, the schema names the problems).
 *
 * @internal
 */
export function isWorkingTime(value: unknown): boolean {
  if (!Array.isArray(value)) return isPattern(value);
  if (value.length < 1 || value.length > 1000) return false;
  let previous = '';
  for (const change of value as unknown[]) {
    if (typeof change !== 'object' || change === null || Array.isArray(change)) return false;
    const keys = Object.keys(change);
    if (keys.length !== 2 || !('from' in change) || !('pattern' in change)) return false;
    const { from, pattern } = change as { from: unknown; pattern: unknown };
    if (!isIsoDate(from) || from <= previous || !isPattern(pattern)) return false;
    previous = from;
  }
  return true;
}

/**
 * The compiled schedule of a working time that passed {@link isWorkingTime}.
 *
 * Compiled anew for each evaluation (an array of the cycle's length at most, or the sorted list of
 * days): a cache by object would go stale when a caller changes its roster object in place.
 *
 * @internal
 */
export function scheduleOf(workingTime: unknown): Schedule {
  return compileSchedule(workingTime as z.output<typeof WorkingTime>);
}

/**
 * The labels of the schedule's patterns in force on some day of `windowStart..asOf` (epoch days),
 * in order, each once.
 *
 * @internal
 */
export function patternLabelsIn(schedule: Schedule, windowStart: number, asOf: number): string[] {
  const labels: string[] = [];
  for (let i = 0; i < schedule.patterns.length; i++) {
    const from = Math.max(windowStart, schedule.froms[i]!);
    const to = Math.min(asOf, i + 1 < schedule.froms.length ? schedule.froms[i + 1]! - 1 : asOf);
    const label = schedule.patterns[i]!.label;
    if (from <= to && !labels.includes(label)) labels.push(label);
  }
  return labels;
}
