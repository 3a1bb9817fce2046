import * as z from 'zod';
import { type EnumOf, named } from './named.js';
import { IsoDate } from '../dates/iso-date.js';
import { ConsentPurpose, ConsentRecipient, DataCategory } from './consent.js';
import { ParticipantRole } from './participant.js';
import { BEM_GOALS, INVITATION_ELEMENTS } from '../law/proper-offer.js';

/**
 * The three goals of a BEM named in § 167 Abs. 2 S. 1 SGB IX.
 *
 * Overcome the present incapacity for
 * work (`overcome-incapacity`), prevent renewed incapacity (`prevent-incapacity`) and keep the job
 * (`keep-employment`).
 *
 * A proper invitation explains all three (S. 4).
 *
 * @example
 * ```ts
 * BemGoal.options; //=> ['overcome-incapacity', 'prevent-incapacity', 'keep-employment']
 * ```
 */
export const BemGoal: z.ZodEnum<EnumOf<BemGoal>> = z.enum(BEM_GOALS);

export type BemGoal = 'overcome-incapacity' | 'prevent-incapacity' | 'keep-employment';

/**
 * How an invitation speaks of a visit to a doctor: `not-mentioned`, `voluntary` (offered, e.g. with
 * the company doctor) or `mandatory`.
 *
 * A doctor's visit presented as mandatory makes the invitation improper (LAG Nürnberg 18.2.2020 – 7
 * Sa 124/19).
 *
 * @example
 * ```ts
 * DoctorVisit.parse('voluntary'); //=> 'voluntary'
 * ```
 */
export const DoctorVisit: z.ZodEnum<EnumOf<DoctorVisit>> = z.enum(['not-mentioned', 'voluntary', 'mandatory']);

export type DoctorVisit = 'not-mentioned' | 'voluntary' | 'mandatory';

/**
 * How the offer reached the employee: a `letter` (by post or internal mail), an `email`, or
 * `handed-over` (a letter handed over in person).
 *
 * Courts ask whether the BEM was offered in writing (BAG 20.11.2014 – 2 AZR 755/13); all three are
 * written forms (an email is text form, § 126b BGB), and the audit warns when the form is not
 * recorded.
 *
 * @example
 * ```ts
 * OfferForm.options; //=> ['letter', 'email', 'handed-over']
 * ```
 */
export const OfferForm: z.ZodEnum<EnumOf<OfferForm>> = z.enum(['letter', 'email', 'handed-over']);

export type OfferForm = 'letter' | 'email' | 'handed-over';

/**
 * The elements a proper BEM invitation contains (§ 167 Abs. 2 S. 4 SGB IX; BAG 20.11.2014 –
 * 2 AZR 755/13; the [case-lifecycle guide](../../docs/case-lifecycle.md)).
 *
 * `checkInvitation` names them when they are missing (the rule itself is `properOfferCheck` in
 * src/law/proper-offer.ts):
 *
 * - `occasion`: why now (more than six weeks of incapacity within one year);
 * - `goals`: the three goals of the BEM ({@link BemGoal});
 * - `voluntariness`: taking part is voluntary;
 * - `data-kind-and-scope`, `data-purpose`, `data-recipients`: which data are collected, for what,
 *   and who sees them;
 * - `participants-and-choice`: who may take part and that the employee chooses;
 * - `trusted-person`: the employee may bring a person of trust (S. 2);
 * - `right-to-withdraw`: consent can be withdrawn and the BEM ended at any time;
 * - `contact`: whom to answer;
 * - `reply-date`: by when to answer;
 * - `no-mandatory-doctor-visit`: a doctor's visit is never presented as mandatory (LAG Nürnberg
 *   18.2.2020 – 7 Sa 124/19).
 *
 * @example
 * ```ts
 * InvitationElement.options.length; //=> 12
 * ```
 */
export const InvitationElement: z.ZodEnum<EnumOf<InvitationElement>> = z.enum(INVITATION_ELEMENTS);

export type InvitationElement = 'occasion' | 'goals' | 'voluntariness' | 'data-kind-and-scope' | 'data-purpose' | 'data-recipients' | 'participants-and-choice' | 'trusted-person' | 'right-to-withdraw' | 'contact' | 'reply-date' | 'no-mandatory-doctor-visit';

/**
 * The data-protection part of an invitation (§ 167 Abs. 2 S. 4 SGB IX, Art. 13 GDPR).
 *
 * The kind
 * and scope of the data (`categories`), what they are used for (`purposes`) and who can see them
 * (`recipients`).
 *
 * @example
 * ```ts
 * InvitationDataProtection.parse({
 *   categories: ['absence-periods', 'work-restrictions', 'measures'],
 *   purposes: ['bem-procedure', 'measure-planning'],
 *   recipients: ['employer', 'works-council'],
 * });
 * ```
 */
