export { Labels, type LabelsInput, MeasureCatalogEntry, measureCatalog, measureCatalogEntry, measureCategoryLabels } from './catalog.js';
export {
  GRADED_RETURN_REFERENCE,
  GradedReturnInput,
  GradedReturnPlan,
  GradedReturnStep,
  type GradedReturnStepInput,
  MAX_GRADED_RETURN_WEEKS,
  PlannedStep,
  type PlannedStepInput,
  gradedReturnPlan,
  lastDayWithinSixMonths,
} from './graded-return-plan.js';
export { Interruption, MAX_INTERRUPTION_DAYS } from './interruption.js';
export { checkPlanProgress, type OvertimeDay, type PlanProgress, PlanProgressOptions, PlanStatus, TimeEntry, type TimeEntryInput } from './plan-progress.js';
export { plannedHoursOn } from './planned-hours.js';
export { checkTimeEntry, type PlanFinding, PlanFindingCode, type TimeEntryCheck, TimeEntryOptions, WorkedHours } from './time-entry-check.js';
