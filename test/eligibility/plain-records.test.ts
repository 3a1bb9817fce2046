import { describe, expect, it } from 'vitest';
import { eligibilityTimeline, evaluateEligibility, scanWorkforceSync } from '../../src/eligibility/index.js';
import { BemInputError } from '../../src/model/index.js';

// The fast paths read records by for…in and destructuring, which also see inherited keys; the door
// refuses anything but plain data. Both must give one answer: a class instance or an object made
// with Object.create(template) is refused at its path, never evaluated.
class Sickness {
  readonly kind = 'sickness';
  constructor(
    readonly start: string,
    readonly end: string,
  ) {}
}
const pathOf = (call: () => unknown): string | null => {
  try {
    call();
    return null;
  } catch (error) {
    if (!(error instanceof BemInputError)) throw error;
    return error.issues[0]?.path.join('.') ?? '';
  }
};

describe('the fast paths take plain data only, as the door does', () => {
  it('refuses an input inherited from a template', () => {
    expect(pathOf(() => evaluateEligibility(Object.create({ absences: [], asOf: '2025-01-01' }) as never))).toBe('');
  });

  it('refuses a class instance as an absence in the engine, the timeline and the scan', () => {
    const absences = [new Sickness('2025-01-01', '2025-03-01')] as never;
    expect(pathOf(() => evaluateEligibility({ absences, asOf: '2025-03-01' }))).toBe('absences.0');
    expect(pathOf(() => eligibilityTimeline({ absences }, { from: '2025-01-01', to: '2025-03-01' } as never))).toMatch(/absences\.0$/);
    const [item] = scanWorkforceSync([{ employeeId: 'e-1', absences }], { asOf: '2025-03-01' });
    expect(item !== undefined && 'error' in item).toBe(true);
  });

  it('still takes object literals, parsed JSON and null-prototype objects', () => {
    const literal = { absences: [{ start: '2025-01-01', end: '2025-03-01', kind: 'sickness' as const }], asOf: '2025-03-01' };
    expect(evaluateEligibility(literal).status).toBe('due');
    expect(evaluateEligibility(JSON.parse(JSON.stringify(literal)) as typeof literal).status).toBe('due');
    expect(evaluateEligibility(Object.assign(Object.create(null) as object, literal)).status).toBe('due');
  });
});
