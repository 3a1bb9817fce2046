import { CaseOutcome } from '../model/case-outcome.js';
import { MeasureCategory } from '../model/measure-type.js';
import type { KpiRecords } from './case-records.js';
import type { RatioKpiName } from './definitions.js';
import { WorkFactor } from './work-factor.js';

/** A ratio before anonymisation. */
export interface RawRatio {
  readonly numerator: number;
  readonly denominator: number;
}

/** The raw figures of one unit (the total or a group), before anonymisation. */
export interface UnitFigures {
  /** Distinct people the unit's figures rest on. */
  readonly size: number;
  readonly ratios: Readonly<Record<RatioKpiName, RawRatio>>;
  /** Days from crossing to offer, ascending. */
  readonly offerDays: readonly number[];
  /** Every count by figure key (`counts.eligible`, `counts.closed.declined`, `clusters.workFactors.conflicts`, …). */
  readonly counts: ReadonlyMap<string, number>;
}

function ratio<T>(records: readonly T[], inDenominator: (record: T) => boolean, inNumerator: (record: T) => boolean): RawRatio {
  const denominator = records.filter(inDenominator);
  return { numerator: denominator.filter(inNumerator).length, denominator: denominator.length };
}

const always = (): boolean => true;

/** Computes the raw figures of one unit from its records. */
export function unitFigures(records: KpiRecords): UnitFigures {
  const { crossings, offers, closed, active } = records;
  const people = new Set([...crossings, ...offers, ...closed, ...active].map((record) => record.employeeId));
  const accepted = offers.filter((offer) => offer.accepted);
  const counts = new Map<string, number>([
    ['counts.eligible', crossings.length],
    ['counts.offered', offers.length],
    ['counts.accepted', accepted.length],
  ]);
  for (const outcome of CaseOutcome.options) counts.set(`counts.closed.${outcome}`, closed.filter((c) => c.outcome === outcome).length);
  for (const category of MeasureCategory.options) {
    counts.set(`clusters.measureCategories.${category}`, active.filter((c) => c.categories.has(category)).length);
  }
  for (const factor of WorkFactor.options) counts.set(`clusters.workFactors.${factor}`, active.filter((c) => c.factors.has(factor)).length);
  return {
    size: people.size,
    ratios: {
      offerRate: ratio(crossings, always, (c) => c.offerDays !== null),
      acceptanceRate: ratio(offers, always, (o) => o.accepted),
      continuationRate: ratio(offers, (o) => o.interviewDecided, (o) => o.continued),
      measureRate: ratio(offers, (o) => o.accepted, (o) => o.measureImplemented),
      stabilityRate: ratio(closed, (c) => c.stable !== null, (c) => c.stable === true),
      retentionRate: ratio(closed, (c) => c.retained !== null, (c) => c.retained === true),
    },
    offerDays: crossings.flatMap((c) => (c.offerDays === null ? [] : [c.offerDays])).sort((a, b) => a - b),
    counts,
  };
}

/** The base of every figure: what anonymisation looks at (a ratio's denominator, a count itself). */
export function basesOf(figures: UnitFigures): Map<string, number> {
  const bases = new Map<string, number>();
  for (const [name, value] of Object.entries(figures.ratios)) bases.set(name, value.denominator);
  bases.set('timeToOffer', figures.offerDays.length);
  for (const [key, value] of figures.counts) bases.set(key, value);
  return bases;
}
