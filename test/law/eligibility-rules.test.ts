import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ABSENCE_KINDS, absenceKinds, kindBit, kindsOfMask } from '../../src/law/absence-kinds.js';
import { firstDayAfterReset } from '../../src/law/reset.js';
import { COMPARISONS, dueAtCount, isOverThreshold } from '../../src/law/six-weeks.js';
import { skipsWentHomeSickDay } from '../../src/law/went-home-sick.js';
import { AbsenceKind } from '../../src/model/index.js';

describe('the absence kinds table', () => {
  it('has one row per kind, in the order of the AbsenceKind schema', () => {
    expect(AbsenceKind.options).toEqual([...ABSENCE_KINDS]);
    expect(Object.keys(absenceKinds)).toEqual([...ABSENCE_KINDS]);
  });

  it('gives kind i the bit 1 << i, and kindBit is the same column', () => {
    ABSENCE_KINDS.forEach((kind, i) => {
      expect(absenceKinds[kind].bit).toBe(1 << i);
      expect(kindBit(kind)).toBe(absenceKinds[kind].bit);
      expect(kindsOfMask(1 << i)).toEqual([kind]);
    });
    expect(kindsOfMask(1 | 4 | 128)).toEqual(['sickness', 'medical-rehab', 'other']);
  });

  it('counts what always counts and by default only incapacity for work', () => {
    for (const kind of ABSENCE_KINDS) {
      const row = absenceKinds[kind];
      if (row.alwaysCounted) expect(row.countedByDefault).toBe(true);
      if (row.countedByDefault) expect(row.incapacity).toBe(true);
    }
    expect(ABSENCE_KINDS.filter((kind) => absenceKinds[kind].alwaysCounted)).toEqual(['sickness', 'work-accident']);
    expect(ABSENCE_KINDS.filter((kind) => absenceKinds[kind].countedByDefault)).toEqual(['sickness', 'work-accident', 'medical-rehab', 'graded-return']);
  });
});

describe('the six-week rule', () => {
  it('is "more than" 42 by the statute: day 42 not, day 43 yes', () => {
    const statute = { threshold: 42, comparison: 'more-than' } as const;
    expect([41, 42, 43].map((n) => isOverThreshold(n, statute))).toEqual([false, false, true]);
    const strict = { threshold: 42, comparison: 'at-least' } as const;
    expect([41, 42, 43].map((n) => isOverThreshold(n, strict))).toEqual([false, true, true]);
  });

  it('holds exactly from dueAtCount on', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3660 }), fc.constantFrom(...COMPARISONS), fc.integer({ min: 0, max: 4000 }), (threshold, comparison, count) => {
        const rule = { threshold, comparison };
        expect(isOverThreshold(count, rule)).toBe(count >= dueAtCount(rule));
      }),
    );
  });
});

describe('the reset after a concluded BEM', () => {
  it('counts only days after the conclusion: the day before, on and after', () => {
    expect(firstDayAfterReset(119, 120)).toBe(121);
    expect(firstDayAfterReset(120, 120)).toBe(121);
    expect(firstDayAfterReset(121, 120)).toBe(121);
    expect(firstDayAfterReset(122, 120)).toBe(122);
    expect(firstDayAfterReset(5, null)).toBe(5);
  });
});

describe('the went-home-sick day', () => {
  it('is left out only when the employee went home sick and the policy does not count it', () => {
    expect(skipsWentHomeSickDay(true, false)).toBe(true);
    expect(skipsWentHomeSickDay(true, true)).toBe(false);
    expect(skipsWentHomeSickDay(false, false)).toBe(false);
    expect(skipsWentHomeSickDay(undefined, false)).toBe(false);
  });
});

describe('§ 188 BGB month periods (dates/)', () => {
  it('end the day before the same calendar day, or on the month’s last day when it has none', async () => {
    const { lastDayOfMonthsPeriod } = await import('../../src/dates/arithmetic.js');
    const day = (text: string) => text as never;
    expect(lastDayOfMonthsPeriod(day('2025-03-15'), 6)).toBe('2025-09-14');
    expect(lastDayOfMonthsPeriod(day('2025-08-30'), 6)).toBe('2026-02-28');
    expect(lastDayOfMonthsPeriod(day('2025-08-31'), 6)).toBe('2026-02-28');
    expect(lastDayOfMonthsPeriod(day('2023-08-31'), 6)).toBe('2024-02-29');
    expect(lastDayOfMonthsPeriod(day('2023-09-01'), 6)).toBe('2024-02-29');
    expect(lastDayOfMonthsPeriod(day('2024-01-31'), 1)).toBe('2024-02-29');
  });
});
