import * as z from 'zod';
import { type EnumOf, named } from '../model/named.js';
import { IsoDate } from '../dates/iso-date.js';
import { retentionOf, type RetentionPolicyInput } from '../law/retention.js';
import { measureCatalogEntry } from '../measures/catalog.js';
import type { BemCase, BemCaseInput } from '../model/bem-case.js';
import type { CaseOutcome } from '../model/case-outcome.js';
import { parseInput } from '../model/input-error.js';
import type { Measure } from '../model/measure.js';
import { RetentionPolicy } from '../law/retention.js';
import { LetterLocale } from './letter-locale.js';
import { type LetterDraft, letterBody } from './letter-draft.js';
import { type LetterTexts, letterTexts } from './letter-texts.js';
import { checkedCase } from './trusted-case.js';

/**
 * The documents of a BEM case after the invitation, one per step of practice.
 *
 * They are the `reminder`
 * (Erinnerung, with the new reply date), the `interview-minutes` (Ergebnisprotokoll of the initial
 * interview: who took part, the employee's yes or no, agreed next steps; never health details),
 * the `measure-plan` (Maßnahmenplan: agreed measures with their dates and who carries them out)
 * and the `closing` letter (Abschlussschreiben and final documentation: outcome, measures and
 * their effect, what happens to the data and when the file is deleted).
 *
 * @example
 * ```ts
 * CaseDocument.options; //=> ['reminder', 'interview-minutes', 'measure-plan', 'closing']
 * ```
 */
export const CaseDocument: z.ZodEnum<EnumOf<CaseDocument>> = z.enum(['reminder', 'interview-minutes', 'measure-plan', 'closing']);

export type CaseDocument = 'reminder' | 'interview-minutes' | 'measure-plan' | 'closing';

/**
 * What a case document still lacks, each marked in its body by a placeholder in square brackets.
 *
 * They are
 * `invitation` (no invitation in the case), `reply-date` (a reminder without its new reply
 * date), `contact`, `interview` (no initial interview held yet), `measures` (no agreed measure),
 * `measure-responsible` (a measure without the person or body who carries it out) and `outcome`
 * (the case is not closed yet).
 *
 * @example
 * ```ts
 * CaseLetterElement.parse('measure-responsible'); //=> 'measure-responsible'
 * ```
 */
export const CaseLetterElement: z.ZodEnum<EnumOf<CaseLetterElement>> = z.enum(['invitation', 'reply-date', 'contact', 'interview', 'measures', 'measure-responsible', 'outcome']);

export type CaseLetterElement = 'invitation' | 'reply-date' | 'contact' | 'interview' | 'measures' | 'measure-responsible' | 'outcome';

/**
 * Options of {@link renderCaseLetter}.
 *
 * The `document` and `locale`; optionally `salutation` and
 * `signature` (as for the invitation); for the reminder its new `replyBy` (default: the reply
 * date the case's last reminder set); for the measure plan who carries out each measure
 * (`responsible`, by measure id: a name or function, never health details); for the minutes the
 * `nextMeetingOn`; for the closing letter the `retention` policy (the [privacy guide](../../docs/privacy.md)).
 *
 * @example
 * ```ts
 * CaseLetterOptions.parse({ document: 'measure-plan', locale: 'de', responsible: { 'm-1': 'Facility management' } }).document; //=> 'measure-plan'
 * ```
 */
export const CaseLetterOptions = z.strictObject({
  document: named<CaseDocument>(CaseDocument),
  locale: named<LetterLocale>(LetterLocale),
  salutation: z.string().min(1).max(200).optional(),
  signature: z.string().min(1).max(500).optional(),
  replyBy: IsoDate.optional(),
  responsible: z.record(z.string().min(1).max(200), z.string().min(1).max(200)).optional(),
  nextMeetingOn: IsoDate.optional(),
  retention: named<RetentionPolicy, RetentionPolicyInput>(RetentionPolicy).optional(),
});

export interface CaseLetterOptions extends z.input<typeof CaseLetterOptions> {}

/**
 * A document of a BEM case as a plain-text draft.
 *
 * Its `document` kind, `subject`, `body` and
 * what it still lacks (`missing`, each marked by a placeholder in the body, in the order of
 * {@link CaseLetterElement}).
 *
 * @example
 * ```ts
 * const letter: CaseLetter = renderCaseLetter(c, { document: 'closing', locale: 'de' });
 * letter.missing; //=> []
 * ```
 */
