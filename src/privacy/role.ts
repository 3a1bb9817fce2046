import * as z from 'zod';
import type { EnumOf } from '../model/named.js';
import { ParticipantRole } from '../model/participant.js';

/**
 * Who looks at a BEM case, for {@link viewFor}.
 *
 * The `employee` (it is their data), the
 * `bem-officer` who keeps the BEM file for the employer, the `supervisor` who carries out what was
 * agreed, and every participant the law names: the `works-council` (Betriebs-/Personalrat), the
 * `disability-representative` (Schwerbehindertenvertretung, SBV), the `company-doctor`
 * (Betriebsarzt), the `trusted-person` (Vertrauensperson), the `rehab-provider`
 * (Rehabilitationsträger) and the `integration-office` (Integrationsamt / Inklusionsamt).
 *
 * @example
 * ```ts
 * Role.parse('supervisor'); //=> 'supervisor'
 * Role.options.length;      //=> 9
 * ```
 */
export const Role: z.ZodEnum<EnumOf<Role>> = z.enum(['employee', 'bem-officer', 'supervisor', ...ParticipantRole.options]);

export type Role = 'employee' | 'bem-officer' | 'supervisor' | 'works-council' | 'disability-representative' | 'company-doctor' | 'trusted-person' | 'rehab-provider' | 'integration-office';
