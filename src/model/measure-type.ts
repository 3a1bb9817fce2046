import * as z from 'zod';
import type { EnumOf } from './named.js';
import { deepFreeze } from '../door/deep-freeze.js';

/**
 * The four groups of BEM measures from practice (the [law-in-brief guide](../../docs/law-in-brief.md#measures)): workplace design, work
 * organisation, qualification and external support.
 *
 * @example
 * ```ts
 * MeasureCategory.options; //=> ['workplace-design', 'work-organisation', 'qualification', 'external-support']
 * ```
 */
export const MeasureCategory: z.ZodEnum<EnumOf<MeasureCategory>> = z.enum(['workplace-design', 'work-organisation', 'qualification', 'external-support']);

export type MeasureCategory = 'workplace-design' | 'work-organisation' | 'qualification' | 'external-support';

/**
 * Each measure type from the catalog (the [law-in-brief
 * guide](../../docs/law-in-brief.md#measures)) with its category.
 *
 * There is deliberately no type for a dismissal, a transfer against the person's will or any other
 * fixed result: BEM is open as to its outcome (ergebnisoffen, BAG 7.9.2021 – 9 AZR 571/20), so no
 * measure can prejudge it.
 *
 * @example
 * ```ts
 * measureCategoryOf['graded-return']; //=> 'work-organisation'
 * ```
 */
export const measureCategoryOf: Readonly<Record<MeasureType, MeasureCategory>> = deepFreeze({
  ergonomics: 'workplace-design',
  'work-equipment': 'workplace-design',
  'work-environment': 'workplace-design',
  'load-reduction': 'workplace-design',
  'technical-aids': 'workplace-design',
  'flexible-hours': 'work-organisation',
  'reduced-hours': 'work-organisation',
  'other-tasks': 'work-organisation',
  'home-office': 'work-organisation',
  'shift-plan-change': 'work-organisation',
  'team-change': 'work-organisation',
  'graded-return': 'work-organisation',
  'internal-retraining': 'qualification',
  'further-training': 'qualification',
  'ergonomics-training': 'qualification',
  'company-doctor-consultation': 'external-support',
  'rehabilitation-benefits': 'external-support',
  'integration-office-support': 'external-support',
  'accident-insurer-support': 'external-support',
  'health-insurer-support': 'external-support',
  'pension-insurer-support': 'external-support',
} as const) satisfies Record<string, MeasureCategory>;

/**
 * A measure type from the catalog; the list is {@link measureCategoryOf}'s keys.
 *
 * @example
 * ```ts
 * MeasureType.parse('home-office'); //=> 'home-office'
 * MeasureType.safeParse('dismissal').success; //=> false
 * ```
 */
export const MeasureType: z.ZodEnum<EnumOf<MeasureType>> = z.enum(Object.keys(measureCategoryOf) as [keyof typeof measureCategoryOf, ...(keyof typeof measureCategoryOf)[]]);

export type MeasureType = 'ergonomics' | 'work-equipment' | 'work-environment' | 'load-reduction' | 'technical-aids' | 'flexible-hours' | 'reduced-hours' | 'other-tasks' | 'home-office' | 'shift-plan-change' | 'team-change' | 'graded-return' | 'internal-retraining' | 'further-training' | 'ergonomics-training' | 'company-doctor-consultation' | 'rehabilitation-benefits' | 'integration-office-support' | 'accident-insurer-support' | 'health-insurer-support' | 'pension-insurer-support';

/**
 * What is never a BEM measure, with the German term.
 *
 * A dismissal (`dismissal`, Kündigung), a change
 * notice (`change-notice`, Änderungskündigung), a termination agreement (`termination-agreement`,
 * Aufhebungsvertrag) and a transfer decided by the employer (`transfer`, Versetzung).
 *
 * BEM is a search process open as to its course and outcome (ergebnisoffen, BAG 7.9.2021 – 9 AZR
 * 571/20): such steps are decided outside the BEM, under their own rules. Proposing one is refused
 * with `measure-prejudges-outcome`; other tasks or another team that the employee agrees to are the
 * measures `other-tasks` and `team-change`.
 *
 * @example
 * ```ts
 * NeverBemMeasure.options; //=> ['dismissal', 'change-notice', 'termination-agreement', 'transfer']
 * MeasureType.safeParse('transfer').success; //=> false
 * ```
 */
export const NeverBemMeasure: z.ZodEnum<EnumOf<NeverBemMeasure>> = z.enum(['dismissal', 'change-notice', 'termination-agreement', 'transfer']);

export type NeverBemMeasure = 'dismissal' | 'change-notice' | 'termination-agreement' | 'transfer';

/**
 * The external body whose involvement a measure needs (§ 167 Abs. 2 S. 5–6 SGB IX).
 *
 * Benefits
 * for participation come from a rehabilitation provider (Rehabilitationsträger: health,
 * accident or pension insurer, Agentur für Arbeit); accompanying help at work for severely
 * disabled people from the integration office (Integrationsamt / Inklusionsamt).
 *
 * @example
 * ```ts
 * ExternalBody.parse('integration-office'); //=> 'integration-office'
 * ```
 */
export const ExternalBody: z.ZodEnum<EnumOf<ExternalBody>> = z.enum(['rehab-provider', 'integration-office']);

export type ExternalBody = 'rehab-provider' | 'integration-office';

/**
 * Which measure types need an external body to take part (the audit checks that it did).
 *
 * Graded return (stufenweise Wiedereingliederung, § 74 SGB V, § 44 SGB IX) is paid for by a
 * rehabilitation provider while the person stays incapacitated; types not listed need none.
 *
 * @example
 * ```ts
 * externalBodyOf['integration-office-support']; //=> 'integration-office'
 * externalBodyOf['home-office'];                //=> undefined
 * ```
 */
export const externalBodyOf: Readonly<Partial<Record<MeasureType, ExternalBody>>> = deepFreeze({
  'graded-return': 'rehab-provider',
  'rehabilitation-benefits': 'rehab-provider',
  'accident-insurer-support': 'rehab-provider',
  'health-insurer-support': 'rehab-provider',
  'pension-insurer-support': 'rehab-provider',
  'integration-office-support': 'integration-office',
});
