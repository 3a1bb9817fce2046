import * as z from 'zod';
import { IsoDate } from '../dates/iso-date.js';
import type { BemCase, BemCaseInput } from '../model/bem-case.js';
import { BemInputError, parseInput } from '../model/input-error.js';
import { checkedCase } from './trusted-case.js';

/**
 * Options of {@link eligibilityContextOf}: `asOf`, the day of the eligibility check (the same
 * day passed to `evaluateEligibility`).
 *
 * @example
 * ```ts
 * EligibilityContextOptions.parse({ asOf: '2025-10-31' }).asOf; //=> '2025-10-31'
 * ```
 */
export const EligibilityContextOptions = z.strictObject({ asOf: IsoDate });

export interface EligibilityContextOptions extends z.input<typeof EligibilityContextOptions> {}

/**
 * What one employee's case history tells `evaluateEligibility`.
 *
 * `previousBemConcludedOn` is the
 * closing day of the last BEM concluded on or before `asOf` (the reset point), and
 * `bemRunningSince`, the day the invitation of a BEM still running on `asOf` was sent (`null` when
 * none runs).
 *
 * Spread it into the input: `evaluateEligibility({ absences, asOf, ...eligibilityContextOf(cases, {
 * asOf }) })`.
 *
 * @example
 * ```ts
 * const context: EligibilityContext = { previousBemConcludedOn: '2025-04-30', bemRunningSince: null };
 * ```
 */
export interface EligibilityContext {
  readonly previousBemConcludedOn: IsoDate | null;
  readonly bemRunningSince: IsoDate | null;
}

/** Offered on or before the day: only an invitation makes a BEM (a case merely opened is none). */
const offeredBy = (c: BemCase, asOf: IsoDate): IsoDate | null => (c.invitation !== null && c.invitation.sentOn <= asOf ? c.invitation.sentOn : null);

/**
 * The reset point and the running BEM of one employee, from the employee's cases.
 *
 * The mapping (BAG 18.11.2021 – 2 AZR 138/21):
 *
 * - A BEM **runs** from the day its invitation was sent until the day it closes. A case opened
 *   but not yet offered is not a running BEM: the employee stays `due`, so a late offer stays
 *   visible (and the agenda and the audit call it late).
 * - A BEM is **concluded** on its closing day, whatever the outcome: `declined`, `no-response`,
 *   `withdrawn`, `no-suitable-measures`, `completed` or `employment-ended`. The six-week count
 *   starts again the day after (the employer offered; the employee's no or silence does not
 *   keep the duty alive). A case closed without any invitation was no BEM and resets nothing.
 * - Only what had happened by `asOf` counts: a case offered after `asOf` did not run yet, and
 *   one closed after `asOf` was still running on `asOf`.
 * - With several cases, the latest conclusion and the earliest running BEM are taken.
 *
 * @param cases the employee's cases (each validated like every case the library takes).
 * @param options `{ asOf }`.
 * @returns `{ previousBemConcludedOn, bemRunningSince }`.
 * @throws BemInputError for an invalid case (path `cases[i]…`), cases of different employees
 *   (`cases[1].employee.id: All cases must belong to one employee`), or invalid options.
 * @example
 * ```ts
 * // a case invited on 2025-02-20 and closed as declined on 2025-03-03
 * eligibilityContextOf([declinedCase], { asOf: '2025-10-31' });
 * //=> { previousBemConcludedOn: '2025-03-03', bemRunningSince: null }
 * eligibilityContextOf([declinedCase], { asOf: '2025-02-25' });
 * //=> { previousBemConcludedOn: null, bemRunningSince: '2025-02-20' }
 * eligibilityContextOf([openedOnly], { asOf: '2025-10-31' });
 * //=> { previousBemConcludedOn: null, bemRunningSince: null } (not offered: still due)
 * ```
 */
export function eligibilityContextOf(cases: Iterable<BemCaseInput>, options: EligibilityContextOptions): EligibilityContext {
  const { asOf } = parseInput(EligibilityContextOptions, options, ['options']);
  if (cases === null || typeof cases !== 'object' || typeof (cases as Partial<Iterable<unknown>>)[Symbol.iterator] !== 'function') {
    throw new BemInputError([{ path: ['cases'], code: 'invalid_type', message: 'Expected a list of cases' }]);
  }
  let concluded: IsoDate | null = null;
  let running: IsoDate | null = null;
  let employeeId: string | null = null;
  let index = 0;
  for (const input of cases) {
    const c = checkedCase(input, ['cases', index]);
    if (employeeId !== null && c.employee.id !== employeeId) {
      throw new BemInputError([{ path: ['cases', index, 'employee', 'id'], code: 'custom', message: 'All cases must belong to one employee' }]);
    }
    employeeId = c.employee.id;
    index += 1;
    const offeredOn = offeredBy(c, asOf);
    if (offeredOn === null) continue;
    if (c.closedOn !== null && c.closedOn <= asOf) {
      if (concluded === null || c.closedOn > concluded) concluded = c.closedOn;
    } else if (running === null || offeredOn < running) {
      running = offeredOn;
    }
  }
  return { previousBemConcludedOn: concluded, bemRunningSince: running };
}
