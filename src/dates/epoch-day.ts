import { type IsoDate, isIsoDate } from './iso-date.js';

// Civil-date <-> day-number conversion after Howard Hinnant's `days_from_civil` /
// `civil_from_days` (public domain): exact for the proleptic Gregorian calendar, no Date object,
// so no host time zone can shift a day.

/**
 * The number of days since 1970-01-01 (day 0) for a calendar date. Epoch days are what the
 * library counts with inside its loops: subtracting two gives the days between them.
 *
 * @throws Error `bem-sgb9/dates: not a calendar date` for a string that is not an {@link IsoDate}
 * (validate input at the door first).
 * @example
 * ```ts
 * toEpochDay('1970-01-02' as IsoDate); //=> 1
 * toEpochDay('2025-01-01' as IsoDate) - toEpochDay('2024-01-01' as IsoDate); //=> 366
 * ```
 */
export function toEpochDay(date: IsoDate): number {
  if (!isIsoDate(date)) throw new Error(`bem-sgb9/dates: not a calendar date: ${String(date)}`);
  const y0 = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * The calendar date of an epoch day (days since 1970-01-01).
 *
 * @throws Error `bem-sgb9/dates: epoch day out of range` outside the years 0000–9999.
 * @example
 * ```ts
 * fromEpochDay(0);     //=> '1970-01-01'
 * fromEpochDay(19782); //=> '2024-02-29'
 * ```
 */
export function fromEpochDay(day: number): IsoDate {
  if (!Number.isInteger(day) || day < MIN_EPOCH_DAY || day > MAX_EPOCH_DAY) {
    throw new Error(`bem-sgb9/dates: epoch day out of range: ${day}`);
  }
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}` as IsoDate;
}

/** Epoch day of 0000-01-01, the first day an {@link IsoDate} can name. */
const MIN_EPOCH_DAY = -719528;
/** Epoch day of 9999-12-31, the last day an {@link IsoDate} can name. */
const MAX_EPOCH_DAY = 2932896;

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
