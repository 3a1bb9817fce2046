import * as z from 'zod';
import type { EnumOf } from './named.js';

/**
 * Who sends a case event.
 *
 * `employer` stands for everyone acting for the employer (HR, the BEM
 * officer, the supervisor); the others are the people § 167 Abs. 2 SGB IX names: the representation
 * (`works-council`, Betriebs-/Personalrat), the `disability-representative`
 * (Schwerbehindertenvertretung, SBV), the `company-doctor` (Betriebsarzt), a `trusted-person`
 * (Vertrauensperson) of the employee's choice, the `rehab-provider` (Rehabilitationsträger) and the
 * `integration-office` (Integrationsamt / Inklusionsamt).
 *
 * The `legal-representative` (gesetzlicher Vertreter, S. 4: a court-appointed Betreuer for the
 * matter, the parents of a minor trainee) acts for the employee where the law lets a representative
 * act: accepting or declining the BEM and granting or revoking consent; never for the employer, and
 * never as a participant or recipient of data.
 *
 * @example
 * ```ts
 * Actor.parse('works-council'); //=> 'works-council'
 * ```
 */
export const Actor: z.ZodEnum<EnumOf<Actor>> = z.enum([
  'employee',
  'employer',
  'works-council',
  'disability-representative',
  'company-doctor',
  'trusted-person',
  'rehab-provider',
  'integration-office',
  'legal-representative',
]);

export type Actor = 'employee' | 'employer' | 'works-council' | 'disability-representative' | 'company-doctor' | 'trusted-person' | 'rehab-provider' | 'integration-office' | 'legal-representative';
