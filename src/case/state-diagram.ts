import type { CaseEventType } from '../model/case-event.js';
import { CaseState, PausableState } from '../model/case-state.js';
import { type Transition, transitions } from './transitions.js';

/** Mermaid state ids cannot contain hyphens; `in-progress` becomes `in_progress`. */
const idOf = (state: CaseState): string => state.replace(/-/g, '_');

function labelOf(type: CaseEventType, transition: Transition, branch: boolean): string {
  if (branch && transition.branch !== undefined) {
    const reason = transition.branch.when === 'employeeSaidNo' ? 'employee says no' : 'BEM consent revoked';
    return `${type} [${reason}]`;
  }
  const outcomes = transition.outcomes ?? (transition.outcome === undefined ? [] : [transition.outcome]);
  return outcomes.length === 0 ? type : `${type} (${outcomes.join(', ')})`;
}

/** Every edge of the table that changes the state, as `[from, to, label]`, in table order. */
function edges(): [CaseState, CaseState, string][] {
  const found: [CaseState, CaseState, string][] = [];
  for (const from of CaseState.options) {
    const row: Readonly<Partial<Record<CaseEventType, Transition>>> = transitions[from];
    for (const [type, transition] of Object.entries(row) as [CaseEventType, Transition][]) {
      const targets = transition.to === 'before-pause' ? PausableState.options : transition.to === 'same' ? [] : [transition.to];
      for (const to of targets) found.push([from, to, labelOf(type, transition, false)]);
      if (transition.branch !== undefined) found.push([from, transition.branch.to, labelOf(type, transition, true)]);
    }
  }
  return found;
}

/**
 * The case lifecycle as a Mermaid state diagram, generated from the transition table, so a diagram
 * in the docs can never drift from the code.
 *
 * Events that keep the state (consents, participants, work on single measures) are not drawn;
 * `transitions` lists them. Edges between the same two states are merged, their labels joined with
 * ` / `.
 *
 * @returns the diagram source (`stateDiagram-v2`), lines separated by `\n`.
 * @example
 * ```ts
 * caseStateDiagram().split('\n')[0]; //=> 'stateDiagram-v2'
 * caseStateDiagram().includes('invited --> accepted: employee.accepted'); //=> true
 * ```
 */
export function caseStateDiagram(): string {
  const merged = new Map<string, string[]>();
  for (const [from, to, label] of edges()) {
    const key = `${idOf(from)} --> ${idOf(to)}`;
    merged.set(key, [...(merged.get(key) ?? []), label]);
  }
  const names = CaseState.options.filter((state) => idOf(state) !== state).map((state) => `  state "${state}" as ${idOf(state)}`);
  const lines = [...merged].map(([key, labels]) => `  ${key}: ${labels.join(' / ')}`);
  return ['stateDiagram-v2', ...names, '  [*] --> open: case.opened', ...lines, '  closed --> [*]'].join('\n');
}
