import * as z from 'zod';
import type { IsoDate } from '../dates/iso-date.js';
import { PolicyInput } from '../eligibility/policy-settings.js';
import { CaseOutcome } from '../model/case-outcome.js';
import { BemInputError, parseInput } from '../model/input-error.js';
import { MeasureCategory } from '../model/measure-type.js';
import { type KpiRecords, kpiRecords } from './case-records.js';
import { kpiDefinitions, RATIO_KPIS } from './definitions.js';
import { KpiInput, type RelapseDefinition } from './kpi-input.js';
import type { Kpi, KpiCount, KpiFigures, KpiGroup, KpiReport, TimeToOffer } from './kpi-report.js';
import { relapseCheck } from './relapse.js';
import { type Suppression, suppress } from './suppression.js';
import { basesOf, type UnitFigures, unitFigures } from './unit-figures.js';
import { WorkFactor } from './work-factor.js';

/**
 * The group of employees that `groupBy` does not place anywhere.
 *
 * @example
 * ```ts
 * UNASSIGNED_GROUP; //=> '(unassigned)'
 * ```
 */
export const UNASSIGNED_GROUP = '(unassigned)';

/**
 * How to put employees into groups (e.g. organisational units): a map from employee id to group
 * key, or a function of the employee id.
 *
 * Employees the map leaves out, or for whom the function returns `undefined`, go to
 * {@link UNASSIGNED_GROUP}.
 *
 * @example
 * ```ts
 * const byUnit: GroupBy = { 'e-1': 'logistics', 'e-2': 'office' };
 * const byPrefix: GroupBy = (employeeId) => employeeId.slice(0, 3);
 * ```
 */
export type GroupBy = Readonly<Record<string, string>> | GroupByFunction;

/**
 * A function that gives the group of an employee id, or `undefined` for
 * {@link UNASSIGNED_GROUP}; one form of {@link GroupBy}.
 *
 * @example
 * ```ts
 * const bySite: GroupByFunction = (employeeId) => (employeeId.startsWith('hh-') ? 'Hamburg' : undefined);
 * ```
 */
export type GroupByFunction = (employeeId: string) => string | undefined;

/**
 * Settings for {@link computeKpis}:
 * - `minGroupSize` (default 5): the fewest people a published figure may rest on. 1 switches
 *   anonymisation off: only for the BEM officer's own work, never for a report;
 * - `groupBy`: see {@link GroupBy};
 * - `policy`: the eligibility policy for relapses (default: the engine's default policy).
 *
 * @example
 * ```ts
 * KpiOptions.parse({ minGroupSize: 10, groupBy: { 'e-1': 'logistics' } });
 * ```
 */
export const KpiOptions = z.strictObject({
  minGroupSize: z.int().min(1).max(1000).optional(),
  groupBy: z
    .union([
      z.record(z.string(), z.string().min(1).max(200)),
      z.custom<GroupByFunction>((value) => typeof value === 'function', {
        message: 'Expected a map from employee id to group, or a function (employeeId) => group',
      }),
    ])
    .optional(),
  policy: PolicyInput.optional(),
});

export interface KpiOptions {
  /** The fewest people a published figure may rest on (default 5; 1 switches anonymisation off). */
  readonly minGroupSize?: number | undefined;
  /** How to put employees into groups; see {@link GroupBy}. */
  readonly groupBy?: GroupBy | undefined;
  /** The eligibility policy for relapses (default: the engine's default policy). */
  readonly policy?: PolicyInput | undefined;
}

const DEFAULT_RELAPSE: RelapseDefinition = { kind: 'threshold-crossing' };

/** The group of every employee, checked: a function must return a non-empty string or undefined. */
function grouper(groupBy: GroupBy): (employeeId: string) => string {
  const cache = new Map<string, string>();
  return (employeeId) => {
    const known = cache.get(employeeId);
    if (known !== undefined) return known;
    const group = typeof groupBy === 'function' ? groupBy(employeeId) : Object.hasOwn(groupBy, employeeId) ? groupBy[employeeId] : undefined;
    if (group !== undefined && (typeof group !== 'string' || group === '')) {
      throw new BemInputError([
        { path: ['options', 'groupBy'], code: 'custom', message: `groupBy gave ${JSON.stringify(group)} for '${employeeId}': expected a non-empty string or undefined` },
      ]);
    }
    cache.set(employeeId, group ?? UNASSIGNED_GROUP);
    return group ?? UNASSIGNED_GROUP;
  };
}

