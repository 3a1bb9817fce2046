import { readSafely } from '../door/door.js';
import * as z from 'zod';
import { type EnumOf, named } from '../model/named.js';
import { addDays, daysBetween } from '../dates/arithmetic.js';
import { IsoDate } from '../dates/iso-date.js';
import { EmployeeAbsences } from '../eligibility/scan.js';
import { evaluateEligibility } from '../eligibility/evaluate.js';
import { PolicyInput } from '../eligibility/policy-settings.js';
import type { CrossingEntry } from '../eligibility/threshold-list.js';
import { eligibilityTimeline } from '../eligibility/timeline.js';
import { BAG_2014_11_20_2AZR755_13, cite, SGB9_167_2_S1 } from '../law/citations.js';
import type { BemCase, BemCaseInput } from '../model/bem-case.js';
import { BemInputError, parseInput } from '../model/input-error.js';
import { CasePolicy, type CasePolicyInput } from './case-policy.js';
import { checkedCase } from './trusted-case.js';

/**
 * Where a duty to offer a BEM stands on the check date.
 *
 * It is `offered` (in time, within the policy's
 * `maxDaysToOffer`), `late` (offered, but later), `open` (not offered, still in time) or
 * `missed` (not offered, the time has passed: the employer's unmet duty, which stays on the list
 * however long ago the crossing was and even after the count fell below the threshold).
 *
 * @example
 * ```ts
 * OfferDutyStatus.options; //=> ['offered', 'open', 'late', 'missed']
 * ```
 */
export const OfferDutyStatus: z.ZodEnum<EnumOf<OfferDutyStatus>> = z.enum(['offered', 'open', 'late', 'missed']);

export type OfferDutyStatus = 'offered' | 'open' | 'late' | 'missed';

/**
 * One threshold crossing and the employer's answer to it.
 *
 * It holds the employee, the crossing day
 * (`thresholdCrossedOn`, the same field as `thresholdList` and `computeKpis`' `crossings`, so
 * the records go in as they are), the count on that day, the day the invitation was sent
 * (`offeredOn`, `null` when none), the {@link OfferDutyStatus} and the legal `reference`.
 *
 * @example
 * ```ts
 * const duty: OfferDuty = {
 *   employeeId: 'e-1', thresholdCrossedOn: '2025-02-17' as IsoDate, countedDays: 43, unit: 'calendar-days', offeredOn: null,
 *   status: 'missed', reference: '§ 167 Abs. 2 S. 1 SGB IX; BAG 20.11.2014 – 2 AZR 755/13; practice',
 * };
 * ```
 */
export interface OfferDuty extends CrossingEntry {
  /** The day the invitation was sent; `null` when none answered this crossing. */
  readonly offeredOn: IsoDate | null;
  /** Where the duty stands on the check date. */
  readonly status: OfferDutyStatus;
  /** The sources of the duty and of the policy's offer period. */
  readonly reference: string;
}

/**
 * Options of {@link offerDuties}.
 *
 * `asOf` (the check date), `policy` (the {@link CasePolicy}
 * whose `maxDaysToOffer` decides in time or late, the audit's setting) and `eligibilityPolicy`
 * (the `PolicyInput` of the six-week count).
 *
 * @example
 * ```ts
 * OfferDutiesOptions.parse({ asOf: '2026-06-30' }).asOf; //=> '2026-06-30'
 * ```
 */
export const OfferDutiesOptions = z.strictObject({
  asOf: IsoDate,
  policy: named<CasePolicy, CasePolicyInput>(CasePolicy).default(CasePolicy.parse({})),
  eligibilityPolicy: PolicyInput.optional(),
});

/**
 * The input of {@link offerDuties}: the employees with their absences (as for a scan), every
 * case of these employees, and the options.
 *
 * @example
 * ```ts
 * const input: OfferDutiesInput = { employees: [{ employeeId: 'e-1', absences: [] }], cases: [], asOf: '2026-06-30' };
 * ```
 */
export type OfferDutiesInput = z.input<typeof OfferDutiesOptions> & {
  readonly employees: Iterable<EmployeeAbsences>;
  readonly cases: Iterable<BemCaseInput>;
};

function listOf<T>(value: unknown, path: string): T[] {
  if (value === null || typeof value !== 'object' || typeof (value as Partial<Iterable<unknown>>)[Symbol.iterator] !== 'function') {
    throw new BemInputError([{ path: [path], code: 'invalid_type', message: `Expected a list of ${path}` }]);
  }
  return [...(value as Iterable<T>)];
}

/** A BEM ran on `day`: its invitation was sent on or before, and it had not closed before. */
const runningOn = (cases: readonly BemCase[], day: IsoDate): boolean =>
  cases.some((c) => c.invitation !== null && c.invitation.sentOn <= day && (c.closedOn === null || c.closedOn >= day));

