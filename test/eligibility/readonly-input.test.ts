import { describe, expect, expectTypeOf, it } from 'vitest';
import { type AbsenceInput, type EligibilityInput, evaluateEligibility, scanWorkforceSync } from '../../src/index.js';

describe('readonly input', () => {
  it('accepts readonly arrays of absences, as DESIGN promises (`readonly AbsenceInput[]`)', () => {
    const absences: readonly AbsenceInput[] = Object.freeze([{ start: '2025-01-06', end: '2025-02-28', kind: 'sickness' }]);
    expectTypeOf<readonly AbsenceInput[]>().toMatchTypeOf<EligibilityInput['absences']>();
    expect(evaluateEligibility({ absences, asOf: '2025-10-31' }).status).toBe('due');
    expect(evaluateEligibility({ absences, asOf: '2025-10-31' }, { unit: 'working-days' }).status).toBe('due');
    expect([...scanWorkforceSync([{ employeeId: 'e-1', absences }], { asOf: '2025-10-31' })][0]).toMatchObject({ employeeId: 'e-1' });
  });
});
