import type { Cited } from '../law/cited.js';
import { SGB9_167_2_S7_8 } from '../law/citations.js';
import { inputError } from '../door/door.js';
import { PROPER_OFFER_REFERENCE } from '../law/proper-offer.js';
import { BAG_2014_11_20_2AZR755_13, BAG_2019_11_19_1ABR36_18, BAG_2021_09_07_9AZR571_20, BAG_2021_11_18_2AZR138_21, GDPR_7, GDPR_7_9, LAG_NUERNBERG_2020_02_18_7SA124_19, PRACTICE, SGB9_167_2_S1, SGB9_167_2_S2, SGB9_167_2_S4, SGB9_167_2_S6, cite } from '../law/citations.js';
import { deepFreeze } from '../door/deep-freeze.js';
const S1 = SGB9_167_2_S1;
const OPEN_OUTCOME = BAG_2021_09_07_9AZR571_20;
const CONSENT = cite(SGB9_167_2_S1, GDPR_7);
const REPRESENTATION_CHOICE = BAG_2019_11_19_1ABR36_18;
const PROPER_OFFER = cite(SGB9_167_2_S4, BAG_2014_11_20_2AZR755_13);

/**
 * Every refusal the case machine can give, in one place: the code, a plain-English message and the
 * legal source (statute, decision by date and file number, or "practice").
 *
 * A refused event returns `{ ok: false, error: { code, message, reference } }` built from this
 * table.
 *
 * @example
 * ```ts
 * caseErrors['only-employee-may-decline'].reference; //=> '§ 167 Abs. 2 S. 1 SGB IX'
 * ```
 */