export interface CaseLetter extends LetterDraft<CaseLetterElement> {
  /** Which document this is. */
  readonly document: CaseDocument;
}

type Options = z.output<typeof CaseLetterOptions>;

/** A document in the making: its paragraphs and what it lacks. */
interface Draft {
  readonly subject: string;
  readonly paragraphs: readonly string[];
  readonly missing: readonly CaseLetterElement[];
  /** Whether it is a letter to the employee (salutation and closing) or a record (signatures). */
  readonly letter: boolean;
}

/** The measures agreed in the case (and what became of them), in the order they were proposed. */
const agreedMeasures = (c: BemCase): Measure[] => c.measures.filter((measure) => measure.agreedOn !== null);

/** The catalog's label of the measure in the letter's language. */
const labelOf = (measure: Measure, texts: LetterTexts): string => measureCatalogEntry(measure.type).label[texts === letterTexts.de ? 'de' : 'en'];

/** Who is responsible for the measure `id`, read as an own key only (an id `toString` or `__proto__` is a plain id). */
function responsibleFor(options: Options, id: string): string | undefined {
  const responsible = options.responsible;
  return responsible !== undefined && Object.hasOwn(responsible, id) ? responsible[id] : undefined;
}

function measureLine(measure: Measure, texts: LetterTexts, responsible: string | undefined): string {
  const label = labelOf(measure, texts);
  const title = measure.title === undefined ? '' : ` (${measure.title})`;
  const steps = [
    texts.caseLetter.agreedOn(texts.formatDate(measure.agreedOn ?? measure.proposedOn)),
    measure.startedOn === null ? texts.caseLetter.notStarted : texts.caseLetter.startedOn(texts.formatDate(measure.startedOn)),
    measure.completedOn === null ? null : texts.caseLetter.completedOn(texts.formatDate(measure.completedOn)),
    measure.abandonedOn === null ? null : texts.caseLetter.abandonedOn(texts.formatDate(measure.abandonedOn)),
    responsible === undefined ? null : texts.caseLetter.responsible(responsible),
  ].filter((step): step is string => step !== null);
  return `- ${label}${title}: ${steps.join('; ')}`;
}

const drafts: Record<CaseDocument, (c: BemCase, options: Options, texts: LetterTexts) => Draft> = {
  reminder: (c, options, texts) => {
    const reminded = c.invitation !== null && c.invitation.reminders.length > 0;
    const replyBy = options.replyBy ?? (reminded ? c.invitation?.replyBy : undefined);
    const contact = c.invitation?.content.contact;
    return {
      subject: texts.caseLetter.reminderSubject,
      paragraphs: [
        texts.caseLetter.reminderIntro(c.invitation === null ? texts.placeholder.date : texts.formatDate(c.invitation.sentOn)),
        texts.voluntariness,
        texts.caseLetter.reminderReply(replyBy === undefined ? texts.placeholder.date : texts.formatDate(replyBy)),
        texts.contact(contact === undefined ? texts.placeholder.contact : texts.contactDetails(contact)),
      ],
      missing: [...(c.invitation === null ? ['invitation' as const] : []), ...(replyBy === undefined ? ['reply-date' as const] : []), ...(contact === undefined ? ['contact' as const] : [])],
      letter: true,
    };
  },
  'interview-minutes': (c, options, texts) => {
    const interview = c.interview;
    const next = c.measures.filter((measure) => interview !== null && measure.proposedOn >= interview.heldOn && measure.status !== 'rejected');
    const nextSteps = [
      ...next.map((measure) => `- ${labelOf(measure, texts)}${measure.title === undefined ? '' : ` (${measure.title})`}: ${texts.caseLetter.status[measure.status]}`),
      ...(options.nextMeetingOn === undefined ? [] : [`- ${texts.caseLetter.nextMeeting(texts.formatDate(options.nextMeetingOn))}`]),
    ];
    return {
      subject: texts.caseLetter.minutesSubject,
      paragraphs: [
        texts.caseLetter.heldOn(interview === null ? texts.placeholder.interview : texts.formatDate(interview.heldOn)),
        texts.caseLetter.present(interview === null ? [] : interview.present.map((role) => texts.recipients[role])),
        interview === null ? texts.placeholder.interview : interview.employeeAgreed ? texts.caseLetter.saidYes : texts.caseLetter.saidNo,
        interview?.employeeAgreed === false ? null : `${texts.caseLetter.nextSteps}\n${nextSteps.length === 0 ? `- ${texts.caseLetter.examineMeasures}` : nextSteps.join('\n')}`,
        texts.caseLetter.noHealthDetails,
      ].filter((paragraph): paragraph is string => paragraph !== null),
      missing: interview === null ? ['interview'] : [],
      letter: false,
    };
  },
  'measure-plan': (c, options, texts) => {
    const measures = agreedMeasures(c);
    const lines = measures.map((measure) => measureLine(measure, texts, responsibleFor(options, measure.id) ?? texts.placeholder.responsible));
    const lacking = measures.some((measure) => responsibleFor(options, measure.id) === undefined);
    return {
      subject: texts.caseLetter.planSubject,
      paragraphs: [texts.caseLetter.planIntro, lines.length === 0 ? texts.placeholder.measures : lines.join('\n'), texts.caseLetter.planRights, texts.caseLetter.noHealthDetails],
      missing: [...(measures.length === 0 ? ['measures' as const] : []), ...(lacking ? ['measure-responsible' as const] : [])],
      letter: false,
    };
  },
  closing: (c, options, texts) => {
    const measures = agreedMeasures(c);
    const retention = c.state === 'closed' ? retentionOf(c, options.retention ?? {}) : null;
    const reviews = c.reviews.map((review) => texts.caseLetter.review(texts.formatDate(review.heldOn), review.effective));
    return {
      subject: texts.caseLetter.closingSubject,
      paragraphs: [
        c.outcome === null || c.closedOn === null ? texts.placeholder.outcome : texts.caseLetter.outcome(c.outcome as CaseOutcome, texts.formatDate(c.closedOn)),
        measures.length === 0 ? texts.caseLetter.noMeasures : `${texts.caseLetter.measuresHeading}\n${measures.map((measure) => measureLine(measure, texts, undefined)).join('\n')}`,
        ...(reviews.length === 0 ? [] : [reviews.join(' ')]),
        retention === null ? texts.placeholder.deletion : texts.caseLetter.deletion(texts.formatDate(retention.until), retention.atOnce),
        texts.caseLetter.personnelFile,
        texts.caseLetter.newBem,
      ],
      missing: c.state === 'closed' ? [] : ['outcome'],
      letter: true,
    };
  },
};

