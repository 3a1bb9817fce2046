import { describe, expect, it } from 'vitest';
import { checkInvitation } from '../../src/case/index.js';
import { BemInputError, InvitationElement, type InvitationContentInput } from '../../src/model/index.js';
import { properContent } from './fixtures.js';

describe('checkInvitation', () => {
  it('finds a complete invitation proper', () => {
    expect(checkInvitation(properContent)).toEqual({ proper: true, missing: [] });
  });

  it('lists every element of an empty draft except the doctor’s visit, which is not mandatory there', () => {
    expect(checkInvitation({})).toEqual({ proper: false, missing: InvitationElement.options.filter((element) => element !== 'no-mandatory-doctor-visit') });
  });

  const without: [InvitationElement, InvitationContentInput][] = [
    ['occasion', { ...properContent, occasion: undefined }],
    ['goals', { ...properContent, goals: ['overcome-incapacity', 'keep-employment'] }],
    ['voluntariness', { ...properContent, voluntarinessExplained: false }],
    ['data-kind-and-scope', { ...properContent, dataProtection: { ...properContent.dataProtection, categories: [] } }],
    ['data-purpose', { ...properContent, dataProtection: { ...properContent.dataProtection, purposes: [] } }],
    ['data-recipients', { ...properContent, dataProtection: { ...properContent.dataProtection, recipients: [] } }],
    ['participants-and-choice', { ...properContent, participantChoiceExplained: false }],
    ['participants-and-choice', { ...properContent, possibleParticipants: [] }],
    ['trusted-person', { ...properContent, trustedPersonOffered: false }],
    ['right-to-withdraw', { ...properContent, withdrawalExplained: undefined }],
    ['contact', { ...properContent, contact: undefined }],
    ['reply-date', { ...properContent, replyBy: undefined }],
    ['no-mandatory-doctor-visit', { ...properContent, doctorVisit: 'mandatory' }],
  ];

  for (const [element, content] of without) {
    it(`names ${element} when it is missing`, () => {
      const defined = Object.fromEntries(Object.entries(content).filter(([, value]) => value !== undefined)) as InvitationContentInput;
      expect(checkInvitation(defined)).toEqual({ proper: false, missing: [element] });
    });
  }

  it('accepts a doctor’s visit that is offered as voluntary or not mentioned (LAG Nürnberg 18.2.2020 – 7 Sa 124/19)', () => {
    expect(checkInvitation({ ...properContent, doctorVisit: 'not-mentioned' }).proper).toBe(true);
    const { doctorVisit: _omitted, ...silent } = properContent;
    expect(checkInvitation(silent).proper).toBe(true);
  });

  it('throws a BemInputError with paths for content that is not an invitation', () => {
    const bad = { ...properContent, diagnosis: 'x', replyBy: '2025-02-30' } as unknown as InvitationContentInput;
    expect(() => checkInvitation(bad)).toThrow(BemInputError);
    try {
      checkInvitation(bad);
    } catch (error) {
      expect((error as BemInputError).issues.map((issue) => issue.path)).toEqual([['content', 'replyBy'], ['content']]);
    }
  });
});
