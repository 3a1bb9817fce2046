import * as z from 'zod';
import { type EnumOf, named } from '../model/named.js';
import { parseInput } from '../model/input-error.js';
import { BemGoal, InvitationContent, type InvitationContentInput, InvitationElement } from '../model/invitation.js';
import { RetentionPolicy, type RetentionPolicyInput } from '../law/retention.js';
import { properOfferCheck } from '../law/proper-offer.js';
import { LetterLocale } from './letter-locale.js';
import { type LetterDraft, letterBody } from './letter-draft.js';
import { type ReplyForm, replyFormOf } from './reply-form.js';
import { type LetterTexts, letterTexts } from './letter-texts.js';


/**
 * Options of {@link renderInvitationLetter}.
 *
 * The `locale`, and optionally the `salutation`
 * (default "Guten Tag," / "Dear colleague,"; the library knows no names) and the `signature`
 * under the closing (default: the contact's name).
 *
 * @example
 * ```ts
 * LetterOptions.parse({ locale: 'de', salutation: 'Liebe Frau Berger,' }).salutation; //=> 'Liebe Frau Berger,'
 * ```
 */
export const LetterOptions = z.strictObject({
  locale: named<LetterLocale>(LetterLocale),
  salutation: z.string().min(1).max(200).optional(),
  signature: z.string().min(1).max(500).optional(),
  controller: z.string().min(1).max(500).optional(),
  dataProtectionOfficer: z.string().min(1).max(500).optional(),
  supervisoryAuthority: z.string().min(1).max(500).optional(),
  retention: named<RetentionPolicy, RetentionPolicyInput>(RetentionPolicy).optional(),
});

/**
 * What an invitation letter can lack.
 *
 * An {@link InvitationElement} of a proper offer, or what
 * Art. 13 GDPR asks for at collection and only the caller knows: the `controller` (name and
 * address of the employer) and the `data-protection-officer`'s contact.
 *
 * @example
 * ```ts
 * LetterElement.parse('data-protection-officer'); //=> 'data-protection-officer'
 * ```
 */
export const LetterElement: z.ZodEnum<EnumOf<LetterElement>> = z.enum([...InvitationElement.options, 'controller', 'data-protection-officer']);

export type LetterElement = 'occasion' | 'goals' | 'voluntariness' | 'data-kind-and-scope' | 'data-purpose' | 'data-recipients' | 'participants-and-choice' | 'trusted-person' | 'right-to-withdraw' | 'contact' | 'reply-date' | 'no-mandatory-doctor-visit' | 'controller' | 'data-protection-officer';

export interface LetterOptions extends z.infer<typeof LetterOptions> {}

/**
 * A BEM invitation letter as a plain-text draft that HR software can edit.
 *
 * The body runs from
 * the salutation to the reply form, and `missing` lists the elements of a proper offer first,
 * then the controller and the data protection officer of Art. 13 GDPR.
 *
 * @example
 * ```ts
 * const letter: InvitationLetter = renderInvitationLetter(content, { locale: 'de' });
 * letter.missing; //=> []
 * ```
 */
export interface InvitationLetter extends LetterDraft<LetterElement> {
  /**
   * What the letter says, as invitation content.
    *
    * The given content with the explanations every
   * letter gives (the three goals, voluntariness, the choice of participants, the trusted person,
   * the right to withdraw) marked as given, ready for the `invitation.sent` event.
   */
  readonly content: InvitationContent;
  /** The reply form the letter ends with, with its tick boxes (see `renderReplyForm`). */
  readonly replyForm: ReplyForm;
}

/** The list `a, b and c` in the letter's language, or the placeholder when empty. */
function listOf(items: readonly string[], texts: LetterTexts, placeholder: string): string {
  if (items.length <= 1) return items[0] ?? placeholder;
  return `${items.slice(0, -1).join(', ')} ${texts.and} ${items.at(-1)}`;
}

/** The content the letter carries: it always explains the three goals, voluntariness, choice, the trusted person and withdrawal. */
function letterContent(content: InvitationContent): InvitationContent {
  return {
    ...content,
    goals: [...BemGoal.options],
    voluntarinessExplained: true,
    participantChoiceExplained: true,
    trustedPersonOffered: true,
    withdrawalExplained: true,
  };
}

/**
 * What the letter says about a doctor: nothing unless the caller said so; for `voluntary` that
 * none is required and the company doctor's offer; for `mandatory` a placeholder to correct
 * (the letter stays improper, LAG Nürnberg 18.2.2020 – 7 Sa 124/19).
 */
function doctorSentence(content: InvitationContent, texts: LetterTexts): string {
  if (content.doctorVisit === 'voluntary') return ` ${texts.doctorNotRequired} ${texts.companyDoctorOffer}`;
  return content.doctorVisit === 'mandatory' ? ` ${texts.doctorToCheck}` : '';
}