export const InvitationDataProtection = z.strictObject({
  categories: z.array(named<DataCategory>(DataCategory)),
  purposes: z.array(named<ConsentPurpose>(ConsentPurpose)),
  recipients: z.array(named<ConsentRecipient>(ConsentRecipient)),
});

export interface InvitationDataProtection extends z.infer<typeof InvitationDataProtection> {}

/**
 * InvitationDataProtection as callers pass it in (dates as plain strings, checked on the way in); see the {@link InvitationDataProtection}
 * schema.
 *
 * @example
 * ```ts
 * const check = (input: InvitationDataProtectionInput): InvitationDataProtection => InvitationDataProtection.parse(input);
 * ```
 */
export interface InvitationDataProtectionInput extends z.input<typeof InvitationDataProtection> {}

/**
 * Whom the employee answers: a name or function (e.g. "BEM officer") and how to reach them.
 *
 * @example
 * ```ts
 * InvitationContact.parse({ name: 'BEM office', email: 'bem@example.org' });
 * ```
 */
export const InvitationContact = z.strictObject({
  name: z.string().min(1).max(200),
  phone: z.string().min(1).max(100).optional(),
  email: z.string().min(1).max(200).optional(),
});

export interface InvitationContact extends z.infer<typeof InvitationContact> {}

/**
 * InvitationContact as callers pass it in (dates as plain strings, checked on the way in); see the {@link InvitationContact}
 * schema.
 *
 * @example
 * ```ts
 * const check = (input: InvitationContactInput): InvitationContact => InvitationContact.parse(input);
 * ```
 */
export interface InvitationContactInput extends z.input<typeof InvitationContact> {}

/**
 * What a BEM invitation says, as structured data (a letter is rendered from it).
 *
 * Every field is optional so a draft can be checked: `checkInvitation` lists the
 * {@link InvitationElement}s that are missing, and the case refuses `invitation.sent` until none is.
 *
 * - `occasion`: the day the six weeks were exceeded (and optionally the counted days);
 * - `goals`: the BEM goals explained (all three are needed);
 * - `voluntarinessExplained`, `participantChoiceExplained`, `trustedPersonOffered`,
 * `withdrawalExplained`: whether the letter says so;
 * - `dataProtection`: kind and scope of the data, purposes and recipients;
 * - `possibleParticipants`: the roles that may take part, for the employee to choose from;
 * - `contact`, `replyBy`: whom to answer and by when;
 * - `doctorVisit`: how a doctor's visit is presented (`mandatory` makes the invitation improper);
 * - `addressee`: to whom it is addressed: the employee (the default) or their legal representative
 * (gesetzlicher Vertreter, § 167 Abs. 2 S. 4 SGB IX), who may then answer for the employee.
 *
 * @example
 * ```ts
 * InvitationContent.parse({ replyBy: '2025-11-24', doctorVisit: 'voluntary' }); // a draft
 * ```
 */
export const InvitationContent = z.strictObject({
  occasion: z
    .strictObject({
      thresholdCrossedOn: IsoDate,
      countedDays: z.int().min(1).max(100_000).optional(),
    })
    .optional(),
  goals: z.array(named<BemGoal>(BemGoal)).optional(),
  voluntarinessExplained: z.boolean().optional(),
  dataProtection: named<InvitationDataProtection, InvitationDataProtectionInput>(InvitationDataProtection).optional(),
  possibleParticipants: z.array(named<ParticipantRole>(ParticipantRole)).optional(),
  participantChoiceExplained: z.boolean().optional(),
  trustedPersonOffered: z.boolean().optional(),
  withdrawalExplained: z.boolean().optional(),
  contact: named<InvitationContact, InvitationContactInput>(InvitationContact).optional(),
  replyBy: IsoDate.optional(),
  doctorVisit: named<DoctorVisit>(DoctorVisit).optional(),
  addressee: z.enum(['employee', 'legal-representative']).optional(),
});

export interface InvitationContent extends z.infer<typeof InvitationContent> {}

/**
 * An invitation as callers pass it in: dates are plain strings, checked on the way in.
 *
 * @example
 * ```ts
 * const input: InvitationContentInput = { replyBy: '2025-11-24' };
 * ```
 */
export interface InvitationContentInput extends z.input<typeof InvitationContent> {}
