import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkInvitation } from '../../src/case/index.js';
import { InvitationElement } from '../../src/model/index.js';
import { ProofOfOffer, proofOfOffer, retentionUntil } from '../../src/privacy/index.js';
import { ev, opened, run } from '../case/fixtures.js';
import { reachableCase } from '../case/arbitraries.js';
import { base, e } from './fixtures.js';

describe('proofOfOffer', () => {
  it('keeps, for a declined case due for deletion at once, the proof of the proper offer and the written no', () => {
    const declined = run(opened(), [ev.invite('2025-11-04'), { type: 'employee.declined', on: '2025-11-10', by: 'employee', inWriting: true }]);
    expect(retentionUntil(declined)).toBe('2025-11-10');
    expect(proofOfOffer(declined)).toEqual({
      caseId: 'c-1',
      employeeId: 'e-4711',
      thresholdCrossedOn: '2025-10-30',
      offeredOn: '2025-11-04',
      proper: true,
      elements: InvitationElement.options,
      missing: [],
      replyBy: '2025-11-17',
      reminders: [],
      reply: 'declined',
      repliedOn: '2025-11-10',
      replyInWriting: true,
    });
  });

  it('is null when no invitation was sent', () => {
    expect(proofOfOffer(opened())).toBeNull();
  });

  it('records the reminders and a missing answer', () => {
    const c = run(base(), [e.invite(), e.remind('2025-11-18')]);
    expect(proofOfOffer(c)).toMatchObject({ proper: true, missing: [], reminders: ['2025-11-18'], reply: null });
  });

  it('splits the elements into contained and missing, as checkInvitation sees them, for any case', () => {
    fc.assert(
      fc.property(reachableCase, (c) => {
        const proof = proofOfOffer(c);
        if (c.invitation === null) {
          expect(proof).toBeNull();
          return;
        }
        expect(ProofOfOffer.safeParse(proof).success).toBe(true);
        expect(proof?.missing).toEqual(checkInvitation(c.invitation.content).missing);
        expect([...(proof?.elements ?? []), ...(proof?.missing ?? [])].sort()).toEqual([...InvitationElement.options].sort());
        expect(JSON.stringify(proof)).not.toMatch(/BEM office|bem@example|title|consent/);
      }),
      { numRuns: 200 },
    );
  });
});
