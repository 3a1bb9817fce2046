import type { IsoDate } from '../dates/iso-date.js';
import type { ConsentPurpose, ConsentRecipient, DataCategory } from '../model/consent.js';
import type { BemGoal, InvitationContact } from '../model/invitation.js';
import { BDSG_26, SGB9_167_2, SGB9_167_2_EN, SGB9_167_2_S4 } from '../law/citations.js';
import type { CaseOutcome } from '../model/case-outcome.js';
import type { MeasureStatus } from '../model/measure.js';

/**
 * The wording of the invitation letter in one language.
 *
 * Warm and plain (the [case-lifecycle guide](../../docs/case-lifecycle.md)): appreciation, no
 * pressure, no diagnosis asked; a doctor's visit is never required (LAG Nürnberg 18.2.2020 – 7 Sa
 * 124/19). Placeholders in square brackets mark what HR still has to fill in.
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
  readonly doctorNotRequired: string;
  /** The opening sentence when the letter goes to the employee's legal representative. */
  readonly toRepresentative: string;
  readonly companyDoctorOffer: string;
  readonly doctorToCheck: string;
  readonly art13: (controller: string, officer: string, authority: string | undefined, years: number) => string;
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
  readonly replyForm: Readonly<Record<'title' | 'rule' | 'received' | 'yes' | 'no' | 'categories' | 'recipients' | 'participants' | 'withdrawal' | 'signature', string>>;
  readonly caseLetter: CaseLetterTexts;
  readonly placeholder: Readonly<
    Record<
      'date' | 'contact' | 'categories' | 'purposes' | 'recipients' | 'participants' | 'controller' | 'officer' | 'interview' | 'measures' | 'responsible' | 'outcome' | 'deletion',
      string
    >
  >;
  readonly formatDate: (date: IsoDate) => string;
  readonly and: string;
  /** The last joiner of the list of data categories (German "sowie", so that "Maßnahmen und Termine und Verlauf" is not said). */
  readonly andAlso: string;
}

