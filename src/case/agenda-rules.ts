import { fromEpochDay, MAX_EPOCH_DAY, toEpochDay } from '../dates/epoch-day.js';
import type { IsoDate } from '../dates/iso-date.js';
import type { Actor } from '../model/actor.js';
import type { BemCase } from '../model/bem-case.js';
import type { Measure } from '../model/measure.js';
import { externalBodyOf } from '../model/measure-type.js';
import { retentionOf, retentionReason } from '../law/retention.js';
import { SGB9_167_2_S7_8 } from '../law/citations.js';
import { BAG_2014_11_20_2AZR755_13, BAG_2021_09_07_9AZR571_20, cite, GDPR_5_1_E, SGB9_167_2_S1, SGB9_167_2_S5_6 } from '../law/citations.js';
import type { CasePolicy } from './case-policy.js';

/**
 * One rule of the agenda: who acts, the audit code an overdue task becomes (`null` for the
 * employee's own steps, which are never overdue: the employee owes nothing) and the legal basis;
 * the reference of an item ends with the policy's `source` when its period comes from the policy.
 */
interface TaskRule {
  readonly actor: Actor;
  readonly code: string | null;
  readonly basis: string;
}

const INITIATIVE = cite(SGB9_167_2_S1, BAG_2014_11_20_2AZR755_13);
const CLARIFY = SGB9_167_2_S1;

/** Every task of the agenda, in the order ties on the same due day are listed. */
export const taskRules = {
  'send-invitation': { actor: 'employer', code: 'offer-late', basis: INITIATIVE },
  'answer-clarification-demand': { actor: 'employer', code: 'clarification-demand-unanswered', basis: SGB9_167_2_S7_8 },
  'await-reply': { actor: 'employee', code: null, basis: SGB9_167_2_S1 },
  'send-reminder': { actor: 'employer', code: 'reminder-overdue', basis: CLARIFY },
  'close-no-response': { actor: 'employer', code: 'no-response-not-closed', basis: CLARIFY },
  'hold-interview': { actor: 'employer', code: 'interview-overdue', basis: CLARIFY },
  'examine-measures': { actor: 'employer', code: 'measures-overdue', basis: cite(CLARIFY, BAG_2021_09_07_9AZR571_20) },
  'start-measure': { actor: 'employer', code: 'measure-start-overdue', basis: CLARIFY },
  'apply-for-benefits': { actor: 'employer', code: 'benefits-overdue', basis: SGB9_167_2_S5_6 },
  'review-effectiveness': { actor: 'employer', code: 'review-overdue', basis: CLARIFY },
  'decide-on-pause': { actor: 'employer', code: 'pause-too-long', basis: SGB9_167_2_S1 },
  'delete-file': { actor: 'employer', code: 'retention-passed', basis: GDPR_5_1_E },
} as const satisfies Record<string, TaskRule>;

/** A task of the agenda; the keys of {@link taskRules}. */
export type TaskName = keyof typeof taskRules;

/** An open task of a case, without the check date: when it can be done, when it is due, why. */
export interface PendingTask {
  readonly task: TaskName;
  /** The first day the task can be done. */
  readonly from: IsoDate;
  /** The last day it is in time; overdue from the day after. */
  readonly due: IsoDate;
  readonly measure: Measure | null;
  /** For messages: the event the period runs from, e.g. `the threshold was crossed on 2025-10-30`. */
  readonly since: string;
}


/** The day `days` after `date`, held at the end of the calendar (a due day past 9999 never comes). */
function after(date: IsoDate, days: number): IsoDate {
  return fromEpochDay(Math.min(toEpochDay(date) + days, MAX_EPOCH_DAY));
}

const later = (a: IsoDate, b: IsoDate): IsoDate => (a < b ? b : a);

function pending(task: TaskName, from: IsoDate, days: number, since: string, measure: Measure | null = null): PendingTask {
  return { task, from, due: after(from, days), measure, since };
}

type Rule = (c: BemCase, policy: CasePolicy) => PendingTask[];

const sendInvitation: Rule = (c, policy) => {
  const from = c.thresholdCrossedOn ?? c.openedOn;
  const since = c.thresholdCrossedOn === null ? `the case was opened on ${from}` : `the threshold was crossed on ${from}`;
  return [pending('send-invitation', from, policy.maxDaysToOffer, since)];
};

/** S. 7–8: each demand of the works council or SBV is answered by an invitation within the offer period. */
const answerDemands: Rule = (c, policy) =>
  c.clarificationDemands.map((demand) =>
    pending('answer-clarification-demand', demand.on, policy.maxDaysToOffer, `the ${demand.by === 'works-council' ? 'works council' : 'SBV'} demanded the clarification on ${demand.on}`),
  );