export const caseErrors: Readonly<Record<CaseErrorCode, { readonly message: string; readonly reference: string }>> = deepFreeze({
  'version-conflict': {
    message: 'The case has changed since it was read (version mismatch); reload it and apply the event again',
    reference: PRACTICE,
  },
  'case-closed': {
    message: 'The case is closed and accepts no further events; renewed incapacity needs a new BEM case',
    reference: BAG_2021_11_18_2AZR138_21,
  },
  'case-already-opened': {
    message: 'case.opened starts a case; it cannot be applied to an existing case',
    reference: PRACTICE,
  },
  'event-before-previous': {
    message: 'Events are recorded in order: this event is dated before the previous one',
    reference: PRACTICE,
  },
  'at-not-on-day': {
    message: 'The event’s time (at) falls on another calendar day in Germany (Europe/Berlin) than its day (on)',
    reference: PRACTICE,
  },
  'at-before-previous': {
    message: 'Events are recorded in order of time: this event’s time (at) is before the time of an earlier event',
    reference: PRACTICE,
  },
  'event-not-allowed-in-state': {
    message: 'This event is not possible in the current state of the case',
    reference: PRACTICE,
  },
  'actor-not-allowed': {
    message: 'This step is taken by the employer (HR, BEM officer or supervisor), not by this actor',
    reference: S1,
  },
  'only-employee-may-accept': {
    message: 'Only the employee can accept the BEM: it needs their consent',
    reference: S1,
  },
  'only-employee-may-decline': {
    message: 'Only the employee can decline the BEM; nobody can decline on their behalf',
    reference: S1,
  },
  'only-employee-may-withdraw': {
    message: 'Only the employee can withdraw from the BEM',
    reference: CONSENT,
  },
  'only-employee-may-resume': {
    message: 'Only the employee can resume a paused BEM',
    reference: CONSENT,
  },
  'only-employee-may-decide-measure': {
    message: 'Only the employee agrees to or rejects a measure (the employer agrees by taking part)',
    reference: S1,
  },
  'only-employee-may-exclude-participant': {
    message: 'Only the employee decides who takes part and can exclude a participant',
    reference: REPRESENTATION_CHOICE,
  },
  'only-employee-may-bring-trusted-person': {
    message: 'A trusted person (Vertrauensperson) takes part only at the employee’s own choice',
    reference: SGB9_167_2_S2,
  },
  'only-employee-may-consent': {
    message: 'Only the employee can grant or revoke consent to the use of their data',
    reference: GDPR_7,
  },
  'only-participant-may-propose': {
    message: 'Measures are proposed by the employee, the employer or a participant who takes part in the case',
    reference: S1,
  },
  'only-representation-may-demand': {
    message: 'Only the works council (Betriebsrat / Personalrat) or the SBV can demand that the employer clarify a BEM',
    reference: SGB9_167_2_S7_8,
  },
  'only-employer-may-close': {
    message: 'The employer closes the case; the employee closes it only as withdrawn',
    reference: PRACTICE,
  },
  'improper-invitation': {
    message: 'The invitation lacks required elements (see checkInvitation) or presents a doctor’s visit as mandatory; an improper offer counts as no offer',
    reference: cite(PROPER_OFFER_REFERENCE, LAG_NUERNBERG_2020_02_18_7SA124_19),
  },
  'reply-date-in-past': {
    message: 'The reply date must not be before the day the invitation or reminder is sent',
    reference: PRACTICE,
  },
  'delivered-before-sent': {
    message: 'The invitation cannot reach the employee (deliveredOn) before the day it is sent',
    reference: PRACTICE,
  },
  'reply-period-too-short': {
    message: 'The reply date leaves less than the policy’s reply period (counted from delivery, or from sending when the delivery day is not known); a reminder’s new date must also not be earlier than the date in force',
    reference: PRACTICE,
  },
  'reminder-needs-reply-date': {
    message: 'A reminder sets a new reply date (replyBy): a reminder and a deadline, after which silence counts as a refusal',
    reference: PRACTICE,
  },
  'occasion-does-not-match-case': {
    message: 'The invitation’s occasion (the day the six weeks were exceeded and the counted days) must be the case’s own threshold crossing',
    reference: PROPER_OFFER,
  },
  'sbv-not-named': {
    message: 'The invitation of a severely disabled employee (or one of equal status) must name the disability representative (SBV) among the possible participants and the recipients; without it the offer is improper',
    reference: S1,
  },
  'measure-prejudges-outcome': {
    message: 'A dismissal, a change notice, a termination agreement or a transfer is never a BEM measure: the BEM is open as to its outcome, and such steps are decided outside it (see neverBemMeasures)',
    reference: OPEN_OUTCOME,
  },
  'acceptance-needs-bem-consent': {
    message: 'Accepting the BEM carries the consent for the BEM itself (purpose bem-procedure)',
    reference: CONSENT,
  },
  'consent-required': {
    message: 'This step needs the employee’s active consent for this purpose and recipient',
    reference: cite(SGB9_167_2_S1, GDPR_7_9),
  },
  'duplicate-consent-id': {
    message: 'A consent with this id is already recorded',
    reference: PRACTICE,
  },
  'consent-not-found': {
    message: 'No consent with this id is recorded',
    reference: PRACTICE,
  },
  'consent-already-revoked': {
    message: 'This consent has already been revoked',
    reference: GDPR_7,
  },
  'participant-not-in-case': {
    message: 'Only roles that take part in the case (with the employee’s consent) can be present',
    reference: S1,
  },
  'participant-already-added': {
    message: 'This role already takes part in the case',
    reference: PRACTICE,
  },
  'participant-already-excluded': {
    message: 'The employee has already excluded this role',
    reference: PRACTICE,
  },
  'participant-excluded': {
    message: 'The employee excluded this role; only the employee can bring it back',
    reference: REPRESENTATION_CHOICE,
  },
  'sbv-only-for-severely-disabled': {
    message: 'The disability representative (SBV) takes part only for severely disabled employees or those of equal status',
    reference: S1,
  },
  'integration-office-only-for-severely-disabled': {
    message: 'The integration office (Integrationsamt) is involved only for severely disabled employees or those of equal status',
    reference: SGB9_167_2_S6,
  },
  'duplicate-measure-id': {
    message: 'A measure with this id is already recorded',
    reference: PRACTICE,
  },
  'measure-not-found': {
    message: 'No measure with this id is recorded',
    reference: PRACTICE,
  },
  'measure-status-conflict': {
    message: 'The measure is not in a status that allows this step (proposed → agreed or rejected → started → completed; agreed or started → abandoned)',
    reference: PRACTICE,
  },
  'measure-needs-both-sides': {
    message: 'A measure is agreed only when both the employee and the employer agree',
    reference: PRACTICE,
  },
  'no-measure-to-review': {
    message: 'An effectiveness review needs at least one measure that has started',
    reference: PRACTICE,
  },
  'completed-needs-results': {
    message: 'A case closes as completed only after an effectiveness review or a completed measure',
    reference: OPEN_OUTCOME,
  },
  'no-suitable-measures-needs-interview': {
    message: 'A case closes with no suitable measures only after the initial interview examined them',
    reference: OPEN_OUTCOME,
  },
  'reply-date-not-passed': {
    message: 'A case closes for no response only after the reply date has passed',
    reference: PRACTICE,
  },
  'reminder-required': {
    message: 'A case closes for no response only after a reminder was sent',
    reference: PRACTICE,
  },
  'outcome-not-allowed-in-state': {
    message: 'This outcome cannot be reached from the current state (withdrawn only from a pause, no-response only while invited, declined only by the employee’s own no)',
    reference: OPEN_OUTCOME,
  },
});

