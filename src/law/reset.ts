import { BAG_2021_11_18_2AZR138_21 } from './citations.js';

/**
 * The source of the reset: after a concluded BEM only later days count towards a new one, and
 * while a BEM runs new incapacity is part of it.
 *
 * @example
 * ```ts
 * RESET_REFERENCE; //=> 'BAG 18.11.2021 – 2 AZR 138/21'
 * ```
 */
export const RESET_REFERENCE = BAG_2021_11_18_2AZR138_21;

/**
 * The first day of an absence that counts after the previous BEM concluded on `reset` (epoch
 * days; `null`: no previous BEM): the absence's own start, or the day after the conclusion.
 *
 * @example
 * ```ts
 * firstDayAfterReset(100, 120);  //=> 121
 * firstDayAfterReset(130, 120);  //=> 130
 * firstDayAfterReset(100, null); //=> 100
 * ```
 */
export function firstDayAfterReset(start: number, reset: number | null): number {
  return reset !== null && start <= reset ? reset + 1 : start;
}
