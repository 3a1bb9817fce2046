import { describe, expect, it } from 'vitest';
import { applyEvent, renderCaseLetter, renderInvitationLetter, renderReplyForm, replyEvents } from '../../src/case/index.js';
import { type BemCase, BemInputError, type DataCategory } from '../../src/model/index.js';
import { caseIn, ev, opened, outcomeOf, properContent, run, sbvContent } from './fixtures.js';

/** Placeholders to fill in, in square brackets; `[ ]` is a tick box of the reply form. */
const placeholders = (body: string) => body.match(/\[[^\] ][^\]]*\]/g) ?? [];

describe('the reply form (consent per data category and recipient, choice of participants)', () => {
  it('offers one box per category, recipient and possible participant of the invitation, in its order', () => {
    const form = renderReplyForm(sbvContent, { locale: 'de' });
    expect(form.boxes.map((entry) => entry.box)).toEqual([
      'answer:yes',
      'answer:no',
      'category:absence-periods',
      'category:work-restrictions',
      'category:measures',
      'recipient:employer',
      'recipient:works-council',
      'recipient:disability-representative',
      'participant:works-council',
      'participant:disability-representative',
      'participant:company-doctor',
    ]);
    for (const { label } of form.boxes) expect(form.body).toContain(`[ ] ${label}`);
    expect(form.body.endsWith('Datum, Unterschrift: ______________________________')).toBe(true);
  });

  it('maps the ticks one to one onto employee.accepted’s consent and participant.added events the case accepts', () => {
    const ticked = ['answer:yes', 'category:absence-periods', 'category:measures', 'recipient:employer', 'recipient:works-council', 'participant:works-council', 'participant:trusted-person'] as const;
    const events = replyEvents({ ticked: [...ticked], on: '2025-11-10' });
    expect(events).toEqual([
      { type: 'employee.accepted', on: '2025-11-10', by: 'employee', inWriting: true, consent: { purpose: 'bem-procedure', dataCategories: ['absence-periods', 'measures'], recipients: ['employer', 'works-council'] } },
      { type: 'participant.added', on: '2025-11-10', by: 'employee', role: 'works-council' },
      { type: 'participant.added', on: '2025-11-10', by: 'employee', role: 'trusted-person' },
    ]);
    const c = run(caseIn('invited'), events);
    expect(c.state).toBe('accepted');
    expect(c.consents[0]).toMatchObject({ dataCategories: ['absence-periods', 'measures'], recipients: ['employer', 'works-council'] });
    expect(c.participants.map((participant) => participant.role)).toEqual(['works-council', 'trusted-person']);
  });

  it('turns a no into a written decline, also when the legal representative signs', () => {
    expect(replyEvents({ ticked: ['answer:no'], on: '2025-11-10', by: 'legal-representative' })).toEqual([{ type: 'employee.declined', on: '2025-11-10', by: 'legal-representative', inWriting: true }]);
  });

  it('refuses a form that is not one answer, a no with consents, a yes without data, and a participant without its recipient box', () => {
    const bad = (ticked: string[]) => () => replyEvents({ ticked, on: '2025-11-10' } as never);
    expect(bad([])).toThrow('reply.ticked: Tick exactly one of answer:yes and answer:no');
    expect(bad(['answer:yes', 'answer:no'])).toThrow(BemInputError);
    expect(bad(['answer:no', 'category:measures'])).toThrow('A no carries no consent and no participants');
    expect(bad(['answer:yes', 'recipient:employer'])).toThrow('A yes needs at least one data category and one recipient');
    expect(bad(['answer:yes', 'category:measures', 'recipient:employer', 'participant:company-doctor'])).toThrow('reply.ticked[3]: The participant company-doctor takes part only with a recipient box for it ticked');
    expect(bad(['answer:yes', 'category:diagnosis'])).toThrow(/reply\.ticked\[1\]/);
  });

  it('ends the invitation letter', () => {
    const letter = renderInvitationLetter(sbvContent, { locale: 'en' });
    expect(letter.body.endsWith(`${letter.replyForm.body}\n`)).toBe(true);
    expect(letter.replyForm.boxes).toHaveLength(11);
  });
});

