import type { BemCase } from '../model/bem-case.js';
import type { CaseEvent, CaseEventOf, CaseEventType } from '../model/case-event.js';
import type { MeasureStatus } from '../model/measure.js';
import { externalBodyOf } from '../model/measure-type.js';
import { daysBetween } from '../dates/arithmetic.js';
import type { IsoDate } from '../dates/iso-date.js';
import { NeverBemMeasure } from '../model/measure-type.js';
import type { Refusal } from './case-error.js';
import { improperOfferReference, properOfferCheck } from '../law/proper-offer.js';
import type { CasePolicy } from './case-policy.js';
import { takesPart } from './takes-part.js';
import { consentOf, consentPosition, measureOf, measurePosition, someMeasure } from './case-index.js';
import { hasBemConsent, hasConsent, participationConsented } from './consents.js';
import { cite, GDPR_7_9, SGB9_167_2_S1, SGB9_167_2_S5_6 } from '../law/citations.js';
import { deepFreeze } from '../door/deep-freeze.js';

/**
 * A named condition an event must meet in a state: `null` when it holds, else the {@link Refusal}
 * (the code, with the citation of this rule when the code is shared).
 *
 * `policy` holds the periods the rule may use (the reply periods of the case policy).
 *
 * @example
 * ```ts
 * const alwaysHolds: Guard = () => null;
 * ```
 */
export type Guard = (c: BemCase, event: CaseEvent, policy: CasePolicy) => Refusal | null;

/** A guard that looks only at events of one type (and lets every other type pass). */
function on<K extends CaseEventType>(type: K, check: (c: BemCase, event: CaseEventOf<K>, policy: CasePolicy) => Refusal | null): Guard {
  return (c, event, policy) => (event.type === type ? check(c, event as CaseEventOf<K>, policy) : null);
}

const SBV_RULE = SGB9_167_2_S1;
const EXTERNAL_CONSENT = cite(SGB9_167_2_S5_6, GDPR_7_9);

/** The day the reply period starts: the delivery when known, else the day of sending. */
function replyPeriodStart(event: CaseEventOf<'invitation.sent'>): IsoDate {
  return event.deliveredOn ?? event.on;
}

function measureIn(...statuses: readonly MeasureStatus[]): Guard {
  return (c, event) => {
    if (!('measureId' in event)) return null;
    const measure = measureOf(c, event.measureId);
    if (measure === undefined) return 'measure-not-found';
    return statuses.includes(measure.status) ? null : 'measure-status-conflict';
  };
}

const roleOf = (event: CaseEvent) => ('role' in event ? event.role : null);

/**
 * Every guard of the transition table, by name. Each cites its rule in the refusal it returns
 * (see `caseErrors`).
 *
 * @example
 * ```ts
 * Object.keys(guards).includes('invitationIsProper'); //=> true
 * ```
 */
