import { BemCase } from '../../src/model/bem-case.js';
import type { CaseOutcome } from '../../src/model/case-outcome.js';
import { type MeasureType, measureCategoryOf } from '../../src/model/measure-type.js';

/** What a test case needs to say; everything else takes a neutral value. */
export interface CaseSpec {
  id: string;
  employeeId: string;
  crossedOn?: string;
  openedOn?: string;
  invitedOn?: string;
  /** The day the employee said yes to the invitation. */
  acceptedOn?: string;
  /** The day the employee said no to the invitation. */
  declinedOn?: string;
  interview?: { on: string; agreed: boolean };
  measures?: { type: MeasureType; agreedOn?: string; startedOn?: string }[];
  closed?: { on: string; outcome: CaseOutcome };
}

/** Builds a BemCase as plain data, checked with its schema (the case machine is tested elsewhere). */
export function makeCase(spec: CaseSpec): BemCase {
  const openedOn = spec.openedOn ?? spec.crossedOn ?? spec.invitedOn ?? '2025-01-01';
  const decisions: { on: string; stage: 'invitation' | 'interview'; answer: 'yes' | 'no'; inWriting: boolean | null }[] = [];
  if (spec.acceptedOn !== undefined) decisions.push({ on: spec.acceptedOn, stage: 'invitation', answer: 'yes', inWriting: null });
  if (spec.declinedOn !== undefined) decisions.push({ on: spec.declinedOn, stage: 'invitation', answer: 'no', inWriting: true });
  if (spec.interview !== undefined) {
    decisions.push({ on: spec.interview.on, stage: 'interview', answer: spec.interview.agreed ? 'yes' : 'no', inWriting: null });
  }
  const state: BemCase['state'] =
    spec.closed !== undefined ? 'closed' : spec.interview !== undefined ? 'in-progress' : spec.acceptedOn !== undefined ? 'accepted' : spec.invitedOn !== undefined ? 'invited' : 'open';
  return BemCase.parse({
    id: spec.id,
    employee: { id: spec.employeeId },
    state,
    stateBeforePause: null,
    pausedOn: null,
    pauseReason: null,
    outcome: spec.closed?.outcome ?? null,
    openedOn,
    thresholdCrossedOn: spec.crossedOn ?? null,
    countedDays: spec.crossedOn === undefined ? null : 43,
    invitation: spec.invitedOn === undefined ? null : { sentOn: spec.invitedOn, content: {}, replyBy: spec.invitedOn, reminders: [] },
    decisions,
    interview: spec.interview === undefined ? null : { heldOn: spec.interview.on, present: [], employeeAgreed: spec.interview.agreed },
    participants: [],
    excludedRoles: [],
    consents: [],
    measures: (spec.measures ?? []).map((measure, index) => ({
      id: `m-${index}`,
      type: measure.type,
      category: measureCategoryOf[measure.type],
      status: measure.startedOn !== undefined ? 'started' : measure.agreedOn !== undefined ? 'agreed' : 'proposed',
      proposedOn: openedOn,
      proposedBy: 'employer',
      agreedOn: measure.agreedOn ?? measure.startedOn ?? null,
      rejectedOn: null,
      startedOn: measure.startedOn ?? null,
      completedOn: null,
      abandonedOn: null,
    })),
    reviews: [],
    closedOn: spec.closed?.on ?? null,
    events: [
      {
        type: 'case.opened',
        on: openedOn,
        by: 'employer',
        caseId: spec.id,
        employee: { id: spec.employeeId },
        thresholdCrossedOn: spec.crossedOn ?? null,
        countedDays: spec.crossedOn === undefined ? null : 43,
      },
    ],
    version: 1,
  });
}
