import * as z from 'zod';
import { type EnumOf, named } from '../model/named.js';
import type { Cited } from '../law/cited.js';
import { daysBetween } from '../dates/arithmetic.js';
import { IsoDate } from '../dates/iso-date.js';
import type { BemCase, BemCaseInput } from '../model/bem-case.js';
import { parseInput } from '../model/input-error.js';
import { type ExternalBody, externalBodyOf } from '../model/measure-type.js';
import { RETENTION_REFERENCE, RetentionPolicy, type RetentionPolicyInput } from '../law/retention.js';
import { isOverdue, type PendingTask, pendingTasks, referenceOf, type TaskName, taskRules } from './agenda-rules.js';
import { CasePolicy, type CasePolicy as ResolvedCasePolicy, type CasePolicyInput } from './case-policy.js';
import { improperOfferReference, PROPER_OFFER_REFERENCE, properOfferCheck } from '../law/proper-offer.js';
import { hasConsent } from './consents.js';
import { SGB9_167_2_S7_8 } from '../law/citations.js';
import { BAG_2014_11_20_2AZR755_13, BAG_2019_11_19_1ABR36_18, BAG_2021_09_07_9AZR571_20, PRACTICE, SGB9_167_2_S1, SGB9_167_2_S5, SGB9_167_2_S6, cite } from '../law/citations.js';
import { checkedCase } from './trusted-case.js';
import { deepFreeze } from '../door/deep-freeze.js';

/**
 * How serious a finding is.
 *
 * An `error` is a defect a labour court holds against the employer
 * (no proper offer, the employee not involved, no measure examined, a file kept too long); a
 * `warning` weakens the employer's position or needs an explanation.
 *
 * @example
 * ```ts
 * AuditSeverity.options; //=> ['error', 'warning']
 * ```
 */
export const AuditSeverity: z.ZodEnum<EnumOf<AuditSeverity>> = z.enum(['error', 'warning']);

export type AuditSeverity = 'error' | 'warning';

const INITIATIVE = cite(SGB9_167_2_S1, BAG_2014_11_20_2AZR755_13);
const PARTICIPATION = SGB9_167_2_S1;

/**
 * Every finding {@link auditCase} can give, with its severity and legal source, in one place:
 *
 * | code | severity | what it means |
 * |---|---|---|
 * | `offer-late` | warning (error if still no offer) | more days than allowed from the crossing to the invitation |
 * | `improper-invitation` | error | the invitation lacks elements (S. 4): it counts as no offer |
 * | `offer-form-not-recorded` | warning | the invitation does not record how it was sent (`form`): "offered in writing?" cannot be answered |
 * | `clarification-demand-unanswered` | error | the works council or SBV demanded the clarification (S. 7–8) and no invitation followed within the policy's `maxDaysToOffer` |
 * | `decline-not-in-writing` | warning | the employee's no is not recorded in writing |
 * | `no-measure-examined` | error | closed as completed or without suitable measures, but no measure was ever proposed |
 * | `employee-not-involved` | error | the case went on without the employee's yes, or a measure ran that the employee did not agree to |
 * | `works-council-not-involved`, `disability-representative-not-involved` | error | the employee consented to their taking part, yet they were not involved |
 * | `rehab-provider-not-involved`, `integration-office-not-involved` | warning | an agreed measure needs the external body (S. 5–6), which does not take part |
 * | `retention-passed` | error | the BEM file should have been deleted (the [privacy guide](../../docs/privacy.md)) |
 * | `reminder-overdue` | warning | the reply date passed and no reminder was sent in time |
 * | `no-response-not-closed` | warning | the case could be closed for no response but is still open (it blocks the next BEM) |
 * | `interview-overdue` | warning | the employee said yes, but the initial interview was not held in time |
 * | `measures-overdue` | warning | after the initial interview no measure was agreed and the case not closed in time |
 * | `measure-start-overdue` | warning | an agreed measure did not start in time |
 * | `benefits-overdue` | warning | an agreed measure needs the rehabilitation provider or the Integrationsamt, and the benefits were not applied for without delay (S. 6 "unverzüglich") |
 * | `review-overdue` | warning | the effectiveness review of running measures is overdue |
 * | `pause-too-long` | warning | the case has been paused longer than the policy allows without a decision |
 *
 * Every code from `offer-late` for a case still without an invitation, `retention-passed` and
 * the codes after it are about time: they are exactly the overdue items of `caseAgenda`, by the
 * same rules and the same {@link CasePolicy}.
 *
 * @example
 * ```ts
 * auditRules['offer-late'].reference; //=> '§ 167 Abs. 2 S. 1 SGB IX; BAG 20.11.2014 – 2 AZR 755/13; practice'
 * ```
 */
