import { describe, expect, it } from 'vitest';
import { applyEvent, caseErrors } from '../../src/case/index.js';
import type { ApplyResult } from '../../src/case/step.js';
import type { BemCase, CaseEventInput } from '../../src/model/index.js';
import { caseIn, ev, run } from './fixtures.js';

const referenceOf = (result: ApplyResult): string | null => (result.ok ? null : result.error.reference);
const after = (c: BemCase, event: CaseEventInput): BemCase => run(c, [event]);

describe('each rule cites its own source', () => {
  it('an interview before the employee’s yes cites § 167 Abs. 2 S. 1 SGB IX, not practice', () => {
    const result = applyEvent(caseIn('invited'), ev.interview());
    expect(result.ok ? null : result.error.code).toBe('event-not-allowed-in-state');
    expect(referenceOf(result)).toBe('§ 167 Abs. 2 S. 1 SGB IX');
    expect(referenceOf(applyEvent(caseIn('open'), ev.propose()))).toBe('§ 167 Abs. 2 S. 1 SGB IX');
  });

  it('an event out of order for another reason keeps the code’s reference', () => {
    expect(referenceOf(applyEvent(caseIn('accepted'), ev.remind('2025-11-18')))).toBe(caseErrors['event-not-allowed-in-state'].reference);
  });

  it('a graded return without the external-benefits consent cites S. 5–6, the code’s own reference stays S. 1', () => {
    const proposed = after(caseIn('in-progress'), ev.propose('m-2', 'graded-return'));
    const result = applyEvent(proposed, ev.agree('m-2'));
    expect(result.ok ? null : result.error.code).toBe('consent-required');
    expect(referenceOf(result)).toBe('§ 167 Abs. 2 S. 5–6 SGB IX; Art. 7 and 9 GDPR');
    expect(caseErrors['consent-required'].reference).toBe('§ 167 Abs. 2 S. 1 SGB IX; Art. 7 and 9 GDPR');
  });
});
