import type { IsoDate } from '../dates/iso-date.js';
import type { ConsentPurpose, ConsentRecipient, DataCategory } from '../model/consent.js';
import type { BemGoal, InvitationContact } from '../model/invitation.js';
import { SGB9_167_2, SGB9_167_2_EN } from '../law/citations.js';

/**
 * The wording of the invitation letter in one language. Warm and plain (the case-lifecycle guide):
 * appreciation, no pressure, no diagnosis asked; a doctor's visit is never required
 * (LAG Nürnberg 18.2.2020 – 7 Sa 124/19). Placeholders in square brackets mark what HR still has
 * to fill in.
 */
export interface LetterTexts {
  readonly subject: string;
  readonly salutation: string;
  readonly occasion: (crossedOn: string) => string;
  readonly goalsSentence: (goals: string) => string;
  readonly goals: Readonly<Record<BemGoal, string>>;
  readonly openOutcome: string;
  readonly voluntariness: string;
  readonly noDiagnosis: string;
  readonly companyDoctorOffer: string;
  readonly dataProtection: (categories: string, purposes: string, recipients: string) => string;
  readonly files: string;
  readonly categories: Readonly<Record<DataCategory, string>>;
  readonly purposes: Readonly<Record<ConsentPurpose, string>>;
  readonly recipients: Readonly<Record<ConsentRecipient, string>>;
  readonly participants: (roles: string) => string;
  readonly trustedPerson: string;
  readonly withdrawal: string;
  readonly contact: (contact: string) => string;
  readonly contactDetails: (contact: InvitationContact) => string;
  readonly reply: (date: string) => string;
  readonly closing: string;
  readonly replySlip: string;
  readonly placeholder: Readonly<Record<'date' | 'contact' | 'categories' | 'purposes' | 'recipients' | 'participants', string>>;
  readonly formatDate: (date: IsoDate) => string;
  readonly and: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The German letter: the language of the law and of the forms. */
const de: LetterTexts = {
  subject: 'Einladung zum Betrieblichen Eingliederungsmanagement (BEM)',
  salutation: 'Guten Tag,',
  occasion: (crossedOn) =>
    `Sie waren in den vergangenen zwölf Monaten insgesamt länger als sechs Wochen arbeitsunfähig (die sechs Wochen waren am ${crossedOn} überschritten). ` +
    `Wir hoffen, dass es Ihnen inzwischen besser geht. In dieser Situation bieten wir allen Beschäftigten ein Betriebliches Eingliederungsmanagement (BEM) nach ${SGB9_167_2} an – und damit auch Ihnen. Ihre Gesundheit und Ihre Arbeit bei uns liegen uns am Herzen.`,
  goalsSentence: (goals) => `Im BEM möchten wir gemeinsam mit Ihnen klären, wie ${goals} werden kann.`,
  goals: {
    'overcome-incapacity': 'die Arbeitsunfähigkeit überwunden',
    'prevent-incapacity': 'erneuter Arbeitsunfähigkeit vorgebeugt',
    'keep-employment': 'Ihr Arbeitsplatz erhalten',
  },
  openOutcome: 'Das Ergebnis ist offen: Wir suchen gemeinsam nach Lösungen, und nichts wird ohne Ihr Einverständnis umgesetzt.',
  voluntariness: 'Die Teilnahme ist freiwillig. Sie entscheiden selbst, ob Sie das Angebot annehmen.',
  noDiagnosis:
    'Sie müssen uns keine Diagnose und keine Einzelheiten zu Ihrer Erkrankung nennen. Ein Arztbesuch ist für das BEM nicht erforderlich. ' +
    'Hilfreich ist allein, was Sie uns über Einschränkungen bei der Arbeit erzählen möchten.',
  companyDoctorOffer: 'Wenn Sie möchten, kann Sie die Betriebsärztin oder der Betriebsarzt vertraulich beraten – das ist ein Angebot, keine Pflicht.',
  dataProtection: (categories, purposes, recipients) =>
    `Datenschutz: Ihre Angaben im BEM sind besonders geschützt. Wir verwenden nur diese Daten: ${categories}. ` +
    `Wir verwenden sie ausschließlich für ${purposes}. Sehen können sie nur ${recipients} – und nur, soweit Sie zustimmen.`,
  files:
    'Die BEM-Akte wird getrennt von Ihrer Personalakte geführt. In die Personalakte kommen nur das Angebot, Ihre Antwort, das Ende des BEM und vereinbarte Änderungen Ihres Arbeitsverhältnisses (zum Beispiel der Arbeitszeit). ' +
    'Nach dem Abschluss und dem Ende der Aufbewahrungsfrist wird die BEM-Akte gelöscht; wenn Sie ablehnen, bewahren wir nur den Nachweis dieses Angebots auf.',
  categories: {
    'contact-data': 'Ihre Kontaktdaten',
    'absence-periods': 'die Zeiten Ihrer Arbeitsunfähigkeit (nur die Daten, keine Ursachen)',
    'work-restrictions': 'Einschränkungen bei der Arbeit (nur was Sie uns mitteilen möchten)',
    'workplace-data': 'Angaben zu Ihrem Arbeitsplatz, Ihren Aufgaben und Ihrer Arbeitszeit',
    measures: 'die vorgeschlagenen und vereinbarten Maßnahmen',
    'case-progress': 'Termine und Verlauf des BEM',
  },
  purposes: {
    'bem-procedure': 'die Durchführung des BEM',
    participation: 'die Beteiligung der Personen und Stellen, die Sie wählen',
    'measure-planning': 'die Planung und Umsetzung von Maßnahmen',
    'external-benefits': 'Anträge auf Leistungen bei Rehabilitationsträgern oder beim Integrationsamt',
  },
  recipients: {
    employer: 'das BEM-Team des Arbeitgebers (nicht Ihre Führungskraft)',
    supervisor: 'Ihre Führungskraft, nur soweit die vereinbarten Maßnahmen es erfordern',
    'works-council': 'der Betriebsrat bzw. Personalrat',
    'disability-representative': 'die Schwerbehindertenvertretung (SBV; bei Schwerbehinderung oder Gleichstellung)',
    'company-doctor': 'die Betriebsärztin oder der Betriebsarzt',
    'trusted-person': 'eine Vertrauensperson Ihrer Wahl',
    'rehab-provider': 'Rehabilitationsträger (z. B. Krankenkasse, Rentenversicherung, Berufsgenossenschaft)',
    'integration-office': 'das Integrationsamt bzw. Inklusionsamt',
  },
  participants: (roles) =>
    `Am BEM können – wenn Sie das möchten – beteiligt werden: ${roles}. Sie entscheiden, wer dabei ist, und können einzelne Beteiligte jederzeit ausschließen.`,
  trustedPerson: 'Sie können zu jedem Gespräch eine Vertrauensperson Ihrer Wahl mitbringen, zum Beispiel ein Familienmitglied, eine Kollegin oder einen Kollegen.',
  withdrawal:
    'Sie können Ihre Zustimmung jederzeit ohne Angabe von Gründen widerrufen und das BEM jederzeit beenden. Auch einzelne Maßnahmen können Sie ablehnen. ' +
    'Wenn Sie es sich später anders überlegen, können Sie das BEM wieder aufnehmen.',
  contact: (contact) => `Ihre Ansprechperson ist ${contact}. Melden Sie sich gern auch mit Fragen, bevor Sie sich entscheiden.`,
  contactDetails: (contact) => [contact.name, contact.phone && `Telefon ${contact.phone}`, contact.email && `E-Mail ${contact.email}`].filter(Boolean).join(', '),
  reply: (date) =>
    `Bitte geben Sie uns bis zum ${date} Bescheid, ob Sie das Angebot annehmen möchten – am einfachsten mit dem Antwortabschnitt unten. Wenn Sie mehr Zeit brauchen, sprechen Sie uns gern an.`,
  closing: 'Wir würden uns freuen, gemeinsam mit Ihnen nach guten Lösungen zu suchen.\n\nMit freundlichen Grüßen',
  replySlip: [
    '-------------------- Antwort --------------------',
    'Ich habe die Einladung zum Betrieblichen Eingliederungsmanagement (BEM) erhalten.',
    '[ ] Ja, ich möchte am BEM teilnehmen.',
    '[ ] Nein, ich möchte zurzeit nicht am BEM teilnehmen. Ich kann mich auch später jederzeit an Sie wenden.',
    '',
    'Datum, Unterschrift: ______________________________',
  ].join('\n'),
  placeholder: {
    date: '[Datum eintragen]',
    contact: '[Ansprechperson eintragen]',
    categories: '[Datenarten eintragen]',
    purposes: '[Zwecke eintragen]',
    recipients: '[Empfänger eintragen]',
    participants: '[mögliche Beteiligte eintragen]',
  },
  formatDate: (date) => `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`,
  and: 'und',
};

/** The English letter, for international teams; German terms in brackets where they are names. */
const en: LetterTexts = {
  subject: 'Invitation to occupational reintegration management (Betriebliches Eingliederungsmanagement, BEM)',
  salutation: 'Dear colleague,',
  occasion: (crossedOn) =>
    `Over the past twelve months you have been unable to work for more than six weeks in total (the six weeks were exceeded on ${crossedOn}). ` +
    `We hope you are feeling better by now. In this situation we offer every employee occupational reintegration management (BEM) under ${SGB9_167_2_EN}, and so we are offering it to you. Your health and your work with us matter to us.`,
  goalsSentence: (goals) => `In the BEM we would like to work out together with you how we can ${goals}.`,
  goals: {
    'overcome-incapacity': 'overcome your incapacity for work',
    'prevent-incapacity': 'prevent renewed incapacity for work',
    'keep-employment': 'keep your job',
  },
  openOutcome: 'The outcome is open: we look for solutions together, and nothing is done without your agreement.',
  voluntariness: 'Taking part is voluntary. You decide for yourself whether to accept this offer.',
  noDiagnosis:
    'You do not have to tell us any diagnosis or details of your illness. A visit to a doctor is not required for the BEM. ' +
    'What helps is only what you would like to tell us about restrictions at work.',
  companyDoctorOffer: 'If you wish, the company doctor (Betriebsarzt) can advise you in confidence – an offer, not an obligation.',
  dataProtection: (categories, purposes, recipients) =>
    `Data protection: what you tell us in the BEM is specially protected. We use only these data: ${categories}. ` +
    `We use them solely for ${purposes}. Only ${recipients} can see them – and only as far as you consent.`,
  files:
    'The BEM file is kept separate from your personnel file. The personnel file records only the offer, your answer, the end of the BEM and agreed changes to your employment (for example your working hours). ' +
    'After the BEM has ended and the retention period has passed, the BEM file is deleted; if you decline, we keep only the proof of this offer.',
  categories: {
    'contact-data': 'your contact details',
    'absence-periods': 'the periods of your incapacity for work (dates only, no causes)',
    'work-restrictions': 'restrictions at work (only what you choose to tell us)',
    'workplace-data': 'your job, tasks, workplace and working hours',
    measures: 'the measures proposed and agreed',
    'case-progress': 'the dates and steps of the BEM',
  },
  purposes: {
    'bem-procedure': 'carrying out the BEM',
    participation: 'involving the people and bodies you choose',
    'measure-planning': 'planning and carrying out measures',
    'external-benefits': 'applying for benefits from rehabilitation providers or the integration office',
  },
  recipients: {
    employer: "the employer's BEM team (not your supervisor)",
    supervisor: 'your supervisor (line manager), only as far as the agreed measures require',
    'works-council': 'the works council (Betriebsrat / Personalrat)',
    'disability-representative': 'the representative body for severely disabled employees (Schwerbehindertenvertretung, SBV; if you are severely disabled or of equal status)',
    'company-doctor': 'the company doctor (Betriebsarzt)',
    'trusted-person': 'a person of trust of your choice (Vertrauensperson)',
    'rehab-provider': 'rehabilitation providers (e.g. your health, pension or accident insurer)',
    'integration-office': 'the integration office (Integrationsamt / Inklusionsamt)',
  },
  participants: (roles) =>
    `If you wish, the following can take part in the BEM: ${roles}. You decide who takes part, and you can exclude anyone at any time.`,
  trustedPerson: 'You may bring a person of trust of your choice (Vertrauensperson) to every meeting, for example a family member or a colleague.',
  withdrawal:
    'You can withdraw your consent at any time without giving reasons and end the BEM at any time. You can also reject single measures. ' +
    'If you change your mind later, you can resume the BEM.',
  contact: (contact) => `Your contact person is ${contact}. Please feel free to get in touch with questions before you decide.`,
  contactDetails: (contact) => [contact.name, contact.phone && `phone ${contact.phone}`, contact.email && `email ${contact.email}`].filter(Boolean).join(', '),
  reply: (date) =>
    `Please let us know by ${date} whether you would like to accept this offer – the reply form below is the easiest way. If you need more time, just talk to us.`,
  closing: 'We would be glad to look for good solutions together with you.\n\nKind regards',
  replySlip: [
    '-------------------- Reply --------------------',
    'I have received the invitation to occupational reintegration management (BEM).',
    '[ ] Yes, I would like to take part in the BEM.',
    '[ ] No, I do not wish to take part in the BEM at present. I can still contact you at any time later.',
    '',
    'Date, signature: ______________________________',
  ].join('\n'),
  placeholder: {
    date: '[enter date]',
    contact: '[enter contact person]',
    categories: '[enter kinds of data]',
    purposes: '[enter purposes]',
    recipients: '[enter recipients]',
    participants: '[enter possible participants]',
  },
  formatDate: (date) => `${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`,
  and: 'and',
};

/** The wording per language. */
export const letterTexts = { de, en } as const;
