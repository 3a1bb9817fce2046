import { daysInMonth, fromEpochDay, type IsoDate, toEpochDay } from '../dates/index.js';
import type { EligibilityWindow } from './policy.js';

// The window ending on day t is the closed range (edge(t), t]: `edge` is the day before its
// first day. For { days: n } it is t - n; for { months: m } it is the same calendar day m months
// earlier, a missing day clamped to the month's last day (2024-02-29 -> 2023-02-28, so the
// window starts 2023-03-01). `edge` never decreases as t grows, which the crossing search uses.

/**
 * Epoch day of 0000-01-01, the first day an IsoDate can name.
 *
 * @internal
 */
export const MIN_DAY = toEpochDay('0000-01-01' as IsoDate);
/**
 * Epoch day of 9999-12-31, the last day an IsoDate can name.
 *
 * @internal
 */
export const MAX_DAY = toEpochDay('9999-12-31' as IsoDate);
/** Days in 400 Gregorian years (4,800 months): shifting by it keeps month and day. */
const CYCLE_DAYS = 146097;
const CYCLE_MONTHS = 4800;
/** Months of the years 0000–9999. */
const MONTHS = 120000;

/**
 * First epoch day of each month 0000-01 … 9999-12 (and 10000-01 at the end), built once from the
 * month lengths: a month lookup in the hot path is then a table read instead of a conversion.
 */
let monthTable: Int32Array | null = null;

function months(): Int32Array {
  if (monthTable === null) {
    const table = new Int32Array(MONTHS + 1);
    table[0] = MIN_DAY;
    for (let i = 0; i < MONTHS; i++) table[i + 1] = table[i]! + daysInMonth(Math.floor(i / 12), (i % 12) + 1);
    monthTable = table;
  }
  return monthTable;
}

/** The digit at `index` of `text` as a number, or -1. */
function digitAt(text: string, index: number): number {
  const digit = text.charCodeAt(index) - 48;
  return digit >= 0 && digit <= 9 ? digit : -1;
}

/**
 * The epoch day of `value` if it is an `IsoDate` (exactly what `isIsoDate` accepts), else NaN:
 * checking and converting in one pass, with the month lengths read from the month table. The
 * engine meets each date once, millions of times per second; `isIsoDate` followed by
 * `toEpochDay` would read every string three times. Tests check it against both.
 *
 * @internal
 */
