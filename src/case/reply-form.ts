import * as z from 'zod';
import { named } from '../model/named.js';
import { IsoDate } from '../dates/iso-date.js';
import type { CaseEventInput } from '../model/case-event.js';
import { BemInputError, parseInput } from '../model/input-error.js';
import { ConsentRecipient, DataCategory } from '../model/consent.js';
import { InvitationContent, type InvitationContentInput } from '../model/invitation.js';
import { ParticipantRole } from '../model/participant.js';
import { LetterLocale } from './letter-locale.js';
import { type LetterTexts, letterTexts } from './letter-texts.js';

/**
 * One tick box of the reply form and what ticking it means in the case, one to one:
 *
 * - `answer:yes` / `answer:no`: `employee.accepted` / `employee.declined`;
 * - `category:<DataCategory>`: the category is in the acceptance's consent (`dataCategories`);
 * - `recipient:<ConsentRecipient>`: the recipient is in the acceptance's consent (`recipients`);
 * - `participant:<ParticipantRole>`: a `participant.added` event sent by the employee.
 *
 * @example
 * ```ts
 * ReplyBox.parse('recipient:works-council'); //=> 'recipient:works-council'
 * ```
 */
export const ReplyBox = z.union([
  z.enum(['answer:yes', 'answer:no']),
  z.templateLiteral(['category:', DataCategory]),
  z.templateLiteral(['recipient:', ConsentRecipient]),
  z.templateLiteral(['participant:', ParticipantRole]),
]);

export type ReplyBox = z.infer<typeof ReplyBox>;

/**
 * The reply form (Antwortbogen) of a BEM invitation: the `title`, the `body` as plain text with a
 * `[ ]` tick box per line, and the `boxes` in the order they appear, each with its `label`.
 *
 * @example
 * ```ts
 * const form: ReplyForm = renderReplyForm(content, { locale: 'de' });
 * form.boxes[0]; //=> { box: 'answer:yes', label: 'Ja, ich möchte am BEM teilnehmen.' }
 * ```
 */
export interface ReplyForm {
  /** The heading of the form. */
  readonly title: string;
  /** The form as text: the answer, then the data categories, recipients and participants offered, then date and signature. */
  readonly body: string;
  /** Every tick box, in the order of the body. */
  readonly boxes: readonly { readonly box: ReplyBox; readonly label: string }[];
}

/**
 * Options of {@link renderReplyForm}: the `locale`.
 *
 * @example
 * ```ts
 * ReplyFormOptions.parse({ locale: 'en' }).locale; //=> 'en'
 * ```
 */
export const ReplyFormOptions = z.strictObject({ locale: named<LetterLocale>(LetterLocale) });

export interface ReplyFormOptions extends z.infer<typeof ReplyFormOptions> {}

/** The boxes of the form for `content`: the answer, then what the invitation offers, in its own order. */
function boxesOf(content: InvitationContent): ReplyBox[] {
  const data = content.dataProtection;
  return [
    'answer:yes',
    'answer:no',
    ...(data?.categories ?? []).map((category): ReplyBox => `category:${category}`),
    ...(data?.recipients ?? []).map((recipient): ReplyBox => `recipient:${recipient}`),
    ...(content.possibleParticipants ?? []).map((role): ReplyBox => `participant:${role}`),
  ];
}

/** The label of a box: the answer, or the letter's own name of the category, recipient or participant. */
function labelOf(box: ReplyBox, texts: LetterTexts): string {
  if (box === 'answer:yes') return texts.replyForm.yes;
  if (box === 'answer:no') return texts.replyForm.no;
  const [kind, key] = box.split(':') as [string, string];
  return kind === 'category' ? texts.categories[key as DataCategory] : texts.recipients[key as ConsentRecipient];
}

/** The form for already validated content (the invitation letter ends with it). */
export function replyFormOf(content: InvitationContent, locale: LetterLocale): ReplyForm {
  const texts = letterTexts[locale];
  const boxes = boxesOf(content).map((box) => ({ box, label: labelOf(box, texts) }));
  const line = (box: ReplyBox) => `[ ] ${boxes.find((entry) => entry.box === box)?.label ?? ''}`;
  const section = (prefix: string, heading: string) => {
    const lines = boxes.filter((entry) => entry.box.startsWith(prefix)).map((entry) => line(entry.box));
    return lines.length === 0 ? [] : ['', heading, ...lines];
  };
  const body = [
    texts.replyForm.rule,
    texts.replyForm.received,
    line('answer:yes'),
    line('answer:no'),
    ...section('category:', texts.replyForm.categories),
    ...section('recipient:', texts.replyForm.recipients),
    ...section('participant:', texts.replyForm.participants),
    '',
    texts.replyForm.withdrawal,
    '',
    texts.replyForm.signature,
  ].join('\n');
  return { title: texts.replyForm.title, body, boxes };
}

