import type { Actor } from '../model/actor.js';
import type { BemCase } from '../model/bem-case.js';
import type { CaseEventType } from '../model/case-event.js';
import type { CaseErrorCode } from './case-error.js';
import { takesPart } from './takes-part.js';
import { deepFreeze } from '../door/deep-freeze.js';

/**
 * Who may send an event type (the [case-lifecycle guide](../../docs/case-lifecycle.md), column "who may send it").
 *
 * It is
 * `employee` for every step that is the employee's free choice (voluntariness), `employer` for the
 * employer's duties, `employee-or-employer`, or `participant` (the employee, the employer or a
 * role that currently takes part in the case).
 *
 * @example
 * ```ts
 * const rule: SenderRule = { may: 'employee', refusal: 'only-employee-may-decline' };
 * ```
 */
export interface SenderRule {
  /** Who may send it. */
  readonly may: 'employee' | 'employee-or-legal-representative' | 'employer' | 'employee-or-employer' | 'participant' | 'representation';
  /** The refusal for anyone else. */
  readonly refusal: CaseErrorCode;
}

const employer: SenderRule = { may: 'employer', refusal: 'actor-not-allowed' };
const employeeOnly = (refusal: CaseErrorCode): SenderRule => ({ may: 'employee', refusal });
const employeeOrRepresentative = (refusal: CaseErrorCode): SenderRule => ({ may: 'employee-or-legal-representative', refusal });

/**
 * Who may send each event type, and the refusal for anyone else.
 *
 * Voluntariness (§ 167 Abs. 2 S. 1 SGB IX): only the employee accepts, declines, withdraws,
 * resumes, decides on a measure, excludes a participant and consents; accepting, declining and
 * consenting may also be done by the employee's legal representative (S. 4), who never acts for the
 * employer. Only the works council or the SBV demands the clarification (S. 7–8).
 *
 * @example
 * ```ts
 * senders['employee.withdrew']; //=> { may: 'employee', refusal: 'only-employee-may-withdraw' }
 * ```
 */
export const senders: Readonly<Record<CaseEventType, SenderRule>> = deepFreeze({
  'case.opened': employer,
  'invitation.sent': employer,
  'reminder.sent': employer,
  'employee.accepted': employeeOrRepresentative('only-employee-may-accept'),
  'employee.declined': employeeOrRepresentative('only-employee-may-decline'),
  'interview.held': employer,
  'participant.added': { may: 'employee-or-employer', refusal: 'actor-not-allowed' },
  'participant.excluded': employeeOnly('only-employee-may-exclude-participant'),
  'consent.granted': employeeOrRepresentative('only-employee-may-consent'),
  'consent.revoked': employeeOrRepresentative('only-employee-may-consent'),
  'measure.proposed': { may: 'participant', refusal: 'only-participant-may-propose' },
  'measure.agreed': employeeOnly('only-employee-may-decide-measure'),
  'measure.rejected': employeeOnly('only-employee-may-decide-measure'),
  'measure.started': employer,
  'measure.completed': employer,
  'measure.abandoned': employer,
  'review.held': employer,
  'employee.withdrew': employeeOnly('only-employee-may-withdraw'),
  'employee.resumed': employeeOnly('only-employee-may-resume'),
  'case.closed': { may: 'employee-or-employer', refusal: 'only-employer-may-close' },
  'clarification.demanded': { may: 'representation', refusal: 'only-representation-may-demand' },
} as const) satisfies Record<CaseEventType, SenderRule>;


/** Whether `actor` may send an event of `type` in case `c`. */
export function maySend(c: BemCase, type: CaseEventType, actor: Actor): boolean {
  const rule: SenderRule = senders[type];
  switch (rule.may) {
    case 'employee':
      return actor === 'employee';
    case 'employee-or-legal-representative':
      return actor === 'employee' || actor === 'legal-representative';
    case 'representation':
      return actor === 'works-council' || actor === 'disability-representative';
    case 'employer':
      return actor === 'employer';
    case 'employee-or-employer':
      return actor === 'employee' || actor === 'employer';
    case 'participant':
      return actor === 'employee' || actor === 'employer' || takesPart(c, actor);
  }
}
