import { fromEpochDay, type IsoDate, toEpochDay } from '../dates/index.js';
import { BemInputError } from '../model/index.js';
import { type CountedRanges, rangeAtOrBefore } from './counting.js';
import type { HolidayPredicate } from './policy-settings.js';
import type { PreparedPolicy } from './prepared-policy.js';
import { type CompiledPattern, isScheduled, type Schedule, scheduledCount } from './working-time.js';
import { lowerBound } from '../dates/lower-bound.js';

/**
 * How many days of a closed epoch range count in the policy's unit: all of them in
 * calendar-day mode; the scheduled working days that are not holidays in working-day mode.
 *
 * @internal
 */
export interface DayUnit {
  /** Counted days in `start..end` (0 when `end < start`). */
  count(start: number, end: number): number;
  /**
   * A day in `start..end` by which `n` (1 ≤ n ≤ count(start, end)) days of the range are
   * counted: exactly the n-th in calendar days; the range's end in working days, which is late
   * but enough for a bound.
   */
  reachedBy(start: number, end: number, n: number): number;
  /** Holidays on scheduled working days, ascending epoch days (empty in calendar-day mode). */
  readonly holidays: readonly number[];
  /** The holidays' names (`DE-NW: Fronleichnam`), one for each of `holidays`, when the holiday function names them; else null. */
  readonly holidayNames: readonly (string | null)[] | null;
  /** The working time counted with (null in calendar-day mode). */
  readonly schedule: Schedule | null;
}

const calendarDays: DayUnit = {
  count(start, end) {
    return end < start ? 0 : end - start + 1;
  },
  reachedBy(start, _end, n) {
    return start + n - 1;
  },
  holidays: [],
  holidayNames: null,
  schedule: null,
};
const listUnits = new WeakMap<PreparedPolicy, DayUnit>();


/**
 * The working-day unit of a schedule with its holidays: ascending epoch days, each once, all on
 * scheduled working days, and their names (or null).
 */
function workingUnit(schedule: Schedule, onWorkday: readonly number[], holidayNames: readonly (string | null)[] | null): DayUnit {
  return new WorkingDayUnit(schedule, onWorkday, holidayNames);
}

/** Working days: scheduled days less holidays (a class, so that employees share its methods). */
class WorkingDayUnit implements DayUnit {
  private readonly single: CompiledPattern | null;

  constructor(
    readonly schedule: Schedule,
    readonly holidays: readonly number[],
    readonly holidayNames: readonly (string | null)[] | null,
  ) {
    this.single = schedule.patterns.length === 1 ? schedule.patterns[0]! : null;
  }

  count(start: number, end: number): number {
    if (end < start) return 0;
    const scheduled = this.single !== null ? this.single.count(start, end) : scheduledCount(this.schedule, start, end);
    return this.holidays.length === 0 ? scheduled : scheduled - (lowerBound(this.holidays, end + 1) - lowerBound(this.holidays, start));
  }

  reachedBy(_start: number, end: number): number {
    return end;
  }
}

/**
 * The holidays among `days` (ascending, each once) that fall on scheduled working days inside
 * the counted ranges up to `horizon`: only those can change a count. With their names when given.
 */
function holidaysInRanges(
  schedule: Schedule,
  ranges: CountedRanges,
  horizon: number,
  days: readonly number[],
  names: readonly string[] | null,
): { days: number[]; names: (string | null)[] | null } {
  const found: number[] = [];
  const foundNames: (string | null)[] | null = names === null ? null : [];
  for (let i = 0; i < ranges.starts.length; i++) {
    const last = Math.min(ranges.ends[i]!, horizon);
    for (let k = lowerBound(days, ranges.starts[i]!); k < days.length && days[k]! <= last; k++) {
      const day = days[k]!;
      if (!isScheduled(schedule, day)) continue;
      found.push(day);
      if (foundNames !== null) foundNames.push(names![k]!);
    }
  }
  return { days: found, names: foundNames };
}

/** A holiday function's named holidays over whole years, asked once and kept (see {@link dayUnitFor}). */
interface HolidayTable {
  readonly first: number;
  readonly last: number;
  readonly days: readonly number[];
  readonly names: readonly string[];
}
const holidayTables = new WeakMap<HolidayPredicate, HolidayTable>();

/** The table of a naming holiday function covering at least `from..to`. */
function holidayTable(isHoliday: HolidayPredicate, from: number, to: number): HolidayTable {
  const known = holidayTables.get(isHoliday);
  if (known !== undefined && known.first <= from && known.last >= to) return known;
  // Whole years, and everything known so far, so that the table only grows.
  const first = fromEpochDay(Math.min(from, known?.first ?? from)).slice(0, 4) + '-01-01';
  const last = fromEpochDay(Math.max(to, known?.last ?? to)).slice(0, 4) + '-12-31';
  const prefix = typeof isHoliday.region === 'string' ? `${isHoliday.region}: ` : '';
  const days: number[] = [];
  const names: string[] = [];
  for (const holiday of listHolidays(isHoliday, first as IsoDate, last as IsoDate)) {
    const day = toEpochDay(holiday.date);
    if (days.length > 0 && day <= days[days.length - 1]!) continue; // in order, each day once
    days.push(day);
    names.push(prefix + holiday.name);
  }
  const table = { first: toEpochDay(first as IsoDate), last: toEpochDay(last as IsoDate), days, names };
  holidayTables.set(isHoliday, table);
  return table;
}