/** While invited: the employee's reply, a reminder once the reply date passed, then the closure. */
const invited: Rule = (c, policy) => {
  const invitation = c.invitation;
  if (invitation === null) return [];
  const reply = { task: 'await-reply', from: invitation.sentOn, due: invitation.replyBy, measure: null, since: `the invitation was sent on ${invitation.sentOn}` } as const;
  const afterReplyDate = after(invitation.replyBy, 1);
  const lastReminder = invitation.reminders[invitation.reminders.length - 1];
  if (lastReminder === undefined) {
    return [reply, pending('send-reminder', afterReplyDate, policy.remindWithinDays - 1, `the reply date ${invitation.replyBy} passed`)];
  }
  // The machine allows the closure after the reply date in force once a reminder was sent.
  const possible = later(afterReplyDate, lastReminder);
  return [reply, pending('close-no-response', possible, policy.closeNoResponseWithinDays, `the reply date ${invitation.replyBy} passed after a reminder`)];
};

const yesOn = (c: BemCase): IsoDate => c.decisions.filter((decision) => decision.answer === 'yes').map((decision) => decision.on).sort().at(-1) ?? c.openedOn;

const holdInterview: Rule = (c, policy) => {
  const accepted = yesOn(c);
  return [pending('hold-interview', accepted, policy.interviewWithinDays, `the employee accepted on ${accepted}`)];
};

const examineMeasures: Rule = (c, policy) => {
  const heldOn = c.interview?.heldOn ?? yesOn(c);
  return [pending('examine-measures', heldOn, policy.measuresWithinDays, `the initial interview was held on ${heldOn}`)];
};

/** Agreed measures start; those needing a rehabilitation provider or the Integrationsamt wait for benefits applied for at once. */
const measureWork: Rule = (c, policy) => {
  const tasks: PendingTask[] = [];
  for (const measure of c.measures) {
    if (measure.status !== 'agreed' || measure.agreedOn === null) continue;
    const since = `measure ${measure.id} (${measure.type}) was agreed on ${measure.agreedOn}`;
    tasks.push(
      externalBodyOf[measure.type] === undefined
        ? pending('start-measure', measure.agreedOn, policy.startMeasuresWithinDays, since, measure)
        : pending('apply-for-benefits', measure.agreedOn, policy.benefitsWithinDays, since, measure),
    );
  }
  const started = c.measures.map((measure) => measure.startedOn).filter((on): on is IsoDate => on !== null).sort()[0];
  if (started === undefined) return tasks;
  const lastReview = c.reviews.map((review) => review.heldOn).sort().at(-1);
  const since = lastReview === undefined ? `the first measure started on ${started}` : `the last review was held on ${lastReview}`;
  return [...tasks, pending('review-effectiveness', lastReview ?? started, 7 * policy.reviewAfterWeeks, since)];
};

const decideOnPause: Rule = (c, policy) => {
  const pausedOn = c.pausedOn ?? c.openedOn;
  const why = c.pauseReason === 'consent-revoked' ? 'the BEM consent was revoked' : 'the employee withdrew';
  return [pending('decide-on-pause', pausedOn, policy.pauseLimitDays, `${why} on ${pausedOn}`)];
};

const deleteFile: Rule = (c, policy) => {
  const retention = retentionOf(c, policy.retention);
  if (retention === null) return [];
  return [{ task: 'delete-file', from: retention.until, due: retention.until, measure: null, since: retentionReason(retention) }];
};

const rulesByState: Record<BemCase['state'], readonly Rule[]> = {
  open: [sendInvitation, answerDemands],
  invited: [invited],
  accepted: [holdInterview],
  'in-progress': [examineMeasures],
  measures: [measureWork],
  review: [measureWork],
  paused: [decideOnPause, deleteFile], // a file whose every BEM consent was revoked is due although the case is only paused
  closed: [deleteFile],
};

/**
 * The open tasks of a validated case under a complete policy, independent of the check date:
 * the one source of {@link caseAgenda} and of the time-based findings of `auditCase`.
 */
export function pendingTasks(c: BemCase, policy: CasePolicy): PendingTask[] {
  return rulesByState[c.state].flatMap((rule) => rule(c, policy));
}

/** The reference of a task: its legal basis, and the source of the period the policy sets. */
export function referenceOf(task: TaskName, policy: CasePolicy): string {
  return task === 'await-reply' ? taskRules[task].basis : cite(taskRules[task].basis, policy.source);
}

/** Overdue: the due day has passed (the due day itself is in time); the employee's steps never are. */
export function isOverdue(task: PendingTask, asOf: IsoDate): boolean {
  return taskRules[task.task].code !== null && asOf > task.due;
}
