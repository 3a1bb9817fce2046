import * as z from 'zod';
import { type EnumOf, named } from './named.js';
import { IsoDate } from '../dates/iso-date.js';
import { Actor } from './actor.js';

/**
 * Who besides the employee and the employer can take part in a BEM (§ 167 Abs. 2 SGB IX).
 *
 * They are the
 * representation (`works-council`, Betriebs-/Personalrat, S. 1), the SBV
 * (`disability-representative`, Schwerbehindertenvertretung, S. 1, only for severely disabled
 * employees), a `trusted-person` (Vertrauensperson, S. 2, only at the employee's choice), the
 * `company-doctor` (Betriebsarzt, S. 3, where needed), the `rehab-provider` (Rehabilitationsträger,
 * S. 5) and the `integration-office` (Integrationsamt / Inklusionsamt, S. 6, for severely disabled
 * employees).
 *
 * The employee's legal representative acts for the employee and is not a participant role.
 *
 * @example
 * ```ts
 * ParticipantRole.parse('trusted-person'); //=> 'trusted-person'
 * ParticipantRole.options.length;          //=> 6
 * ```
 */
export const ParticipantRole: z.ZodEnum<EnumOf<ParticipantRole>> = Actor.exclude(['employee', 'employer', 'legal-representative']);

export type ParticipantRole = 'works-council' | 'disability-representative' | 'company-doctor' | 'trusted-person' | 'rehab-provider' | 'integration-office';

/**
 * Why a participant stopped taking part.
 *
 * The employee `excluded` them (BAG 19.11.2019 –
 * 1 ABR 36/18: the employee decides whether the representation takes part), the consent that
 * allowed them to take part was revoked (`consent-revoked`, Art. 7 Abs. 3 GDPR), or the case
 * was closed (`case-closed`: need-to-know access ends with the case, on the closing day).
 *
 * @example
 * ```ts
 * ParticipationEnd.parse('excluded'); //=> 'excluded'
 * ```
 */
export const ParticipationEnd: z.ZodEnum<EnumOf<ParticipationEnd>> = z.enum(['excluded', 'consent-revoked', 'case-closed']);

export type ParticipationEnd = 'excluded' | 'consent-revoked' | 'case-closed';

/**
 * Someone who takes or took part in a case, by role (never by name: the case stays
 * pseudonymous). `endedOn` and `endedBecause` are `null` while they take part.
 *
 * @example
 * ```ts
 * Participant.parse({
 *   role: 'works-council', addedOn: '2025-11-20', addedBy: 'employer', endedOn: null, endedBecause: null,
 * });
 * ```
 */
export const Participant = z.strictObject({
  role: named<ParticipantRole>(ParticipantRole),
  addedOn: IsoDate,
  addedBy: named<Actor>(Actor),
  endedOn: IsoDate.nullable(),
  endedBecause: named<ParticipationEnd>(ParticipationEnd).nullable(),
});

export interface Participant extends z.infer<typeof Participant> {}

/**
 * Participant as callers pass it in (dates as plain strings, checked on the way in); see the {@link Participant}
 * schema.
 *
 * @example
 * ```ts
 * const check = (input: ParticipantInput): Participant => Participant.parse(input);
 * ```
 */
export interface ParticipantInput extends z.input<typeof Participant> {}