describe('Art. 13 GDPR in the invitation letter', () => {
  const options = { controller: 'Muster GmbH, Hauptstraße 1, 10115 Berlin', dataProtectionOfficer: 'datenschutz@muster.example', supervisoryAuthority: 'der Berliner Beauftragten für Datenschutz und Informationsfreiheit' };

  it('names controller, officer, legal basis, retention and the right to complain', () => {
    const { body, missing } = renderInvitationLetter(sbvContent, { locale: 'de', ...options });
    for (const phrase of [
      'Informationen nach Art. 13 DSGVO',
      'Verantwortlich für die Verarbeitung ist Muster GmbH, Hauptstraße 1, 10115 Berlin',
      'unter datenschutz@muster.example',
      'Art. 6 Abs. 1 lit. b und c DSGVO und § 26 BDSG',
      'Art. 9 Abs. 2 lit. b DSGVO',
      '§ 167 Abs. 2 SGB IX',
      'wird 3 Jahre nach dem Abschluss des BEM gelöscht',
      'wird sie sofort gelöscht',
      'bei einer Datenschutz-Aufsichtsbehörde beschweren, zum Beispiel bei der Berliner Beauftragten',
    ]) {
      expect(body).toContain(phrase);
    }
    expect(missing).toEqual([]);
  });

  it('states the retention period of the policy', () => {
    expect(renderInvitationLetter(sbvContent, { locale: 'en', ...options, retention: { yearsAfterClosure: 2 } }).body).toContain('deleted 2 years after the BEM has ended');
  });

  it('shows what only the caller knows as placeholders and in missing', () => {
    const letter = renderInvitationLetter(sbvContent, { locale: 'de' });
    expect(letter.missing).toEqual(['controller', 'data-protection-officer']);
    expect(placeholders(letter.body)).toEqual(['[Verantwortlichen mit Anschrift eintragen]', '[Kontakt der oder des Datenschutzbeauftragten eintragen]']);
    expect(letter.body).toContain('bei einer Datenschutz-Aufsichtsbehörde beschweren.');
  });
});

describe('German wording and the doctor’s visit', () => {
  it('says "nur die Zeiträume", "… Maßnahmen sowie Termine und Verlauf des BEM" and "Es genügt, was Sie uns … mitteilen möchten"', () => {
    const content = { ...properContent, dataProtection: { ...properContent.dataProtection, categories: ['absence-periods', 'measures', 'case-progress'] as DataCategory[] } };
    const { body } = renderInvitationLetter(content, { locale: 'de' });
    expect(body).toContain('die Zeiten Ihrer Arbeitsunfähigkeit (nur die Zeiträume, keine Ursachen), die vorgeschlagenen und vereinbarten Maßnahmen sowie Termine und Verlauf des BEM');
    expect(body).toContain('Es genügt, was Sie uns über Einschränkungen bei der Arbeit mitteilen möchten.');
    expect(body).not.toContain('nur die Daten');
  });

  it('claims no doctor’s visit is not required unless the caller said so (voluntary)', () => {
    const { doctorVisit: _omitted, ...omitted } = properContent;
    for (const [content, visit] of [[omitted, undefined], [{ ...properContent, doctorVisit: 'not-mentioned' as const }, 'not-mentioned']] as const) {
      const letter = renderInvitationLetter(content, { locale: 'de' });
      expect(letter.body).not.toContain('Arztbesuch');
      expect(letter.content.doctorVisit).toBe(visit);
    }
    const voluntary = renderInvitationLetter({ ...properContent, doctorVisit: 'voluntary' }, { locale: 'en' });
    expect(voluntary.body).toContain('A visit to a doctor is not required for the BEM. If you wish, the company doctor');
  });

  it('leaves a mandatory doctor’s visit as something to correct: placeholder, missing, and the case refuses it', () => {
    const letter = renderInvitationLetter({ ...properContent, doctorVisit: 'mandatory' }, { locale: 'de', controller: 'x', dataProtectionOfficer: 'y' });
    expect(letter.missing).toEqual(['no-mandatory-doctor-visit']);
    expect(placeholders(letter.body)).toEqual(['[Angabe zum Arztbesuch prüfen: Ein Arztbesuch darf nie als Pflicht dargestellt werden]']);
    expect(outcomeOf(applyEvent(opened(), ev.invite('2025-11-04', letter.content)))).toBe('improper-invitation');
  });
});

