export { addDays, addMonths, compareDates, daysBetween, isoWeekday, isoWeekdayOfEpochDay } from './arithmetic.js';
export { fromEpochDay, toEpochDay } from './epoch-day.js';
export { daysInMonth, isLeapYear } from './calendar.js';
export { IsoDate, isIsoDate } from './iso-date.js';
export {
  clipRange,
  countDays,
  type DayRange,
  type EpochRange,
  fromEpochRange,
  mergeEpochRanges,
  mergeRanges,
  toEpochRange,
} from './range.js';
export { countWeekdays, type WeekdayCounter, weekdayCounter } from './weekday-count.js';
