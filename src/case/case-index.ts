import type { BemCase } from '../model/bem-case.js';
import type { CaseEvent } from '../model/case-event.js';
import type { Consent } from '../model/consent.js';
import type { Measure } from '../model/measure.js';
import { instantTime } from '../model/instant-day.js';

/**
 * What the rules look up in a case the library built, kept beside it so that the rules cost the
 * same at the thousandth step as at the first (only the one copy of the log per step grows): where
 * each measure, consent and current participation sits, how many active consents name a purpose or
 * a recipient, the latest instant of the log, and whether a measure was ever started or completed.
 *
 * One index serves a chain of cases: a step moves it from the case to the next one (`tip`), and
 * it describes only its tip. Asked about an older case of the chain (a second event applied to
 * the same case), the index is built anew from that case. Only cases the library built get one
 * (trusted, frozen cases, and the cases of a fold in progress, which nobody else holds), so an
 * index can never describe an object that changed after it was built.
 */
export interface CaseIndex {
  tip: BemCase;
  readonly measureAt: Map<string, number>;
  readonly consentAt: Map<string, number>;
  /** The position of each role's current participation (not ended). */
  readonly participantAt: Map<string, number>;
  /** Active consents by purpose (`purpose`) and by purpose and recipient (`purpose recipient`). */
  readonly activeConsents: Map<string, number>;
  latestTime: number;
  measureStarted: boolean;
  measureCompleted: boolean;
}

const indexes = new WeakMap<BemCase, CaseIndex>();

const grantKey = (purpose: string, recipient: string) => `${purpose} ${recipient}`;

function countConsent(index: CaseIndex, consent: Consent, by: 1 | -1): void {
  const add = (key: string) => index.activeConsents.set(key, (index.activeConsents.get(key) ?? 0) + by);
  add(consent.purpose);
  for (const recipient of new Set(consent.recipients)) add(grantKey(consent.purpose, recipient));
}

/** The latest instant recorded in the log (events without `at` have none), or -Infinity. */
function latestTimeIn(c: BemCase): number {
  for (let index = c.events.length - 1; index >= 0; index -= 1) {
    const at = c.events[index]?.at;
    if (at !== undefined) return instantTime(at);
  }
  return Number.NEGATIVE_INFINITY;
}

/** The index of `c` built from the case itself (what {@link advanceIndex} must keep equal to). */
export function buildIndex(c: BemCase): CaseIndex {
  const index: CaseIndex = {
    tip: c,
    measureAt: new Map(),
    consentAt: new Map(),
    participantAt: new Map(),
    activeConsents: new Map(),
    latestTime: latestTimeIn(c),
    measureStarted: c.measures.some((measure) => measure.startedOn !== null),
    measureCompleted: c.measures.some((measure) => measure.status === 'completed'),
  };
  // The first of equal ids wins, as a search from the start would find it.
  for (const [position, measure] of c.measures.entries()) if (!index.measureAt.has(measure.id)) index.measureAt.set(measure.id, position);
  for (const [position, consent] of c.consents.entries()) {
    if (!index.consentAt.has(consent.id)) index.consentAt.set(consent.id, position);
    if (consent.revokedOn === null) countConsent(index, consent, 1);
  }
  for (const [position, participant] of c.participants.entries()) {
    if (participant.endedOn === null && !index.participantAt.has(participant.role)) index.participantAt.set(participant.role, position);
  }
  return index;
}

/**
 * The index of a case the library built, made now when it has none (or its chain moved on). Call
 * it only with such a case (in `step`); rules read {@link knownIndex}.
 */
export function indexFor(c: BemCase): CaseIndex {
  const known = knownIndex(c);
  if (known !== undefined) return known;
  const built = buildIndex(c);
  indexes.set(c, built);
  return built;
}

/** The index of `c` when it has a current one; undefined for any other object (the rules then search the case). */
export function knownIndex(c: BemCase): CaseIndex | undefined {
  const index = indexes.get(c);
  return index?.tip === c ? index : undefined;
}

/**
 * Moves the index of `c` on to `next`, the case a successful step of `event` gave (constant work
 * but for the few roles that take part). `c` must have a current index ({@link indexFor}).
 */