function recordsOfGroup(records: KpiRecords, group: string, groupOf: (employeeId: string) => string): KpiRecords {
  const mine = (record: { employeeId: string }): boolean => groupOf(record.employeeId) === group;
  return { crossings: records.crossings.filter(mine), offers: records.offers.filter(mine), closed: records.closed.filter(mine), active: records.active.filter(mine) };
}

/** The median (mean of the two middle values for an even count) and the nearest-rank 90th percentile. */
function percentiles(sorted: readonly number[]): { median: number | null; p90: number | null } {
  if (sorted.length === 0) return { median: null, p90: null };
  const middle = sorted.length / 2;
  const median = Number.isInteger(middle) ? (sorted[middle - 1]! + sorted[middle]!) / 2 : sorted[Math.floor(middle)]!;
  return { median, p90: sorted[Math.ceil(0.9 * sorted.length) - 1]! };
}

function present(raw: UnitFigures, key: string | null, suppression: Suppression, columnSuppressed: boolean): KpiFigures {
  const hidden = (figure: string): boolean => suppression.hidden(key, figure);
  const count = (figure: string): KpiCount => (hidden(figure) ? { value: null, suppressed: true } : { value: raw.counts.get(figure) ?? 0, suppressed: false });
  const ratio = (name: (typeof RATIO_KPIS)[number]): Kpi => {
    const { numerator, denominator } = raw.ratios[name];
    const { german, definition, reference } = kpiDefinitions[name];
    if (hidden(name)) return { german, numerator: null, denominator: null, value: null, suppressed: true, definition, reference };
    return { german, numerator, denominator, value: denominator === 0 ? null : numerator / denominator, suppressed: false, definition, reference };
  };
  const { german, definition, reference } = kpiDefinitions.timeToOffer;
  const { median, p90 } = percentiles(raw.offerDays);
  const timeToOffer: TimeToOffer = hidden('timeToOffer')
    ? { german, count: null, medianDays: null, p90Days: null, suppressed: true, definition, reference }
    : { german, count: raw.offerDays.length, medianDays: median, p90Days: p90, suppressed: false, definition, reference };
  return {
    size: columnSuppressed ? null : raw.size,
    suppressed: columnSuppressed,
    offerRate: ratio('offerRate'),
    acceptanceRate: ratio('acceptanceRate'),
    continuationRate: ratio('continuationRate'),
    measureRate: ratio('measureRate'),
    stabilityRate: ratio('stabilityRate'),
    retentionRate: ratio('retentionRate'),
    timeToOffer,
    counts: {
      eligible: count('counts.eligible'),
      offered: count('counts.offered'),
      accepted: count('counts.accepted'),
      closed: Object.fromEntries(CaseOutcome.options.map((outcome) => [outcome, count(`counts.closed.${outcome}`)])) as KpiFigures['counts']['closed'],
    },
    clusters: {
      measureCategories: Object.fromEntries(
        MeasureCategory.options.map((category) => [category, count(`clusters.measureCategories.${category}`)]),
      ) as KpiFigures['clusters']['measureCategories'],
      workFactors: Object.fromEntries(WorkFactor.options.map((factor) => [factor, count(`clusters.workFactors.${factor}`)])) as KpiFigures['clusters']['workFactors'],
    },
  };
}

