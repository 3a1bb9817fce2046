import * as z from 'zod';
import { named } from '../model/named.js';
import { IsoDate } from '../dates/iso-date.js';
import type { BemCase } from '../model/bem-case.js';
import type { CaseEventOf } from '../model/case-event.js';
import { Employee, type EmployeeInput } from '../model/employee.js';
import { BemInputError, parseInput } from '../model/input-error.js';
import { berlinDayOf } from '../model/instant-day.js';
import { caseErrors } from './case-error.js';
import { Instant } from '../model/instant.js';
import { trust } from './trust.js';

/**
 * What {@link openCase} needs: a case id, the (pseudonymous) employee, the day the case is opened
 * and, when the case comes from the eligibility engine, its result.
 *
 * Only `thresholdCrossedOn` and `countedDays` are read from `eligibility`; the other fields of an
 * eligibility result are ignored, so the result can be passed as it is. Without `eligibility` the
 * case is opened by hand (for example at the employee's own request).
 *
 * @example
 * ```ts
 * OpenCaseInput.parse({ id: 'c-1', employee: { id: 'e-4711' }, on: '2025-11-03', eligibility: { thresholdCrossedOn: '2025-10-30', countedDays: 43 } });
 * ```
 */
export const OpenCaseInput = z.strictObject({
  id: z.string().min(1).max(200),
  employee: named<Employee, EmployeeInput>(Employee),
  on: IsoDate,
  at: Instant.optional(),
  eligibility: z
    .object({
      thresholdCrossedOn: IsoDate.nullable(),
      countedDays: z.int().min(0).max(100_000),
    })
    .optional(),
});

export interface OpenCaseInput extends z.input<typeof OpenCaseInput> {}

/** The case that a `case.opened` event starts (version 1, its own first event). */
export function caseFromOpening(event: CaseEventOf<'case.opened'>): BemCase {
  return {
    id: event.caseId,
    employee: event.employee,
    state: 'open',
    stateBeforePause: null,
    pausedOn: null,
    pauseReason: null,
    outcome: null,
    openedOn: event.on,
    thresholdCrossedOn: event.thresholdCrossedOn,
    countedDays: event.countedDays,
    invitation: null,
    decisions: [],
    interview: null,
    participants: [],
    excludedRoles: [],
    consents: [],
    measures: [],
    reviews: [],
    clarificationDemands: [],
    closedOn: null,
    events: [event],
    version: 1,
  };
}

/**
 * Opens a BEM case in state `open`: the threshold was crossed and nobody has been invited yet.
 *
 * The case's log starts with a `case.opened` event sent by the employer, so `replay(c.events)`
 * rebuilds the case.
 *
 * @param input see {@link OpenCaseInput}.
 * @returns a case with `version` 1.
 * @throws BemInputError e.g. `on: Expected a calendar date as YYYY-MM-DD`, `at: The event’s time
 *   (at) falls on another calendar day in Germany (Europe/Berlin) than its day (on)` or
 *   `employee: Unknown field 'diagnosis'…` for bad input.
 * @example
 * ```ts
 * const result = evaluateEligibility({ absences, asOf: '2025-11-03' });
 * const c = openCase({ id: 'c-1', employee: { id: 'e-4711' }, on: '2025-11-03', eligibility: result });
 * c.state;   //=> 'open'
 * c.version; //=> 1
 * ```
 */
export function openCase(input: OpenCaseInput): BemCase {
  const { id, employee, on, at, eligibility } = parseInput(OpenCaseInput, input);
  if (at !== undefined && berlinDayOf(at) !== on) {
    throw new BemInputError([{ path: ['at'], code: 'at-not-on-day', message: caseErrors['at-not-on-day'].message }]);
  }
  const opening = caseFromOpening({
    type: 'case.opened',
    on,
    by: 'employer',
    ...(at === undefined ? {} : { at }),
    caseId: id,
    employee,
    thresholdCrossedOn: eligibility?.thresholdCrossedOn ?? null,
    countedDays: eligibility?.countedDays ?? null,
  });
  return trust(opening);
}
