import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, type IsoDate, toEpochDay } from '../../src/dates/index.js';
import { type EligibilityInput, evaluateEligibility } from '../../src/eligibility/index.js';
import type { AbsenceInput } from '../../src/model/index.js';
import { absenceNear, checkDay, date, eligibilityInput, policyInput } from './arbitraries.js';
import { referenceEvaluate } from './reference.js';

function essentials(input: EligibilityInput, policy: Parameters<typeof evaluateEligibility>[1]) {
  const result = evaluateEligibility(input, policy);
  return {
    status: result.status,
    countedDays: result.countedDays,
    windowStart: result.window.start,
    thresholdCrossedOn: result.thresholdCrossedOn,
    projectedCrossingOn: result.projectedCrossingOn,
  };
}

describe('evaluateEligibility against a day-by-day reference', () => {
  it('equals the reference under the default policy', () => {
    fc.assert(
      fc.property(eligibilityInput, (input) => {
        expect(essentials(input, undefined)).toEqual(referenceEvaluate(input));
      }),
      { numRuns: 300 },
    );
  });

  it('equals the reference under random policies in both units', () => {
    fc.assert(
      fc.property(eligibilityInput, policyInput, (input, policy) => {
        expect(essentials(input, policy)).toEqual(referenceEvaluate(input, policy));
      }),
      { numRuns: 300 },
    );
  });

  it('equals the reference in working-day mode with holidays and long absences', () => {
    const working = policyInput.map((policy) => ({ ...policy, unit: 'working-days' as const }));
    fc.assert(
      fc.property(eligibilityInput, working, (input, policy) => {
        expect(essentials(input, policy)).toEqual(referenceEvaluate(input, policy));
      }),
      { numRuns: 200 },
    );
  });

  it('equals the reference when the window is nearly full and its length changes at month ends', () => {
    // Long absences and thresholds near the window's length: here the clamping of 29-31 February
    // style month ends decides the crossing day.
    const longAbsences = eligibilityInput.map((input) => ({
      ...input,
      absences: input.absences.map((absence, i) =>
        absence.end === null || i % 2 === 1 ? absence : { ...absence, end: addDays(absence.end as IsoDate, 250) },
      ),
    }));
    const tightPolicy = fc.oneof(
      fc.record({ months: fc.integer({ min: 1, max: 3 }), slack: fc.integer({ min: -6, max: 2 }) }).map(({ months, slack }) => ({
        window: { months },
        threshold: Math.max(1, 30 * months + slack),
      })),
      fc.integer({ min: 362, max: 366 }).map((threshold) => ({ window: { months: 12 }, threshold })),
    );
    const policy = fc.tuple(tightPolicy, policyInput).map(([tight, base]) => ({ ...base, ...tight, unit: 'calendar-days' as const }));
    const workingPolicy = fc
      .tuple(policy, fc.boolean())
      .map(([p, denseHolidays]) => ({
        ...p,
        unit: 'working-days' as const,
        threshold: Math.max(1, Math.round((p.threshold * (p.workingDays?.length ?? 5)) / 7)),
        ...(denseHolidays ? { holidays: (d: string) => /-(03|13|23|29)$/.test(d) } : {}),
      }));
    fc.assert(
      fc.property(longAbsences, fc.oneof(policy, workingPolicy), (input, p) => {
        expect(essentials(input, p)).toEqual(referenceEvaluate(input, p));
      }),
      { numRuns: 300 },
    );
  });

  it('equals the reference for employees with hundreds of records in any order', () => {
    const many = checkDay.chain((asOf) =>
      fc.array(absenceNear(asOf), { minLength: 33, maxLength: 400 }).map((absences) => ({ absences, asOf: date(asOf) })),
    );
    fc.assert(
      fc.property(many, policyInput, (input, policy) => {
        expect(essentials(input, policy)).toEqual(referenceEvaluate(input, policy));
      }),
      { numRuns: 25 },
    );
  });

  it('reports periods whose days add up to the count', () => {
    fc.assert(
      fc.property(eligibilityInput, policyInput, (input, policy) => {
        const result = evaluateEligibility(input, policy);
        expect(result.periods.reduce((sum, period) => sum + period.days, 0)).toBe(result.countedDays);
        for (const period of result.periods) {
          expect(period.start >= result.window.start && period.end <= result.window.end).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

/** Splits every absence of two or more days (or ongoing) at `cut` into two touching parts. */
function split(absence: AbsenceInput, cut: number): AbsenceInput[] {
  const start = absence.start as IsoDate;
  const days = absence.end === null ? Infinity : daysBetween(start, absence.end as IsoDate) + 1;
  if (days < 2) return [absence];
  const firstDays = 1 + (cut % Math.min(days - 1, 1000));
  const { wentHomeSick: _dropped, ...rest } = absence;
  return [
    { ...absence, end: addDays(start, firstDays - 1) },
    { ...rest, start: addDays(start, firstDays) },
  ];
}

describe('laws of the count', () => {
  it('does not depend on the order of the absences', () => {
    fc.assert(
      fc.property(eligibilityInput, policyInput, fc.integer(), (input, policy, seed) => {
        const shuffled = [...input.absences]
          .map((absence, i) => ({ absence, key: (i * 7919 + seed) % 1009 }))
          .sort((a, b) => a.key - b.key)
          .map(({ absence }) => absence);
        expect(evaluateEligibility({ ...input, absences: shuffled }, policy)).toEqual(evaluateEligibility(input, policy));
      }),
      { numRuns: 200 },
    );
  });

  it('does not change when an absence is recorded twice', () => {
    fc.assert(
      fc.property(eligibilityInput, policyInput, fc.nat(), (input, policy, pick) => {
        fc.pre(input.absences.length > 0);
        const twice = [...input.absences, input.absences[pick % input.absences.length]!];
        expect(evaluateEligibility({ ...input, absences: twice }, policy)).toEqual(evaluateEligibility(input, policy));
      }),
      { numRuns: 200 },
    );
  });

  it('does not change when an absence is split into touching parts (a follow-up certificate)', () => {
    fc.assert(
      fc.property(eligibilityInput, policyInput, fc.nat(), fc.nat(), (input, policy, pick, cut) => {
        fc.pre(input.absences.length > 0);
        const index = pick % input.absences.length;
        const parts = split(input.absences[index]!, cut);
        const absences = [...input.absences.slice(0, index), ...parts, ...input.absences.slice(index + 1)];
        expect(evaluateEligibility({ ...input, absences }, policy)).toEqual(evaluateEligibility(input, policy));
      }),
      { numRuns: 200 },
    );
  });

  it('never counts fewer days when an absence is added', () => {
    fc.assert(
      fc.property(
        eligibilityInput.chain((input) => fc.tuple(fc.constant(input), absenceNear(toEpochDay(input.asOf as IsoDate)))),
        policyInput,
        ([input, extra], policy) => {
          const before = evaluateEligibility(input, policy).countedDays;
          const after = evaluateEligibility({ ...input, absences: [...input.absences, extra] }, policy).countedDays;
          expect(after).toBeGreaterThanOrEqual(before);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('does not change its input', () => {
    fc.assert(
      fc.property(eligibilityInput, policyInput, (input, policy) => {
        const copy = structuredClone(input);
        evaluateEligibility(input, policy);
        expect(input).toEqual(copy);
      }),
      { numRuns: 100 },
    );
  });
});
