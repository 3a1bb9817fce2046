import * as z from 'zod';
import { named } from '../model/named.js';
import type { BemCaseInput } from '../model/bem-case.js';
import { CaseEvent, type CaseEventInput } from '../model/case-event.js';
import { parseInput } from '../model/input-error.js';
import { CasePolicy, type CasePolicyInput } from './case-policy.js';
import { type ApplyResult, step } from './step.js';
import { checkedCase, trust } from './trusted-case.js';

/**
 * Options of {@link applyEvent}: `expectedVersion` is the version the caller read; when the case
 * has another version (someone wrote in between) the event is refused with `version-conflict`.
 *
 * `policy` is the {@link CasePolicy} the rules use (default {@link defaultCasePolicy}).
 *
 * @example
 * ```ts
 * const options: ApplyOptions = { expectedVersion: 7 };
 * ```
 */
export const ApplyOptions = z.strictObject({
  expectedVersion: z.int().min(1).optional(),
  policy: named<CasePolicy, CasePolicyInput>(CasePolicy).optional(),
});

export interface ApplyOptions extends z.input<typeof ApplyOptions> {}

/**
 * Applies one event to a case and returns the next case, or the refusal with its code, message and
 * legal reference.
 *
 * Pure: the given case is never changed; a refused event leaves nothing behind. The checks, in
 * order: version, closure, date order, who may send it (voluntariness: only the employee accepts,
 * declines, withdraws, resumes, decides on measures, excludes participants and consents), whether
 * the event is possible in the current state, and the named guards of the transition table
 * (consent, participants, proper invitation, open outcome).
 *
 * @param c the case, as returned by {@link openCase} or read back from JSON.
 * @param event the event, e.g. `{ type: 'employee.accepted', on, by: 'employee', consent }`.
 * @param options `expectedVersion` for optimistic concurrency.
 * @returns `{ ok: true, case }` or `{ ok: false, error: { code, message, reference } }`.
 * @throws BemInputError for input that is not a case, an event or options, with paths starting
 * at `case`, `event` or `options`, e.g. `event.type: Expected one of "case.opened", …`.
 * @example
 * ```ts
 * const c = openCase({ id: 'c-1', employee: { id: 'e-4711' }, on: '2025-11-03' });
 * applyEvent(c, { type: 'employee.declined', on: '2025-11-04', by: 'employer', inWriting: true });
 * //=> { ok: false, error: { code: 'only-employee-may-decline', message: 'Only the employee can decline the BEM; nobody can decline on their behalf', reference: '§ 167 Abs. 2 S. 1 SGB IX' } }
 * ```
 */
export function applyEvent(c: BemCaseInput, event: CaseEventInput, options?: ApplyOptions): ApplyResult {
  const current = checkedCase(c);
  const parsedEvent = parseInput(CaseEvent, event, ['event']);
  const { expectedVersion, policy } = parseInput(ApplyOptions, options ?? {}, ['options']);
  const result = step(current, parsedEvent, expectedVersion, policy);
  return result.ok ? { ok: true, case: trust(result.case) } : result;
}