/**
 * The counting unit for one evaluation. A holiday list is prepared once per policy (for the
 * policy's week) or read by halving for each employee's own working time.
 *
 * A holiday function that names its holidays (`holidaysBetween`, as `publicHolidayPredicate` does)
 * is asked once per span of years and remembered; any other function is asked about each scheduled
 * working day inside the counted ranges up to `horizon`.
 *
 * @throws BemInputError `The holidays function failed on …` when the function throws.
 * @internal
 */
export function dayUnitFor(policy: PreparedPolicy, ranges: CountedRanges, horizon: number, own: Schedule | null = null): DayUnit {
  if (!policy.working) return calendarDays;
  const schedule = own ?? policy.schedule;
  if (policy.holidayPredicate === null) {
    if (own !== null) return workingUnit(schedule, holidaysInRanges(schedule, ranges, horizon, policy.holidayDays, null).days, null);
    let unit = listUnits.get(policy);
    if (unit === undefined) {
      unit = workingUnit(policy.schedule, policy.holidayDays.filter((day) => isScheduled(policy.schedule, day)), null);
      listUnits.set(policy, unit);
    }
    return unit;
  }
  const isHoliday = policy.holidayPredicate;
  const count = ranges.starts.length;
  if (typeof isHoliday.holidaysBetween === 'function') {
    if (count === 0) return workingUnit(schedule, [], null);
    const table = holidayTable(isHoliday, ranges.starts[0]!, Math.min(horizon, Math.max(ranges.starts[0]!, ranges.ends[count - 1]!)));
    const found = holidaysInRanges(schedule, ranges, horizon, table.days, table.names);
    return workingUnit(schedule, found.days, found.names);
  }
  const holidays: number[] = [];
  for (let i = 0; i < count; i++) {
    const last = Math.min(ranges.ends[i]!, horizon);
    for (let day = ranges.starts[i]!; day <= last; day++) {
      if (!isScheduled(schedule, day)) continue;
      const date = fromEpochDay(day);
      if (askHoliday(isHoliday, date)) holidays.push(day);
    }
  }
  return workingUnit(schedule, holidays, null);
}

function listHolidays(isHoliday: HolidayPredicate, start: IsoDate, end: IsoDate): readonly { date: IsoDate; name: string }[] {
  try {
    return isHoliday.holidaysBetween!(start, end);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new BemInputError([{ path: ['policy', 'holidays'], code: 'custom', message: `The holidays function failed on ${start}..${end}: ${detail}` }]);
  }
}

function askHoliday(isHoliday: (date: IsoDate) => boolean, date: IsoDate): boolean {
  try {
    return isHoliday(date) === true;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new BemInputError([{ path: ['policy', 'holidays'], code: 'custom', message: `The holidays function failed on ${date}: ${detail}` }]);
  }
}

/**
 * Cumulative counted days over the merged ranges: {@link upTo} gives the number of counted days on
 * or before a day, so the count of any window `(edge, t]` is `upTo(t) - upTo(edge)`, in O(log n).
 *
 * Plain data with free functions (no closures per evaluation).
 *
 * @internal
 */
export interface Tally {
  /** First days of the merged ranges, ascending. */
  readonly starts: readonly number[];
  /** Last days of the merged ranges. */
  readonly ends: readonly number[];
  /** Counted days in all ranges before range i. */
  readonly before: readonly number[];
  /** The unit the days are counted in. */
  readonly unit: DayUnit;
}

/**
 * Builds the {@link Tally} of merged ranges in a unit.
 *
 * @internal
 */
export function tallyOf(ranges: CountedRanges, unit: DayUnit): Tally {
  const { starts, ends } = ranges;
  const before: number[] = new Array<number>(starts.length + 1);
  before[0] = 0;
  for (let i = 0; i < starts.length; i++) before[i + 1] = before[i]! + unit.count(starts[i]!, ends[i]!);
  return { starts, ends, before, unit };
}

/**
 * Counted days on or before `day`.
 *
 * @internal
 */
export function upTo(tally: Tally, day: number): number {
  const i = rangeAtOrBefore(tally.starts, day);
  if (i < 0) return 0;
  const end = tally.ends[i]!;
  return tally.before[i]! + tally.unit.count(tally.starts[i]!, day < end ? day : end);
}

/**
 * Whether `day` lies inside a counted range (whatever its weekday).
 *
 * @internal
 */
export function covered(tally: Tally, day: number): boolean {
  const i = rangeAtOrBefore(tally.starts, day);
  return i >= 0 && day <= tally.ends[i]!;
}

/**
 * A day by which `count` days are counted (`upTo` of it is at least `count`), no later than the
 * end of the range in which the count is reached; Infinity when the ranges never reach it.
 *
 * @internal
 */
export function dayReaching(tally: Tally, count: number): number {
  const { before } = tally;
  if (count > before[before.length - 1]!) return Infinity;
  // The first range whose cumulative count reaches `count`.
  let low = 0;
  let high = before.length - 2;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (before[mid + 1]! >= count) high = mid;
    else low = mid + 1;
  }
  return tally.unit.reachedBy(tally.starts[low]!, tally.ends[low]!, count - before[low]!);
}
