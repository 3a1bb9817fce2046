import * as z from 'zod';
import { named } from '../model/named.js';
import { properOfferCheck } from '../law/proper-offer.js';
import { IsoDate } from '../dates/iso-date.js';
import type { BemCaseInput } from '../model/bem-case.js';
import { checkedCase } from '../case/trusted-case.js';
import { InvitationElement } from '../model/invitation.js';
import { OfferReply, replyOf } from './offer-reply.js';

/**
 * What is kept of a BEM file that is destroyed at once after a decline or a withdrawal (the
 * [privacy guide](../../docs/privacy.md)).
 *
 * The proof that a proper offer was made (BAG 20.11.2014 –
 * 2 AZR 755/13: an improper offer counts as no offer).
 *
 * It holds the references, the day the threshold was crossed and the day of the offer, whether the
 * invitation was proper, which elements it contained and which were missing (never its wording or
 * data), the reply date and reminders, and the answer with its day and whether it was in writing
 * (`null` when not stated).
 *
 * @example
 * ```ts
 * ProofOfOffer.shape.elements.element.options.length; //=> 12
 * ```
 */
export const ProofOfOffer = z.strictObject({
  caseId: z.string().min(1),
  employeeId: z.string().min(1),
  thresholdCrossedOn: IsoDate.nullable(),
  offeredOn: IsoDate,
  proper: z.boolean(),
  elements: z.array(named<InvitationElement>(InvitationElement)),
  missing: z.array(named<InvitationElement>(InvitationElement)),
  replyBy: IsoDate,
  reminders: z.array(IsoDate),
  reply: named<OfferReply>(OfferReply).nullable(),
  repliedOn: IsoDate.nullable(),
  replyInWriting: z.boolean().nullable(),
});

export interface ProofOfOffer extends z.infer<typeof ProofOfOffer> {}

/**
 * The proof of the BEM offer that outlives the BEM file (the [privacy
 * guide](../../docs/privacy.md)).
 *
 * When the employee declined or withdrew, the file is due for
 * deletion at once (`retentionUntil`) and only this record is kept.
 *
 * `null` when no invitation was sent, so there is nothing to prove.
 *
 * @param c the case (validated with the `BemCase` schema).
 * @throws BemInputError when `c` is not a valid case, e.g. `case: Unknown field 'diagnosis'…`.
 * @see BAG 20.11.2014 – 2 AZR 755/13
 * @example
 * ```ts
 * proofOfOffer(declinedCase);
 * //=> { caseId: 'c-1', employeeId: 'e-4711', thresholdCrossedOn: '2025-10-20', offeredOn: '2025-11-03',
 * //     proper: true, elements: ['occasion', 'goals', …, 'no-mandatory-doctor-visit'], missing: [],
 * //     replyBy: '2025-11-17', reminders: [], reply: 'declined', repliedOn: '2025-11-10', replyInWriting: true }
 * proofOfOffer(openCase); //=> null
 * ```
 */
export function proofOfOffer(c: BemCaseInput): ProofOfOffer | null {
  const valid = checkedCase(c);
  const invitation = valid.invitation;
  if (invitation === null) return null;
  const { proper, missing } = properOfferCheck(invitation.content);
  const { reply, repliedOn, inWriting } = replyOf(valid);
  return {
    caseId: valid.id,
    employeeId: valid.employee.id,
    thresholdCrossedOn: valid.thresholdCrossedOn,
    offeredOn: invitation.sentOn,
    proper,
    elements: InvitationElement.options.filter((element) => !missing.includes(element)),
    missing: [...missing],
    replyBy: invitation.replyBy,
    reminders: invitation.reminders,
    reply,
    repliedOn,
    replyInWriting: inWriting,
  };
}
