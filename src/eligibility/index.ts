export { type EligibilityAlert, eligibilityAlerts } from './alerts.js';
export { evaluateEligibility, safeEvaluateEligibility } from './evaluate.js';
export { EligibilityInput } from './input.js';
export {
  Comparison,
  CountingUnit,
  EligibilityWindow,
  type HolidayPredicate,
  PolicyData,
  PolicyInput,
  type PolicySetting,
  type ResolvedPolicy,
} from './policy-settings.js';
export { defaultPolicy } from './prepared-policy.js';
export type { Reason, ReasonCode } from './reasons.js';
export { type CountWindow, type EligibilityPeriod, type EligibilityResult, EligibilityStatus, type LeftOutDays } from './result.js';
export {
  EmployeeAbsences,
  type HolidayCalendar,
  type ScanErrorItem,
  type ScanItem,
  ScanOptions,
  type ScanResultItem,
  scanWorkforce,
  scanWorkforceSync,
} from './scan.js';
export { type CrossingEntry, type EvaluatedEmployee, type ThresholdListEntry, type ThresholdListOptions, thresholdList } from './threshold-list.js';
export { eligibilityTimeline, type TimelineEntry, TimelineInput, TimelineOptions } from './timeline.js';
export { WorkingPattern, WorkingTime, WorkingWeekBasis } from './working-time.js';
