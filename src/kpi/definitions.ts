import { BAG_2014_11_20_2AZR755_13, BAG_2021_11_18_2AZR138_21, PRACTICE, SGB9_167_2_S1, SGB9_167_2_S1_S4, cite } from '../law/citations.js';
import { deepFreeze } from '../door/deep-freeze.js';
/**
 * The KPIs that are ratios, in report order (the [KPI guide](../../docs/kpis.md)).
 *
 * @example
 * ```ts
 * RATIO_KPIS[0]; //=> 'offerRate'
 * ```
 */
export const RATIO_KPIS = deepFreeze(['offerRate', 'acceptanceRate', 'continuationRate', 'measureRate', 'stabilityRate', 'retentionRate'] as const);

/**
 * The name of a ratio KPI; see {@link RATIO_KPIS}.
 *
 * @example
 * ```ts
 * const name: RatioKpiName = 'stabilityRate';
 * ```
 */
export type RatioKpiName = (typeof RATIO_KPIS)[number];

/**
 * How a figure is defined: its German name, the definition in plain English (numerator,
 * denominator, window) and where it comes from.
 *
 * No standard defines BEM key figures; these are the library's definitions (the [KPI
 * guide](../../docs/kpis.md)), printed with every report.
 *
 * @example
 * ```ts
 * kpiDefinitions.offerRate.german; //=> 'Angebotsquote'
 * ```
 */
export interface KpiDefinition {
  /** The German name used in reports to the representation (Betriebsrat, SBV). */
  readonly german: string;
  /** Numerator, denominator and window in plain English. */
  readonly definition: string;
  /** The legal source or practice the figure rests on. */
  readonly reference: string;
}

const PRACTICE_DEFINITION = `${PRACTICE}: library definition (the KPI guide)`;

/**
 * The definitions of every figure of {@link computeKpis}, as they appear in the report.
 *
 * @example
 * ```ts
 * kpiDefinitions.stabilityRate.german; //=> 'Stabilitätsquote'
 * kpiDefinitions.timeToOffer.german;   //=> 'Zeit bis Angebot'
 * ```
 */
export const kpiDefinitions: Readonly<Record<RatioKpiName | 'timeToOffer', KpiDefinition>> = deepFreeze({
  offerRate: {
    german: 'Angebotsquote',
    definition:
      'Threshold crossings in the period that received a proper BEM offer (a written invitation with complete information), divided by all threshold crossings in the period. An employee who crossed twice counts twice: each crossing is a new duty.',
    reference: cite(SGB9_167_2_S1_S4, BAG_2014_11_20_2AZR755_13, BAG_2021_11_18_2AZR138_21),
  },
  acceptanceRate: {
    german: 'Annahmequote',
    definition: 'Proper offers sent in the period that the employee accepted (yes to the initial interview), divided by the proper offers sent in the period.',
    reference: cite(`${SGB9_167_2_S1} (consent of the person concerned)`, PRACTICE_DEFINITION),
  },
  continuationRate: {
    german: 'Fortführungsquote',
    definition:
      'Accepted offers (sent in the period) whose employee said yes to going on at the initial interview (Erstgespräch), divided by the accepted offers with a decision at the initial interview.',
    reference: cite(SGB9_167_2_S1, PRACTICE_DEFINITION),
  },
  measureRate: {
    german: 'Maßnahmenquote',
    definition: 'Accepted offers (sent in the period) with at least one measure implemented (started), divided by the accepted offers.',
    reference: PRACTICE_DEFINITION,
  },
  stabilityRate: {
    german: 'Stabilitätsquote',
    definition:
      'Cases closed in the period after the employee accepted, without a relapse within the follow-up window after closure, divided by those cases whose window has passed. Cases closed because the employment ended, and people who left during the window, are not observed.',
    reference: cite(`${BAG_2021_11_18_2AZR138_21} (a new count starts at the closure)`, PRACTICE_DEFINITION),
  },
  retentionRate: {
    german: 'Verbleibequote',
    definition:
      'Cases closed in the period after the employee accepted whose person is still employed in the organisation on the last day of the follow-up window, divided by those cases whose window has passed.',
    reference: cite(`${SGB9_167_2_S1} (keeping the job)`, PRACTICE_DEFINITION),
  },
  timeToOffer: {
    german: 'Zeit bis Angebot',
    definition:
      'Calendar days from the threshold crossing to the proper offer, for the crossings in the period that received one: the median and the 90th percentile (nearest rank). An offer made before the crossing counts as 0 days.',
    reference: cite(`${SGB9_167_2_S1} (the employer must take the initiative)`, PRACTICE_DEFINITION),
  },
});