/** The wording of the case documents after the invitation (reminder, minutes, measure plan, closing). */
export interface CaseLetterTexts {
  readonly reminderSubject: string;
  readonly reminderIntro: (sentOn: string) => string;
  readonly reminderReply: (replyBy: string) => string;
  readonly minutesSubject: string;
  readonly heldOn: (date: string) => string;
  readonly present: (roles: readonly string[]) => string;
  readonly saidYes: string;
  readonly saidNo: string;
  readonly nextSteps: string;
  readonly examineMeasures: string;
  readonly nextMeeting: (date: string) => string;
  readonly status: Readonly<Record<MeasureStatus, string>>;
  readonly noHealthDetails: string;
  readonly planSubject: string;
  readonly planIntro: string;
  readonly planRights: string;
  readonly agreedOn: (date: string) => string;
  readonly notStarted: string;
  readonly startedOn: (date: string) => string;
  readonly completedOn: (date: string) => string;
  readonly abandonedOn: (date: string) => string;
  readonly responsible: (who: string) => string;
  readonly closingSubject: string;
  readonly outcome: (outcome: CaseOutcome, date: string) => string;
  readonly measuresHeading: string;
  readonly noMeasures: string;
  readonly review: (date: string, effective: boolean) => string;
  readonly deletion: (date: string, atOnce: boolean) => string;
  readonly personnelFile: string;
  readonly newBem: string;
  readonly closing: string;
  readonly signatures: string;
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
    'Sie müssen uns keine Diagnose und keine Einzelheiten zu Ihrer Erkrankung nennen. Es genügt, was Sie uns über Einschränkungen bei der Arbeit mitteilen möchten.',
  doctorNotRequired: 'Ein Arztbesuch ist für das BEM nicht erforderlich.',
  toRepresentative:
    `Dieses Schreiben richtet sich an Sie als gesetzliche Vertretung der beschäftigten Person (${SGB9_167_2_S4}). „Sie“ meint im Folgenden die beschäftigte Person; Sie können für sie antworten und einwilligen.`,
  doctorToCheck: '[Angabe zum Arztbesuch prüfen: Ein Arztbesuch darf nie als Pflicht dargestellt werden]',
  art13: (controller, officer, authority, years) =>
    `Informationen nach Art. 13 DSGVO: Verantwortlich für die Verarbeitung ist ${controller}. Die oder den Datenschutzbeauftragten erreichen Sie unter ${officer}. ` +
    `Rechtsgrundlage ist ${SGB9_167_2} in Verbindung mit Art. 6 Abs. 1 lit. b und c DSGVO und ${BDSG_26}, für Gesundheitsdaten Art. 9 Abs. 2 lit. b DSGVO; soweit wir Daten nur mit Ihrer Einwilligung verwenden, ist sie die Grundlage (Art. 6 Abs. 1 lit. a, Art. 7 und Art. 9 Abs. 2 lit. a DSGVO). ` +
    `Die BEM-Akte wird ${years} Jahre nach dem Abschluss des BEM gelöscht; lehnen Sie das BEM ab oder widerrufen Sie Ihre Einwilligung, wird sie sofort gelöscht, und nur der Nachweis dieses Angebots bleibt. ` +
    'Sie haben das Recht auf Auskunft, Berichtigung, Löschung und Einschränkung der Verarbeitung und können eine Einwilligung jederzeit mit Wirkung für die Zukunft widerrufen. ' +
    `Sie können sich bei einer Datenschutz-Aufsichtsbehörde beschweren${authority === undefined ? '' : `, zum Beispiel bei ${authority}`}.`,
  companyDoctorOffer: 'Wenn Sie möchten, kann Sie die Betriebsärztin oder der Betriebsarzt vertraulich beraten – das ist ein Angebot, keine Pflicht.',
  dataProtection: (categories, purposes, recipients) =>
    `Datenschutz: Ihre Angaben im BEM sind besonders geschützt. Wir verwenden nur diese Daten: ${categories}. ` +
    `Wir verwenden sie ausschließlich für ${purposes}. Sehen können sie nur ${recipients} – und nur, soweit Sie zustimmen.`,
  files:
    'Die BEM-Akte wird getrennt von Ihrer Personalakte geführt. In die Personalakte kommen nur das Angebot, Ihre Antwort, das Ende des BEM und vereinbarte Änderungen Ihres Arbeitsverhältnisses (zum Beispiel der Arbeitszeit). ' +
    'Nach dem Abschluss und dem Ende der Aufbewahrungsfrist wird die BEM-Akte gelöscht; wenn Sie ablehnen, bewahren wir nur den Nachweis dieses Angebots auf.',
  categories: {
    'contact-data': 'Ihre Kontaktdaten',
    'absence-periods': 'die Zeiten Ihrer Arbeitsunfähigkeit (nur die Zeiträume, keine Ursachen)',
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
  replyForm: {
    title: 'Antwort zur Einladung zum Betrieblichen Eingliederungsmanagement (BEM)',
    rule: '-------------------- Antwort --------------------',
    received: 'Ich habe die Einladung zum Betrieblichen Eingliederungsmanagement (BEM) erhalten.',
    yes: 'Ja, ich möchte am BEM teilnehmen.',
    no: 'Nein, ich möchte zurzeit nicht am BEM teilnehmen. Ich kann mich auch später jederzeit an Sie wenden.',
    categories: 'Wenn ja – für das BEM dürfen diese Angaben verwendet werden (bitte ankreuzen):',
    recipients: 'Sehen dürfen diese Angaben:',
    participants: 'Am BEM sollen teilnehmen (nur, wen Sie oben auch die Angaben sehen lassen; die Vertrauensperson immer):',
    withdrawal: 'Meine Einwilligung kann ich jederzeit ganz oder teilweise widerrufen.',
    signature: 'Datum, Unterschrift: ______________________________',
  },
  caseLetter: {
    reminderSubject: 'Erinnerung: Einladung zum Betrieblichen Eingliederungsmanagement (BEM)',
    reminderIntro: (sentOn) =>
      `am ${sentOn} haben wir Ihnen ein Betriebliches Eingliederungsmanagement (BEM) angeboten. Bisher haben wir noch keine Antwort von Ihnen – vielleicht ist unser Schreiben untergegangen. Deshalb erinnern wir Sie gern noch einmal an unser Angebot.`,
    reminderReply: (replyBy) =>
      `Bitte geben Sie uns bis zum ${replyBy} Bescheid, ob Sie das Angebot annehmen möchten. Hören wir bis dahin nichts von Ihnen, gehen wir davon aus, dass Sie zurzeit nicht teilnehmen möchten. Sie können sich aber auch später jederzeit an uns wenden.`,
    minutesSubject: 'Ergebnisprotokoll des Erstgesprächs im Betrieblichen Eingliederungsmanagement (BEM)',
    heldOn: (date) => `Datum des Erstgesprächs: ${date}`,
    present: (roles) => `Teilgenommen haben: die beschäftigte Person, der Arbeitgeber (BEM-Team)${roles.length === 0 ? '' : `, ${roles.join(', ')}`}.`,
    saidYes: 'Die beschäftigte Person möchte das BEM fortsetzen.',
    saidNo: 'Die beschäftigte Person möchte das BEM nicht fortsetzen; das BEM ist damit beendet. Sie kann sich später jederzeit wieder an uns wenden.',
    nextSteps: 'Vereinbarte nächste Schritte:',
    examineMeasures: 'Mögliche Maßnahmen werden gemeinsam geprüft.',
    nextMeeting: (date) => `Nächstes Gespräch am ${date}`,
    status: { proposed: 'vorgeschlagen, wird geprüft', agreed: 'vereinbart', rejected: 'abgelehnt', started: 'begonnen', completed: 'abgeschlossen', abandoned: 'beendet' },
    noHealthDetails: 'Dieses Dokument enthält keine Diagnosen und keine Angaben zur Erkrankung. Es gehört in die BEM-Akte, die getrennt von der Personalakte geführt wird.',
    planSubject: 'Maßnahmenplan im Betrieblichen Eingliederungsmanagement (BEM)',
    planIntro: 'Im BEM wurden gemeinsam diese Maßnahmen vereinbart:',
    planRights: 'Jede Maßnahme wird nur mit Zustimmung der beschäftigten Person umgesetzt; sie kann einzelne Maßnahmen jederzeit ablehnen. Die Wirksamkeit der Maßnahmen prüfen wir gemeinsam.',
    agreedOn: (date) => `vereinbart am ${date}`,
    notStarted: 'noch nicht begonnen',
    startedOn: (date) => `begonnen am ${date}`,
    completedOn: (date) => `abgeschlossen am ${date}`,
    abandonedOn: (date) => `beendet am ${date}`,
    responsible: (who) => `umgesetzt von: ${who}`,
    closingSubject: 'Abschluss des Betrieblichen Eingliederungsmanagements (BEM)',
    outcome: (outcome, date) =>
      ({
        completed: `das BEM ist am ${date} abgeschlossen worden: Die vereinbarten Maßnahmen wurden umgesetzt.`,
        'no-suitable-measures': `das BEM ist am ${date} abgeschlossen worden: Gemeinsam haben wir keine geeignete Maßnahme gefunden.`,
        declined: `Sie haben am ${date} entschieden, nicht am BEM teilzunehmen. Das respektieren wir.`,
        'no-response': `auf unser Angebot eines BEM haben wir keine Antwort erhalten; wir haben das BEM deshalb am ${date} beendet.`,
        withdrawn: `Sie haben das BEM beendet; wir haben es am ${date} abgeschlossen.`,
        'employment-ended': `das BEM ist am ${date} beendet worden, weil das Arbeitsverhältnis endet.`,
      })[outcome],
    measuresHeading: 'Maßnahmen im BEM:',
    noMeasures: 'Im BEM wurden keine Maßnahmen vereinbart.',
    review: (date, effective) => `Am ${date} haben wir die Wirksamkeit geprüft: ${effective ? 'Die Maßnahmen haben sich bewährt.' : 'Die Maßnahmen haben noch nicht ausgereicht.'}`,
    deletion: (date, atOnce) =>
      atOnce
        ? `Ihre BEM-Akte wird sofort gelöscht (spätestens am ${date}); wir bewahren nur den Nachweis auf, dass wir Ihnen das BEM angeboten haben.`
        : `Ihre BEM-Akte wird am ${date} gelöscht, am Ende der Aufbewahrungsfrist nach dem Abschluss.`,
    personnelFile: 'In Ihre Personalakte kommen nur das Angebot, Ihre Antwort, das Ende des BEM und vereinbarte Änderungen Ihres Arbeitsverhältnisses – keine Diagnosen und keine Gesprächsnotizen.',
    newBem: 'Wenn Sie künftig erneut innerhalb eines Jahres länger als sechs Wochen arbeitsunfähig sind, bieten wir Ihnen ein neues BEM an.',
    closing: 'Mit freundlichen Grüßen',
    signatures: 'Datum, Unterschrift beschäftigte Person: ______________________________\nDatum, Unterschrift Arbeitgeber: ______________________________',
  },
  placeholder: {
    date: '[Datum eintragen]',
    contact: '[Ansprechperson eintragen]',
    categories: '[Datenarten eintragen]',
    purposes: '[Zwecke eintragen]',
    recipients: '[Empfänger eintragen]',
    participants: '[mögliche Beteiligte eintragen]',
    controller: '[Verantwortlichen mit Anschrift eintragen]',
    officer: '[Kontakt der oder des Datenschutzbeauftragten eintragen]',
    interview: '[Erstgespräch eintragen]',
    measures: '[vereinbarte Maßnahmen eintragen]',
    responsible: '[verantwortlich eintragen]',
    outcome: '[Ergebnis des BEM eintragen]',
    deletion: '[Löschung der BEM-Akte eintragen]',
  },
  formatDate: (date) => `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`,
  and: 'und',
  andAlso: 'sowie',
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
  noDiagnosis: 'You do not have to tell us any diagnosis or details of your illness. What you would like to tell us about restrictions at work is enough.',
  doctorNotRequired: 'A visit to a doctor is not required for the BEM.',
  toRepresentative:
    `This letter is addressed to you as the employee’s legal representative (${SGB9_167_2_EN}, sentence 4). In what follows, “you” means the employee; you may answer and consent on their behalf.`,
  doctorToCheck: '[check what the letter says about a doctor’s visit: it must never be presented as mandatory]',
  art13: (controller, officer, authority, years) =>
    `Information under Art. 13 GDPR: the controller is ${controller}. You can reach the data protection officer at ${officer}. ` +
    `The legal basis is ${SGB9_167_2_EN} with Art. 6 (1) (b) and (c) GDPR and ${BDSG_26}, for health data Art. 9 (2) (b) GDPR; where we use data only with your consent, your consent is the basis (Art. 6 (1) (a), Art. 7 and Art. 9 (2) (a) GDPR). ` +
    `The BEM file is deleted ${years} years after the BEM has ended; if you decline the BEM or withdraw your consent, it is deleted at once, and only the proof of this offer is kept. ` +
    'You have the right of access, rectification, erasure and restriction of processing, and you can withdraw a consent at any time with effect for the future. ' +
    `You can lodge a complaint with a data protection supervisory authority${authority === undefined ? '' : `, for example ${authority}`}.`,
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
  replyForm: {
    title: 'Reply to the invitation to occupational reintegration management (BEM)',
    rule: '-------------------- Reply --------------------',
    received: 'I have received the invitation to occupational reintegration management (BEM).',
    yes: 'Yes, I would like to take part in the BEM.',
    no: 'No, I do not wish to take part in the BEM at present. I can still contact you at any time later.',
    categories: 'If yes – these data may be used for the BEM (please tick):',
    recipients: 'These may see them:',
    participants: 'These should take part in the BEM (only those you also let see the data above; the person of trust always):',
    withdrawal: 'I can withdraw my consent, in whole or in part, at any time.',
    signature: 'Date, signature: ______________________________',
  },
  caseLetter: {
    reminderSubject: 'Reminder: invitation to occupational reintegration management (Betriebliches Eingliederungsmanagement, BEM)',
    reminderIntro: (sentOn) =>
      `On ${sentOn} we offered you occupational reintegration management (BEM). We have not heard from you yet – perhaps our letter got lost. So we would like to remind you of our offer.`,
    reminderReply: (replyBy) =>
      `Please let us know by ${replyBy} whether you would like to accept the offer. If we do not hear from you by then, we will assume that you do not wish to take part at present. You can still contact us at any time later.`,
    minutesSubject: 'Minutes of the initial interview in occupational reintegration management (BEM)',
    heldOn: (date) => `Date of the initial interview: ${date}`,
    present: (roles) => `Present: the employee, the employer (BEM team)${roles.length === 0 ? '' : `, ${roles.join(', ')}`}.`,
    saidYes: 'The employee wishes to continue the BEM.',
    saidNo: 'The employee does not wish to continue the BEM; the BEM has ended. The employee can contact us again at any time later.',
    nextSteps: 'Next steps agreed:',
    examineMeasures: 'Possible measures will be examined together.',
    nextMeeting: (date) => `Next meeting on ${date}`,
    status: { proposed: 'proposed, being examined', agreed: 'agreed', rejected: 'rejected', started: 'started', completed: 'completed', abandoned: 'ended' },
    noHealthDetails: 'This document contains no diagnosis and no details of any illness. It belongs in the BEM file, which is kept apart from the personnel file.',
    planSubject: 'Measure plan in occupational reintegration management (BEM)',
    planIntro: 'These measures were agreed together in the BEM:',
    planRights: 'Every measure is carried out only with the employee’s agreement; the employee can reject single measures at any time. We check together whether the measures work.',
    agreedOn: (date) => `agreed on ${date}`,
    notStarted: 'not started yet',
    startedOn: (date) => `started on ${date}`,
    completedOn: (date) => `completed on ${date}`,
    abandonedOn: (date) => `ended on ${date}`,
    responsible: (who) => `carried out by: ${who}`,
    closingSubject: 'Conclusion of occupational reintegration management (BEM)',
    outcome: (outcome, date) =>
      ({
        completed: `The BEM was concluded on ${date}: the agreed measures have been carried out.`,
        'no-suitable-measures': `The BEM was concluded on ${date}: together we found no suitable measure.`,
        declined: `On ${date} you decided not to take part in the BEM. We respect that.`,
        'no-response': `We received no answer to our offer of a BEM, so we ended it on ${date}.`,
        withdrawn: `You ended the BEM; we concluded it on ${date}.`,
        'employment-ended': `The BEM was ended on ${date} because the employment ends.`,
      })[outcome],
    measuresHeading: 'Measures in the BEM:',
    noMeasures: 'No measures were agreed in the BEM.',
    review: (date, effective) => `On ${date} we checked whether the measures work: ${effective ? 'they have proved effective.' : 'they have not been enough yet.'}`,
    deletion: (date, atOnce) =>
      atOnce
        ? `Your BEM file is deleted at once (by ${date} at the latest); we keep only the proof that we offered you the BEM.`
        : `Your BEM file is deleted on ${date}, at the end of the retention period after the conclusion.`,
    personnelFile: 'Your personnel file records only the offer, your answer, the end of the BEM and agreed changes to your employment – no diagnoses and no interview notes.',
    newBem: 'If in future you are again unable to work for more than six weeks within one year, we will offer you a new BEM.',
    closing: 'Kind regards',
    signatures: 'Date, signature of the employee: ______________________________\nDate, signature of the employer: ______________________________',
  },
  placeholder: {
    date: '[enter date]',
    contact: '[enter contact person]',
    categories: '[enter kinds of data]',
    purposes: '[enter purposes]',
    recipients: '[enter recipients]',
    participants: '[enter possible participants]',
    controller: '[enter the controller with address]',
    officer: '[enter the data protection officer’s contact]',
    interview: '[enter the initial interview]',
    measures: '[enter the agreed measures]',
    responsible: '[enter who carries it out]',
    outcome: '[enter the outcome of the BEM]',
    deletion: '[enter when the BEM file is deleted]',
  },
  formatDate: (date) => `${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`,
  and: 'and',
  andAlso: 'and',
};

/** The wording per language. */
export const letterTexts = { de, en } as const;
