// fast-check generators for employees' absences, check dates and policies.
import fc from 'fast-check';
import { fromEpochDay, type IsoDate, toEpochDay } from '../../src/dates/index.js';
import type { EligibilityInput, PolicyInput, WorkingPattern, WorkingTime } from '../../src/eligibility/index.js';
import { type HolidayRegion, publicHolidayPredicate } from '../../src/holidays.js';
import { AbsenceKind, type AbsenceInput } from '../../src/model/index.js';

const BASE = toEpochDay('2024-01-01' as IsoDate);

/** A check date in 2023–2026 (leap year 2024 and its 29 February included). */
export const checkDay = fc.integer({ min: BASE - 365, max: BASE + 3 * 365 });

export const date = (epochDay: number): IsoDate => fromEpochDay(epochDay);

/** One absence near `asOf`: before, around or after it; sometimes ongoing. */
export function absenceNear(asOf: number): fc.Arbitrary<AbsenceInput> {
  return fc
    .record(
      {
        offset: fc.integer({ min: -480, max: 120 }),
        length: fc.oneof(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 90 })),
        ongoing: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
        kind: fc.oneof({ weight: 6, arbitrary: fc.constant<AbsenceKind>('sickness') }, { weight: 4, arbitrary: fc.constantFrom(...AbsenceKind.options) }),
        certified: fc.option(fc.boolean(), { nil: undefined }),
        wentHomeSick: fc.option(fc.boolean(), { nil: undefined }),
        id: fc.option(fc.constantFrom('a', 'b', 'c', 'd'), { nil: undefined }),
      },
      { requiredKeys: ['offset', 'length', 'ongoing', 'kind'] },
    )
    .map(({ offset, length, ongoing, kind, certified, wentHomeSick, id }) => {
      const absence: AbsenceInput = { start: date(asOf + offset), end: ongoing ? null : date(asOf + offset + length - 1), kind };
      if (certified !== undefined) absence.certified = certified;
      if (wentHomeSick !== undefined) absence.wentHomeSick = wentHomeSick;
      if (id !== undefined) absence.id = id;
      return absence;
    });
}

/** A whole input: absences, check date, maybe a reset and a running BEM. */
export const eligibilityInput: fc.Arbitrary<EligibilityInput> = checkDay.chain((asOf) =>
  fc
    .record(
      {
        absences: fc.array(absenceNear(asOf), { maxLength: 10 }),
        reset: fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined }),
        running: fc.option(fc.integer({ min: -60, max: 60 }), { nil: undefined }),
      },
      { requiredKeys: ['absences'] },
    )
    .map(({ absences, reset, running }) => {
      const input: EligibilityInput = { absences, asOf: date(asOf) };
      if (reset !== undefined) input.previousBemConcludedOn = date(asOf - reset);
      if (running !== undefined && running % 4 === 0) input.bemRunningSince = date(asOf + running);
      return input;
    }),
);

/** Holidays: a list of dates in 2023–2027, or a rule as a function. */
const holidays: fc.Arbitrary<PolicyInput['holidays']> = fc.oneof(
  fc.array(checkDay.map(date), { maxLength: 30 }),
  fc.constant((d: IsoDate) => d.endsWith('-13') || d.endsWith('-01-01')),
);

/** Any valid policy, in both units. */
export const policyInput: fc.Arbitrary<PolicyInput> = fc.record(
  {
    unit: fc.constantFrom('calendar-days', 'working-days'),
    threshold: fc.integer({ min: 1, max: 60 }),
    comparison: fc.constantFrom('more-than', 'at-least'),
    window: fc.oneof(
      fc.constant({ months: 12 }),
      fc.integer({ min: 1, max: 24 }).map((months) => ({ months })),
      fc.constant({ days: 365 }),
      fc.integer({ min: 1, max: 400 }).map((days) => ({ days })),
    ),
    countedKinds: fc
      .subarray(['medical-rehab', 'graded-return'] as const)
      .map((extra) => ['sickness', 'work-accident', ...extra] as AbsenceKind[]),
    countUncertified: fc.boolean(),
    countWentHomeSickDay: fc.boolean(),
    workingDays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
    holidays,
    earlyWarningAt: fc.option(fc.integer({ min: 1, max: 60 }), { nil: null }),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<PolicyInput>;

/** One working pattern: a week, a roster cycle of 1–28 days, or a list of days near `around`. */
export function workingPatternNear(around: number): fc.Arbitrary<WorkingPattern> {
  return fc.oneof(
    fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }).map((weekdays) => ({ weekdays })),
    fc
      .record({ cycle: fc.array(fc.boolean(), { minLength: 1, maxLength: 28 }), offset: fc.integer({ min: -400, max: 400 }) })
      .filter(({ cycle }) => cycle.includes(true))
      .map(({ cycle, offset }) => ({ cycle, cycleStart: date(around + offset) })),
    fc
      .uniqueArray(fc.integer({ min: -500, max: 150 }), { minLength: 1, maxLength: 200 })
      .map((offsets) => ({ days: offsets.map((offset) => date(around + offset)) })),
  );
}

/** A working time: one pattern, or up to three dated changes around `around`. */
export function workingTimeNear(around: number): fc.Arbitrary<WorkingTime> {
  return fc.oneof(
    workingPatternNear(around),
    fc
      .uniqueArray(fc.integer({ min: -450, max: 100 }), { minLength: 1, maxLength: 3 })
      .chain((offsets) =>
        fc.tuple(...offsets.sort((a, b) => a - b).map((offset) => workingPatternNear(around).map((pattern) => ({ from: date(around + offset), pattern })))),
      ),
  );
}

/** An input with a working time of its own. */
export const inputWithWorkingTime: fc.Arbitrary<EligibilityInput> = eligibilityInput.chain((input) =>
  workingTimeNear(toEpochDay(input.asOf as IsoDate)).map((workingTime) => ({ ...input, workingTime })),
);

/** Holidays in working-day policies: a list, a plain rule, or a region's public holidays. */
export const anyHolidays: fc.Arbitrary<PolicyInput['holidays']> = fc.oneof(
  holidays,
  fc.constantFrom('DE', 'DE-NW', 'DE-BY', 'DE-BE', 'DE-SN', 'DE-TH', 'DE-BB').map((region) => publicHolidayPredicate(region as HolidayRegion)),
);

/** Any working-day policy, with either week basis. */
export const workingPolicy: fc.Arbitrary<PolicyInput> = fc
  .record({ policy: policyInput, holidays: fc.option(anyHolidays, { nil: undefined }), basis: fc.option(fc.constantFrom('on-check-date', 'window-average'), { nil: undefined }), ownThreshold: fc.boolean(), ownWarning: fc.boolean() })
  .map(({ policy, holidays: chosen, basis, ownThreshold, ownWarning }) => {
    const result: PolicyInput = { ...policy, unit: 'working-days' };
    if (!ownThreshold) delete result.threshold;
    if (!ownWarning) delete result.earlyWarningAt;
    if (chosen !== undefined) result.holidays = chosen;
    if (basis !== undefined) result.workingWeekBasis = basis as 'on-check-date' | 'window-average';
    return result;
  });
