import { describe, expect, it } from 'vitest';
import { BemInputError } from '../../src/model/input-error.js';
import { gradedReturnPlan } from '../../src/measures/graded-return-plan.js';
import { checkTimeEntry } from '../../src/measures/time-entry-check.js';

// Monday 2025-03-03: 2 h/day until 03-16, 4 h/day until 03-30, 6 h/day until 04-13, Mon–Fri.
const plan = gradedReturnPlan({ start: '2025-03-03', contractualHoursPerDay: 8 });

describe('checkTimeEntry', () => {
  it('accepts hours up to the plan’s target, not the contract’s', () => {
    expect(checkTimeEntry(plan, '2025-03-04', 2)).toEqual({
      date: '2025-03-04',
      plannedHours: 2,
      workedHours: 2,
      overtimeHours: 0,
      interruption: null,
      aborted: false,
      findings: [],
    });
    expect(checkTimeEntry(plan, '2025-03-04', 1.5).findings).toEqual([]);
  });

  it('flags any hour above the plan as overtime, even below the contract', () => {
    const check = checkTimeEntry(plan, '2025-03-04', 3);
    expect(check.overtimeHours).toBe(1);
    expect(check.findings).toMatchInlineSnapshot(`
      [
        {
          "code": "overtime",
          "message": "3 h worked on 2025-03-04, 1 h above the plan's 2 h: no overtime during a graded return",
          "reference": "§ 74 SGB V, § 44 SGB IX; practice",
        },
      ]
    `);
  });

  it('flags work on a day off inside the plan as overtime', () => {
    expect(checkTimeEntry(plan, '2025-03-08', 1).overtimeHours).toBe(1);
  });

  it('uses the next step’s target on the first day of the next step', () => {
    expect(checkTimeEntry(plan, '2025-03-14', 4).overtimeHours).toBe(2); // last working day of step 1
    expect(checkTimeEntry(plan, '2025-03-17', 4).overtimeHours).toBe(0); // first day of step 2
  });

  it('allows a tolerance for rounding and never shows binary rounding', () => {
    expect(checkTimeEntry(plan, '2025-03-04', 2.25, { toleranceHours: 0.25 }).overtimeHours).toBe(0);
    expect(checkTimeEntry(plan, '2025-03-04', 2.3, { toleranceHours: 0.25 }).overtimeHours).toBe(0.3);
    expect(checkTimeEntry(plan, '2025-03-04', 2.1).overtimeHours).toBe(0.1);
  });

  it('says when a day is outside the plan, without judging its hours', () => {
    const check = checkTimeEntry(plan, '2025-04-14', 10);
    expect(check.plannedHours).toBeNull();
    expect(check.overtimeHours).toBe(0);
    expect(check.findings.map((finding) => finding.code)).toEqual(['outside-plan']);
  });

  describe('interruptions', () => {
    // Last worked Friday 2025-03-07; Monday 2025-03-10 is the first missed day with target hours.
    it('keeps the plan running after 7 calendar days without work (back on day 8)', () => {
      const check = checkTimeEntry(plan, '2025-03-17', 4, { lastWorkedOn: '2025-03-07' });
      expect(check.interruption).toEqual({ start: '2025-03-10', end: '2025-03-16', days: 7, aborted: false });
      expect(check.aborted).toBe(false);
      expect(check.findings.map((finding) => finding.code)).toEqual(['interruption']);
    });

    it('counts the plan as aborted after 8 calendar days without work', () => {
      const check = checkTimeEntry(plan, '2025-03-18', 4, { lastWorkedOn: '2025-03-07' });
      expect(check.interruption).toEqual({ start: '2025-03-10', end: '2025-03-17', days: 8, aborted: true });
      expect(check.aborted).toBe(true);
      expect(check.findings[0]?.message).toBe(
        'no work 2025-03-10..2025-03-17 (8 calendar days): more than 7 days, so the graded return counts as aborted',
      );
    });

    it('counts the day of an entry without hours as part of the interruption', () => {
      expect(checkTimeEntry(plan, '2025-03-16', 0, { lastWorkedOn: '2025-03-07' }).aborted).toBe(false); // 03-10..03-16: 7 days
      expect(checkTimeEntry(plan, '2025-03-17', 0, { lastWorkedOn: '2025-03-07' }).aborted).toBe(true); // 03-10..03-17: 8 days
    });

    it('is no interruption when only days off lie in between', () => {
      expect(checkTimeEntry(plan, '2025-03-10', 2, { lastWorkedOn: '2025-03-07' }).interruption).toBeNull();
    });

    it('counts from the plan’s start when nothing was worked yet', () => {
      expect(checkTimeEntry(plan, '2025-03-10', 2, { lastWorkedOn: null }).interruption).toEqual({
        start: '2025-03-03',
        end: '2025-03-09',
        days: 7,
        aborted: false,
      });
      expect(checkTimeEntry(plan, '2025-03-03', 2, { lastWorkedOn: null }).interruption).toBeNull();
    });

    it('is not checked without lastWorkedOn', () => {
      expect(checkTimeEntry(plan, '2025-04-01', 6).interruption).toBeNull();
    });
  });

  it('refuses bad input with paths', () => {
    const pathsOf = (run: () => unknown): unknown => {
      try {
        run();
      } catch (error) {
        return (error as BemInputError).issues.map((issue) => issue.path);
      }
      return null;
    };
    expect(pathsOf(() => checkTimeEntry(plan, '2025-03-04', 25))).toEqual([['workedHours']]);
    expect(pathsOf(() => checkTimeEntry(plan, '2025-03-04', -1))).toEqual([['workedHours']]);
    expect(pathsOf(() => checkTimeEntry(plan, 'tomorrow', 1))).toEqual([['date']]);
    expect(pathsOf(() => checkTimeEntry(plan, '2025-03-04', 1, { lastWorkedOn: '2025-03-04' }))).toEqual([['options', 'lastWorkedOn']]);
    expect(pathsOf(() => checkTimeEntry(plan, '2025-03-04', 1, { toleranceHours: -1 }))).toEqual([['options', 'toleranceHours']]);
    expect(() => checkTimeEntry(plan, '2025-03-04', Number.NaN)).toThrow(BemInputError);
  });
});
