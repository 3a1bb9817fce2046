import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EligibilityInput, evaluateEligibility, safeEvaluateEligibility } from '../../src/eligibility/index.js';
import { tryEvaluate } from '../../src/eligibility/evaluate.js';
import { defaultPolicyPrepared } from '../../src/eligibility/prepared-policy.js';
import { parseInput } from '../../src/model/index.js';
import { eligibilityInput } from './arbitraries.js';

/** Values that break a field in every way a caller might. */
const junk = fc.oneof(
  fc.constantFrom(undefined, null, true, 0, '', '2025-02-29', '2025-2-3', '2024-02-29', '0000-01-01', '9999-12-31', 'sickness', 'other', [], {}),
  fc.string({ maxLength: 12 }),
  fc.integer(),
);
const fields = ['id', 'start', 'end', 'kind', 'certified', 'wentHomeSick', 'diagnosis'];

/** The engine's own fast check (the one door): whether it evaluates `value` without zod. */
const passesFastCheck = (value: unknown): boolean => tryEvaluate(value, defaultPolicyPrepared) !== null;

/** A valid input with one field (of the input or of one absence) replaced by junk. */
const damaged = fc
  .tuple(eligibilityInput, fc.nat(), fc.constantFrom(...fields, 'asOf', 'previousBemConcludedOn', 'bemRunningSince', 'absences', 'extra'), junk)
  .map(([input, pick, field, value]) => {
    const copy = structuredClone(input) as unknown as Record<string, unknown> & { absences: Record<string, unknown>[] };
    if (fields.includes(field) && copy.absences.length > 0) copy.absences[pick % copy.absences.length]![field] = value;
    else copy[field] = value;
    return copy;
  });

describe('the fast input check', () => {
  it('never accepts what the schema refuses', () => {
    fc.assert(
      fc.property(damaged, (input) => {
        if (passesFastCheck(input)) expect(EligibilityInput.safeParse(input).success).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('accepts the valid inputs the schema accepts', () => {
    fc.assert(
      fc.property(eligibilityInput, (input) => {
        expect(passesFastCheck(input)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('gives exactly the errors of the schema', () => {
    fc.assert(
      fc.property(damaged, (input) => {
        const result = safeEvaluateEligibility(input as unknown as EligibilityInput);
        const schema = EligibilityInput.safeParse(input);
        expect(result.success).toBe(schema.success);
        if (!result.success) {
          let expected: unknown;
          try {
            parseInput(EligibilityInput, input);
          } catch (error) {
            expected = error;
          }
          expect(result.error).toEqual(expected);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('refuses what is not an object', () => {
    expect(() => evaluateEligibility(null as never)).toThrowErrorMatchingInlineSnapshot(`[BemInputError: Invalid input: (input): Expected object, received null]`);
    expect(() => evaluateEligibility({ absences: {}, asOf: '2025-10-31' } as never)).toThrow('absences: Expected array, received object');
  });
});