export const auditRules: Readonly<Record<AuditCode, { readonly severity: AuditSeverity; readonly reference: string }>> = deepFreeze({
  'offer-late': { severity: 'warning', reference: cite(INITIATIVE, PRACTICE) },
  'improper-invitation': { severity: 'error', reference: PROPER_OFFER_REFERENCE },
  'offer-form-not-recorded': { severity: 'warning', reference: cite(BAG_2014_11_20_2AZR755_13, PRACTICE) },
  'clarification-demand-unanswered': { severity: 'error', reference: cite(SGB9_167_2_S7_8, PRACTICE) },
  'decline-not-in-writing': { severity: 'warning', reference: cite(BAG_2014_11_20_2AZR755_13, PRACTICE) },
  'no-measure-examined': { severity: 'error', reference: BAG_2021_09_07_9AZR571_20 },
  'employee-not-involved': { severity: 'error', reference: PARTICIPATION },
  'works-council-not-involved': { severity: 'error', reference: cite(PARTICIPATION, BAG_2019_11_19_1ABR36_18) },
  'disability-representative-not-involved': { severity: 'error', reference: PARTICIPATION },
  'rehab-provider-not-involved': { severity: 'warning', reference: SGB9_167_2_S5 },
  'integration-office-not-involved': { severity: 'warning', reference: SGB9_167_2_S6 },
  'retention-passed': { severity: 'error', reference: RETENTION_REFERENCE },
  'reminder-overdue': { severity: 'warning', reference: cite(taskRules['send-reminder'].basis, PRACTICE) },
  'no-response-not-closed': { severity: 'warning', reference: cite(taskRules['close-no-response'].basis, PRACTICE) },
  'interview-overdue': { severity: 'warning', reference: cite(taskRules['hold-interview'].basis, PRACTICE) },
  'measures-overdue': { severity: 'warning', reference: cite(taskRules['examine-measures'].basis, PRACTICE) },
  'measure-start-overdue': { severity: 'warning', reference: cite(taskRules['start-measure'].basis, PRACTICE) },
  'benefits-overdue': { severity: 'warning', reference: cite(taskRules['apply-for-benefits'].basis, PRACTICE) },
  'review-overdue': { severity: 'warning', reference: cite(taskRules['review-effectiveness'].basis, PRACTICE) },
  'pause-too-long': { severity: 'warning', reference: cite(taskRules['decide-on-pause'].basis, PRACTICE) },
} as const) satisfies Record<string, { severity: AuditSeverity; reference: string }>;

/**
 * What a finding is about; the keys of {@link auditRules}.
 *
 * @example
 * ```ts
 * AuditCode.parse('offer-late'); //=> 'offer-late'
 * ```
 */
export const AuditCode: z.ZodEnum<EnumOf<AuditCode>> = z.enum(Object.keys(auditRules) as [keyof typeof auditRules, ...(keyof typeof auditRules)[]]);

export type AuditCode = 'offer-late' | 'improper-invitation' | 'offer-form-not-recorded' | 'clarification-demand-unanswered' | 'decline-not-in-writing' | 'no-measure-examined' | 'employee-not-involved' | 'works-council-not-involved' | 'disability-representative-not-involved' | 'rehab-provider-not-involved' | 'integration-office-not-involved' | 'retention-passed' | 'reminder-overdue' | 'no-response-not-closed' | 'interview-overdue' | 'measures-overdue' | 'measure-start-overdue' | 'benefits-overdue' | 'review-overdue' | 'pause-too-long';

/**
 * One finding of {@link auditCase}: its `code`, `severity`, a plain-English `message` with the
 * case's dates and figures, and the legal `reference`.
 *
 * @example
 * ```ts
 * AuditFinding.parse({
 *   code: 'offer-late', severity: 'warning', reference: auditRules['offer-late'].reference,
 *   message: 'The invitation was sent 15 days after the threshold was crossed on 2025-10-20; the limit is 14 days',
 * });
 * ```
 */
export const AuditFinding = z.strictObject({
  code: named<AuditCode>(AuditCode),
  severity: named<AuditSeverity>(AuditSeverity),
  message: z.string().min(1),
  reference: z.string().min(1),
});

export interface AuditFinding extends z.infer<typeof AuditFinding> {}
// The audit's finding has the one cited shape of the library, plus its severity.
const _auditFindingIsCited = (finding: AuditFinding): Cited<AuditCode> => finding;

