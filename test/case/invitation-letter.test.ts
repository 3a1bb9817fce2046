import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkInvitation, openCase, renderInvitationLetter } from '../../src/case/index.js';
import { BemInputError, type InvitationContentInput, type InvitationElement } from '../../src/model/index.js';
import { anyInvitationContent } from '../privacy/arbitrary-case.js';
import { properContent } from '../privacy/fixtures.js';
import { run } from './fixtures.js';

const full = {
  ...properContent,
  dataProtection: {
    categories: ['contact-data', 'absence-periods', 'work-restrictions', 'workplace-data', 'measures', 'case-progress'],
    purposes: ['bem-procedure', 'participation', 'measure-planning', 'external-benefits'],
    recipients: ['employer', 'works-council', 'disability-representative', 'company-doctor', 'rehab-provider', 'integration-office'],
  },
  possibleParticipants: ['works-council', 'disability-representative', 'company-doctor', 'trusted-person', 'rehab-provider', 'integration-office'],
  doctorVisit: 'voluntary',
} satisfies InvitationContentInput;

/** What Art. 13 GDPR asks and only the caller knows. */
const art13 = { controller: 'Muster GmbH, Hauptstraße 1, 10115 Berlin', dataProtectionOfficer: 'datenschutz@muster.example' };

// What the letter must say for each element of a proper offer, in each language.
const expectedText: Record<'de' | 'en', Record<InvitationElement, readonly string[]>> = {
  de: {
    occasion: ['länger als sechs Wochen arbeitsunfähig', '20.10.2025'],
    goals: ['die Arbeitsunfähigkeit überwunden', 'erneuter Arbeitsunfähigkeit vorgebeugt', 'Ihr Arbeitsplatz erhalten'],
    voluntariness: ['Die Teilnahme ist freiwillig.'],
    'data-kind-and-scope': ['Ihre Kontaktdaten', 'die Zeiten Ihrer Arbeitsunfähigkeit (nur die Zeiträume, keine Ursachen)', 'Einschränkungen bei der Arbeit', 'Angaben zu Ihrem Arbeitsplatz', 'die vorgeschlagenen und vereinbarten Maßnahmen', 'Termine und Verlauf des BEM'],
    'data-purpose': ['die Durchführung des BEM', 'die Beteiligung der Personen und Stellen', 'die Planung und Umsetzung von Maßnahmen', 'Anträge auf Leistungen'],
    'data-recipients': ['das BEM-Team des Arbeitgebers', 'der Betriebsrat bzw. Personalrat', 'die Schwerbehindertenvertretung (SBV', 'Betriebsarzt', 'Rehabilitationsträger', 'Integrationsamt'],
    'participants-and-choice': ['Sie entscheiden, wer dabei ist', 'einzelne Beteiligte jederzeit ausschließen'],
    'trusted-person': ['eine Vertrauensperson Ihrer Wahl mitbringen'],
    'right-to-withdraw': ['Zustimmung jederzeit ohne Angabe von Gründen widerrufen', 'das BEM jederzeit beenden'],
    contact: ['Anna Weber, BEM-Beauftragte', 'Telefon +49 30 1234-56', 'E-Mail bem@example.org'],
    'reply-date': ['bis zum 17.11.2025'],
    'no-mandatory-doctor-visit': ['Ein Arztbesuch ist für das BEM nicht erforderlich.'],
  },
  en: {
    occasion: ['unable to work for more than six weeks', '20 October 2025'],
    goals: ['overcome your incapacity for work', 'prevent renewed incapacity for work', 'keep your job'],
    voluntariness: ['Taking part is voluntary.'],
    'data-kind-and-scope': ['your contact details', 'the periods of your incapacity for work (dates only, no causes)', 'restrictions at work', 'your job, tasks, workplace', 'the measures proposed and agreed', 'the dates and steps of the BEM'],
    'data-purpose': ['carrying out the BEM', 'involving the people and bodies you choose', 'planning and carrying out measures', 'applying for benefits'],
    'data-recipients': ["the employer's BEM team", 'the works council (Betriebsrat / Personalrat)', 'Schwerbehindertenvertretung, SBV', 'company doctor (Betriebsarzt)', 'rehabilitation providers', 'integration office'],
    'participants-and-choice': ['You decide who takes part', 'exclude anyone at any time'],
    'trusted-person': ['person of trust of your choice (Vertrauensperson)'],
    'right-to-withdraw': ['withdraw your consent at any time', 'end the BEM at any time'],
    contact: ['Anna Weber, BEM-Beauftragte', 'phone +49 30 1234-56', 'email bem@example.org'],
    'reply-date': ['by 17 November 2025'],
    'no-mandatory-doctor-visit': ['A visit to a doctor is not required for the BEM.'],
  },
};

