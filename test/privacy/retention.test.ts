import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths } from '../../src/dates/index.js';
import { BemInputError } from '../../src/model/index.js';
import { proofOfOffer, retentionUntil } from '../../src/privacy/index.js';
import { reachableCase } from '../case/arbitraries.js';
import { run } from '../case/fixtures.js';
import { base, closedCase, e, interviewed } from './fixtures.js';

describe('retentionUntil', () => {
  it('is null while the case is open, invited, running or paused', () => {
    expect(retentionUntil(base())).toBeNull();
    expect(retentionUntil(run(base(), [...interviewed, e.withdraw('2025-12-01')]))).toBeNull();
  });

  it('keeps a completed case three years after closure by default', () => {
    expect(retentionUntil(closedCase('completed', '2025-06-30'))).toBe('2028-06-30');
    expect(retentionUntil(closedCase('no-suitable-measures', '2025-06-30'))).toBe('2028-06-30');
    expect(retentionUntil(closedCase('employment-ended', '2025-06-30'))).toBe('2028-06-30');
  });

  it('clamps a closure on 29 February to 28 February', () => {
    expect(retentionUntil(closedCase('completed', '2024-02-29'))).toBe('2027-02-28');
    expect(retentionUntil(closedCase('completed', '2024-02-29'), { yearsAfterClosure: 4 })).toBe('2028-02-29');
  });

  it('takes the number of years from the policy', () => {
    expect(retentionUntil(closedCase('completed', '2025-06-30'), { yearsAfterClosure: 1 })).toBe('2026-06-30');
    expect(retentionUntil(closedCase('completed', '2025-06-30'), { yearsAfterClosure: 0 })).toBe('2025-06-30');
  });

  it('is due at once, on the closing day, after a decline or a withdrawal', () => {
    expect(retentionUntil(closedCase('declined', '2025-11-10'))).toBe('2025-11-10');
    expect(retentionUntil(closedCase('withdrawn', '2026-01-15'))).toBe('2026-01-15');
  });

  it('treats silence after a reminder like a decline unless the policy says otherwise', () => {
    expect(retentionUntil(closedCase('no-response', '2025-12-01'))).toBe('2025-12-01');
    expect(retentionUntil(closedCase('no-response', '2025-12-01'), { noResponseAsDecline: false })).toBe('2028-12-01');
  });

  it('is due on the day of the last revocation once every BEM consent was revoked, also while the case is paused', () => {
    const revoked = run(base(), [...interviewed, e.revoke('2025-12-01', 'consent-1')]);
    expect(revoked.state).toBe('paused');
    expect(retentionUntil(revoked)).toBe('2025-12-01');
    expect(retentionUntil(run(revoked, [e.close('2026-01-31', 'employment-ended')]))).toBe('2025-12-01');
    expect(proofOfOffer(revoked)).toMatchObject({ offeredOn: '2025-11-03', proper: true, reply: 'accepted' });
    const regranted = run(revoked, [e.grant('2025-12-05', { purpose: 'bem-procedure', dataCategories: ['case-progress'], recipients: ['employer'] }), e.resume('2025-12-06')]);
    expect(retentionUntil(regranted)).toBeNull();
    expect(retentionUntil(run(regranted, [e.close('2026-01-31', 'no-suitable-measures')]))).toBe('2029-01-31');
    const twice = run(regranted, [e.revoke('2025-12-20', 'consent-2')]);
    expect(retentionUntil(twice)).toBe('2025-12-20');
  });

  it('keeps a case paused by a withdrawal (the consent still holds) until it is closed', () => {
    const withdrawn = run(base(), [...interviewed, e.withdraw('2025-12-01')]);
    expect(retentionUntil(withdrawn)).toBeNull();
    expect(retentionUntil(run(withdrawn, [e.close('2026-01-15', 'withdrawn', 'employee')]))).toBe('2026-01-15');
  });

  it('is the last revocation once every BEM consent was revoked, else closure + n years or the closing day (reference: by hand)', () => {
    fc.assert(
      fc.property(reachableCase, fc.integer({ min: 0, max: 10 }), (c, years) => {
        const until = retentionUntil(c, { yearsAfterClosure: years });
        const bem = c.consents.filter((consent) => consent.purpose === 'bem-procedure');
        const allRevoked = bem.length > 0 && bem.every((consent) => consent.revokedOn !== null);
        if (allRevoked) {
          expect(until).toBe(bem.map((consent) => consent.revokedOn).sort().at(-1));
          return;
        }
        if (c.closedOn === null) {
          expect(until).toBeNull();
          return;
        }
        const atOnce = ['declined', 'withdrawn', 'no-response'].includes(c.outcome ?? '');
        expect(until).toBe(atOnce ? c.closedOn : addMonths(c.closedOn, 12 * years));
        expect(until! >= c.closedOn).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('throws a BemInputError naming the policy field', () => {
    expect(() => retentionUntil(closedCase('completed', '2025-06-30'), { yearsAfterClosure: 1.5 })).toThrow(BemInputError);
    expect(() => retentionUntil(closedCase('completed', '2025-06-30'), { years: 3 } as never)).toThrow(/policy/);
    expect(() => retentionUntil({ id: 'c-1' } as never)).toThrow(/case\.state/);
  });
});
