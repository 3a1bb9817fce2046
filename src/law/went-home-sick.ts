import { EFZG_3, PRACTICE } from './citations.js';

/**
 * The source of the went-home-sick day: someone who worked part of a day and then went home
 * sick was not unfit for work for that whole day, so it does not count (unless the policy says so).
 *
 * @example
 * ```ts
 * WENT_HOME_SICK_REFERENCE.startsWith('practice: analogy to § 3 EFZG'); //=> true
 * ```
 */
export const WENT_HOME_SICK_REFERENCE = `${PRACTICE}: analogy to ${EFZG_3} (the day someone went home sick does not count)`;

/**
 * Whether an absence's first day is left out: the employee went home sick that day and the
 * policy does not count such a day (`countWentHomeSickDay`, default `false`).
 *
 * @example
 * ```ts
 * skipsWentHomeSickDay(true, false);      //=> true
 * skipsWentHomeSickDay(true, true);       //=> false
 * skipsWentHomeSickDay(undefined, false); //=> false
 * ```
 */
export function skipsWentHomeSickDay(wentHomeSick: unknown, countWentHomeSickDay: boolean): boolean {
  return wentHomeSick === true && !countWentHomeSickDay;
}