/**
 * Renders a document of a BEM case from the case itself, in German or English.
 *
 * The document is the reminder letter, the minutes of the initial interview (Ergebnisprotokoll), the measure plan (Maßnahmenplan) or the
 * closing letter with the final documentation (Abschluss).
 *
 * Like the invitation letter it is a plain-text draft: what the case does not hold yet appears as a
 * placeholder in square brackets and in `missing`. Documents hold no health details: only dates,
 * roles, the employee's yes or no, the measures from the catalog with their short titles, and who
 * carries them out.
 *
 * @param c the case (a case the library built, or one that follows from its event log).
 * @param options `{ document, locale, salutation?, signature?, replyBy?, responsible?, nextMeetingOn?, retention? }`.
 * @returns `{ document, subject, body, missing }`.
 * @throws BemInputError for an invalid case or options, e.g. `options.document: Expected one of "reminder", …`.
 * @example
 * ```ts
 * const reminder = renderCaseLetter(c, { document: 'reminder', locale: 'de', replyBy: '2025-11-28' });
 * reminder.subject; //=> 'Erinnerung: Einladung zum Betrieblichen Eingliederungsmanagement (BEM)'
 * reminder.body.includes('bis zum 28.11.2025'); //=> true
 * ```
 */
export function renderCaseLetter(c: BemCaseInput, options: CaseLetterOptions): CaseLetter {
  const current = checkedCase(c);
  const valid = parseInput(CaseLetterOptions, options, ['options']);
  const texts = letterTexts[valid.locale];
  const draft = drafts[valid.document](current, valid, texts);
  const contactName = current.invitation?.content.contact?.name;
  const body = draft.letter
    ? letterBody({
        salutation: valid.salutation ?? texts.salutation,
        paragraphs: draft.paragraphs,
        closing: texts.caseLetter.closing,
        signature: valid.signature ?? contactName ?? texts.placeholder.contact,
      })
    : `${[draft.subject, ...draft.paragraphs, texts.caseLetter.signatures].join('\n\n')}\n`;
  const missing = CaseLetterElement.options.filter((element) => draft.missing.includes(element) || (element === 'contact' && draft.letter && valid.signature === undefined && contactName === undefined));
  return { document: valid.document, subject: draft.subject, body, missing };
}
