export { computeKpis, type GroupBy, type GroupByFunction, KpiOptions, UNASSIGNED_GROUP } from './compute-kpis.js';
export { type KpiDefinition, kpiDefinitions, RATIO_KPIS, type RatioKpiName } from './definitions.js';
export {
  Employment,
  type EmploymentInput,
  FollowUp,
  KpiInput,
  KpiPeriod,
  type KpiPeriodInput,
  RelapseDefinition,
  ThresholdCrossing,
  type ThresholdCrossingInput,
} from './kpi-input.js';
export type { ClusterView, Kpi, KpiCount, KpiCounts, KpiFigures, KpiGroup, KpiReport, TimeToOffer } from './kpi-report.js';
export { WorkFactor, workFactorLabels } from './work-factor.js';