/**
 * Options of {@link auditCase}.
 *
 * `asOf` is the day of the audit (the library reads no clock);
 * `policy`, the {@link CasePolicy} with the periods of the case (the same one `caseAgenda`
 * reads); `maxDaysToOffer` and `retention` are shorthands that win over the policy's
 * `maxDaysToOffer` (default 14; the statute sets no period, so this is a policy setting) and
 * `retention` (the {@link RetentionPolicy} for the retention check).
 *
 * @example
 * ```ts
 * AuditOptions.parse({ asOf: '2025-12-01', maxDaysToOffer: 21 }).maxDaysToOffer; //=> 21
 * AuditOptions.parse({ asOf: '2025-12-01', policy: { maxDaysToOffer: 21 } }).policy?.maxDaysToOffer; //=> 21
 * ```
 */
export const AuditOptions = z.strictObject({
  asOf: IsoDate,
  policy: named<CasePolicy, CasePolicyInput>(CasePolicy).optional(),
  maxDaysToOffer: z.int().min(0).max(366).optional(),
  retention: named<RetentionPolicy, RetentionPolicyInput>(RetentionPolicy).optional(),
});

export interface AuditOptions extends z.input<typeof AuditOptions> {}

/** The audit's options once read: the day and the complete policy (shorthands folded in). */
interface Options {
  readonly asOf: IsoDate;
  readonly policy: ResolvedCasePolicy;
}

function optionsOf(parsed: z.output<typeof AuditOptions>): Options {
  const policy = parsed.policy ?? CasePolicy.parse({});
  return {
    asOf: parsed.asOf,
    policy: { ...policy, maxDaysToOffer: parsed.maxDaysToOffer ?? policy.maxDaysToOffer, retention: parsed.retention ?? policy.retention },
  };
}

/** How messages name the bodies that must take part. */
const nameOf = {
  'works-council': 'works council (Betriebsrat / Personalrat)',
  'disability-representative': 'SBV (Schwerbehindertenvertretung)',
  'rehab-provider': 'rehabilitation provider (Rehabilitationsträger)',
  'integration-office': 'integration office (Integrationsamt)',
} as const;
type Check = (c: BemCase, options: Options) => AuditFinding[];

function finding(code: AuditCode, message: string, changes: Partial<Pick<AuditFinding, 'severity' | 'reference'>> = {}): AuditFinding {
  return { code, severity: auditRules[code].severity, message, reference: auditRules[code].reference, ...changes };
}

/** Late when more days than allowed lie between the crossing (or the opening) and the invitation. */
const offerLate: Check = (c, options) => {
  const limit = options.policy.maxDaysToOffer;
  const reference = `${INITIATIVE}; ${options.policy.source}`;
  const from = c.thresholdCrossedOn ?? c.openedOn;
  const since = c.thresholdCrossedOn === null ? `the case was opened on ${from}` : `the threshold was crossed on ${from}`;
  if (c.invitation !== null) {
    const days = daysBetween(from, c.invitation.sentOn);
    return days > limit ? [finding('offer-late', `The invitation was sent ${days} days after ${since}; the limit is ${limit} days`, { reference })] : [];
  }
  if (c.closedOn === null) return overdueFindings(c, options, 'offer-late');
  const days = daysBetween(from, c.closedOn);
  if (days <= limit) return [];
  return [finding('offer-late', `The case was closed ${days} days after ${since} without an invitation; the limit is ${limit} days`, { severity: 'error', reference })];
};

const improperInvitation: Check = (c) => {
  if (c.invitation === null) return [];
  const { missing } = properOfferCheck(c.invitation.content);
  if (missing.length === 0) return [];
  const message = `The invitation of ${c.invitation.sentOn} is not a proper offer (it counts as none); missing: ${missing.join(', ')}`;
  return [finding('improper-invitation', message, { reference: improperOfferReference(missing) })];
};

/** The court's question "offered in writing?": a letter, an email (text form) or a letter handed over all answer it; no form recorded does not. */
const offerFormNotRecorded: Check = (c) => {
  if (c.invitation === null || c.invitation.form !== null) return [];
  const message = `The invitation of ${c.invitation.sentOn} does not record how it was sent (letter, email or handed over), so the file cannot show that the BEM was offered in writing`;
  return [finding('offer-form-not-recorded', message)];
};