/**
 * The code of a refusal; the keys of {@link caseErrors} (written out so the reference shows the
 * codes once; the table must name every one, and no other).
 *
 * @example
 * ```ts
 * const code: CaseErrorCode = 'consent-required';
 * ```
 */
export type CaseErrorCode =
  | 'version-conflict'
  | 'case-closed'
  | 'case-already-opened'
  | 'event-before-previous'
  | 'at-not-on-day'
  | 'at-before-previous'
  | 'event-not-allowed-in-state'
  | 'actor-not-allowed'
  | 'only-employee-may-accept'
  | 'only-employee-may-decline'
  | 'only-employee-may-withdraw'
  | 'only-employee-may-resume'
  | 'only-employee-may-decide-measure'
  | 'only-employee-may-exclude-participant'
  | 'only-employee-may-bring-trusted-person'
  | 'only-employee-may-consent'
  | 'only-participant-may-propose'
  | 'only-representation-may-demand'
  | 'only-employer-may-close'
  | 'improper-invitation'
  | 'reply-date-in-past'
  | 'delivered-before-sent'
  | 'reply-period-too-short'
  | 'reminder-needs-reply-date'
  | 'occasion-does-not-match-case'
  | 'sbv-not-named'
  | 'measure-prejudges-outcome'
  | 'acceptance-needs-bem-consent'
  | 'consent-required'
  | 'duplicate-consent-id'
  | 'consent-not-found'
  | 'consent-already-revoked'
  | 'participant-not-in-case'
  | 'participant-already-added'
  | 'participant-already-excluded'
  | 'participant-excluded'
  | 'sbv-only-for-severely-disabled'
  | 'integration-office-only-for-severely-disabled'
  | 'duplicate-measure-id'
  | 'measure-not-found'
  | 'measure-status-conflict'
  | 'measure-needs-both-sides'
  | 'no-measure-to-review'
  | 'completed-needs-results'
  | 'no-suitable-measures-needs-interview'
  | 'reply-date-not-passed'
  | 'reminder-required'
  | 'outcome-not-allowed-in-state';

/**
 * Why the case machine refused an event: a stable `code`, a plain-English `message` and the
 * legal `reference` it rests on.
 *
 * @example
 * ```ts
 * const error: CaseError = caseError('case-closed');
 * error.reference; //=> 'BAG 18.11.2021 – 2 AZR 138/21'
 * ```
 */
export type CaseError = Cited<CaseErrorCode>;

/**
 * The refusal for `code`, as plain data.
 *
 * @example
 * ```ts
 * caseError('only-employee-may-withdraw').message; //=> 'Only the employee can withdraw from the BEM'
 * ```
 */
export function caseError(code: CaseErrorCode, reference?: string): CaseError {
  if (typeof code !== 'string' || !Object.hasOwn(caseErrors, code)) {
    throw inputError(['code'], 'Expected a refusal code of the case lifecycle (see caseErrors)', 'invalid_value');
  }
  if (reference !== undefined && (typeof reference !== 'string' || reference === '')) throw inputError(['reference'], 'Expected a citation (a non-empty string)', 'invalid_type');
  return { code, message: caseErrors[code].message, reference: reference ?? caseErrors[code].reference };
}

/**
 * What a rule returns when it refuses.
 *
 * The code alone (the rule cites the code's own source in
 * {@link caseErrors}) or the code with the citation of the rule that refused, for a code that
 * several rules share (`consent-required` for a graded return cites § 167 Abs. 2 S. 5–6 SGB IX).
 *
 * @example
 * ```ts
 * const refusal: Refusal = { code: 'consent-required', reference: '§ 167 Abs. 2 S. 5–6 SGB IX; Art. 7 and 9 GDPR' };
 * ```
 */
export type Refusal = CaseErrorCode | { readonly code: CaseErrorCode; readonly reference: string };

/**
 * The refusal as a {@link CaseError}, citing the rule that refused.
 *
 * @example
 * ```ts
 * errorOf({ code: 'consent-required', reference: '§ 167 Abs. 2 S. 5–6 SGB IX' }).reference; //=> '§ 167 Abs. 2 S. 5–6 SGB IX'
 * ```
 */
export function errorOf(refusal: Refusal): CaseError {
  return typeof refusal === 'string' ? caseError(refusal) : caseError(refusal.code, refusal.reference);
}
