import * as z from 'zod';
import { type EnumOf, named } from '../model/named.js';
import { IsoDate } from '../dates/iso-date.js';
import { Actor } from '../model/actor.js';
import type { BemCaseInput } from '../model/bem-case.js';
import { parseInput } from '../model/input-error.js';
import { isOverdue, pendingTasks, referenceOf, type TaskName, taskRules } from './agenda-rules.js';
import { AuditCode } from './audit.js';
import { CasePolicy, type CasePolicyInput } from './case-policy.js';
import { checkedCase } from './trusted-case.js';

/**
 * A task on the agenda of a BEM case (what has to happen next):
 *
 * | task | actor | from | due | overdue becomes |
 * |---|---|---|---|---|
 * | `send-invitation` | employer | the threshold crossing (the opening, by hand) | `maxDaysToOffer` later | `offer-late` |
 * | `answer-clarification-demand` | employer | the works council's or SBV's demand (S. 7–8) | `maxDaysToOffer` later | `clarification-demand-unanswered` |
 * | `await-reply` | employee | the invitation | its reply date (shown up to that day, never overdue) | — |
 * | `send-reminder` | employer | the day after the reply date | `remindWithinDays` after the reply date | `reminder-overdue` |
 * | `close-no-response` | employer | the day after the reply date, once a reminder was sent (not before the reminder) | `closeNoResponseWithinDays` later | `no-response-not-closed` |
 * | `hold-interview` | employer | the employee's yes | `interviewWithinDays` later | `interview-overdue` |
 * | `examine-measures` | employer | the initial interview | `measuresWithinDays` later | `measures-overdue` |
 * | `start-measure` | employer | the agreement of a measure | `startMeasuresWithinDays` later | `measure-start-overdue` |
 * | `apply-for-benefits` | employer | the agreement of a measure that needs a rehabilitation provider or the Integrationsamt | `benefitsWithinDays` later ("unverzüglich", S. 6) | `benefits-overdue` |
 * | `review-effectiveness` | employer | the first start of a measure, then each review | `reviewAfterWeeks` later | `review-overdue` |
 * | `decide-on-pause` | employer | the pause | `pauseLimitDays` later | `pause-too-long` |
 * | `delete-file` | employer | the retention day | the same day | `retention-passed` |
 *
 * @example
 * ```ts
 * AgendaTask.options.includes('send-reminder'); //=> true
 * ```
 */
export const AgendaTask: z.ZodEnum<EnumOf<AgendaTask>> = z.enum(Object.keys(taskRules) as [TaskName, ...TaskName[]]);

export type AgendaTask = 'send-invitation' | 'answer-clarification-demand' | 'await-reply' | 'send-reminder' | 'close-no-response' | 'hold-interview' | 'examine-measures' | 'start-measure' | 'apply-for-benefits' | 'review-effectiveness' | 'decide-on-pause' | 'delete-file';

/**
 * One open task of {@link caseAgenda}.
 *
 * The `task`, the `actor` who has to act, `from` (the first
 * day it can be done), `due` (the last day in time; `null` for a task without a date, none
 * today), `overdue` (the check date is after `due`), `code` (the `auditCase` finding an overdue
 * item is, with the same code; `null` for the employee's own steps, which are never overdue),
 * `measureId` (for the tasks about one measure, else `null`) and the legal `reference`, ending
 * with the policy's source.
 *
 * @example
 * ```ts
 * AgendaItem.parse({
 *   task: 'send-invitation', actor: 'employer', from: '2025-10-30', due: '2025-11-13', overdue: false,
 *   code: 'offer-late', measureId: null, reference: '§ 167 Abs. 2 S. 1 SGB IX; BAG 20.11.2014 – 2 AZR 755/13; practice',
 * });
 * ```
 */
export const AgendaItem = z.strictObject({
  task: named<AgendaTask>(AgendaTask),
  actor: named<Actor>(Actor),
  from: IsoDate,
  due: IsoDate.nullable(),
  overdue: z.boolean(),
  code: named<AuditCode>(AuditCode).nullable(),
  measureId: z.string().min(1).nullable(),
  reference: z.string().min(1),
});

export interface AgendaItem extends z.infer<typeof AgendaItem> {}

/**
 * Options of {@link caseAgenda}: `asOf`, the day the agenda is for (the library reads no
 * clock), and `policy`, the {@link CasePolicy} with the periods (the same one `auditCase` reads).
 *
 * @example
 * ```ts
 * AgendaOptions.parse({ asOf: '2025-11-20', policy: { reviewAfterWeeks: 12 } }).policy.reviewAfterWeeks; //=> 12
 * ```
 */
export const AgendaOptions = z.strictObject({
  asOf: IsoDate,
  policy: named<CasePolicy, CasePolicyInput>(CasePolicy).default(CasePolicy.parse({})),
});

export interface AgendaOptions extends z.input<typeof AgendaOptions> {}

const taskOrder = Object.keys(taskRules) as TaskName[];

/**
 * What has to happen next in a BEM case, and by when: the open tasks of its state.
 *
 * The tasks are ordered by due day (ties in the order of {@link AgendaTask}, then by measure id).
 *
 * A task is in time on its due day and `overdue` from the day after; every overdue item is a
 * finding of `auditCase` with the same `code` on the same day, because both read the same rules and
 * the same {@link CasePolicy}. While a case is paused only the decision on the pause is due; a
 * closed case has only the deletion of its file left.
 *
 * @param c the case (validated with the `BemCase` schema).
 * @param options `{ asOf, policy? }` ({@link AgendaOptions}).
 * @returns the open tasks, each `{ task, actor, from, due, overdue, code, measureId, reference }`.
 * @throws BemInputError for an invalid case or options, e.g. `options.asOf: Expected a calendar date as YYYY-MM-DD`.
 * @example
 * ```ts
 * // threshold crossed on 2025-10-30, case opened, nobody invited yet
 * caseAgenda(c, { asOf: '2025-11-13' });
 * //=> [{ task: 'send-invitation', actor: 'employer', from: '2025-10-30', due: '2025-11-13', overdue: false,
 * //      code: 'offer-late', measureId: null, reference: '§ 167 Abs. 2 S. 1 SGB IX; BAG 20.11.2014 – 2 AZR 755/13; practice' }]
 * caseAgenda(c, { asOf: '2025-11-14' })[0].overdue; //=> true (day 15)
 * ```
 */
export function caseAgenda(c: BemCaseInput, options: AgendaOptions): AgendaItem[] {
  const valid = checkedCase(c);
  const { asOf, policy } = parseInput(AgendaOptions, options, ['options']);
  return pendingTasks(valid, policy)
    .filter((task) => taskRules[task.task].code !== null || asOf <= task.due)
    .map((task) => ({
      task: task.task,
      actor: taskRules[task.task].actor,
      from: task.from,
      due: task.due,
      overdue: isOverdue(task, asOf),
      code: taskRules[task.task].code,
      measureId: task.measure?.id ?? null,
      reference: referenceOf(task.task, policy),
    }))
    .sort(
      (a, b) =>
        (a.due ?? '\uffff').localeCompare(b.due ?? '\uffff') ||
        taskOrder.indexOf(a.task) - taskOrder.indexOf(b.task) ||
        (a.measureId ?? '').localeCompare(b.measureId ?? ''),
    );
}
