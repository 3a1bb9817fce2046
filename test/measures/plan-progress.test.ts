import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../../src/dates/arithmetic.js';
import type { IsoDate } from '../../src/dates/iso-date.js';
import { BemInputError } from '../../src/model/input-error.js';
import { type GradedReturnPlan, gradedReturnPlan } from '../../src/measures/graded-return-plan.js';
import { checkPlanProgress, type TimeEntryInput } from '../../src/measures/plan-progress.js';
import { plannedHoursOn } from '../../src/measures/planned-hours.js';

// Monday 2025-03-03: 2 h/day until 03-16, 4 h/day until 03-30, 6 h/day until 04-13, Mon–Fri.
const plan = gradedReturnPlan({ start: '2025-03-03', contractualHoursPerDay: 8 });
const worked = (dates: string[], hours = 2): TimeEntryInput[] => dates.map((date) => ({ date, workedHours: hours }));

describe('checkPlanProgress', () => {
  it('is not started before the first day and completed after the last', () => {
    expect(checkPlanProgress(plan, [], '2025-03-02').status).toBe('not-started');
    const allDays = Array.from({ length: 42 }, (_, i) => addDays('2025-03-03' as IsoDate, i)).filter((d) => (plannedHoursOn(plan, d) ?? 0) > 0);
    const entries = allDays.map((date) => ({ date, workedHours: plannedHoursOn(plan, date) ?? 0 }));
    expect(checkPlanProgress(plan, entries, '2025-04-12').status).toBe('running');
    expect(checkPlanProgress(plan, entries, '2025-04-13')).toEqual({
      status: 'completed',
      abortedOn: null,
      interruptions: [],
      overtime: [],
      reference: '§ 74 SGB V, § 44 SGB IX; practice',
    });
  });

  it('keeps running on day 7 of an interruption and counts it aborted on day 8', () => {
    const entries = worked(['2025-03-03', '2025-03-04', '2025-03-05']);
    // Missed from Thursday 2025-03-06: day 7 is 2025-03-12, day 8 is 2025-03-13.
    expect(checkPlanProgress(plan, entries, '2025-03-12')).toMatchObject({
      status: 'running',
      abortedOn: null,
      interruptions: [{ start: '2025-03-06', end: '2025-03-12', days: 7, aborted: false }],
    });
    expect(checkPlanProgress(plan, entries, '2025-03-13')).toMatchObject({
      status: 'aborted',
      abortedOn: '2025-03-13',
      interruptions: [{ start: '2025-03-06', end: '2025-03-13', days: 8, aborted: true }],
    });
  });

  it('lists a closed interruption of 7 days and goes on; stops at an aborting one', () => {
    const entries = [...worked(['2025-03-05', '2025-03-13']), ...worked(['2025-03-24', '2025-03-25'], 5)];
    const progress = checkPlanProgress(plan, entries, '2025-03-31');
    expect(progress.interruptions).toEqual([
      { start: '2025-03-03', end: '2025-03-04', days: 2, aborted: false },
      { start: '2025-03-06', end: '2025-03-12', days: 7, aborted: false },
      { start: '2025-03-14', end: '2025-03-23', days: 10, aborted: true },
    ]);
    expect(progress.abortedOn).toBe('2025-03-21');
    expect(progress.overtime).toEqual([]); // the 5 h days come after the abort
  });

  it('adds up several entries of a day and lists the overtime days', () => {
    const entries = [...worked(['2025-03-03', '2025-03-03']), ...worked(['2025-03-04'], 1.5), { date: '2025-03-08', workedHours: 1 }];
    expect(checkPlanProgress(plan, entries, '2025-03-08').overtime).toEqual([
      { date: '2025-03-03', plannedHours: 2, workedHours: 4, overtimeHours: 2 },
      { date: '2025-03-08', plannedHours: 0, workedHours: 1, overtimeHours: 1 },
    ]);
    expect(checkPlanProgress(plan, worked(['2025-03-03'], 2.2), '2025-03-03', { toleranceHours: 0.25 }).overtime).toEqual([]);
  });

  it('ignores entries outside the plan and refuses entries after asOf', () => {
    expect(checkPlanProgress(plan, worked(['2025-02-28', '2025-04-14'], 9), '2025-04-14').overtime).toEqual([]);
    try {
      checkPlanProgress(plan, worked(['2025-03-03', '2025-03-10']), '2025-03-09');
    } catch (error) {
      expect((error as BemInputError).issues).toEqual([{ path: ['entries', 1, 'date'], code: 'custom', message: 'An entry must not be after asOf' }]);
    }
    expect(() => checkPlanProgress(plan, [{ date: '2025-03-03', workedHours: 30 }], '2025-03-03')).toThrow(BemInputError);
    expect.assertions(3);
  });

  /** The obvious reference: walk every day, count missed days with target hours since the last worked day. */
  function referenceAbortedOn(p: GradedReturnPlan, hoursByDate: Map<string, number>, asOf: IsoDate): string | null {
    let runStart: IsoDate | null = null;
    for (let day = p.start; day <= asOf && day <= p.end; day = addDays(day, 1)) {
      const hours = hoursByDate.get(day) ?? 0;
      if (hours > 0) runStart = null;
      else if (runStart === null && (plannedHoursOn(p, day) ?? 0) > 0) runStart = day;
      if (runStart !== null && daysBetween(runStart, day) + 1 > 7) return day;
    }
    return null;
  }

  it('equals a day-by-day reference for the abort day on random attendance', () => {
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { minLength: 42, maxLength: 42 }),
        fc.integer({ min: -3, max: 50 }),
        fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
        (attendance, asOfOffset, workingDays) => {
          const p = gradedReturnPlan({ start: '2025-03-03', contractualHoursPerDay: 8, workingDays });
          const entries = attendance.flatMap((present, i) => (present ? [{ date: addDays(p.start, i), workedHours: 1 }] : []));
          const asOf = addDays(p.start, asOfOffset);
          const visible = entries.filter((entry) => entry.date <= asOf);
          const progress = checkPlanProgress(p, visible, asOf);
          const expected = referenceAbortedOn(p, new Map(visible.map((entry) => [entry.date, entry.workedHours])), asOf);
          expect(progress.abortedOn).toBe(expected);
          expect(progress.status === 'aborted').toBe(expected !== null);
          for (const gap of progress.interruptions) expect(gap.aborted).toBe(gap.days > 7);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('checkPlanProgress and the 24 hours of a day', () => {
  it('adds up the bookings of a day up to 24 hours and refuses more', () => {
    expect(checkPlanProgress(plan, [{ date: '2025-03-04', workedHours: 12 }, { date: '2025-03-04', workedHours: 12 }], '2025-03-05').overtime).toEqual([
      { date: '2025-03-04', plannedHours: 2, workedHours: 24, overtimeHours: 22 },
    ]);
    const tenDays = Array.from({ length: 10 }, () => ({ date: '2025-03-04', workedHours: 24 }));
    expect(() => checkPlanProgress(plan, tenDays, '2025-03-20')).toThrow('entries[1].workedHours: The entries of 2025-03-04 add up to more than 24 hours');
  });

  it('knows the reference of a plan as a citation: not empty and not a megabyte', () => {
    expect(() => checkPlanProgress({ ...plan, reference: '' }, [], '2025-03-20')).toThrow(BemInputError);
    expect(() => checkPlanProgress({ ...plan, reference: 'x'.repeat(1_000_000) }, [], '2025-03-20')).toThrow(BemInputError);
  });
});
