import { describe, expect, it } from 'vitest';
import { BAG_2014_11_20_2AZR755_13, LAG_NUERNBERG_2020_02_18_7SA124_19, SGB9_167_2_S4 } from '../../src/law/citations.js';
import { BEM_GOALS, improperOfferReference, INVITATION_ELEMENTS, PROPER_OFFER_REFERENCE, properOfferCheck } from '../../src/law/proper-offer.js';
import { BemGoal, InvitationContent, InvitationElement } from '../../src/model/index.js';
import { properContent } from '../case/fixtures.js';

const proper = InvitationContent.parse(properContent);

describe('the proper-offer rule (§ 167 Abs. 2 S. 4 SGB IX)', () => {
  it('has the vocabularies the model’s schemas are built from, in their order', () => {
    expect(BemGoal.options).toEqual([...BEM_GOALS]);
    expect(InvitationElement.options).toEqual([...INVITATION_ELEMENTS]);
  });

  it('finds an invitation with every element proper, and an empty draft lacking all but the doctor’s visit', () => {
    expect(properOfferCheck(proper)).toEqual({ proper: true, missing: [] });
    expect(properOfferCheck({})).toEqual({ proper: false, missing: INVITATION_ELEMENTS.filter((element) => element !== 'no-mandatory-doctor-visit') });
  });

  it('needs all three goals: two are not enough', () => {
    expect(properOfferCheck({ ...proper, goals: [...BEM_GOALS] }).proper).toBe(true);
    expect(properOfferCheck({ ...proper, goals: ['overcome-incapacity', 'keep-employment'] }).missing).toEqual(['goals']);
  });

  it('needs at least one data category, purpose and recipient, each on its own', () => {
    const data = proper.dataProtection!;
    expect(properOfferCheck({ ...proper, dataProtection: { ...data, categories: data.categories.slice(0, 1) } }).proper).toBe(true);
    expect(properOfferCheck({ ...proper, dataProtection: { ...data, categories: [] } }).missing).toEqual(['data-kind-and-scope']);
    expect(properOfferCheck({ ...proper, dataProtection: { ...data, purposes: [] } }).missing).toEqual(['data-purpose']);
    expect(properOfferCheck({ ...proper, dataProtection: { ...data, recipients: [] } }).missing).toEqual(['data-recipients']);
  });

  it('is spoiled by a doctor’s visit presented as mandatory, not by a voluntary or unmentioned one', () => {
    expect(properOfferCheck({ ...proper, doctorVisit: 'voluntary' }).proper).toBe(true);
    expect(properOfferCheck({ ...proper, doctorVisit: 'not-mentioned' }).proper).toBe(true);
    expect(properOfferCheck({ ...proper, doctorVisit: 'mandatory' }).missing).toEqual(['no-mandatory-doctor-visit']);
  });

  it('cites S. 4 and BAG 2 AZR 755/13, and LAG Nürnberg only when the doctor’s visit failed', () => {
    expect(PROPER_OFFER_REFERENCE).toBe(`${SGB9_167_2_S4}; ${BAG_2014_11_20_2AZR755_13}`);
    expect(improperOfferReference(['reply-date'])).toBe(PROPER_OFFER_REFERENCE);
    expect(improperOfferReference(['reply-date', 'no-mandatory-doctor-visit'])).toBe(`${PROPER_OFFER_REFERENCE}; ${LAG_NUERNBERG_2020_02_18_7SA124_19}`);
  });
});
