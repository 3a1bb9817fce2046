import * as z from 'zod';
import type { EnumOf } from './named.js';

/**
 * Where a BEM case stands (the [case-lifecycle guide](../../docs/case-lifecycle.md)):
 *
 * - `open`: the threshold was crossed, nobody has been invited yet;
 * - `invited`: a proper invitation was sent, the answer is awaited;
 * - `accepted`: the employee agreed to an initial interview (Erstgespräch) and consented;
 * - `in-progress`: the interview was held with consent: analysis and case review;
 * - `measures`: measures are agreed and running;
 * - `review`: their effectiveness is being checked;
 * - `paused`: the employee withdrew (or revoked the BEM consent); only a resumption or a closure
 *   follows;
 * - `closed`: ended, with an outcome.
 *
 * @example
 * ```ts
 * CaseState.parse('in-progress'); //=> 'in-progress'
 * ```
 */
export const CaseState: z.ZodEnum<EnumOf<CaseState>> = z.enum(['open', 'invited', 'accepted', 'in-progress', 'measures', 'review', 'paused', 'closed']);

export type CaseState = 'open' | 'invited' | 'accepted' | 'in-progress' | 'measures' | 'review' | 'paused' | 'closed';

/**
 * The states a case can be paused from (and resumed to): those in which the employee has
 * accepted the BEM.
 *
 * @example
 * ```ts
 * PausableState.options; //=> ['accepted', 'in-progress', 'measures', 'review']
 * ```
 */
export const PausableState: z.ZodEnum<EnumOf<PausableState>> = z.enum(['accepted', 'in-progress', 'measures', 'review']);

export type PausableState = 'accepted' | 'in-progress' | 'measures' | 'review';
