import type { IsoDate } from '../dates/iso-date.js';
import { evaluateEligibility } from '../eligibility/evaluate.js';
import type { PolicyInput } from '../eligibility/policy-settings.js';
import type { Absence } from '../model/absence.js';
import type { RelapseDefinition, ThresholdCrossing } from './kpi-input.js';

/** Whether an employee relapsed in the follow-up window `closedOn + 1 .. windowEnd`. */
export type RelapseCheck = (employeeId: string, closedOn: IsoDate, windowEnd: IsoDate) => boolean;

/**
 * Builds the relapse check. With absences, the eligibility engine counts from the closure (the
 * reset of BAG 18.11.2021 – 2 AZR 138/21: only incapacity after the closure counts) up to the
 * window's end: a relapse is a new threshold crossing (`due`), or, for `{ kind: 'absence' }`, one
 * counted period of at least `minDays`.
 *
 * The window of at most 12 months starts the day after the closure for every day in it, so the
 * count only grows and "crossed at some day in the window" equals "due on its last day". Without
 * absences, a relapse is a listed crossing of the same employee inside the window.
 */
export function relapseCheck(
  relapse: RelapseDefinition,
  absences: Readonly<Record<string, readonly Absence[]>> | undefined,
  crossings: readonly ThresholdCrossing[],
  policy: PolicyInput | undefined,
): RelapseCheck {
  if (absences === undefined) {
    return (employeeId, closedOn, windowEnd) =>
      crossings.some((crossing) => crossing.employeeId === employeeId && crossing.thresholdCrossedOn > closedOn && crossing.thresholdCrossedOn <= windowEnd);
  }
  return (employeeId, closedOn, windowEnd) => {
    const result = evaluateEligibility({ absences: [...((Object.hasOwn(absences, employeeId) ? absences[employeeId] : undefined) ?? [])], asOf: windowEnd, previousBemConcludedOn: closedOn }, policy);
    return relapse.kind === 'threshold-crossing' ? result.due : result.periods.some((period) => period.days >= relapse.minDays);
  };
}