export function epochDayOrNaN(value: unknown): number {
  if (typeof value !== 'string' || value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return NaN;
  const y0 = digitAt(value, 0);
  const y1 = digitAt(value, 1);
  const y2 = digitAt(value, 2);
  const y3 = digitAt(value, 3);
  const m0 = digitAt(value, 5);
  const m1 = digitAt(value, 6);
  const d0 = digitAt(value, 8);
  const d1 = digitAt(value, 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return NaN;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (month < 1 || month > 12 || day < 1) return NaN;
  const table = months();
  const index = (y0 * 1000 + y1 * 100 + y2 * 10 + y3) * 12 + month - 1;
  const first = table[index]!;
  return day <= table[index + 1]! - first ? first + day - 1 : NaN;
}

/**
 * The epoch day of a validated date: the same number as `toEpochDay`.
 *
 * @internal
 */
export function epochDayOf(date: IsoDate): number {
  return epochDayOrNaN(date);
}

/** Dates already written, by epoch day: results name the same few thousand days again and again. */
const dateCache = new Map<number, IsoDate>();

/**
 * The date of an epoch day, like `fromEpochDay`, remembered for reuse.
 *
 * @internal
 */
export function dateOf(day: number): IsoDate {
  let date = dateCache.get(day);
  if (date === undefined) {
    if (dateCache.size >= 100_000) dateCache.clear();
    date = fromEpochDay(day);
    dateCache.set(day, date);
  }
  return date;
}

/** Month index (year × 12 + month − 1) of a day inside 0000–9999. */
function monthIndexOf(table: Int32Array, day: number): number {
  let index = Math.min(MONTHS - 1, Math.floor(((day - MIN_DAY) * 12) / 365.2425));
  while (table[index]! > day) index--;
  while (table[index + 1]! <= day) index++;
  return index;
}

/** Whole 400-year cycles to add so that `day` falls inside 0000–9999. */
function cyclesToRange(day: number): number {
  if (day < MIN_DAY) return Math.ceil((MIN_DAY - day) / CYCLE_DAYS);
  if (day > MAX_DAY) return -Math.ceil((day - MAX_DAY) / CYCLE_DAYS);
  return 0;
}

/** First day of month `index` (any integer; outside 0000–9999 by 400-year cycles). */
function monthStart(table: Int32Array, index: number): number {
  const cycles = index < 0 ? Math.ceil(-index / CYCLE_MONTHS) : index >= MONTHS ? -Math.ceil((index - MONTHS + 1) / CYCLE_MONTHS) : 0;
  return table[index + cycles * CYCLE_MONTHS]! - cycles * CYCLE_DAYS;
}

/** The same calendar day `count` months later (earlier when negative), clamped, as epoch days. */
function shiftMonths(day: number, count: number): number {
  const table = months();
  if (day >= MIN_DAY && day <= MAX_DAY) {
    // The usual case, both months inside 0000–9999: plain table reads.
    const index = monthIndexOf(table, day);
    const target = index + count;
    if (target >= 0 && target < MONTHS) {
      const start = table[target]!;
      const offset = day - table[index]!;
      const last = table[target + 1]! - start - 1;
      return start + (offset < last ? offset : last);
    }
  }
  const cycles = cyclesToRange(day);
  const inRange = day + cycles * CYCLE_DAYS;
  const index = monthIndexOf(table, inRange);
  const offset = inRange - table[index]!;
  const target = index - cycles * CYCLE_MONTHS + count;
  const start = monthStart(table, target);
  const length = monthStart(table, target + 1) - start;
  return start + Math.min(offset, length - 1);
}

/**
 * The day before the first day of the window ending on `day` (epoch days).
 *
 * @internal
 */
export function windowEdge(window: EligibilityWindow, day: number): number {
  return 'days' in window ? day - window.days : shiftMonths(day, -window.months);
}

/**
 * The first day whose window edge is at or after `day`: from then on, `day` is no longer
 * inside the window.
 *
 * @internal
 */
export function firstDayWithEdgeAtLeast(window: EligibilityWindow, day: number): number {
  if ('days' in window) return day + window.days;
  const candidate = shiftMonths(day, window.months);
  return shiftMonths(candidate, -window.months) >= day ? candidate : candidate + 1;
}

/**
 * The longest the window can be, in days; bounds the forecast.
 *
 * @internal
 */
export function longestWindow(window: EligibilityWindow): number {
  return 'days' in window ? window.days : 31 * window.months;
}

/**
 * The days in `lo..hi` at which the window edge stops moving one day per day: the first clamped
 * day of a month (the edge stands still until the month ends), the first day of the month after
 * it, and the first day of a month whose edge skips a day (a longer month m months earlier).
 * Between two such days the edge moves by exactly one day per day, or not at all.
 *
 * @internal
 */
export function edgeBreaks(window: EligibilityWindow, lo: number, hi: number): number[] {
  if ('days' in window || hi < lo) return [];
  const table = months();
  const breaks: number[] = [];
  const cycles = cyclesToRange(lo);
  let index = monthIndexOf(table, lo + cycles * CYCLE_DAYS) - cycles * CYCLE_MONTHS;
  for (let start = monthStart(table, index); start <= hi; index++) {
    const next = monthStart(table, index + 1);
    const own = next - start;
    const targetStart = monthStart(table, index - window.months);
    const target = monthStart(table, index - window.months + 1) - targetStart;
    if (own > target) breaks.push(start + target, next);
    else if (own < target) breaks.push(next);
    start = next;
  }
  return breaks;
}
