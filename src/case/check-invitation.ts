import { parseInput } from '../model/input-error.js';
import { properOfferCheck } from '../law/proper-offer.js';
import { InvitationContent, type InvitationContentInput, type InvitationElement } from '../model/invitation.js';

/**
 * The result of {@link checkInvitation}: whether the invitation is a proper offer and, if not,
 * which elements are missing (in the order of {@link InvitationElement}).
 *
 * @example
 * ```ts
 * const check: InvitationCheck = { proper: false, missing: ['reply-date'] };
 * ```
 */
export interface InvitationCheck {
  /** True when no element is missing: the invitation is a proper offer. */
  readonly proper: boolean;
  /** The elements that are missing or, for `no-mandatory-doctor-visit`, violated. */
  readonly missing: readonly InvitationElement[];
}

/**
 * Checks a BEM invitation against the elements of a proper offer (§ 167 Abs. 2 S. 4 SGB IX;
 * BAG 20.11.2014 – 2 AZR 755/13).
 *
 * The elements: occasion, all three goals, voluntariness, the kind and scope of the data with
 * purpose and recipients, the possible participants and the employee's right to choose, the
 * trusted person, the right to withdraw, a contact and a reply date. A doctor's visit presented
 * as mandatory makes it improper (LAG Nürnberg 18.2.2020 – 7 Sa 124/19). An improper offer
 * counts as no offer, so the case refuses to send it. The rule is `properOfferCheck` in
 * src/law/proper-offer.ts; this is its door.
 *
 * @param content the invitation, e.g. a draft from the HR system.
 * @returns `{ proper, missing }`.
 * @throws BemInputError `content…: Unknown field …` (or another shape problem) for content that is
 * not an {@link InvitationContent}.
 * @example
 * ```ts
 * checkInvitation({ replyBy: '2025-11-24', doctorVisit: 'mandatory' }).missing.includes('no-mandatory-doctor-visit'); //=> true
 * checkInvitation({}).proper; //=> false
 * ```
 */
export function checkInvitation(content: InvitationContentInput): InvitationCheck {
  return properOfferCheck(parseInput(InvitationContent, content, ['content']));
}
