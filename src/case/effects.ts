import type { IsoDate } from '../dates/iso-date.js';
import type { BemCase } from '../model/bem-case.js';
import type { CaseEvent, CaseEventOf, CaseEventType } from '../model/case-event.js';
import type { Consent, ConsentGrant } from '../model/consent.js';
import type { Measure } from '../model/measure.js';
import { type MeasureType, measureCategoryOf } from '../model/measure-type.js';
import type { ParticipationEnd, ParticipantRole } from '../model/participant.js';
import { consentPosition, currentParticipations, measurePosition } from './case-index.js';
import { participationConsented } from './consents.js';
import { appended, replacedAt } from './trust.js';

/** What an event records in the case, apart from the state change (the table decides that). */
type Effect<K extends CaseEventType> = (c: BemCase, event: CaseEventOf<K>) => BemCase;

/** `consent-n` for the n-th consent, or the next number whose id is not in use (an id given by hand may have taken it). */
function newConsentId(c: BemCase): string {
  let number = c.consents.length + 1;
  while (consentPosition(c, `consent-${number}`) !== -1) number += 1;
  return `consent-${number}`;
}

function recordConsent(c: BemCase, grant: ConsentGrant, on: IsoDate): Consent[] {
  const consent: Consent = {
    id: grant.id ?? newConsentId(c),
    purpose: grant.purpose,
    dataCategories: grant.dataCategories,
    recipients: grant.recipients,
    grantedOn: on,
    revokedOn: null,
  };
  return appended(c.consents, consent);
}

function endParticipation(c: BemCase, ends: (role: ParticipantRole) => boolean, on: IsoDate, because: ParticipationEnd): BemCase['participants'] {
  const ending = currentParticipations(c).filter((position) => ends((c.participants[position] as BemCase['participants'][number]).role));
  return replacedAt(c.participants, ending, (participant) => ({ ...participant, endedOn: on, endedBecause: because }));
}

/** The measures with the first measure `id` changed (a case has one of each id). */
function updateMeasure(c: BemCase, id: string, change: Partial<Measure>): Measure[] {
  const position = measurePosition(c, id);
  return replacedAt(c.measures, position === -1 ? [] : [position], (measure) => ({ ...measure, ...change }));
}

const unchanged = (c: BemCase): BemCase => c;

/** The effect of each event type on the case's records. */
export const effects: { readonly [K in CaseEventType]: Effect<K> } = {
  'case.opened': unchanged,
  'invitation.sent': (c, event) => ({
    ...c,
    invitation: {
      sentOn: event.on,
      content: event.content,
      form: event.form ?? null,
      deliveredOn: event.deliveredOn ?? null,
      replyBy: event.content.replyBy ?? event.on,
      reminders: [],
    },
  }),
  'reminder.sent': (c, event) =>
    c.invitation === null
      ? c
      : { ...c, invitation: { ...c.invitation, replyBy: event.replyBy ?? c.invitation.replyBy, reminders: appended(c.invitation.reminders, event.on) } },
  'employee.accepted': (c, event) => ({
    ...c,
    decisions: appended(c.decisions, { on: event.on, stage: 'invitation', answer: 'yes', inWriting: event.inWriting ?? null }),
    consents: recordConsent(c, event.consent, event.on),
  }),
  'employee.declined': (c, event) => ({
    ...c,
    decisions: appended(c.decisions, { on: event.on, stage: c.state === 'invited' ? 'invitation' : 'interview', answer: 'no', inWriting: event.inWriting }),
  }),
  'interview.held': (c, event) => ({
    ...c,
    interview: { heldOn: event.on, present: event.present, employeeAgreed: event.employeeAgreed },
    decisions: appended(c.decisions, { on: event.on, stage: 'interview', answer: event.employeeAgreed ? 'yes' : 'no', inWriting: null }),
  }),
  'participant.added': (c, event) => ({
    ...c,
    participants: appended(c.participants, { role: event.role, addedOn: event.on, addedBy: event.by, endedOn: null, endedBecause: null }),
    excludedRoles: c.excludedRoles.filter((role) => role !== event.role),
  }),
  'participant.excluded': (c, event) => ({
    ...c,
    participants: endParticipation(c, (role) => role === event.role, event.on, 'excluded'),
    excludedRoles: appended(c.excludedRoles, event.role),
  }),
  'consent.granted': (c, event) => ({ ...c, consents: recordConsent(c, event.consent, event.on) }),
  'consent.revoked': (c, event) => {
    const revoked = {
      ...c,
      consents: replacedAt(c.consents, [consentPosition(c, event.consentId)].filter((position) => position !== -1), (consent) => ({ ...consent, revokedOn: event.on })),
    };
    // Whoever took part on the strength of this consent alone stops taking part (Art. 7 Abs. 3 GDPR).
    return { ...revoked, participants: endParticipation(c, (role) => !participationConsented(revoked, role), event.on, 'consent-revoked') };
  },
  'measure.proposed': (c, event) => {
    const { id, title } = event.measure;
    // The guard measureKeepsOutcomeOpen has refused every type that is never a BEM measure.
    const type = event.measure.type as MeasureType;
    const measure: Measure = {
      id,
      type,
      category: measureCategoryOf[type],
      ...(title === undefined ? {} : { title }),
      status: 'proposed',
      proposedOn: event.on,
      proposedBy: event.by,
      agreedOn: null,
      rejectedOn: null,
      startedOn: null,
      completedOn: null,
      abandonedOn: null,
    };
    return { ...c, measures: appended(c.measures, measure) };
  },
  'measure.agreed': (c, event) => ({ ...c, measures: updateMeasure(c, event.measureId, { status: 'agreed', agreedOn: event.on }) }),
  'measure.rejected': (c, event) => ({ ...c, measures: updateMeasure(c, event.measureId, { status: 'rejected', rejectedOn: event.on }) }),
  'measure.started': (c, event) => ({ ...c, measures: updateMeasure(c, event.measureId, { status: 'started', startedOn: event.on }) }),
  'measure.completed': (c, event) => ({ ...c, measures: updateMeasure(c, event.measureId, { status: 'completed', completedOn: event.on }) }),
  'measure.abandoned': (c, event) => ({ ...c, measures: updateMeasure(c, event.measureId, { status: 'abandoned', abandonedOn: event.on }) }),
  'review.held': (c, event) => ({ ...c, reviews: appended(c.reviews, { heldOn: event.on, effective: event.effective }) }),
  'employee.withdrew': unchanged,
  'employee.resumed': unchanged,
  'case.closed': unchanged,
  'clarification.demanded': (c, event) => ({
    ...c,
    clarificationDemands: appended(c.clarificationDemands, { on: event.on, by: event.by === 'works-council' ? 'works-council' : 'disability-representative' }),
  }),
};

/** Applies the effect of `event` (any type) to `c`. */
export function applyEffect(c: BemCase, event: CaseEvent): BemCase {
  return (effects[event.type] as (c: BemCase, event: CaseEvent) => BemCase)(c, event);
}