/** S. 7–8: a demand of the representation is answered by an invitation within the offer period. */
const clarificationDemandUnanswered: Check = (c, options) => {
  const limit = options.policy.maxDaysToOffer;
  const reference = cite(SGB9_167_2_S7_8, options.policy.source);
  const answeredOn = c.invitation?.sentOn ?? c.closedOn ?? options.asOf;
  return c.clarificationDemands
    .filter((demand) => daysBetween(demand.on, answeredOn) > limit)
    .map((demand) => {
      const who = demand.by === 'works-council' ? 'works council' : 'SBV';
      const what = c.invitation === null ? (c.closedOn === null ? `no invitation by ${answeredOn}` : `the case was closed on ${answeredOn} without an invitation`) : `the invitation followed on ${answeredOn}`;
      return finding('clarification-demand-unanswered', `The ${who} demanded the clarification of a BEM on ${demand.on}; ${what}, more than ${limit} days later`, { reference });
    });
};

/** A no in the interview without a written answer is in the interview minutes; any other no needs writing. */
const declineNotInWriting: Check = (c) =>
  c.decisions
    .filter((decision) => decision.answer === 'no' && (decision.inWriting === false || (decision.inWriting === null && decision.stage === 'invitation')))
    .map((decision) =>
      finding('decline-not-in-writing', `The employee’s decline of ${decision.on} (${decision.stage}) is not recorded in writing; a refusal after a proper offer helps the employer only if it can be proved`),
    );

const noMeasureExamined: Check = (c) =>
  (c.outcome === 'completed' || c.outcome === 'no-suitable-measures') && c.measures.length === 0
    ? [finding('no-measure-examined', `The case was closed on ${c.closedOn} as ${c.outcome} without any measure having been proposed or examined`)]
    : [];

const employeeNotInvolved: Check = (c) => {
  const findings: AuditFinding[] = [];
  const wentOn = c.interview !== null || c.measures.length > 0 || c.reviews.length > 0;
  if (wentOn && !c.decisions.some((decision) => decision.answer === 'yes')) {
    findings.push(finding('employee-not-involved', 'The case went beyond the invitation (interview, measures or review) without the employee’s recorded yes'));
  }
  for (const measure of c.measures) {
    if (measure.agreedOn === null && (measure.startedOn !== null || measure.completedOn !== null)) {
      findings.push(finding('employee-not-involved', `Measure ${measure.id} (${measure.type}) was carried out without the employee’s agreement`));
    }
  }
  return findings;
};

/**
 * The representation or the SBV was consented to but neither took part nor attended the initial
 * interview; checked once the interview was held after the consent (or the case closed after it).
 */
function representationCheck(role: 'works-council' | 'disability-representative'): Check {
  return (c) => {
    if (role === 'disability-representative' && c.employee.severelyDisabled !== true) return [];
    if (c.interview === null || c.excludedRoles.includes(role) || !hasConsent(c, ['bem-procedure', 'participation'], role)) return [];
    if (c.participants.some((participant) => participant.role === role) || c.interview.present.includes(role)) return [];
    const consentedBy = c.consents.filter((consent) => consent.revokedOn === null && consent.recipients.includes(role)).map((consent) => consent.grantedOn).sort()[0];
    if (c.state !== 'closed' && consentedBy !== undefined && consentedBy > c.interview.heldOn) return [];
    return [finding(`${role}-not-involved`, `The employee consented to the ${nameOf[role]} taking part, but it did not take part and was not at the initial interview of ${c.interview.heldOn}`)];
  };
}

const externalBodiesNotInvolved: Check = (c) => {
  const needed = new Map<ExternalBody, string[]>();
  for (const measure of c.measures) {
    const body = externalBodyOf[measure.type];
    if (body !== undefined && measure.agreedOn !== null) needed.set(body, [...(needed.get(body) ?? []), `${measure.id} (${measure.type})`]);
  }
  return [...needed]
    .filter(([body]) => !c.participants.some((participant) => participant.role === body))
    .map(([body, measures]) => finding(`${body}-not-involved`, `Agreed measure ${measures.join(', ')} needs the ${nameOf[body]}, which does not take part in the case`));
};

/** What an overdue task says in the audit. */
const overdueMessage: Record<Exclude<TaskName, 'await-reply'>, (task: PendingTask, options: Options) => string> = {
  'send-invitation': (task, options) =>
    `No invitation has been sent ${daysBetween(task.from, options.asOf)} days after ${task.since}; the limit is ${options.policy.maxDaysToOffer} days`,
  'answer-clarification-demand': (task, options) => `${capitalised(task.since)}; no invitation by ${options.asOf}, more than ${options.policy.maxDaysToOffer} days later`,
  'send-reminder': (task) => `No reminder has been sent after ${task.since}; it was due by ${task.due}`,
  'close-no-response': (task) => `The case could be closed for no response from ${task.from} (${task.since}) and was due to be closed by ${task.due}; an open case blocks the next BEM`,
  'hold-interview': (task) => `The initial interview (Erstgespräch) was due by ${task.due} after ${task.since} and has not been held`,
  'examine-measures': (task) => `No measure has been agreed and the case not closed by ${task.due} after ${task.since}`,
  'start-measure': (task) => `${capitalised(task.since)}; it was due to start by ${task.due}`,
  'apply-for-benefits': (task) =>
    `${capitalised(task.since)} and needs the ${nameOf[bodyOf(task)]}; the benefits were due to be applied for without delay (unverzüglich), by ${task.due}`,
  'review-effectiveness': (task) => `The effectiveness review (Wirksamkeitsprüfung) was due by ${task.due} after ${task.since}`,
  'decide-on-pause': (task) => `The case has been paused since ${task.from} (${task.since}); asking the employee whether to resume, or closing it as withdrawn, was due by ${task.due}`,
  'delete-file': (task, options) => `The BEM file was due for deletion on ${task.due} (${task.since}) and still exists on ${options.asOf}`,
};