/**
 * Computes the BEM key figures of the [KPI guide](../../docs/kpis.md) for a period, anonymised.
 *
 * The figures: offer rate (Angebotsquote), acceptance rate (Annahmequote) and continuation rate, measure rate
 * (Maßnahmenquote), stability rate (Stabilitätsquote), retention rate (Verbleibequote), time to
 * offer (Zeit bis Angebot: median and 90th percentile), the counts, and a cluster view of measure
 * categories and work-related factors for prevention.
 *
 * Each ratio comes with numerator, denominator, definition and reference, so a report can print
 * them.
 *
 * Only cases whose follow-up window (`followUp.months` after closure, default 12) ended by
 * `followUp.asOf` (default: the period's end) count in the stability and retention rates; a
 * window that would end after 9999-12-31 (a case closed late in 9999) has not ended, so that case
 * is not counted there (no error).
 *
 * Anonymisation: a group resting on fewer than `minGroupSize` people (default 5) is hidden, and
 * so is any single figure resting on 1 to `minGroupSize - 1` people; suppression is
 * complementary, so no hidden figure can be recovered from the total and the other groups.
 *
 * @param input cases, threshold crossings, optional absences, employment and work factors, the
 * period and the follow-up.
 * @param options `minGroupSize`, `groupBy`, the eligibility `policy` for relapses.
 * @returns the report; see {@link KpiReport}.
 * @throws BemInputError for input that does not match {@link KpiInput} (e.g. `period.end: End
 * date must not be before the start date`), `absences: Required when followUp.relapse.kind is
 * 'absence'`, or `options.groupBy: groupBy gave … for '…': expected a non-empty string or
 * undefined`.
 * @example
 * ```ts
 * const report = computeKpis(
 * { cases, crossings, employment, period: { start: '2025-01-01', end: '2025-12-31' }, followUp: { months: 6 } },
 * { groupBy: { 'e-1': 'logistics', 'e-2': 'office' } },
 * );
 * report.total.offerRate.value;          //=> 0.75
 * report.total.offerRate.german;         //=> 'Angebotsquote'
 * report.groups[0]?.suppressed;          //=> true (fewer than 5 people)
 * ```
 */
export function computeKpis(input: KpiInput, options: KpiOptions = {}): KpiReport {
  const parsed = parseInput(KpiInput, input);
  const settings = parseInput(KpiOptions, options, ['options']);
  const minGroupSize = settings.minGroupSize ?? 5;
  const months = parsed.followUp?.months ?? 12;
  const asOf: IsoDate = parsed.followUp?.asOf ?? parsed.period.end;
  const relapse = parsed.followUp?.relapse ?? DEFAULT_RELAPSE;
  if (relapse.kind === 'absence' && parsed.absences === undefined) {
    throw new BemInputError([{ path: ['absences'], code: 'custom', message: "Required when followUp.relapse.kind is 'absence'" }]);
  }
  const employment = parsed.employment;
  const records = kpiRecords(parsed.cases, parsed.crossings, {
    period: parsed.period,
    followUpMonths: months,
    asOf,
    employmentEnd: employment === undefined ? undefined : (employeeId) => (Object.hasOwn(employment, employeeId) ? employment[employeeId]?.endedOn : undefined) ?? null,
    relapsed: relapseCheck(relapse, parsed.absences, parsed.crossings, settings.policy),
    workFactors: (caseId) => (parsed.workFactors !== undefined && Object.hasOwn(parsed.workFactors, caseId) ? parsed.workFactors[caseId] : undefined) ?? [],
  });
  const total = unitFigures(records);
  const groupOf = settings.groupBy === undefined ? null : grouper(settings.groupBy);
  const people = [...records.crossings, ...records.offers, ...records.closed, ...records.active].map((record) => record.employeeId);
  const keys = groupOf === null ? [] : [...new Set(people.map(groupOf))].sort();
  const groups = keys.map((key) => ({ key, figures: unitFigures(recordsOfGroup(records, key, groupOf!)) }));
  const suppression = suppress(
    { key: '', size: total.size, bases: basesOf(total) },
    groups.map(({ key, figures }) => ({ key, size: figures.size, bases: basesOf(figures) })),
    minGroupSize,
  );
  return {
    period: parsed.period,
    followUp: { months, asOf, relapse },
    minGroupSize,
    total: present(total, null, suppression, suppression.totalSuppressed),
    groups: groups.map(({ key, figures }): KpiGroup => ({ group: key, ...present(figures, key, suppression, suppression.suppressedGroups.has(key)) })),
  };
}