export const guards = deepFreeze({
  /** § 167 Abs. 2 S. 4 SGB IX; BAG 2 AZR 755/13: an improper offer counts as no offer. */
  invitationIsProper: on('invitation.sent', (_c, event) => {
    const { proper, missing } = properOfferCheck(event.content);
    // The decision on a mandatory doctor's visit is cited only when that is what is wrong.
    return proper ? null : { code: 'improper-invitation', reference: improperOfferReference(missing) };
  }),
  /**
   * BAG 20.11.2014 – 2 AZR 755/13: the offer explains its occasion, and that is the case's own
   * threshold crossing (day and, when both give them, the counted days); a case opened by hand
   * has none to compare.
   */
  occasionMatchesCase: on('invitation.sent', (c, event) => {
    const occasion = event.content.occasion;
    if (c.thresholdCrossedOn === null || occasion === undefined) return null;
    const countsDiffer = occasion.countedDays !== undefined && c.countedDays !== null && occasion.countedDays !== c.countedDays;
    return occasion.thresholdCrossedOn !== c.thresholdCrossedOn || countsDiffer ? 'occasion-does-not-match-case' : null;
  }),
  /** S. 1 "außerdem mit der Schwerbehindertenvertretung": the SBV is named to a severely disabled employee. */
  sbvNamedForSeverelyDisabled: on('invitation.sent', (c, event) => {
    if (c.employee.severelyDisabled !== true) return null;
    const named = (list: readonly string[] | undefined) => list?.includes('disability-representative') === true;
    return named(event.content.possibleParticipants) && named(event.content.dataProtection?.recipients) ? null : { code: 'sbv-not-named', reference: SBV_RULE };
  }),
  /** A letter reaches the employee on or after the day it is sent. */
  deliveredAfterSending: on('invitation.sent', (_c, event) => (event.deliveredOn !== undefined && event.deliveredOn < event.on ? 'delivered-before-sent' : null)),
  /** Practice (case policy `minReplyDays`): the reply date leaves the employee time to decide, counted from delivery. */
  replyPeriodLongEnough: on('invitation.sent', (_c, event, policy) => {
    const replyBy = event.content.replyBy;
    return replyBy !== undefined && daysBetween(replyPeriodStart(event), replyBy) < policy.minReplyDays ? 'reply-period-too-short' : null;
  }),
  /** Practice: a reminder and a deadline; the reminder sets a new reply date. */
  reminderSetsReplyDate: on('reminder.sent', (c, event, policy) => {
    if (event.replyBy === undefined) return 'reminder-needs-reply-date';
    const current = c.invitation?.replyBy;
    const tooShort = daysBetween(event.on, event.replyBy) < policy.reminderReplyDays || (current !== undefined && event.replyBy < current);
    return tooShort ? 'reply-period-too-short' : null;
  }),
  /** A reply date before the day of sending cannot be met. */
  replyDateNotPast: (_c, event) => {
    const replyBy = event.type === 'invitation.sent' ? event.content.replyBy : event.type === 'reminder.sent' ? event.replyBy : undefined;
    return replyBy !== undefined && replyBy < event.on ? 'reply-date-in-past' : null;
  },
  /** Accepting is consenting to the BEM itself (S. 1 "mit Zustimmung"). */
  acceptanceCarriesBemConsent: on('employee.accepted', (_c, event) => (event.consent.purpose === 'bem-procedure' ? null : 'acceptance-needs-bem-consent')),
  /** Consent ids must be unique so a revocation names exactly one. */
  consentIdIsNew: (c, event) => {
    const id = event.type === 'employee.accepted' || event.type === 'consent.granted' ? event.consent.id : undefined;
    return id !== undefined && consentPosition(c, id) !== -1 ? 'duplicate-consent-id' : null;
  },
  /** Only a recorded, unrevoked consent can be revoked. */
  consentIsActive: on('consent.revoked', (c, event) => {
    const consent = consentOf(c, event.consentId);
    if (consent === undefined) return 'consent-not-found';
    return consent.revokedOn === null ? null : 'consent-already-revoked';
  }),
  /** Nothing beyond the invitation without the BEM consent (S. 1; Art. 7 GDPR). */
  bemConsentActive: (c) => (hasBemConsent(c) ? null : 'consent-required'),
  /** Only roles that take part (with consent) can be present at the interview. */
  presentRolesTakePart: on('interview.held', (c, event) => (event.present.every((role) => takesPart(c, role)) ? null : 'participant-not-in-case')),
  /** S. 2: the trusted person comes only at the employee's choice. */
  trustedPersonOnlyByEmployee: (_c, event) => (roleOf(event) === 'trusted-person' && event.by !== 'employee' ? 'only-employee-may-bring-trusted-person' : null),
  /** BAG 1 ABR 36/18: an excluded role comes back only if the employee brings it back. */
  excludedRoleOnlyByEmployee: (c, event) => {
    const role = roleOf(event);
    return role !== null && event.by !== 'employee' && c.excludedRoles.includes(role) ? 'participant-excluded' : null;
  },
  /** A role takes part once at a time. */
  roleNotActive: (c, event) => {
    const role = roleOf(event);
    return role !== null && takesPart(c, role) ? 'participant-already-added' : null;
  },
  /** S. 1: the SBV only for severely disabled employees (or those of equal status). */
  sbvOnlyForSeverelyDisabled: (c, event) =>
    roleOf(event) === 'disability-representative' && c.employee.severelyDisabled !== true ? 'sbv-only-for-severely-disabled' : null,
  /** S. 7–8: the SBV demands the clarification only for a severely disabled employee (or one of equal status). */
  sbvDemandOnlyForSeverelyDisabled: on('clarification.demanded', (c, event) =>
    event.by === 'disability-representative' && c.employee.severelyDisabled !== true ? 'sbv-only-for-severely-disabled' : null,
  ),
  /** S. 6: the integration office only for severely disabled employees. */
  integrationOfficeOnlyForSeverelyDisabled: (c, event) =>
    roleOf(event) === 'integration-office' && c.employee.severelyDisabled !== true ? 'integration-office-only-for-severely-disabled' : null,
  /** S. 1: the representation, SBV, doctor and external bodies take part only with consent. */
  participationConsented: (c, event) => {
    const role = roleOf(event);
    return role === null || participationConsented(c, role) ? null : 'consent-required';
  },
  /** An exclusion is recorded once. */
  roleNotExcluded: (c, event) => {
    const role = roleOf(event);
    return role !== null && c.excludedRoles.includes(role) ? 'participant-already-excluded' : null;
  },
  /** BAG 7.9.2021 – 9 AZR 571/20: no measure prejudges the open outcome (see `NeverBemMeasure`). */
  measureKeepsOutcomeOpen: on('measure.proposed', (_c, event) => (NeverBemMeasure.safeParse(event.measure.type).success ? 'measure-prejudges-outcome' : null)),
  /** Measure ids are unique within a case. */
  measureIdIsNew: on('measure.proposed', (c, event) =>
    measurePosition(c, event.measure.id) !== -1 ? 'duplicate-measure-id' : null,
  ),
  /** Only a proposed measure can be agreed or rejected. */
  measureIsProposed: measureIn('proposed'),
  /** Only an agreed measure can start. */
  measureIsAgreed: measureIn('agreed'),
  /** Only a started measure can be completed. */
  measureIsStarted: measureIn('started'),
  /** Only an agreed or started measure can be abandoned. */
  measureIsUnderway: measureIn('agreed', 'started'),
  /** The agreement of both sides is recorded (the [case-lifecycle guide](../../docs/case-lifecycle.md)). */
  bothSidesAgree: on('measure.agreed', (_c, event) => (event.employerAgreed ? null : 'measure-needs-both-sides')),
  /** S. 5–6: a measure that needs an external body needs consent to involve it. */
  externalBodyConsented: on('measure.agreed', (c, event) => {
    const measure = measureOf(c, event.measureId);
    const body = measure === undefined ? undefined : externalBodyOf[measure.type];
    return body === undefined || hasConsent(c, ['external-benefits'], body) ? null : { code: 'consent-required', reference: EXTERNAL_CONSENT };
  }),
  /** Effectiveness can only be checked once something was done. */
  someMeasureStarted: (c) => (someMeasure(c, 'started') ? null : 'no-measure-to-review'),
  /** Only the employee declines (S. 1): the employer cannot close a case as declined. */
  declineOnlyByEmployee: on('case.closed', (_c, event) => (event.outcome === 'declined' ? 'only-employee-may-decline' : null)),
  /** The employee ends a case only by withdrawing. */
  closerMayClose: on('case.closed', (_c, event) => (event.by === 'employee' && event.outcome !== 'withdrawn' ? 'only-employer-may-close' : null)),
  /** BAG 9 AZR 571/20: `completed` needs results: a review held or a measure completed. */
  completedNeedsResults: on('case.closed', (c, event) =>
    event.outcome === 'completed' && c.reviews.length === 0 && !someMeasure(c, 'completed')
      ? 'completed-needs-results'
      : null,
  ),
  /** BAG 9 AZR 571/20: measures were examined in the interview before "none is suitable". */
  noSuitableMeasuresNeedsInterview: on('case.closed', (c, event) =>
    event.outcome === 'no-suitable-measures' && c.interview?.employeeAgreed !== true ? 'no-suitable-measures-needs-interview' : null,
  ),
  /** Practice: silence counts as a refusal only after the reply date and a reminder. */
  noResponseNeedsDeadlineAndReminder: on('case.closed', (c, event) => {
    if (event.outcome !== 'no-response') return null;
    if (c.invitation === null) return 'outcome-not-allowed-in-state';
    if (event.on <= c.invitation.replyBy) return 'reply-date-not-passed';
    return c.invitation.reminders.length > 0 ? null : 'reminder-required';
  }),
}) satisfies Record<string, Guard>;

/**
 * The name of a guard in {@link guards}.
 *
 * @example
 * ```ts
 * const name: GuardName = 'bemConsentActive';
 * ```
 */
export type GuardName = keyof typeof guards;
