import { describe, expect, it } from 'vitest';
import { applyEvent, caseErrors } from '../../src/case/index.js';
import type { ApplyResult } from '../../src/case/step.js';
import type { BemCase, CaseEventInput } from '../../src/model/index.js';
import { caseIn, ev, properContent, run } from './fixtures.js';

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

  it('an improper invitation cites the LAG Nürnberg decision only when it presents the doctor’s visit as mandatory', () => {
    const { trustedPersonOffered: _left, ...withoutTrustedPerson } = properContent;
    const lacking = applyEvent(caseIn('open'), ev.invite('2025-11-04', { ...withoutTrustedPerson, replyBy: '2025-11-17' }));
    expect(lacking.ok ? null : lacking.error.code).toBe('improper-invitation');
    expect(referenceOf(lacking)).toBe('§ 167 Abs. 2 S. 4 SGB IX; BAG 20.11.2014 – 2 AZR 755/13');
    const mandatory = applyEvent(caseIn('open'), ev.invite('2025-11-04', { ...properContent, doctorVisit: 'mandatory', replyBy: '2025-11-17' }));
    expect(referenceOf(mandatory)).toBe(caseErrors['improper-invitation'].reference);
    expect(referenceOf(mandatory)).toContain('7 Sa 124/19');
  });
});
