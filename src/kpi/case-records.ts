import { addMonthsToEpochDay, daysBetween } from '../dates/arithmetic.js';
import { fromEpochDay, MAX_EPOCH_DAY, toEpochDay } from '../dates/epoch-day.js';
import type { IsoDate } from '../dates/iso-date.js';
import type { BemCase } from '../model/bem-case.js';
import type { CaseOutcome } from '../model/case-outcome.js';
import type { MeasureCategory } from '../model/measure-type.js';
import type { KpiPeriod, ThresholdCrossing } from './kpi-input.js';
import type { WorkFactor } from './work-factor.js';

/** A threshold crossing in the period and, when it was offered, the days until the offer. */
export interface CrossingRecord {
  readonly employeeId: string;
  readonly offerDays: number | null;
}

/** A proper offer sent in the period and what came of it. */
export interface OfferRecord {
  readonly employeeId: string;
  readonly accepted: boolean;
  /** The employee decided yes or no at the initial interview. */
  readonly interviewDecided: boolean;
  readonly continued: boolean;
  /** At least one measure was implemented (started). */
  readonly measureImplemented: boolean;
}

/** A case closed in the period, with its follow-up where the window has passed. */
export interface ClosedRecord {
  readonly employeeId: string;
  readonly outcome: CaseOutcome;
  /** `null` when not in the stability cohort; else whether no relapse happened. */
  readonly stable: boolean | null;
  /** `null` when not in the retention cohort (or no employment data); else whether still employed. */
  readonly retained: boolean | null;
}

/** A case that ran during the period: what it recorded for prevention. */
export interface ActiveRecord {
  readonly employeeId: string;
  readonly categories: ReadonlySet<MeasureCategory>;
  readonly factors: ReadonlySet<WorkFactor>;
}

/** Everything the figures are computed from, one record per crossing or case. */
export interface KpiRecords {
  readonly crossings: readonly CrossingRecord[];
  readonly offers: readonly OfferRecord[];
  readonly closed: readonly ClosedRecord[];
  readonly active: readonly ActiveRecord[];
}

/** What the records need besides the cases and crossings. */
export interface RecordContext {
  readonly period: KpiPeriod;
  readonly followUpMonths: number;
  readonly asOf: IsoDate;
  /** Last day of employment per employee (`null`: still employed); `undefined` without employment data. */
  readonly employmentEnd: ((employeeId: string) => IsoDate | null) | undefined;
  /** Whether the employee relapsed in `closedOn + 1 .. windowEnd`. */
  readonly relapsed: (employeeId: string, closedOn: IsoDate, windowEnd: IsoDate) => boolean;
  readonly workFactors: (caseId: string) => readonly WorkFactor[];
}

const inPeriod = (date: IsoDate, period: KpiPeriod): boolean => date >= period.start && date <= period.end;

/** The employee accepted the invitation (yes to the initial interview). */
function acceptedOf(c: BemCase): boolean {
  return c.decisions.some((decision) => decision.stage === 'invitation' && decision.answer === 'yes');
}

/**
 * The crossing each case belongs to: the crossing of the same employee on the case's
 * `thresholdCrossedOn`; else the latest one on or before its invitation (or opening) day.
 */
function crossingOfCase(c: BemCase, crossingsOfEmployee: readonly IsoDate[]): IsoDate | null {
  if (c.thresholdCrossedOn !== null && crossingsOfEmployee.includes(c.thresholdCrossedOn)) return c.thresholdCrossedOn;
  const reference = c.invitation?.sentOn ?? c.openedOn;
  let found: IsoDate | null = null;
  for (const day of crossingsOfEmployee) if (day <= reference && (found === null || day > found)) found = day;
  return found;
}