/**
 * Renders the reply form (Antwortbogen) of a BEM invitation on its own.
 *
 * The invitation letter ends with it: a yes and a no, then one tick box per data category and per recipient the
 * invitation names (consent per category and recipient, Art. 7 and 9 GDPR) and one per possible
 * participant (the employee chooses who takes part, § 167 Abs. 2 S. 1–2 SGB IX).
 *
 * Every box maps one to one onto the case: see {@link ReplyBox} and {@link replyEvents}.
 *
 * @param content the invitation content (see the `InvitationContent` schema).
 * @param options `{ locale: 'de' | 'en' }`.
 * @returns `{ title, body, boxes }`.
 * @throws BemInputError for invalid content or options, e.g. `options.locale: Expected one of "de", "en"`.
 * @example
 * ```ts
 * const form = renderReplyForm({ dataProtection: { categories: ['absence-periods'], purposes: ['bem-procedure'], recipients: ['employer'] } }, { locale: 'en' });
 * form.boxes.map((entry) => entry.box); //=> ['answer:yes', 'answer:no', 'category:absence-periods', 'recipient:employer']
 * ```
 */
export function renderReplyForm(content: InvitationContentInput, options: ReplyFormOptions): ReplyForm {
  const valid = parseInput(InvitationContent, content, ['content']);
  const { locale } = parseInput(ReplyFormOptions, options, ['options']);
  return replyFormOf(valid, locale);
}

/**
 * What the returned reply form says: the boxes the employee ticked, the day the form came back
 * (`on`) and who signed it (`by`: the employee, or their legal representative, S. 4).
 *
 * @example
 * ```ts
 * ReplyInput.parse({ ticked: ['answer:yes', 'category:absence-periods', 'recipient:employer'], on: '2025-11-10' });
 * ```
 */
export const ReplyInput = z.strictObject({
  ticked: z.array(named<ReplyBox>(ReplyBox)).max(100),
  on: IsoDate,
  by: z.enum(['employee', 'legal-representative']).optional(),
});

export interface ReplyInput extends z.input<typeof ReplyInput> {}

const refuse = (path: (string | number)[], message: string) => new BemInputError([{ path, code: 'custom', message }]);

/**
 * The case events a returned reply form stands for, one to one with its ticks.
 *
 * A no gives
 * `employee.declined` (in writing); a yes gives `employee.accepted` whose BEM consent
 * (`bem-procedure`) holds exactly the ticked data categories and recipients, then one
 * `participant.added` (sent by the employee) per ticked participant.
 *
 * Apply them in order with `applyEvent`; the case checks them as it checks every event.
 *
 * @param reply `{ ticked, on, by? }` ({@link ReplyInput}).
 * @returns the events, in the order to apply them.
 * @throws BemInputError `reply.ticked: Tick exactly one of answer:yes and answer:no`, `reply.ticked: A no carries no consent and no participants`,
 * `reply.ticked: A yes needs at least one data category and one recipient`, or
 * `reply.ticked[i]: The participant … takes part only with a recipient box for it ticked` (the trusted person needs none).
 * @example
 * ```ts
 * replyEvents({ ticked: ['answer:yes', 'category:absence-periods', 'recipient:employer', 'recipient:works-council', 'participant:works-council'], on: '2025-11-10' });
 * //=> [{ type: 'employee.accepted', on: '2025-11-10', by: 'employee', inWriting: true,
 * //      consent: { purpose: 'bem-procedure', dataCategories: ['absence-periods'], recipients: ['employer', 'works-council'] } },
 * //    { type: 'participant.added', on: '2025-11-10', by: 'employee', role: 'works-council' }]
 * ```
 */
export function replyEvents(reply: ReplyInput): CaseEventInput[] {
  const { ticked, on, by = 'employee' } = parseInput(ReplyInput, reply, ['reply']);
  const yes = ticked.includes('answer:yes');
  if (yes === ticked.includes('answer:no')) throw refuse(['reply', 'ticked'], 'Tick exactly one of answer:yes and answer:no');
  const of = (prefix: string) => [...new Set(ticked.filter((box) => box.startsWith(prefix)).map((box) => box.slice(prefix.length)))];
  const [categories, recipients, participants] = [of('category:'), of('recipient:'), of('participant:')];
  if (!yes) {
    if (categories.length + recipients.length + participants.length > 0) throw refuse(['reply', 'ticked'], 'A no carries no consent and no participants');
    return [{ type: 'employee.declined', on, by, inWriting: true }];
  }
  if (categories.length === 0 || recipients.length === 0) throw refuse(['reply', 'ticked'], 'A yes needs at least one data category and one recipient');
  for (const role of participants) {
    if (role !== 'trusted-person' && !recipients.includes(role)) {
      throw refuse(['reply', 'ticked', ticked.indexOf(`participant:${role}` as ReplyBox)], `The participant ${role} takes part only with a recipient box for it ticked`);
    }
  }
  const accepted = {
    type: 'employee.accepted',
    on,
    by,
    inWriting: true,
    consent: { purpose: 'bem-procedure', dataCategories: categories, recipients },
  } as CaseEventInput;
  return [accepted, ...participants.map((role) => ({ type: 'participant.added', on, by: 'employee', role }) as CaseEventInput)];
}
