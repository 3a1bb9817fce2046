import * as z from 'zod';
import type { EnumOf } from './named.js';

/**
 * How a BEM case ended. It exists only once the case is closed: BEM is open as to its outcome
 * (ergebnisoffen, BAG 7.9.2021 – 9 AZR 571/20), so nothing records an "intended" result.
 *
 * - `completed`: measures were carried out (a measure completed or an effectiveness review held);
 * - `no-suitable-measures`: after the interview and case review no suitable measure was found;
 * - `declined`: the employee said no (to the invitation or in the initial interview);
 * - `no-response`: no answer by the reply date despite a reminder (documented like a refusal,
 *   practice);
 * - `withdrawn`: the employee withdrew and did not resume;
 * - `employment-ended`: the employment ended while the case was open.
 *
 * @example
 * ```ts
 * CaseOutcome.parse('no-suitable-measures'); //=> 'no-suitable-measures'
 * CaseOutcome.safeParse('dismissal').success; //=> false
 * ```
 */
export const CaseOutcome: z.ZodEnum<EnumOf<CaseOutcome>> = z.enum(['completed', 'no-suitable-measures', 'declined', 'no-response', 'withdrawn', 'employment-ended']);

export type CaseOutcome = 'completed' | 'no-suitable-measures' | 'declined' | 'no-response' | 'withdrawn' | 'employment-ended';