/**
 * Every threshold crossing of every employee up to `asOf`, each with the employer's offer or its
 * absence.
 *
 * The duty to offer a BEM (§ 167 Abs. 2 S. 1 SGB IX) arises on the crossing day and is met
 * by the invitation; an offer within `maxDaysToOffer` days (default 14, the audit's setting) is
 * `offered`, a later one `late`.
 *
 * Without an offer a crossing is `open`, then `missed`, and it stays on the list for good: a count
 * that falls back below the threshold does not undo the unmet duty, which weighs in any later
 * dismissal (the employer must then prove a BEM would have been useless, BAG 20.11.2014 – 2 AZR
 * 755/13).
 *
 * Crossings are counted the way `evaluateEligibility` counts, with each BEM's conclusion as the
 * reset point (`eligibilityContextOf`): a crossing while a BEM runs is part of that BEM and no
 * new duty. An invitation answers the latest crossing on or before its day. The records feed
 * `computeKpis` as `crossings` as they are.
 *
 * @param input `{ employees, cases, asOf, policy?, eligibilityPolicy? }`.
 * @returns the duties, ordered by crossing day, then employee id.
 * @throws BemInputError for an invalid employee (`employees[i]…`), case (`cases[i]…`) or option.
 * @example
 * ```ts
 * // 43 days of sickness up to 2025-02-17, never offered
 * offerDuties({ employees: [{ employeeId: 'e-1', absences: [{ start: '2025-01-06', end: '2025-02-17', kind: 'sickness' }] }], cases: [], asOf: '2026-08-31' });
 * //=> [{ employeeId: 'e-1', thresholdCrossedOn: '2025-02-17', countedDays: 43, unit: 'calendar-days', offeredOn: null, status: 'missed',
 * //      reference: '§ 167 Abs. 2 S. 1 SGB IX; BAG 20.11.2014 – 2 AZR 755/13; practice' }]
 * ```
 */
export function offerDuties(input: OfferDutiesInput): OfferDuty[] {
  if (input === null || typeof input !== 'object') throw new BemInputError([{ path: [], code: 'invalid_type', message: 'Expected { employees, cases, asOf }' }]);
  // Read once at the door: a getter or Proxy that throws becomes a BemInputError.
  const { employees: rawEmployees, cases: rawCases, ...rawOptions } = readSafely([], () => ({ ...input }));
  const options = parseInput(OfferDutiesOptions, rawOptions, []);
  const employees = listOf<unknown>(rawEmployees, 'employees').map((employee, index) => parseInput(EmployeeAbsences, employee, ['employees', index]));
  const cases = listOf<unknown>(rawCases, 'cases').map((c, index) => checkedCase(c, ['cases', index]));
  const reference = cite(SGB9_167_2_S1, BAG_2014_11_20_2AZR755_13, options.policy.source);
  const { unit } = evaluateEligibility({ absences: [], asOf: options.asOf }, options.eligibilityPolicy);
  const duties: OfferDuty[] = [];
  for (const employee of employees) {
    const own = cases.filter((c) => c.employee.id === employee.employeeId);
    const crossings = crossingsOf(employee, own, options.asOf, options.eligibilityPolicy);
    crossings.forEach((crossing, index) => {
      const answer = answerOf(crossing.thresholdCrossedOn, crossings[index + 1]?.thresholdCrossedOn, own, options.asOf, options.policy.maxDaysToOffer);
      duties.push({ employeeId: employee.employeeId, ...crossing, unit, ...answer, reference });
    });
  }
  return duties.sort((a, b) => a.thresholdCrossedOn.localeCompare(b.thresholdCrossedOn) || a.employeeId.localeCompare(b.employeeId));
}

/** The crossings of one employee: days the count goes over the threshold while no BEM ran the day before. */
function crossingsOf(employee: z.output<typeof EmployeeAbsences>, cases: readonly BemCase[], asOf: IsoDate, policy: PolicyInput | undefined) {
  const first = employee.absences.map((absence) => absence.start).sort()[0];
  if (first === undefined || first > asOf) return [];
  const resets = [
    ...(employee.previousBemConcludedOn == null ? [] : [employee.previousBemConcludedOn]),
    ...cases.filter((c) => c.invitation !== null && c.closedOn !== null && c.closedOn <= asOf).map((c) => c.closedOn as IsoDate),
  ].sort();
  const starts = [...new Set([first, ...resets.filter((day) => day > first)])].sort();
  const found: { thresholdCrossedOn: IsoDate; countedDays: number }[] = [];
  starts.forEach((from, index) => {
    const reset = resets.filter((day) => day <= from).at(-1) ?? null;
    const next = starts[index + 1];
    const to = next === undefined ? asOf : daysBefore(next);
    if (to < from) return;
    const base = { absences: employee.absences, previousBemConcludedOn: reset, ...(employee.workingTime === undefined ? {} : { workingTime: employee.workingTime }) };
    let before: string | null = null;
    for (const entry of eligibilityTimeline(base, { from, to, ...(policy === undefined ? {} : { policy }) })) {
      if (entry.status === 'due' && before !== 'due' && !runningOn(cases, daysBefore(entry.on))) {
        found.push({ thresholdCrossedOn: entry.on, countedDays: entry.countedDays });
      }
      before = entry.status;
    }
  });
  return found;
}

/** The day before (the first day of the calendar has none: nothing ran before it). */
function daysBefore(day: IsoDate): IsoDate {
  return day === '0001-01-01' ? day : addDays(day, -1);
}

/** The first invitation on or after the crossing and before the employee's next crossing. */
function answerOf(crossedOn: IsoDate, next: IsoDate | undefined, cases: readonly BemCase[], asOf: IsoDate, limit: number): Pick<OfferDuty, 'offeredOn' | 'status'> {
  const offeredOn =
    cases
      .flatMap((c) => (c.invitation === null ? [] : [c.invitation.sentOn]))
      .filter((day) => day >= crossedOn && day <= asOf && (next === undefined || day < next))
      .sort()[0] ?? null;
  const waited = daysBetween(crossedOn, offeredOn ?? asOf);
  if (offeredOn !== null) return { offeredOn, status: waited > limit ? 'late' : 'offered' };
  return { offeredOn: null, status: waited > limit ? 'missed' : 'open' };
}
