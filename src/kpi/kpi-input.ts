import * as z from 'zod';
import { named } from '../model/named.js';
import { IsoDate } from '../dates/iso-date.js';
import { Absence, type AbsenceInput } from '../model/absence.js';
import { OfferDutyStatus } from '../case/offer-duties.js';
import { CountingUnit } from '../eligibility/policy-settings.js';
import { BemCase, type BemCaseInput } from '../model/bem-case.js';
import { WorkFactor } from './work-factor.js';

const EmployeeId = z.string().min(1).max(200);

/**
 * One threshold crossing: the employee (pseudonymous id) and the first day the six weeks were
 * exceeded (§ 167 Abs. 2 S. 1 SGB IX).
 *
 * The shape of the eligibility engine's `thresholdList` entries and of `offerDuties` records (with
 * `offeredOn`, `status`, `reference`), so either can be passed in as it is.
 *
 * @example
 * ```ts
 * ThresholdCrossing.parse({ employeeId: 'e-1', thresholdCrossedOn: '2025-03-14', countedDays: 43 });
 * ```
 */
export const ThresholdCrossing = z.strictObject({
  employeeId: EmployeeId,
  thresholdCrossedOn: IsoDate,
  countedDays: z.int().min(0).max(100_000).optional(),
  unit: named<CountingUnit>(CountingUnit).optional(),
  offeredOn: IsoDate.nullable().optional(),
  status: named<OfferDutyStatus>(OfferDutyStatus).optional(),
  reference: z.string().min(1).max(500).optional(),
});

export interface ThresholdCrossing extends z.infer<typeof ThresholdCrossing> {}

/**
 * ThresholdCrossing as callers pass it in (dates as plain strings, checked on the way in); see the {@link ThresholdCrossing}
 * schema.
 *
 * @example
 * ```ts
 * const check = (input: ThresholdCrossingInput): ThresholdCrossing => ThresholdCrossing.parse(input);
 * ```
 */
export interface ThresholdCrossingInput extends z.input<typeof ThresholdCrossing> {}

/**
 * The reporting period: both days included.
 *
 * @example
 * ```ts
 * KpiPeriod.parse({ start: '2025-01-01', end: '2025-12-31' });
 * ```
 */
export const KpiPeriod = z
  .strictObject({ start: IsoDate, end: IsoDate })
  .refine((period) => period.end >= period.start, { message: 'End date must not be before the start date', path: ['end'] });

export interface KpiPeriod extends z.infer<typeof KpiPeriod> {}

/**
 * KpiPeriod as callers pass it in (dates as plain strings, checked on the way in); see the {@link KpiPeriod}
 * schema.
 *
 * @example
 * ```ts
 * const check = (input: KpiPeriodInput): KpiPeriod => KpiPeriod.parse(input);
 * ```
 */
export interface KpiPeriodInput extends z.input<typeof KpiPeriod> {}

/**
 * What counts as a relapse after a closed case:
 * - `{ kind: 'threshold-crossing' }` (default): the six weeks are exceeded again, counted from
 *   the closure (BAG 18.11.2021 – 2 AZR 138/21), with the eligibility engine and its policy;
 * - `{ kind: 'absence', minDays }`: any incapacity of at least `minDays` days (in the policy's
 *   unit) after the closure.
 *
 * @example
 * ```ts
 * RelapseDefinition.parse({ kind: 'absence', minDays: 14 });
 * ```
 */
export const RelapseDefinition = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('threshold-crossing') }),
  z.strictObject({ kind: z.literal('absence'), minDays: z.int().min(1).max(3660) }),
]);

export type RelapseDefinition = z.infer<typeof RelapseDefinition>;

/**
 * The follow-up after closure for the stability and retention rates.
 *
 * `months` of observation
 * (1–12, default 12; 6 and 12 are usual), `asOf` the day up to which the data are complete
 * (default: the period's end; only cases whose window ended by then count), and `relapse`.
 *
 * @example
 * ```ts
 * FollowUp.parse({ months: 6, asOf: '2026-06-30', relapse: { kind: 'absence', minDays: 14 } });
 * ```
 */
export const FollowUp = z.strictObject({
  months: z.int().min(1).max(12).optional(),
  asOf: IsoDate.optional(),
  relapse: named<RelapseDefinition>(RelapseDefinition).optional(),
});

export interface FollowUp extends z.input<typeof FollowUp> {}

/**
 * Whether and until when someone was employed: `endedOn` is the last day of employment, `null`
 * while it lasts.
 *
 * @example
 * ```ts
 * Employment.parse({ endedOn: '2026-03-31' });
 * ```
 */
export const Employment = z.strictObject({ endedOn: IsoDate.nullable() });

export interface Employment extends z.infer<typeof Employment> {}

/**
 * Employment as callers pass it in (dates as plain strings, checked on the way in); see the {@link Employment}
 * schema.
 *
 * @example
 * ```ts
 * const check = (input: EmploymentInput): Employment => Employment.parse(input);
 * ```
 */
export interface EmploymentInput extends z.input<typeof Employment> {}

/**
 * What {@link computeKpis} needs.
 *
 * - `cases`: the BEM cases (as stored; checked with the `BemCase` schema);
 * - `crossings`: every threshold crossing known (at least those in the period, and for the
 *   stability rate those after the closures when `absences` are not given);
 * - `absences`: optional, per employee id, **all** absences of everyone (an employee left out
 *   has none); when given, relapses are computed with the eligibility engine;
 * - `employment`: optional, per employee id; needed for the retention rate (an employee left
 *   out is still employed);
 * - `workFactors`: optional, per case id, the work-related factors recorded for prevention;
 * - `period`: the reporting period; `followUp`: the observation after closure.
 *
 * @example
 * ```ts
 * KpiInput.safeParse({ cases: [], crossings: [], period: { start: '2025-01-01', end: '2025-12-31' } }).success; //=> true
 * ```
 */
export const KpiInput = z
  .strictObject({
    cases: z.array(named<BemCase, BemCaseInput>(BemCase)),
    crossings: z.array(named<ThresholdCrossing, ThresholdCrossingInput>(ThresholdCrossing)),
    absences: z.record(EmployeeId, z.array(named<Absence, AbsenceInput>(Absence)).readonly()).optional(),
    employment: z.record(EmployeeId, named<Employment, EmploymentInput>(Employment)).optional(),
    workFactors: z.record(z.string().min(1), z.array(named<WorkFactor>(WorkFactor))).optional(),
    period: named<KpiPeriod, KpiPeriodInput>(KpiPeriod),
    followUp: FollowUp.optional(),
  })
  .superRefine((input, context) => {
    const ids = new Set<string>();
    input.cases.forEach((c, index) => {
      if (ids.has(c.id)) context.addIssue({ code: 'custom', path: ['cases', index, 'id'], message: `Case id '${c.id}' appears twice` });
      ids.add(c.id);
    });
    for (const caseId of Object.keys(input.workFactors ?? {})) {
      if (!ids.has(caseId)) context.addIssue({ code: 'custom', path: ['workFactors', caseId], message: `No case has the id '${caseId}'` });
    }
  });

export interface KpiInput extends z.input<typeof KpiInput> {}
