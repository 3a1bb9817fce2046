import * as z from 'zod';
import type { EnumOf } from '../model/named.js';
import type { IsoDate } from '../dates/iso-date.js';
import type { BemCase } from '../model/bem-case.js';

/**
 * The employee's answer to the BEM offer as the personnel file and the proof of offer record it.
 *
 * It is
 * `accepted`, `declined` (at the invitation or later in the initial interview: the last word
 * counts) or `no-response` (no answer by the reply date despite a reminder, documented like a
 * refusal, the [case-lifecycle guide](../../docs/case-lifecycle.md), practice).
 *
 * @example
 * ```ts
 * OfferReply.parse('declined'); //=> 'declined'
 * ```
 */
export const OfferReply: z.ZodEnum<EnumOf<OfferReply>> = z.enum(['accepted', 'declined', 'no-response']);

export type OfferReply = 'accepted' | 'declined' | 'no-response';

/** The answer, its day and whether it was given in writing; all `null` while none is recorded. */
export interface ReplyRecord {
  readonly reply: OfferReply | null;
  readonly repliedOn: IsoDate | null;
  readonly inWriting: boolean | null;
}

/**
 * Reads the answer from a validated case: a "no" anywhere wins (both answers are recorded,
 * the [case-lifecycle guide](../../docs/case-lifecycle.md)), then the "yes" to the invitation, then silence recorded as `no-response`.
 */
export function replyOf(c: BemCase): ReplyRecord {
  const no = c.decisions.find((decision) => decision.answer === 'no');
  if (no) return { reply: 'declined', repliedOn: no.on, inWriting: no.inWriting };
  const yes = c.decisions.find((decision) => decision.answer === 'yes');
  if (yes) return { reply: 'accepted', repliedOn: yes.on, inWriting: yes.inWriting };
  if (c.outcome === 'no-response') return { reply: 'no-response', repliedOn: c.closedOn, inWriting: null };
  return { reply: null, repliedOn: null, inWriting: null };
}
