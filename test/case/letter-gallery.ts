import { renderCaseLetter, renderInvitationLetter } from '../../src/case/index.js';
import type { BemCase, CaseEventInput } from '../../src/model/index.js';
import { caseIn, ev, run, sbvContent } from './fixtures.js';

// The letters docs/privacy.md prints in full, rendered from one worked case (the test checks the
// guide holds exactly these, so the docs and the code cannot drift apart).

const art13 = {
  controller: 'Muster GmbH, Hauptstraße 1, 10115 Berlin',
  dataProtectionOfficer: 'datenschutz@muster.example',
  supervisoryAuthority: 'der Berliner Beauftragten für Datenschutz und Informationsfreiheit',
};

const done: BemCase = run(caseIn('review', true), [ev.complete('m-1', '2026-01-10'), ev.close('completed', '2026-03-01')]);
const interviewed: BemCase = run(caseIn('accepted', true), [
  { type: 'participant.added', on: '2025-11-12', by: 'employer', role: 'works-council' } as CaseEventInput,
  ev.interview('2025-11-20', true, ['works-council']),
  ev.propose('m-1', 'ergonomics', '2025-11-20'),
]);

/** Each letter of the gallery: its heading in the guide and its text. */
export function letterGallery(): readonly { readonly heading: string; readonly text: string }[] {
  const content = {
    ...sbvContent,
    dataProtection: { ...sbvContent.dataProtection, recipients: [...sbvContent.dataProtection.recipients, 'company-doctor' as const] },
    possibleParticipants: [...sbvContent.possibleParticipants, 'trusted-person' as const],
    doctorVisit: 'voluntary' as const,
  };
  const invitation = (locale: 'de' | 'en') => renderInvitationLetter(content, { locale, ...art13 });
  const letter = (document: 'reminder' | 'interview-minutes' | 'measure-plan' | 'closing', c: BemCase, locale: 'de' | 'en') =>
    renderCaseLetter(c, { document, locale, replyBy: '2025-11-28', nextMeetingOn: '2025-12-04', responsible: { 'm-1': 'Facility Management', 'm-2': 'HR, Ms Weber' } });
  const entries = [
    ['Invitation (Einladung), German', invitation('de')],
    ['Invitation, English', invitation('en')],
    ['Reminder (Erinnerung), German', letter('reminder', caseIn('invited', true), 'de')],
    ['Reminder, English', letter('reminder', caseIn('invited', true), 'en')],
    ['Minutes of the initial interview (Ergebnisprotokoll), German', letter('interview-minutes', interviewed, 'de')],
    ['Minutes of the initial interview, English', letter('interview-minutes', interviewed, 'en')],
    ['Measure plan (Maßnahmenplan), German', letter('measure-plan', caseIn('review', true), 'de')],
    ['Measure plan, English', letter('measure-plan', caseIn('review', true), 'en')],
    ['Closing letter and final documentation (Abschluss), German', letter('closing', done, 'de')],
    ['Closing letter and final documentation, English', letter('closing', done, 'en')],
  ] as const;
  return entries.map(([heading, rendered]) => ({ heading, text: `Subject: ${rendered.subject}\n\n${rendered.body}` }));
}

/** The gallery as Markdown, as the guide prints it. */
export function galleryMarkdown(): string {
  return letterGallery()
    .map(({ heading, text }) => `### ${heading}\n\n\`\`\`text\n${text}\`\`\``)
    .join('\n\n');
}
