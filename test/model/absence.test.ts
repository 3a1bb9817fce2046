import { describe, expect, expectTypeOf, it } from 'vitest';
import * as z from 'zod';
import { Absence, type AbsenceInput, AbsenceKind, Actor, BemInputError, Employee, type IsoDate, parseInput, safeParseInput, WorkingDays } from '../../src/index.js';

describe('Absence', () => {
  it('accepts a closed, a one-day and an ongoing absence', () => {
    expect(Absence.parse({ start: '2025-01-06', end: '2025-01-17', kind: 'sickness', certified: true })).toEqual({
      start: '2025-01-06',
      end: '2025-01-17',
      kind: 'sickness',
      certified: true,
    });
    expect(Absence.safeParse({ start: '2025-01-06', end: '2025-01-06', kind: 'sickness' }).success).toBe(true);
    expect(Absence.safeParse({ start: '2025-01-06', end: null, kind: 'medical-rehab' }).success).toBe(true);
  });

  it('refuses an end the day before the start, naming the end field', () => {
    const result = safeParseInput(Absence, { start: '2025-01-06', end: '2025-01-05', kind: 'sickness' }, ['absences', 3]);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues).toMatchInlineSnapshot(`
      [
        {
          "code": "custom",
          "message": "End date must not be before the start date",
          "path": [
            "absences",
            3,
            "end",
          ],
        },
      ]
    `);
  });

  it('refuses unknown fields, so no diagnosis can slip in', () => {
    expect(() => parseInput(Absence, { start: '2025-01-06', end: null, kind: 'sickness', diagnosis: 'x' }, ['absences', 0])).toThrowErrorMatchingInlineSnapshot(
      `[BemInputError: Invalid input: absences[0]: Unknown field 'diagnosis': records accept only their documented fields (no health details)]`,
    );
  });

  it('names missing and mistyped fields in plain English', () => {
    const result = safeParseInput(Absence, { start: 20250106, kind: 'flu' });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error).toBeInstanceOf(BemInputError);
    expect(result.error.name).toBe('BemInputError');
    expect(result.error.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['start', 'Expected a calendar date as YYYY-MM-DD'],
      ['end', 'Required: Expected a calendar date as YYYY-MM-DD'],
      ['kind', 'Expected one of "sickness", "work-accident", "medical-rehab", "graded-return", "child-sick", "quarantine", "employment-ban", "other"'],
    ]);
  });

  it('lists the absence kinds of the design', () => {
    expect(AbsenceKind.options).toEqual(['sickness', 'work-accident', 'medical-rehab', 'graded-return', 'child-sick', 'quarantine', 'employment-ban', 'other']);
  });

  it('has types equal to what the schemas infer', () => {
    expectTypeOf<Absence>().toEqualTypeOf<z.infer<typeof Absence>>();
    expectTypeOf<AbsenceInput['start']>().toEqualTypeOf<string>();
    expectTypeOf<Absence['start']>().toEqualTypeOf<IsoDate>();
    expectTypeOf<AbsenceKind>().toEqualTypeOf<'sickness' | 'work-accident' | 'medical-rehab' | 'graded-return' | 'child-sick' | 'quarantine' | 'employment-ban' | 'other'>();
    // @ts-expect-error an unknown absence kind does not compile
    const wrong: AbsenceKind = 'flu';
    expect(wrong).toBe('flu');
  });
});

describe('Employee, WorkingDays and Actor', () => {
  it('accepts a pseudonymous employee with a part-time week', () => {
    expect(Employee.parse({ id: 'e-1', severelyDisabled: true, workingDays: [1, 3, 5] })).toEqual({ id: 'e-1', severelyDisabled: true, workingDays: [1, 3, 5] });
  });

  it('refuses weekdays outside 1–7, repeated weekdays and an empty week', () => {
    expect(WorkingDays.safeParse([0]).success).toBe(false);
    expect(WorkingDays.safeParse([8]).success).toBe(false);
    expect(WorkingDays.safeParse([1, 1]).success).toBe(false);
    expect(WorkingDays.safeParse([]).success).toBe(false);
    expect(WorkingDays.safeParse([1, 2, 3, 4, 5, 6, 7]).success).toBe(true);
  });

  it('refuses a name or any other unplanned field', () => {
    expect(Employee.safeParse({ id: 'e-1', name: 'Erika Mustermann' }).success).toBe(false);
  });

  it('knows the actors of the design', () => {
    expect(Actor.options).toHaveLength(9);
    expect(Actor.options).toContain('legal-representative');
    expect(Actor.safeParse('supervisor').success).toBe(false);
  });
});
