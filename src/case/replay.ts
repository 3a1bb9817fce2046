import * as z from 'zod';
import { named } from '../model/named.js';
import type { BemCase } from '../model/bem-case.js';
import { CaseEvent, type CaseEventInput } from '../model/case-event.js';
import { BemInputError, parseInput } from '../model/input-error.js';
import { CasePolicy, type CasePolicyInput, defaultCasePolicy } from './case-policy.js';
import { foldLog, trust } from './trusted-case.js';

const EventLog = z.array(CaseEvent).min(1);

/**
 * Options of {@link replay}: the {@link CasePolicy} the events were applied under (its reply
 * periods decide whether an invitation or reminder was allowed; default the policy's defaults).
 *
 * @example
 * ```ts
 * ReplayOptions.parse({ policy: { minReplyDays: 10 } }).policy?.minReplyDays; //=> 10
 * ```
 */
export const ReplayOptions = z.strictObject({ policy: named<CasePolicy, CasePolicyInput>(CasePolicy).optional() });

export interface ReplayOptions extends z.input<typeof ReplayOptions> {}

/**
 * Rebuilds a case from its event log.
 *
 * The first event must be `case.opened` (as in every case's own
 * `events`), the others are applied in order exactly as {@link applyEvent} would.
 *
 * The same events always give the same case, and `replay(c.events)` equals `c`.
 *
 * @param events a complete log, starting with `case.opened`.
 * @param options `policy`: the case policy the events were applied under (as given to `applyEvent`).
 * @returns the case after the last event.
 * @throws BemInputError for a malformed event (path `events[i]…`), a log that does not start
 * with `case.opened` (`events[0].type: The first event must be case.opened`), or an event the
 * machine refuses (`events[i]: ` followed by the refusal's message, with the refusal's code).
 * @example
 * ```ts
 * const c = openCase({ id: 'c-1', employee: { id: 'e-4711' }, on: '2025-11-03' });
 * replay(c.events); // deep-equals c
 * ```
 */
export function replay(events: readonly CaseEventInput[], options?: ReplayOptions): BemCase {
  const log = parseInput(EventLog, events, ['events']);
  if (log[0]?.type !== 'case.opened') {
    throw new BemInputError([{ path: ['events', 0, 'type'], code: 'custom', message: 'The first event must be case.opened' }]);
  }
  const { policy } = parseInput(ReplayOptions, options ?? {}, ['options']);
  const folded = foldLog(log, policy ?? defaultCasePolicy);
  if (!folded.ok) {
    const { index, result } = folded;
    throw new BemInputError([{ path: ['events', index], code: result.error.code, message: result.error.message }]);
  }
  return trust(folded.case);
}
