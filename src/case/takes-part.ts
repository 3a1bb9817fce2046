import type { BemCase } from '../model/bem-case.js';
import { participationPosition } from './case-index.js';

/**
 * Whether `role` takes part in the case now: added, its participation not ended, and not excluded
 * by the employee (an exclusion also ends the participation, so a case that follows from its log
 * never has the one without the other).
 *
 * The one definition for who may propose measures, who may be present at the interview, and whose
 * view shows what the consent covers.
 *
 * @example
 * ```ts
 * takesPart(caseWithCouncil, 'works-council'); //=> true
 * ```
 */
export function takesPart(c: BemCase, role: string): boolean {
  if (c.excludedRoles.some((excluded) => excluded === role)) return false;
  return participationPosition(c, role) !== -1;
}
