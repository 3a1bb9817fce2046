import { BemCase } from '../model/bem-case.js';
import type { CaseEvent } from '../model/case-event.js';
import { BemInputError, parseInput } from '../model/input-error.js';
import { type CasePolicy, defaultCasePolicy } from './case-policy.js';
import { caseFromOpening } from './open-case.js';
import { isTrusted, trust } from './trust.js';
import { type ApplyResult, step } from './step.js';

export { isTrusted, trust } from './trust.js';

/**
 * The policy under which a stored log is checked for consistency: every period at its least, so a
 * log accepted under any case policy (a works agreement's shorter reply period) still follows from
 * itself.
 *
 * The periods decide whether an event may be applied, never what it records, so they do not change
 * the derived fields; `replay` and `applyEvent` apply the caller's policy.
 */
const anyPolicy: CasePolicy = { ...defaultCasePolicy, minReplyDays: 0, reminderReplyDays: 0 };

/** Folds a log that starts with `case.opened` under `policy`; the first refused event stops the fold. */
export function foldLog(
  log: readonly CaseEvent[],
  policy: CasePolicy = anyPolicy,
): { readonly ok: true; readonly case: BemCase } | { readonly ok: false; readonly index: number; readonly result: ApplyResult & { ok: false } } {
  const [opening, ...rest] = log;
  if (opening?.type !== 'case.opened') throw new Error('bem-sgb9: foldLog needs a log that starts with case.opened');
  let c = caseFromOpening(opening);
  for (const [index, event] of rest.entries()) {
    const result = step(c, event, undefined, policy);
    if (!result.ok) return { ok: false, index: index + 1, result };
    c = result.case;
  }
  return { ok: true, case: c };
}

/** The first place (as a path) where two JSON-like values differ; a key holding `undefined` counts as absent. */
function firstDifference(a: unknown, b: unknown, path: string): string | null {
  if (Object.is(a, b)) return null;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return path;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return path;
    for (const [index, item] of a.entries()) {
      const difference = firstDifference(item, b[index], `${path}[${index}]`);
      if (difference !== null) return difference;
    }
    return null;
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  for (const key of keys) {
    const own = (record: Record<string, unknown>) => (Object.hasOwn(record, key) ? record[key] : undefined);
    const difference = firstDifference(own(left), own(right), path === '' ? key : `${path}.${key}`);
    if (difference !== null) return difference;
  }
  return null;
}

function inconsistent(path: readonly (string | number)[], message: string): BemInputError {
  return new BemInputError([{ path, code: 'case-inconsistent', message }]);
}

/**
 * The case the library may work on: a case it built itself is used as it is (no second check, so a
 * step does not re-check the whole case); any other object is validated with the `BemCase` schema and
 * rebuilt from its own event log, and refused unless every derived field (state, participants,
 * excluded roles, consents, measures, version, closure, …) is exactly what the log gives.
 *
 * A case that passes is trusted from then on.
 *
 * @throws BemInputError with the schema's issues (paths under `path`), or code
 * `case-inconsistent` at `path` when the case does not follow from its log.
 */
export function checkedCase(value: unknown, path: readonly (string | number)[] = ['case']): BemCase {
  if (isTrusted(value)) return value;
  const valid = parseInput(BemCase, value, path);
  const folded = foldLog(valid.events);
  if (!folded.ok) {
    const { index, result } = folded;
    throw inconsistent(path, `The case does not follow from its event log: event ${index} (${valid.events[index]?.type}) is refused (${result.error.code}); rebuild the case with replay(events)`);
  }
  const difference = firstDifference(valid, folded.case, '');
  if (difference !== null) throw inconsistent(path, `The case does not follow from its event log: ${difference} differs from what the events give; rebuild the case with replay(events)`);
  return trust(folded.case);
}
