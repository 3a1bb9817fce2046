import type { IsoDate } from '../dates/iso-date.js';
import type { CaseOutcome } from '../model/case-outcome.js';
import type { MeasureCategory } from '../model/measure-type.js';
import type { KpiPeriod, RelapseDefinition } from './kpi-input.js';
import type { WorkFactor } from './work-factor.js';

/**
 * One key figure that is a ratio, with the counts beside it (the [KPI guide](../../docs/kpis.md)).
 *
 * When `suppressed`, numerator, denominator and value are `null`: the figure would rest on too few
 * people. Else `value` is `numerator / denominator` (between 0 and 1), or `null` when the
 * denominator is 0.
 *
 * @example
 * ```ts
 * const offerRate: Kpi = report.total.offerRate;
 * offerRate.value; //=> 0.75 (e.g. 6 of 8 crossings offered)
 * ```
 */
export interface Kpi {
  /** The German name (Angebotsquote, …). */
  readonly german: string;
  /** How many met the figure; `null` when suppressed. */
  readonly numerator: number | null;
  /** How many it is measured against; `null` when suppressed. */
  readonly denominator: number | null;
  /** `numerator / denominator` in [0, 1]; `null` when suppressed or the denominator is 0. */
  readonly value: number | null;
  /** Whether the figure is hidden for anonymity. */
  readonly suppressed: boolean;
  /** Numerator, denominator and window in plain English. */
  readonly definition: string;
  /** The legal source or practice. */
  readonly reference: string;
}

/**
 * Time from threshold crossing to offer (Zeit bis Angebot): the median and the 90th percentile
 * (nearest rank) in calendar days over the offered crossings of the period.
 *
 * @example
 * ```ts
 * const time: TimeToOffer = report.total.timeToOffer;
 * time.medianDays; //=> 12
 * ```
 */
export interface TimeToOffer {
  /** The German name. */
  readonly german: string;
  /** The number of offered crossings measured; `null` when suppressed. */
  readonly count: number | null;
  /** The median in days; `null` when suppressed or nothing was measured. */
  readonly medianDays: number | null;
  /** The 90th percentile (nearest rank) in days; `null` when suppressed or nothing was measured. */
  readonly p90Days: number | null;
  /** Whether the figure is hidden for anonymity. */
  readonly suppressed: boolean;
  /** The definition in plain English. */
  readonly definition: string;
  /** The legal source or practice. */
  readonly reference: string;
}

/**
 * A count in the report; `value` is `null` when suppressed.
 *
 * @example
 * ```ts
 * const accepted: KpiCount = { value: 7, suppressed: false };
 * ```
 */
export interface KpiCount {
  /** The count; `null` when suppressed. */
  readonly value: number | null;
  /** Whether the count is hidden for anonymity. */
  readonly suppressed: boolean;
}

/**
 * The counts beside the ratios.
 *
 * Threshold crossings in the period (`eligible`), proper offers
 * sent in the period (`offered`), of those accepted (Zusagen zum Erstgespräch, `accepted`), and
 * the cases closed in the period by outcome (`closed`).
 *
 * @example
 * ```ts
 * report.total.counts.closed.declined.value; //=> 2
 * ```
 */
export interface KpiCounts {
  /** Threshold crossings in the period. */
  readonly eligible: KpiCount;
  /** Proper offers sent in the period. */
  readonly offered: KpiCount;
  /** Offers sent in the period that were accepted (Zusagen zum Erstgespräch). */
  readonly accepted: KpiCount;
  /** Cases closed in the period, by outcome. */
  readonly closed: Readonly<Record<CaseOutcome, KpiCount>>;
}

/**
 * The cluster view for prevention: how many cases that ran during the period agreed a measure of
 * each category, and how many recorded each work-related factor.
 *
 * It shows where work makes people ill (back strain, mental strain, conflicts, shift work) without
 * any diagnosis.
 *
 * @example
 * ```ts
 * report.total.clusters.workFactors['shift-work'].value; //=> 6
 * ```
 */
export interface ClusterView {
  /** Cases with at least one agreed measure of the category. */
  readonly measureCategories: Readonly<Record<MeasureCategory, KpiCount>>;
  /** Cases with the work-related factor recorded. */
  readonly workFactors: Readonly<Record<WorkFactor, KpiCount>>;
}

/**
 * All figures of one column of the report: the whole organisation or one group.
 *
 * @example
 * ```ts
 * const figures: KpiFigures = report.total;
 * figures.suppressed; //=> false
 * ```
 */
export interface KpiFigures {
  /** The number of people the figures rest on; `null` when the whole column is suppressed. */
  readonly size: number | null;
  /** Whether the whole column is hidden (fewer people than `minGroupSize`, or its complement). */
  readonly suppressed: boolean;
  /** Angebotsquote. */
  readonly offerRate: Kpi;
  /** Annahmequote. */
  readonly acceptanceRate: Kpi;
  /** Fortführungsquote: the share that goes on after the initial interview. */
  readonly continuationRate: Kpi;
  /** Maßnahmenquote. */
  readonly measureRate: Kpi;
  /** Stabilitätsquote. */
  readonly stabilityRate: Kpi;
  /** Verbleibequote. */
  readonly retentionRate: Kpi;
  /** Zeit bis Angebot. */
  readonly timeToOffer: TimeToOffer;
  /** The counts. */
  readonly counts: KpiCounts;
  /** The cluster view for prevention. */
  readonly clusters: ClusterView;
}

/**
 * The figures of one group (e.g. an organisational unit).
 *
 * @example
 * ```ts
 * report.groups.map((group: KpiGroup) => group.group); //=> ['logistics', 'office', 'production']
 * ```
 */
export interface KpiGroup extends KpiFigures {
  /** The group's key as `groupBy` gave it. */
  readonly group: string;
}

/**
 * The result of {@link computeKpis}: the settings used, the figures for the whole organisation
 * and, with `groupBy`, per group, all anonymised.
 *
 * @example
 * ```ts
 * const report: KpiReport = computeKpis({ cases, crossings, period: { start: '2025-01-01', end: '2025-12-31' } });
 * report.minGroupSize; //=> 5
 * ```
 */
export interface KpiReport {
  /** The reporting period. */
  readonly period: KpiPeriod;
  /** The follow-up used for the stability and retention rates. */
  readonly followUp: {
    /** Months observed after closure. */
    readonly months: number;
    /** The day up to which the data are complete; only windows ended by then count. */
    readonly asOf: IsoDate;
    /** What counted as a relapse. */
    readonly relapse: RelapseDefinition;
  };
  /** The smallest number of people a published figure may rest on. */
  readonly minGroupSize: number;
  /** The whole organisation. */
  readonly total: KpiFigures;
  /** One entry per group, sorted by key; empty without `groupBy`. */
  readonly groups: readonly KpiGroup[];
}