const bodyOf = (task: PendingTask): ExternalBody => (task.measure === null ? undefined : externalBodyOf[task.measure.type]) ?? 'rehab-provider';
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The overdue tasks of the agenda (the same rules, the same policy) as findings; `only` picks one code. */
function overdueFindings(c: BemCase, options: Options, only?: AuditCode): AuditFinding[] {
  const findings: AuditFinding[] = [];
  for (const task of pendingTasks(c, options.policy)) {
    const code = taskRules[task.task].code;
    if (code === null || task.task === 'await-reply' || !isOverdue(task, options.asOf)) continue;
    // offer-late and clarification-demand-unanswered have their own checks (answered late counts too).
    if (only === undefined ? code === 'offer-late' || code === 'clarification-demand-unanswered' || code === 'retention-passed' : code !== only) continue;
    const severity = code === 'offer-late' ? 'error' : auditRules[code].severity;
    findings.push(finding(code, overdueMessage[task.task](task, options), { severity, reference: referenceOf(task.task, options.policy) }));
  }
  return findings;
}

const retentionPassed: Check = (c, options) => overdueFindings(c, options, 'retention-passed');

/** The other overdue tasks: reminder, closure, interview, measures, benefits, review, pause. */
const overdueTasks: Check = (c, options) => overdueFindings(c, options);

const checks: readonly Check[] = [
  offerLate,
  improperInvitation,
  offerFormNotRecorded,
  clarificationDemandUnanswered,
  declineNotInWriting,
  noMeasureExamined,
  employeeNotInvolved,
  representationCheck('works-council'),
  representationCheck('disability-representative'),
  externalBodiesNotInvolved,
  retentionPassed,
  overdueTasks,
];

/**
 * Audits a BEM case the way a labour court examines one and the way a data protection officer
 * checks the file (the [privacy guide](../../docs/privacy.md)).
 *
 * A court asks (the [law-in-brief guide](../../docs/law-in-brief.md)): offered? in time? in
 * writing? complete information? measures seriously examined? employee involved?
 *
 * Returns the findings in a fixed order (see {@link auditRules}); an empty list means nothing to
 * raise. A late offer is counted in calendar days from the threshold crossing (from the opening for
 * a case opened by hand) to the invitation: day 14 is in time, day 15 late by default. The
 * retention check uses `retentionUntil`: the file may exist on its due day, not after.
 *
 * @param c the case (validated with the `BemCase` schema).
 * @param options `{ asOf, policy?, maxDaysToOffer?, retention? }` ({@link AuditOptions}).
 * @returns the findings, each `{ code, severity, message, reference }`.
 * @throws BemInputError for an invalid case or options, e.g. `options.asOf: Expected a calendar date as YYYY-MM-DD`.
 * @example
 * ```ts
 * // threshold crossed on 2025-10-20, invitation sent on 2025-11-04 (15 days later)
 * auditCase(c, { asOf: '2025-11-05' });
 * //=> [{ code: 'offer-late', severity: 'warning',
 * //      message: 'The invitation was sent 15 days after the threshold was crossed on 2025-10-20; the limit is 14 days',
 * //      reference: '§ 167 Abs. 2 S. 1 SGB IX; BAG 20.11.2014 – 2 AZR 755/13; practice' }]
 * auditCase(c, { asOf: '2025-11-05', maxDaysToOffer: 21 }); //=> []
 * auditCase(c, { asOf: '2025-11-05', policy: { maxDaysToOffer: 21 } }); //=> []
 * ```
 */
export function auditCase(c: BemCaseInput, options: AuditOptions): AuditFinding[] {
  const valid = checkedCase(c);
  const parsed = optionsOf(parseInput(AuditOptions, options, ['options']));
  return checks.flatMap((check) => check(valid, parsed));
}
