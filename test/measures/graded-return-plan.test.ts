import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { fromEpochDay } from '../../src/dates/epoch-day.js';
import type { IsoDate } from '../../src/dates/iso-date.js';
import { BemInputError } from '../../src/model/input-error.js';
import {
  GradedReturnInput,
  GradedReturnPlan,
  GradedReturnStep,
  gradedReturnPlan,
  lastDayWithinSixMonths,
  PlannedStep,
} from '../../src/measures/graded-return-plan.js';

function issuesOf(run: () => unknown): { path: readonly (string | number)[]; message: string }[] {
  try {
    run();
  } catch (error) {
    if (error instanceof BemInputError) return error.issues.map(({ path, message }) => ({ path, message }));
    throw error;
  }
  throw new Error('expected a BemInputError');
}

describe('gradedReturnPlan', () => {
  it('builds the typical template: 2 weeks each at 2, 4 and 6 hours, then full time', () => {
    const plan = gradedReturnPlan({ start: '2025-03-03', contractualHoursPerDay: 8 });
    expect(plan).toEqual({
      start: '2025-03-03',
      end: '2025-04-13',
      contractualHoursPerDay: 8,
      workingDays: [1, 2, 3, 4, 5],
      holidays: [],
      steps: [
        { start: '2025-03-03', end: '2025-03-16', weeks: 2, hoursPerDay: 2 },
        { start: '2025-03-17', end: '2025-03-30', weeks: 2, hoursPerDay: 4 },
        { start: '2025-03-31', end: '2025-04-13', weeks: 2, hoursPerDay: 6 },
      ],
      reference: '§ 74 SGB V, § 44 SGB IX',
    });
  });

  it('keeps only the template steps below the contractual hours of a part-time contract', () => {
    const plan = gradedReturnPlan({ start: '2025-03-03', contractualHoursPerDay: 6 });
    expect(plan.steps.map((step) => step.hoursPerDay)).toEqual([2, 4]);
    expect(plan.end).toBe('2025-03-30');
  });

  it('refuses the template when the contract has 2 hours a day or fewer', () => {
    expect(issuesOf(() => gradedReturnPlan({ start: '2025-03-03', contractualHoursPerDay: 2 }))).toEqual([
      {
        path: ['contractualHoursPerDay'],
        message: 'The typical template (2, 4, 6 hours a day) needs more than 2 contractual hours a day; give the steps',
      },
    ]);
  });

  it('builds given steps, starting on any weekday', () => {
    const plan = gradedReturnPlan({
      start: '2025-03-05',
      contractualHoursPerDay: 7.5,
      steps: [
        { weeks: 1, hoursPerDay: 3 },
        { weeks: 3, hoursPerDay: 7.5 },
      ],
      workingDays: [3, 1, 2],
      holidays: ['2025-03-10', '2025-03-10'],
    });
    expect(plan.steps).toEqual([
      { start: '2025-03-05', end: '2025-03-11', weeks: 1, hoursPerDay: 3 },
      { start: '2025-03-12', end: '2025-04-01', weeks: 3, hoursPerDay: 7.5 },
    ]);
    expect(plan.workingDays).toEqual([1, 2, 3]);
    expect(plan.holidays).toEqual(['2025-03-10']);
  });

  it('allows a step at the contractual hours and refuses one above, naming the step', () => {
    expect(() => gradedReturnPlan({ start: '2025-03-03', contractualHoursPerDay: 6, steps: [{ weeks: 2, hoursPerDay: 6 }] })).not.toThrow();
    expect(
      issuesOf(() =>
        gradedReturnPlan({
          start: '2025-03-03',
          contractualHoursPerDay: 6,
          steps: [
            { weeks: 2, hoursPerDay: 4 },
            { weeks: 2, hoursPerDay: 6.25 },
          ],
        }),
      ),
    ).toEqual([{ path: ['steps', 1, 'hoursPerDay'], message: 'A step must not be above the contractual 6 hours a day' }]);
  });

  it('refuses zero or negative hours, empty steps, fractional weeks and an invalid start date, with paths', () => {
    const paths = issuesOf(() =>
      gradedReturnPlan({
        start: '2025-02-30',
        contractualHoursPerDay: 0,
        steps: [
          { weeks: 1.5, hoursPerDay: 0 },
          { weeks: 0, hoursPerDay: -1 },
        ],
      }),
    ).map((issue) => issue.path);
    expect(paths).toEqual([
      ['start'],
      ['contractualHoursPerDay'],
      ['steps', 0, 'weeks'],
      ['steps', 0, 'hoursPerDay'],
      ['steps', 1, 'weeks'],
      ['steps', 1, 'hoursPerDay'],
    ]);
    expect(issuesOf(() => gradedReturnPlan({ start: '2025-03-03', contractualHoursPerDay: 8, steps: [] }))[0]?.path).toEqual(['steps']);
  });

  it('refuses unknown fields such as health details', () => {
    const input = { start: '2025-03-03', contractualHoursPerDay: 8, diagnosis: 'x' } as unknown as GradedReturnInput;
    expect(issuesOf(() => gradedReturnPlan(input))[0]?.path).toEqual([]);
  });

  describe('the six-month limit', () => {
    // 2023-09-01 + 6 months = 2024-03-01, so the last day is 2024-02-29: 182 days = 26 weeks exactly.
    it('allows a plan of exactly six months', () => {
      expect(lastDayWithinSixMonths('2023-09-01' as IsoDate)).toBe('2024-02-29');
      const plan = gradedReturnPlan({ start: '2023-09-01', contractualHoursPerDay: 8, steps: [{ weeks: 26, hoursPerDay: 4 }] });
      expect(plan.end).toBe('2024-02-29');
    });

    // 2025-09-01 + 6 months = 2026-03-01, so the last day is 2026-02-28: 26 weeks end 2026-03-01, one day more.
    it('refuses a plan one day longer than six months', () => {
      expect(issuesOf(() => gradedReturnPlan({ start: '2025-09-01', contractualHoursPerDay: 8, steps: [{ weeks: 26, hoursPerDay: 4 }] }))).toEqual([
        {
          path: ['steps'],
          message: 'The plan ends on 2026-03-01, after 2026-02-28, the last day of six months; set allowLongerThanSixMonths: true to allow it',
        },
      ]);
    });

    it('allows a longer plan when explicitly allowed, up to 78 weeks of sick pay', () => {
      const plan = gradedReturnPlan({ start: '2025-09-01', contractualHoursPerDay: 8, steps: [{ weeks: 78, hoursPerDay: 4 }], allowLongerThanSixMonths: true });
      expect(plan.end).toBe('2027-02-28');
      expect(
        issuesOf(() =>
          gradedReturnPlan({
            start: '2025-09-01',
            contractualHoursPerDay: 8,
            steps: [
              { weeks: 78, hoursPerDay: 4 },
              { weeks: 1, hoursPerDay: 6 },
            ],
            allowLongerThanSixMonths: true,
          }),
        ),
      ).toEqual([{ path: ['steps'], message: 'The plan lasts 79 weeks, more than the 78 weeks of sick pay (§ 48 SGB V)' }]);
    });

    it('counts a missing day at the end of a month as the month’s last day (§ 188 Abs. 3 BGB)', () => {
      expect(lastDayWithinSixMonths('2025-08-31' as IsoDate)).toBe('2026-02-28');
      expect(lastDayWithinSixMonths('2025-08-28' as IsoDate)).toBe('2026-02-27');
      expect(lastDayWithinSixMonths('2025-03-15' as IsoDate)).toBe('2025-09-14');
    });

    it('refuses a plan that would end after the year 9999', () => {
      expect(issuesOf(() => gradedReturnPlan({ start: '9999-12-01', contractualHoursPerDay: 8 }))[0]?.path).toEqual(['start']);
    });
  });

  it('runs the same checks through GradedReturnInput.safeParse', () => {
    expect(GradedReturnInput.safeParse({ start: '2025-09-01', contractualHoursPerDay: 8, steps: [{ weeks: 26, hoursPerDay: 4 }] }).success).toBe(false);
    expect(GradedReturnInput.safeParse({ start: '2025-03-03', contractualHoursPerDay: 8 }).success).toBe(true);
  });

  it('does not change its input', () => {
    const input = { start: '2025-03-03', contractualHoursPerDay: 8, steps: [{ weeks: 2, hoursPerDay: 4 }], workingDays: [5, 1] };
    const copy = structuredClone(input);
    gradedReturnPlan(input);
    expect(input).toEqual(copy);
  });

  const stepsArbitrary = fc.array(fc.record({ weeks: fc.integer({ min: 1, max: 6 }), hoursPerDay: fc.integer({ min: 1, max: 40 }).map((q) => q / 4) }), {
    minLength: 1,
    maxLength: 6,
  });
  const startArbitrary = fc.integer({ min: 10_957, max: 30_000 }).map(fromEpochDay);

  it('never plans a step above the contractual hours, and its plan passes GradedReturnPlan', () => {
    fc.assert(
      fc.property(startArbitrary, stepsArbitrary, fc.integer({ min: 1, max: 40 }).map((q) => q / 4), (start, steps, contractual) => {
        const result = GradedReturnInput.safeParse({ start, contractualHoursPerDay: contractual, steps, allowLongerThanSixMonths: true });
        const fits = steps.every((step) => step.hoursPerDay <= contractual);
        expect(result.success).toBe(fits);
        if (!fits) return;
        const plan = gradedReturnPlan({ start, contractualHoursPerDay: contractual, steps, allowLongerThanSixMonths: true });
        expect(GradedReturnPlan.safeParse(plan).success).toBe(true);
        for (const step of plan.steps) expect(step.hoursPerDay).toBeLessThanOrEqual(contractual);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses stored plans whose steps do not fit together', () => {
    const plan = gradedReturnPlan({ start: '2025-03-03', contractualHoursPerDay: 8 });
    const [first, second, third] = plan.steps;
    const broken = (change: object): boolean => GradedReturnPlan.safeParse({ ...plan, ...change }).success;
    expect(broken({ end: '2025-04-14' })).toBe(false);
    expect(broken({ steps: [first, third, second] })).toBe(false);
    expect(broken({ steps: [{ ...first, weeks: 3 }, second, third] })).toBe(false);
    expect(broken({ contractualHoursPerDay: 5 })).toBe(false);
    expect(broken({})).toBe(true);
  });

  it('refuses a stored plan with a step above the contractual hours in the words of the builder', () => {
    const plan = gradedReturnPlan({ start: '2025-03-03', contractualHoursPerDay: 8 });
    const result = GradedReturnPlan.safeParse({ ...plan, contractualHoursPerDay: 5 });
    expect(result.error?.issues.map(({ path, message }) => ({ path, message }))).toEqual([
      { path: ['steps', 2, 'hoursPerDay'], message: 'A step must not be above the contractual 5 hours a day' },
    ]);
    expect(GradedReturnPlan.safeParse({ ...plan, contractualHoursPerDay: 6 }).success).toBe(true);
  });
});

describe('one plan-step shape', () => {
  it('a planned step is a GradedReturnStep with its first and last day, in that key order', () => {
    expectTypeOf<PlannedStep>().toExtend<GradedReturnStep>();
    const step = { start: '2025-03-03', end: '2025-03-16', weeks: 2, hoursPerDay: 2 };
    expect(Object.keys(PlannedStep.parse({ hoursPerDay: 2, weeks: 2, end: '2025-03-16', start: '2025-03-03' }))).toEqual(Object.keys(step));
    expect(GradedReturnStep.safeParse({ weeks: 2, hoursPerDay: 2 }).success).toBe(true);
    expect(PlannedStep.safeParse({ ...step, weeks: 79 }).success).toBe(false);
    expect(PlannedStep.safeParse({ ...step, hoursPerDay: 0 }).success).toBe(false);
    expect(GradedReturnStep.safeParse(step).success).toBe(false); // strict: no dates in a caller's step
  });
});

describe('the graded-return schemas on impossible dates', () => {
  it('refuse an impossible start date instead of throwing', () => {
    const result = GradedReturnInput.safeParse({ start: '1900-00-00', contractualHoursPerDay: 8 });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['start']]);
  });

  it('refuse a plan whose step has an impossible date instead of throwing', () => {
    const plan = gradedReturnPlan({ start: '2025-03-03', contractualHoursPerDay: 8 });
    const broken = { ...plan, steps: [{ ...plan.steps[0]!, end: '2025-02-30' }, ...plan.steps.slice(1)] };
    const result = GradedReturnPlan.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['steps', 0, 'end']]);
  });
});
