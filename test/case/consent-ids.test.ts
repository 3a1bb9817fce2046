import { describe, expect, it } from 'vitest';
import { applyEvent } from '../../src/case/index.js';
import type { CaseEventInput, ConsentGrant } from '../../src/model/index.js';
import { bemConsent, ev, opened, run } from './fixtures.js';

const grant = (consent: ConsentGrant, on = '2025-11-12'): CaseEventInput => ({ type: 'consent.granted', on, by: 'employee', consent });
const participation: ConsentGrant = { purpose: 'participation', dataCategories: ['case-progress'], recipients: ['works-council'] };

describe('consent ids', () => {
  it('skip an id given by hand, so revoking one consent never revokes another', () => {
    const accepted: CaseEventInput = { type: 'employee.accepted', on: '2025-11-10', by: 'employee', consent: { ...bemConsent, id: 'consent-2' } };
    const c = run(opened(), [ev.invite(), accepted, grant(participation)]);
    expect(c.consents.map((consent) => consent.id)).toEqual(['consent-2', 'consent-3']);
    const revoked = run(c, [{ type: 'consent.revoked', on: '2025-11-13', by: 'employee', consentId: 'consent-3' }]);
    expect(revoked.consents.map((consent) => consent.revokedOn)).toEqual([null, '2025-11-13']);
    expect(revoked.state).toBe('accepted'); // the BEM consent still holds: no pause
  });

  it('number consents one after the other when no id is given', () => {
    const c = run(opened(), [ev.invite(), ev.accept(), grant(participation), grant({ ...participation, recipients: ['company-doctor'] })]);
    expect(c.consents.map((consent) => consent.id)).toEqual(['consent-1', 'consent-2', 'consent-3']);
  });

  it('refuse an id given by hand that is in use, whether generated or given', () => {
    const c = run(opened(), [ev.invite(), ev.accept(), grant({ ...participation, id: 'works-council-2025' })]);
    for (const id of ['consent-1', 'works-council-2025']) {
      expect(applyEvent(c, grant({ ...participation, id }, '2025-11-13'))).toMatchObject({ ok: false, error: { code: 'duplicate-consent-id' } });
    }
  });
});
