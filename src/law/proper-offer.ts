import { BAG_2014_11_20_2AZR755_13, cite, LAG_NUERNBERG_2020_02_18_7SA124_19, SGB9_167_2_S4 } from './citations.js';

/**
 * The three goals of a BEM named in § 167 Abs. 2 S. 1 SGB IX, in their canonical order; a proper
 * invitation explains all three (S. 4). The `BemGoal` schema in src/model/invitation.ts is built
 * from this list.
 *
 * @example
 * ```ts
 * BEM_GOALS; //=> ['overcome-incapacity', 'prevent-incapacity', 'keep-employment']
 * ```
 */
export const BEM_GOALS = ['overcome-incapacity', 'prevent-incapacity', 'keep-employment'] as const;

/**
 * The elements of a proper BEM offer, in their canonical order (the order `checkInvitation`
 * names missing ones in). The `InvitationElement` schema in src/model/invitation.ts is built from
 * this list; what each means is documented there.
 *
 * @example
 * ```ts
 * INVITATION_ELEMENTS.length; //=> 12
 * ```
 */
export const INVITATION_ELEMENTS = [
  'occasion',
  'goals',
  'voluntariness',
  'data-kind-and-scope',
  'data-purpose',
  'data-recipients',
  'participants-and-choice',
  'trusted-person',
  'right-to-withdraw',
  'contact',
  'reply-date',
  'no-mandatory-doctor-visit',
] as const;

/**
 * One element of a proper offer; the model's `InvitationElement` is the same union.
 *
 * @example
 * ```ts
 * const element: InvitationElementName = 'reply-date';
 * ```
 */
export type InvitationElementName = (typeof INVITATION_ELEMENTS)[number];

/**
 * The sources of the proper-offer rule: the employee is told beforehand the goals and the kind
 * and scope of the data (S. 4), and an invitation that does not explain them is no offer at all
 * (BAG 20.11.2014 – 2 AZR 755/13).
 *
 * @example
 * ```ts
 * PROPER_OFFER_REFERENCE; //=> '§ 167 Abs. 2 S. 4 SGB IX; BAG 20.11.2014 – 2 AZR 755/13'
 * ```
 */
export const PROPER_OFFER_REFERENCE: string = cite(SGB9_167_2_S4, BAG_2014_11_20_2AZR755_13);

/**
 * The sources of a refused offer: {@link PROPER_OFFER_REFERENCE}, and LAG Nürnberg 18.2.2020 –
 * 7 Sa 124/19 when the invitation presents a doctor's visit as mandatory.
 *
 * @example
 * ```ts
 * improperOfferReference(['reply-date']); //=> '§ 167 Abs. 2 S. 4 SGB IX; BAG 20.11.2014 – 2 AZR 755/13'
 * improperOfferReference(['no-mandatory-doctor-visit']).endsWith('LAG Nürnberg 18.2.2020 – 7 Sa 124/19'); //=> true
 * ```
 */
export function improperOfferReference(missing: readonly InvitationElementName[]): string {
  return missing.includes('no-mandatory-doctor-visit') ? cite(PROPER_OFFER_REFERENCE, LAG_NUERNBERG_2020_02_18_7SA124_19) : PROPER_OFFER_REFERENCE;
}

/**
 * What the proper-offer rule reads of an invitation: the fields of the model's
 * `InvitationContent` that decide it (a validated `InvitationContent` is one).
 *
 * @internal
 */
export interface OfferContent {
  readonly occasion?: unknown;
  readonly goals?: readonly string[] | undefined;
  readonly voluntarinessExplained?: boolean | undefined;
  readonly dataProtection?:
    | { readonly categories: readonly unknown[]; readonly purposes: readonly unknown[]; readonly recipients: readonly unknown[] }
    | undefined;
  readonly possibleParticipants?: readonly unknown[] | undefined;
  readonly participantChoiceExplained?: boolean | undefined;
  readonly trustedPersonOffered?: boolean | undefined;
  readonly withdrawalExplained?: boolean | undefined;
  readonly contact?: unknown;
  readonly replyBy?: unknown;
  readonly doctorVisit?: string | undefined;
}

const nonEmpty = (list: readonly unknown[] | undefined): boolean => list !== undefined && list.length > 0;

/** What makes each element present; one line per element of the [case-lifecycle guide](../../docs/case-lifecycle.md). */
const elementPresent: Record<InvitationElementName, (content: OfferContent) => boolean> = {
  occasion: (content) => content.occasion !== undefined,
  goals: (content) => BEM_GOALS.every((goal) => content.goals?.includes(goal) === true),
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

/**
 * The proper-offer rule (§ 167 Abs. 2 S. 4 SGB IX; BAG 20.11.2014 – 2 AZR 755/13; LAG Nürnberg
 * 18.2.2020 – 7 Sa 124/19): the elements an invitation lacks (or, for
 * `no-mandatory-doctor-visit`, violates), in canonical order. The offer is proper when none is
 * missing; an improper offer counts as no offer.
 *
 * @internal
 * @example
 * ```ts
 * properOfferCheck({ replyBy: '2025-11-24', doctorVisit: 'mandatory' }).missing.includes('no-mandatory-doctor-visit'); //=> true
 * properOfferCheck({}).proper; //=> false
 * ```
 */
export function properOfferCheck(content: OfferContent): { proper: boolean; missing: InvitationElementName[] } {
  const missing = INVITATION_ELEMENTS.filter((element) => !elementPresent[element](content));
  return { proper: missing.length === 0, missing };
}