function crossingRecords(cases: readonly BemCase[], crossings: readonly ThresholdCrossing[], period: KpiPeriod): CrossingRecord[] {
  const byEmployee = new Map<string, IsoDate[]>();
  for (const crossing of crossings) {
    const days = byEmployee.get(crossing.employeeId) ?? [];
    if (!days.includes(crossing.thresholdCrossedOn)) days.push(crossing.thresholdCrossedOn);
    byEmployee.set(crossing.employeeId, days);
  }
  const firstOffer = new Map<string, IsoDate>();
  for (const c of cases) {
    const sentOn = c.invitation?.sentOn;
    const crossedOn = crossingOfCase(c, byEmployee.get(c.employee.id) ?? []);
    if (sentOn === undefined || crossedOn === null) continue;
    const key = `${c.employee.id}\u0000${crossedOn}`;
    const known = firstOffer.get(key);
    if (known === undefined || sentOn < known) firstOffer.set(key, sentOn);
  }
  const records: CrossingRecord[] = [];
  for (const [employeeId, days] of byEmployee) {
    for (const crossedOn of days) {
      if (!inPeriod(crossedOn, period)) continue;
      const offeredOn = firstOffer.get(`${employeeId}\u0000${crossedOn}`);
      records.push({ employeeId, offerDays: offeredOn === undefined ? null : Math.max(0, daysBetween(crossedOn, offeredOn)) });
    }
  }
  return records;
}

function offerRecord(c: BemCase): OfferRecord {
  const accepted = acceptedOf(c);
  const atInterview = c.decisions.filter((decision) => decision.stage === 'interview');
  return {
    employeeId: c.employee.id,
    accepted,
    interviewDecided: accepted && atInterview.length > 0,
    continued: accepted && atInterview.some((decision) => decision.answer === 'yes'),
    measureImplemented: accepted && c.measures.some((measure) => measure.startedOn !== null),
  };
}

function closedRecord(c: BemCase & { closedOn: IsoDate; outcome: CaseOutcome }, context: RecordContext): ClosedRecord {
  const windowEndDay = addMonthsToEpochDay(toEpochDay(c.closedOn), context.followUpMonths);
  // A window that would end after 9999-12-31 has not ended by any day of the calendar: not observed.
  if (windowEndDay > MAX_EPOCH_DAY) return { employeeId: c.employee.id, outcome: c.outcome, stable: null, retained: null };
  const windowEnd = fromEpochDay(windowEndDay);
  const observed = acceptedOf(c) && windowEnd <= context.asOf;
  const endedOn = context.employmentEnd?.(c.employee.id) ?? null;
  const stillEmployed = c.outcome !== 'employment-ended' && (endedOn === null || endedOn >= windowEnd);
  return {
    employeeId: c.employee.id,
    outcome: c.outcome,
    stable: observed && stillEmployed ? !context.relapsed(c.employee.id, c.closedOn, windowEnd) : null,
    retained: observed && context.employmentEnd !== undefined ? stillEmployed : null,
  };
}

function activeRecord(c: BemCase, context: RecordContext): ActiveRecord {
  const categories = new Set(c.measures.filter((measure) => measure.agreedOn !== null).map((measure) => measure.category));
  return { employeeId: c.employee.id, categories, factors: new Set(context.workFactors(c.id)) };
}

/**
 * Turns cases and crossings into one record per fact the figures count: crossings in the
 * period, offers sent in the period, cases closed in the period, and cases that ran during it.
 */
export function kpiRecords(cases: readonly BemCase[], crossings: readonly ThresholdCrossing[], context: RecordContext): KpiRecords {
  const { period } = context;
  const offers: OfferRecord[] = [];
  const closed: ClosedRecord[] = [];
  const active: ActiveRecord[] = [];
  for (const c of cases) {
    if (c.invitation !== null && inPeriod(c.invitation.sentOn, period)) offers.push(offerRecord(c));
    if (c.closedOn !== null && c.outcome !== null && inPeriod(c.closedOn, period)) closed.push(closedRecord({ ...c, closedOn: c.closedOn, outcome: c.outcome }, context));
    if (c.openedOn <= period.end && (c.closedOn === null || c.closedOn >= period.start)) active.push(activeRecord(c, context));
  }
  return { crossings: crossingRecords(cases, crossings, period), offers, closed, active };
}