const pressure = {
  de: ['verpflichtet', 'Kündigung', 'Konsequenz', 'unverzüglich', 'Attest', 'Sie müssen teilnehmen'],
  en: ['obliged', 'dismissal', 'consequence', 'immediately', 'medical certificate', 'you must take part'],
};

/** Placeholders to fill in, in square brackets; `[ ]` is a tick box of the reply form. */
const placeholders = (body: string) => body.match(/\[[^\] ][^\]]*\]/g) ?? [];

describe('renderInvitationLetter', () => {
  for (const locale of ['de', 'en'] as const) {
    describe(`in ${locale === 'de' ? 'German' : 'English'}`, () => {
      const letter = renderInvitationLetter(full, { locale, ...art13 });

      for (const [element, phrases] of Object.entries(expectedText[locale])) {
        it(`contains the element ${element}`, () => {
          for (const phrase of phrases) expect(letter.body).toContain(phrase);
        });
      }

      it('is a proper offer with nothing left to fill in', () => {
        expect(letter.missing).toEqual([]);
        expect(checkInvitation(letter.content)).toEqual({ proper: true, missing: [] });
        expect(placeholders(letter.body)).toEqual([]);
      });

      it('is warm: it shows appreciation, asks for no diagnosis and puts no pressure', () => {
        expect(letter.body).toContain(locale === 'de' ? 'liegen uns am Herzen' : 'matter to us');
        expect(letter.body).toContain(locale === 'de' ? 'Sie müssen uns keine Diagnose' : 'You do not have to tell us any diagnosis');
        expect(letter.body).toContain(locale === 'de' ? 'Wir würden uns freuen' : 'We would be glad');
        for (const word of pressure[locale]) expect(letter.body.toLowerCase()).not.toContain(word.toLowerCase());
      });

      it('ends with a reply form, so a decline can be given in writing', () => {
        expect(letter.body).toMatch(locale === 'de' ? /\[ \] Nein, ich möchte zurzeit nicht/ : /\[ \] No, I do not wish/);
        expect(letter.body.endsWith('______________________________\n')).toBe(true);
      });
    });
  }

  it('uses the German terms of the law in the German letter', () => {
    const { subject, body } = renderInvitationLetter(full, { locale: 'de' });
    expect(subject).toBe('Einladung zum Betrieblichen Eingliederungsmanagement (BEM)');
    for (const term of ['Betriebliches Eingliederungsmanagement (BEM)', 'Vertrauensperson', 'Betriebsrat', 'Schwerbehindertenvertretung', 'Datenschutz', 'Personalakte']) {
      expect(body).toContain(term);
    }
  });

  it('offers the company doctor as an offer only when the content says so', () => {
    const voluntary = renderInvitationLetter({ ...full, doctorVisit: 'voluntary' }, { locale: 'de' });
    expect(voluntary.body).toContain('das ist ein Angebot, keine Pflicht');
    expect(voluntary.content.doctorVisit).toBe('voluntary');
    expect(renderInvitationLetter({ ...full, doctorVisit: 'not-mentioned' }, { locale: 'de' }).body).not.toContain('vertraulich beraten');
  });

  it('never presents a doctor’s visit as mandatory: a mandatory one stays in the content, missing and marked to correct', () => {
    const letter = renderInvitationLetter({ ...full, doctorVisit: 'mandatory' }, { locale: 'en', ...art13 });
    expect(letter.content.doctorVisit).toBe('mandatory');
    expect(letter.body).not.toContain('A visit to a doctor is not required');
    expect(letter.body).toContain('[check what the letter says about a doctor’s visit: it must never be presented as mandatory]');
    expect(letter.missing).toEqual(['no-mandatory-doctor-visit']);
  });

  it('marks missing data with placeholders and lists them', () => {
    const letter = renderInvitationLetter({}, { locale: 'de' });
    expect(letter.missing).toEqual(['occasion', 'data-kind-and-scope', 'data-purpose', 'data-recipients', 'participants-and-choice', 'contact', 'reply-date', 'controller', 'data-protection-officer']);
    expect(placeholders(letter.body)).toEqual([
      '[Datum eintragen]',
      '[Datenarten eintragen]',
      '[Zwecke eintragen]',
      '[Empfänger eintragen]',
      '[Verantwortlichen mit Anschrift eintragen]',
      '[Kontakt der oder des Datenschutzbeauftragten eintragen]',
      '[mögliche Beteiligte eintragen]',
      '[Ansprechperson eintragen]',
      '[Datum eintragen]',
      '[Ansprechperson eintragen]',
    ]);
  });

  it('takes the salutation and the signature from the options', () => {
    const letter = renderInvitationLetter(full, { locale: 'de', salutation: 'Liebe Frau Berger,', signature: 'Ihr BEM-Team' });
    expect(letter.body.startsWith('Liebe Frau Berger,\n\n')).toBe(true);
    expect(letter.body).toContain('Mit freundlichen Grüßen\nIhr BEM-Team');
  });

  it('gives content the case machine accepts as a proper invitation', () => {
    const { content } = renderInvitationLetter(full, { locale: 'en' });
    const crossed = openCase({ id: 'c-1', employee: { id: 'e-4711', severelyDisabled: true }, on: '2025-10-21', eligibility: { thresholdCrossedOn: '2025-10-20', countedDays: 43 } });
    const c = run(crossed, [{ type: 'invitation.sent', on: '2025-11-04', by: 'employer', content }]);
    expect(c.state).toBe('invited');
  });

  it('lists as missing exactly what its content lacks, each marked in the body, for any content', () => {
    fc.assert(
      fc.property(anyInvitationContent, fc.constantFrom('de' as const, 'en' as const), (content, locale) => {
        const before = structuredClone(content);
        const letter = renderInvitationLetter(content, { locale });
        expect(letter.missing).toEqual([...checkInvitation(letter.content).missing, 'controller', 'data-protection-officer']);
        for (const always of ['goals', 'voluntariness', 'trusted-person', 'right-to-withdraw']) expect(letter.missing).not.toContain(always);
        expect(letter.missing.includes('no-mandatory-doctor-visit')).toBe(content.doctorVisit === 'mandatory');
        expect(placeholders(letter.body).length > 0).toBe(letter.missing.length > 0);
        expect(content).toEqual(before);
      }),
      { numRuns: 200 },
    );
  });

  it('throws a BemInputError with the path for bad content or options', () => {
    expect(() => renderInvitationLetter(full, { locale: 'fr' } as never)).toThrow(/options\.locale/);
    expect(() => renderInvitationLetter({ ...full, diagnosis: 'x' } as never, { locale: 'de' })).toThrow(BemInputError);
    expect(() => renderInvitationLetter({ replyBy: '2025-02-30' }, { locale: 'de' })).toThrow(/content\.replyBy/);
  });
});
