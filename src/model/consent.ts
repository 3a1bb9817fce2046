import * as z from 'zod';
import { type EnumOf, named } from './named.js';
import { IsoDate } from '../dates/iso-date.js';
import { Actor } from './actor.js';

/**
 * What a consent is for (purpose limitation, Art. 5 Abs. 1 lit. b and Art. 7 GDPR). Each data
 * exchange needs a consent for its purpose (the [privacy guide](../../docs/privacy.md)):
 *
 * - `bem-procedure`: taking part in the BEM at all (the consent given on acceptance, § 167
 *   Abs. 2 S. 1 SGB IX "mit Zustimmung"); revoking it pauses the case.
 * - `participation`: letting a participant (works council, SBV, company doctor, external body)
 *   take part and see the case.
 * - `measure-planning`: passing what is needed to plan and carry out measures to those who do it.
 * - `external-benefits`: applying for benefits with a rehabilitation provider or the
 *   integration office (§ 167 Abs. 2 S. 5–6 SGB IX).
 *
 * @example
 * ```ts
 * ConsentPurpose.parse('bem-procedure'); //=> 'bem-procedure'
 * ```
 */
export const ConsentPurpose: z.ZodEnum<EnumOf<ConsentPurpose>> = z.enum(['bem-procedure', 'participation', 'measure-planning', 'external-benefits']);

export type ConsentPurpose = 'bem-procedure' | 'participation' | 'measure-planning' | 'external-benefits';

/**
 * Kinds of data a BEM may use (data minimisation, Art. 5 Abs. 1 lit. c GDPR).
 *
 * There is deliberately **no category for a diagnosis or details of an illness**: the employee
 * never has to disclose them (the [case-lifecycle guide](../../docs/case-lifecycle.md)).
 *
 * - `contact-data`: how to reach the employee.
 * - `absence-periods`: the periods of incapacity that triggered the BEM (dates only, no cause).
 * - `work-restrictions`: functional limits that affect work, as far as the employee chooses to
 * describe them ("long standing is a problem"), never a diagnosis.
 * - `workplace-data`: the job, tasks, workplace and working hours.
 * - `measures`: the measures proposed, agreed and carried out.
 * - `case-progress`: dates and steps of the case itself.
 *
 * @example
 * ```ts
 * DataCategory.parse('work-restrictions'); //=> 'work-restrictions'
 * DataCategory.safeParse('diagnosis').success; //=> false
 * ```
 */
export const DataCategory: z.ZodEnum<EnumOf<DataCategory>> = z.enum(['contact-data', 'absence-periods', 'work-restrictions', 'workplace-data', 'measures', 'case-progress']);

export type DataCategory = 'contact-data' | 'absence-periods' | 'work-restrictions' | 'workplace-data' | 'measures' | 'case-progress';

/**
 * Who may receive data under a consent.
 *
 * They are the `employer` (its BEM team: the BEM officer and HR who
 * run the procedure), the `supervisor` (the employee's line manager, who is not the BEM team and
 * learns only what carrying out the agreed measures requires, and only with a consent that names
 * the supervisor) and every participant role.
 *
 * The employee is never a recipient: it is their own data; nor is their legal representative, who
 * acts for them.
 *
 * @example
 * ```ts
 * ConsentRecipient.parse('company-doctor'); //=> 'company-doctor'
 * ConsentRecipient.parse('supervisor');     //=> 'supervisor'
 * ConsentRecipient.safeParse('employee').success; //=> false
 * ```
 */
export const ConsentRecipient: z.ZodEnum<EnumOf<ConsentRecipient>> = z.enum([...Actor.exclude(['employee', 'legal-representative']).options, 'supervisor']);

export type ConsentRecipient = 'employer' | 'works-council' | 'disability-representative' | 'company-doctor' | 'trusted-person' | 'rehab-provider' | 'integration-office' | 'supervisor';

/**
 * A consent as the employee gives it in an event (`employee.accepted`, `consent.granted`): for one
 * purpose, naming the data categories and the recipients.
 *
 * `id` is optional; the case numbers consents `consent-1`, `consent-2`, … when it is left out,
 * skipping any id already in use, so two consents never share an id (an id given twice is refused
 * with `duplicate-consent-id`).
 *
 * @example
 * ```ts
 * ConsentGrant.parse({
 * purpose: 'participation',
 * dataCategories: ['absence-periods', 'case-progress'],
 * recipients: ['works-council'],
 * });
 * ```
 */
export const ConsentGrant = z.strictObject({
  id: z.string().min(1).max(200).optional(),
  purpose: named<ConsentPurpose>(ConsentPurpose),
  dataCategories: z.array(named<DataCategory>(DataCategory)).min(1),
  recipients: z.array(named<ConsentRecipient>(ConsentRecipient)).min(1),
});

export interface ConsentGrant extends z.infer<typeof ConsentGrant> {}

/**
 * ConsentGrant as callers pass it in (dates as plain strings, checked on the way in); see the {@link ConsentGrant}
 * schema.
 *
 * @example
 * ```ts
 * const check = (input: ConsentGrantInput): ConsentGrant => ConsentGrant.parse(input);
 * ```
 */
export interface ConsentGrantInput extends z.input<typeof ConsentGrant> {}

/**
 * A recorded consent of the employee (Art. 7 GDPR): purpose, data categories, recipients, the day
 * it was granted and, once revoked, the day of revocation (`revokedOn`, `null` while it holds).
 *
 * A revoked consent stays on record (proof of what was allowed when).
 *
 * @example
 * ```ts
 * Consent.parse({
 * id: 'consent-1',
 * purpose: 'bem-procedure',
 * dataCategories: ['absence-periods', 'work-restrictions'],
 * recipients: ['employer'],
 * grantedOn: '2025-11-10',
 * revokedOn: null,
 * });
 * ```
 */
export const Consent = z.strictObject({
  id: z.string().min(1).max(200),
  purpose: named<ConsentPurpose>(ConsentPurpose),
  dataCategories: z.array(named<DataCategory>(DataCategory)).min(1),
  recipients: z.array(named<ConsentRecipient>(ConsentRecipient)).min(1),
  grantedOn: IsoDate,
  revokedOn: IsoDate.nullable(),
});

export interface Consent extends z.infer<typeof Consent> {}

/**
 * Consent as callers pass it in (dates as plain strings, checked on the way in); see the {@link Consent}
 * schema.
 *
 * @example
 * ```ts
 * const check = (input: ConsentInput): Consent => Consent.parse(input);
 * ```
 */
export interface ConsentInput extends z.input<typeof Consent> {}
