import { parseInput } from '../model/input-error.js';
import { BemGoal, InvitationContent, type InvitationContentInput, InvitationElement } from '../model/invitation.js';

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

const nonEmpty = (list: readonly unknown[] | undefined): boolean => list !== undefined && list.length > 0;

/** What makes each element present; one line per element of the [case-lifecycle guide](../../docs/case-lifecycle.md). */
const elementPresent: Record<InvitationElement, (content: InvitationContent) => boolean> = {
  occasion: (content) => content.occasion !== undefined,
  goals: (content) => BemGoal.options.every((goal) => content.goals?.includes(goal) === true),
  voluntariness: (content) => content.voluntarinessExplained === true,
  'data-kind-and-scope': (content) => nonEmpty(content.dataProtection?.categories),
  'data-purpose': (content) => nonEmpty(content.dataProtection?.purposes),
  'data-recipients': (content) => nonEmpty(content.dataProtection?.recipients),
  'participants-and-choice': (content) => nonEmpty(content.possibleParticipants) && content.participantChoiceExplained === true,
  'trusted-person': (content) => content.trustedPersonOffered === true,
  'right-to-withdraw': (content) => content.withdrawalExplained === true,
  contact: (content) => content.contact !== undefined,
  'reply-date': (content) => content.replyBy !== undefined,
  'no-mandatory-doctor-visit': (content) => content.doctorVisit !== 'mandatory',
};

/** {@link checkInvitation} for content that has already been validated. */
export function invitationCheckOf(content: InvitationContent): InvitationCheck {
  const missing = InvitationElement.options.filter((element) => !elementPresent[element](content));
  return { proper: missing.length === 0, missing };
}

/**
 * Checks a BEM invitation against the elements of a proper offer (§ 167 Abs. 2 S. 4 SGB IX;
 * BAG 20.11.2014 – 2 AZR 755/13): occasion, all three goals, voluntariness, the kind and scope of
 * the data with purpose and recipients, the possible participants and the employee's right to
 * choose, the trusted person, the right to withdraw, a contact and a reply date. A doctor's visit
 * presented as mandatory makes it improper (LAG Nürnberg 18.2.2020 – 7 Sa 124/19). An improper
 * offer counts as no offer, so the case refuses to send it.
 *
 * @param content the invitation, e.g. a draft from the HR system.
 * @returns `{ proper, missing }`.
 * @throws BemInputError `content…: Unknown field …` (or another shape problem) for content that is
 *   not an {@link InvitationContent}.
 * @example
 * ```ts
 * checkInvitation({ replyBy: '2025-11-24', doctorVisit: 'mandatory' }).missing.includes('no-mandatory-doctor-visit'); //=> true
 * checkInvitation({}).proper; //=> false
 * ```
 */
export function checkInvitation(content: InvitationContentInput): InvitationCheck {
  return invitationCheckOf(parseInput(InvitationContent, content, ['content']));
}