function paragraphs(content: InvitationContent, texts: LetterTexts, options: LetterOptions): string[] {
  const data = content.dataProtection;
  const list = <K extends string>(keys: readonly K[] | undefined, labels: Readonly<Record<K, string>>, placeholder: string) =>
    listOf((keys ?? []).map((key) => labels[key]), texts, placeholder);
  return [
    texts.occasion(content.occasion ? texts.formatDate(content.occasion.thresholdCrossedOn) : texts.placeholder.date),
    `${texts.goalsSentence(listOf(BemGoal.options.map((goal) => texts.goals[goal]), texts, ''))} ${texts.openOutcome}`,
    texts.voluntariness,
    `${texts.noDiagnosis}${doctorSentence(content, texts)}`,
    texts.dataProtection(
      listOf((data?.categories ?? []).map((key) => texts.categories[key]), { ...texts, and: texts.andAlso }, texts.placeholder.categories),
      list(data?.purposes, texts.purposes, texts.placeholder.purposes),
      list(data?.recipients, texts.recipients, texts.placeholder.recipients),
    ),
    texts.files,
    texts.art13(
      options.controller ?? texts.placeholder.controller,
      options.dataProtectionOfficer ?? texts.placeholder.officer,
      options.supervisoryAuthority,
      options.retention?.yearsAfterClosure ?? 3,
    ),
    texts.participants(list(content.possibleParticipants, texts.recipients, texts.placeholder.participants)),
    texts.trustedPerson,
    texts.withdrawal,
    texts.contact(content.contact ? texts.contactDetails(content.contact) : texts.placeholder.contact),
    texts.reply(content.replyBy ? texts.formatDate(content.replyBy) : texts.placeholder.date),
  ];
}

/**
 * Renders a BEM invitation letter (Einladung zum BEM) from invitation content, in German or
 * English: a plain-text draft that HR software can edit and print.
 *
 * It contains every element of a proper offer (§ 167 Abs. 2 S. 4 SGB IX; BAG 20.11.2014 – 2 AZR
 * 755/13): the occasion, the three goals, voluntariness, the kind and scope of the data with
 * purposes and recipients, the possible participants and the employee's choice, the trusted person
 * (Vertrauensperson), the right to withdraw, the contact and the reply date, and a reply form so a
 * decline can be given in writing. The tone is warm (the [case-lifecycle
 * guide](../../docs/case-lifecycle.md)): it shows appreciation, puts no pressure, asks for no
 * diagnosis, says that none has to be disclosed and that a doctor's visit is not required (a letter
 * never presents one as mandatory, LAG Nürnberg 18.2.2020 – 7 Sa 124/19).
 *
 * Data the content lacks (occasion date, contact, reply date, data protection details, participants)
 * appear as placeholders in square brackets and are listed in `missing`.
 *
 * @param content the invitation content (see the `InvitationContent` schema).
 * @param options `{ locale: 'de' | 'en', salutation?, signature? }`.
 * @returns `{ subject, body, content, missing }`.
 * @throws BemInputError for invalid content or options, e.g. `options.locale: Expected one of "de", "en"`.
 * @example
 * ```ts
 * const letter = renderInvitationLetter(content, { locale: 'de' });
 * letter.subject; //=> 'Einladung zum Betrieblichen Eingliederungsmanagement (BEM)'
 * letter.body.includes('Die Teilnahme ist freiwillig.'); //=> true
 * letter.missing; //=> [] for complete content
 * applyEvent(c, { type: 'invitation.sent', on: '2025-11-03', by: 'employer', content: letter.content });
 * ```
 */
export function renderInvitationLetter(content: InvitationContentInput, options: LetterOptions): InvitationLetter {
  const valid = parseInput(InvitationContent, content, ['content']);
  const parsed = parseInput(LetterOptions, options, ['options']);
  const { locale, salutation, signature } = parsed;
  const texts = letterTexts[locale];
  const carried = letterContent(valid);
  const replyForm = replyFormOf(carried, locale);
  const opening = carried.addressee === 'legal-representative' ? [texts.toRepresentative] : [];
  const body = letterBody({
    salutation: salutation ?? texts.salutation,
    paragraphs: [...opening, ...paragraphs(carried, texts, parsed)],
    closing: texts.closing,
    signature: signature ?? valid.contact?.name ?? texts.placeholder.contact,
    after: [replyForm.body],
  });
  const art13Missing: LetterElement[] = [...(parsed.controller === undefined ? ['controller' as const] : []), ...(parsed.dataProtectionOfficer === undefined ? ['data-protection-officer' as const] : [])];
  return { subject: texts.subject, body, content: carried, missing: [...properOfferCheck(carried).missing, ...art13Missing], replyForm };
}
