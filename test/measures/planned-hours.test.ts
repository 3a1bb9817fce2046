import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, isoWeekday } from '../../src/dates/arithmetic.js';
import { fromEpochDay } from '../../src/dates/epoch-day.js';
import type { IsoDate } from '../../src/dates/iso-date.js';
import { BemInputError } from '../../src/model/input-error.js';
import { type GradedReturnPlan, gradedReturnPlan } from '../../src/measures/graded-return-plan.js';
import { plannedHoursOn } from '../../src/measures/planned-hours.js';

// 2025-03-03 is a Monday: steps 03-03..03-16 (2 h), 03-17..03-30 (4 h), 03-31..04-13 (6 h).
const plan = gradedReturnPlan({ start: '2025-03-03', contractualHoursPerDay: 8 });

describe('plannedHoursOn', () => {
  it('gives nothing the day before the plan and the first step’s hours on its first day', () => {
    expect(plannedHoursOn(plan, '2025-03-02')).toBeNull();
    expect(plannedHoursOn(plan, '2025-03-03')).toBe(2);
  });

  it('switches steps between the last working day of one step and the first of the next', () => {
    expect(plannedHoursOn(plan, '2025-03-14')).toBe(2); // Friday, last working day of step 1
    expect(plannedHoursOn(plan, '2025-03-16')).toBe(0); // Sunday, last calendar day of step 1
    expect(plannedHoursOn(plan, '2025-03-17')).toBe(4); // Monday, first day of step 2
  });

  it('switches steps mid-week when the plan starts mid-week', () => {
    const wednesday = gradedReturnPlan({ start: '2025-03-05', contractualHoursPerDay: 8, steps: [{ weeks: 1, hoursPerDay: 2 }, { weeks: 1, hoursPerDay: 5 }] });
    expect(plannedHoursOn(wednesday, '2025-03-11')).toBe(2); // Tuesday, last day of step 1
    expect(plannedHoursOn(wednesday, '2025-03-12')).toBe(5); // Wednesday, first day of step 2
  });

  it('gives the last step’s hours on the plan’s last working day and nothing the day after its end', () => {
    expect(plannedHoursOn(plan, '2025-04-11')).toBe(6);
    expect(plannedHoursOn(plan, '2025-04-13')).toBe(0);
    expect(plannedHoursOn(plan, '2025-04-14')).toBeNull();
  });

  it('gives 0 on a day off and on a holiday inside the plan', () => {
    const threeDays = gradedReturnPlan({ start: '2025-03-03', contractualHoursPerDay: 8, workingDays: [1, 2, 3], holidays: ['2025-03-04'] });
    expect(plannedHoursOn(threeDays, '2025-03-03')).toBe(2);
    expect(plannedHoursOn(threeDays, '2025-03-04')).toBe(0);
    expect(plannedHoursOn(threeDays, '2025-03-06')).toBe(0);
  });

  it('refuses an invalid date or plan with paths', () => {
    expect(() => plannedHoursOn(plan, '2025-3-3')).toThrow(BemInputError);
    try {
      plannedHoursOn({ ...plan, end: '2025-04-20' } as GradedReturnPlan, '2025-03-03');
    } catch (error) {
      expect((error as BemInputError).issues[0]?.path).toEqual(['plan', 'end']);
    }
    expect.assertions(2);
  });

  /** The obvious reference: walk the plan day by day from its start. */
  function referenceHours(p: GradedReturnPlan, date: IsoDate): number | null {
    let day = p.start;
    for (const step of p.steps) {
      for (let i = 0; i < step.weeks * 7; i++) {
        if (day === date) return p.workingDays.includes(isoWeekday(day)) && !p.holidays.includes(day) ? step.hoursPerDay : 0;
        day = addDays(day, 1);
      }
    }
    return null;
  }

  it('equals a day-by-day reference on random plans and days', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 19_000, max: 21_000 }).map(fromEpochDay),
        fc.array(fc.record({ weeks: fc.integer({ min: 1, max: 4 }), hoursPerDay: fc.integer({ min: 1, max: 16 }).map((h) => h / 2) }), { minLength: 1, maxLength: 5 }),
        fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
        fc.array(fc.integer({ min: 0, max: 150 }), { maxLength: 5 }),
        fc.integer({ min: -5, max: 150 }),
        (start, steps, workingDays, holidayOffsets, offset) => {
          const p = gradedReturnPlan({ start, contractualHoursPerDay: 8, steps, workingDays, holidays: holidayOffsets.map((o) => addDays(start, o)) });
          const date = addDays(start, offset);
          const hours = plannedHoursOn(p, date);
          expect(hours).toBe(referenceHours(p, date));
          if (hours !== null) expect(hours).toBeLessThanOrEqual(p.contractualHoursPerDay);
        },
      ),
      { numRuns: 300 },
    );
  });
});