export function advanceIndex(c: BemCase, next: BemCase, event: CaseEvent): void {
  const index = knownIndex(c);
  if (index === undefined) return;
  switch (event.type) {
    case 'measure.proposed':
      if (!index.measureAt.has(event.measure.id)) index.measureAt.set(event.measure.id, c.measures.length);
      break;
    case 'measure.started':
      index.measureStarted = true;
      break;
    case 'measure.completed':
      index.measureCompleted = true;
      break;
    case 'employee.accepted':
    case 'consent.granted': {
      const position = next.consents.length - 1;
      const consent = next.consents[position];
      if (consent !== undefined && !index.consentAt.has(consent.id)) index.consentAt.set(consent.id, position);
      if (consent !== undefined) countConsent(index, consent, 1);
      break;
    }
    case 'consent.revoked': {
      const revoked = c.consents[index.consentAt.get(event.consentId) ?? -1];
      if (revoked !== undefined && revoked.revokedOn === null) countConsent(index, revoked, -1);
      break;
    }
    case 'participant.added':
      index.participantAt.set(event.role, next.participants.length - 1);
      break;
    default:
      break;
  }
  // Exclusion, a revoked consent and the closure end participations: only current ones are indexed.
  for (const [role, position] of index.participantAt) if (next.participants[position]?.endedOn !== null) index.participantAt.delete(role);
  if (event.at !== undefined) index.latestTime = Math.max(index.latestTime, instantTime(event.at));
  index.tip = next;
  indexes.set(next, index);
}

/** The latest instant recorded in the log of `c`, or -Infinity when no event carries one. */
export function latestTime(c: BemCase): number {
  return knownIndex(c)?.latestTime ?? latestTimeIn(c);
}

/** The position of the measure `id` in `c.measures`, or -1. */
export function measurePosition(c: BemCase, id: string): number {
  const index = knownIndex(c);
  if (index !== undefined) return index.measureAt.get(id) ?? -1;
  return c.measures.findIndex((measure) => measure.id === id);
}

/** The measure `id` of `c`, if there is one. */
export function measureOf(c: BemCase, id: string): Measure | undefined {
  const position = measurePosition(c, id);
  return position === -1 ? undefined : c.measures[position];
}

/** The consent `id` of `c`, if there is one. */
export function consentOf(c: BemCase, id: string): Consent | undefined {
  const position = consentPosition(c, id);
  return position === -1 ? undefined : c.consents[position];
}

/** The position of the consent `id` in `c.consents`, or -1. */
export function consentPosition(c: BemCase, id: string): number {
  const index = knownIndex(c);
  if (index !== undefined) return index.consentAt.get(id) ?? -1;
  return c.consents.findIndex((consent) => consent.id === id);
}

/** The position of the current (not ended) participation of `role` in `c.participants`, or -1. */
export function participationPosition(c: BemCase, role: string): number {
  const index = knownIndex(c);
  if (index !== undefined) return index.participantAt.get(role) ?? -1;
  return c.participants.findIndex((participant) => participant.role === role && participant.endedOn === null);
}

/** The positions of every current participation in `c.participants`. */
export function currentParticipations(c: BemCase): number[] {
  const index = knownIndex(c);
  if (index !== undefined) return [...index.participantAt.values()];
  return c.participants.flatMap((participant, position) => (participant.endedOn === null ? [position] : []));
}

/** Whether an active consent has `purpose` and (when given) names `recipient`. */
export function activeConsentFor(c: BemCase, purpose: string, recipient?: string): boolean | undefined {
  const index = knownIndex(c);
  if (index === undefined) return undefined;
  return (index.activeConsents.get(recipient === undefined ? purpose : grantKey(purpose, recipient)) ?? 0) > 0;
}

/** Whether some measure of `c` was started (`startedOn` set) or, with `'completed'`, completed. */
export function someMeasure(c: BemCase, what: 'started' | 'completed'): boolean {
  const index = knownIndex(c);
  if (index !== undefined) return what === 'started' ? index.measureStarted : index.measureCompleted;
  return c.measures.some((measure) => (what === 'started' ? measure.startedOn !== null : measure.status === 'completed'));
}