describe('the documents of the case', () => {
  const reminded = (): BemCase => run(caseIn('invited'), [ev.remind('2025-11-18', '2025-11-28')]);
  const done = (): BemCase =>
    run(caseIn('review'), [ev.complete('m-1', '2026-01-10'), ev.close('completed', '2026-03-01')]);

  for (const locale of ['de', 'en'] as const) {
    it(`renders each document complete from a case that holds everything (${locale})`, () => {
      const cases = { reminder: reminded(), 'interview-minutes': caseIn('in-progress'), 'measure-plan': caseIn('review'), closing: done() } as const;
      for (const [document, c] of Object.entries(cases)) {
        const letter = renderCaseLetter(c, { document: document as 'reminder', locale, responsible: { 'm-1': 'Facility management', 'm-2': 'HR' } });
        expect(letter.missing, document).toEqual([]);
        expect(placeholders(letter.body), document).toEqual([]);
        for (const word of ['Diagnose:', 'diagnosis:']) expect(letter.body).not.toContain(word);
      }
    });
  }

  it('gives the reminder letter with the new reply date of the last reminder, or the one given', () => {
    expect(renderCaseLetter(reminded(), { document: 'reminder', locale: 'de' }).body).toContain('bis zum 28.11.2025 Bescheid');
    const before = renderCaseLetter(caseIn('invited'), { document: 'reminder', locale: 'de' });
    expect(before.missing).toEqual(['reply-date']);
    expect(placeholders(before.body)).toEqual(['[Datum eintragen]']);
    expect(renderCaseLetter(caseIn('invited'), { document: 'reminder', locale: 'en', replyBy: '2025-11-28' }).body).toContain('by 28 November 2025');
  });

  it('records the interview minutes: day, who took part, the yes or no, next steps; no health details', () => {
    const c = run(caseIn('accepted'), [{ type: 'participant.added', on: '2025-11-12', by: 'employer', role: 'works-council' }, ev.interview('2025-11-20', true, ['works-council']), ev.propose('m-1', 'ergonomics', '2025-11-20')]);
    const { body } = renderCaseLetter(c, { document: 'interview-minutes', locale: 'de', nextMeetingOn: '2025-12-04' });
    expect(body).toContain('Datum des Erstgesprächs: 20.11.2025');
    expect(body).toContain('Teilgenommen haben: die beschäftigte Person, der Arbeitgeber (BEM-Team), der Betriebsrat bzw. Personalrat.');
    expect(body).toContain('Die beschäftigte Person möchte das BEM fortsetzen.');
    expect(body).toContain('Vereinbarte nächste Schritte:\n- ');
    expect(body).toContain('vorgeschlagen, wird geprüft');
    expect(body).toContain('- Nächstes Gespräch am 04.12.2025');
    expect(body).toContain('keine Diagnosen');
    const no = run(caseIn('accepted'), [ev.interview('2025-11-20', false)]);
    expect(renderCaseLetter(no, { document: 'interview-minutes', locale: 'en' }).body).toContain('The employee does not wish to continue the BEM');
    expect(renderCaseLetter(caseIn('accepted'), { document: 'interview-minutes', locale: 'de' }).missing).toEqual(['interview']);
  });

  it('lists the measure plan with dates and who carries each measure out; a missing name is a placeholder', () => {
    const plan = renderCaseLetter(caseIn('review'), { document: 'measure-plan', locale: 'de', responsible: { 'm-1': 'Facility Management' } });
    expect(plan.body).toContain('vereinbart am 26.11.2025; begonnen am 01.12.2025; umgesetzt von: Facility Management');
    expect(plan.missing).toEqual(['measure-responsible']);
    expect(placeholders(plan.body)).toEqual(['[verantwortlich eintragen]']);
    expect(renderCaseLetter(caseIn('in-progress'), { document: 'measure-plan', locale: 'de' }).missing).toEqual(['measures']);
  });

  it('reads who carries out a measure by its own id only: ids like toString or __proto__ are plain ids', () => {
    const names = ['toString', 'constructor', 'valueOf', 'hasOwnProperty', '__proto__'];
    const agreed = run(caseIn('in-progress'), [...names.map((id) => ev.propose(id, 'ergonomics', '2026-06-10')), ...names.map((id) => ev.agree(id, '2026-06-11'))]);
    const without = renderCaseLetter(agreed, { document: 'measure-plan', locale: 'en' });
    expect(without.missing).toEqual(['measure-responsible']);
    expect(placeholders(without.body)).toHaveLength(names.length);
    expect(without.body).not.toMatch(/function|native code|\[object Object\]/);
    // Only hasOwnProperty is given: the others stay open (__proto__ cannot be given as an own key at all).
    const given = renderCaseLetter(agreed, { document: 'measure-plan', locale: 'en', responsible: { hasOwnProperty: 'HR' } });
    expect(given.missing).toEqual(['measure-responsible']);
    expect(placeholders(given.body)).toHaveLength(names.length - 1);
    expect(given.body).not.toMatch(/function|native code|\[object Object\]/);
    expect(given.body.match(/: HR$/gm)).toHaveLength(1);
    const all = renderCaseLetter(agreed, { document: 'measure-plan', locale: 'en', responsible: { toString: 'HR', constructor: 'HR', valueOf: 'HR', hasOwnProperty: 'HR' } });
    expect(placeholders(all.body)).toHaveLength(1);
    expect(all.body.match(/: HR$/gm)).toHaveLength(4);
  });

  it('closes with the outcome, the measures and their effect, and when the file is deleted', () => {
    const closing = renderCaseLetter(done(), { document: 'closing', locale: 'de' });
    expect(closing.body).toContain('das BEM ist am 01.03.2026 abgeschlossen worden: Die vereinbarten Maßnahmen wurden umgesetzt.');
    expect(closing.body).toContain('Am 15.12.2025 haben wir die Wirksamkeit geprüft: Die Maßnahmen haben sich bewährt.');
    expect(closing.body).toContain('Ihre BEM-Akte wird am 01.03.2029 gelöscht');
    const declined = renderCaseLetter(caseIn('closed'), { document: 'closing', locale: 'en' });
    expect(declined.body).toContain('you decided not to take part');
    expect(declined.body).toContain('Dear colleague,\n\nOn ');
    expect(declined.body).toContain('deleted at once');
    expect(renderCaseLetter(caseIn('measures'), { document: 'closing', locale: 'de' }).missing).toEqual(['outcome']);
  });

  it('throws a BemInputError for bad options and refuses a forged case', () => {
    expect(() => renderCaseLetter(caseIn('open'), { document: 'dismissal', locale: 'de' } as never)).toThrow(/options\.document/);
    expect(() => renderCaseLetter({ ...caseIn('closed'), outcome: 'completed' } as never, { document: 'closing', locale: 'de' })).toThrow(BemInputError);
  });
});

describe('an invitation addressed to the legal representative (§ 167 Abs. 2 S. 4 SGB IX)', () => {
  it('says so at the start and stays a proper offer; the representative may then answer', () => {
    const letter = renderInvitationLetter({ ...sbvContent, addressee: 'legal-representative' }, { locale: 'de', controller: 'x', dataProtectionOfficer: 'y' });
    expect(letter.body).toContain('Guten Tag,\n\nDieses Schreiben richtet sich an Sie als gesetzliche Vertretung der beschäftigten Person (§ 167 Abs. 2 S. 4 SGB IX).');
    expect(letter.missing).toEqual([]);
    const invited = run(opened(true), [ev.invite('2025-11-04', letter.content)]);
    expect(outcomeOf(applyEvent(invited, { ...ev.accept(), by: 'legal-representative' } as never))).toBe('accepted');
    expect(renderInvitationLetter(sbvContent, { locale: 'en' }).body).not.toContain('legal representative');
  });
});
