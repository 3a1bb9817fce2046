import * as z from 'zod';

/**
 * The four groups of BEM measures from practice (DOMAIN.md §4): workplace design, work
 * organisation, qualification and external support.
 *
 * @example
 * ```ts
 * MeasureCategory.options; //=> ['workplace-design', 'work-organisation', 'qualification', 'external-support']
 * ```
 */
export const MeasureCategory = z.enum(['workplace-design', 'work-organisation', 'qualification', 'external-support']);

/**
 * A group of BEM measures; see the {@link MeasureCategory} schema.
 *
 * @example
 * ```ts
 * const category: MeasureCategory = 'qualification';
 * ```
 */
export type MeasureCategory = z.infer<typeof MeasureCategory>;

/**
 * Each measure type from the catalog (DOMAIN.md §4) with its category. There is deliberately no
 * type for a dismissal, a transfer against the person's will or any other fixed result: BEM is
 * open as to its outcome (ergebnisoffen, BAG 7.9.2021 – 9 AZR 571/20), so no measure can
 * prejudge it.
 *
 * @example
 * ```ts
 * measureCategoryOf['graded-return']; //=> 'work-organisation'
 * ```
 */
export const measureCategoryOf = {
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
} as const satisfies Record<string, MeasureCategory>;

/**
 * A measure type from the catalog; the list is {@link measureCategoryOf}'s keys.
 *
 * @example
 * ```ts
 * MeasureType.parse('home-office'); //=> 'home-office'
 * MeasureType.safeParse('dismissal').success; //=> false
 * ```
 */
export const MeasureType = z.enum(Object.keys(measureCategoryOf) as [keyof typeof measureCategoryOf, ...(keyof typeof measureCategoryOf)[]]);

/**
 * A measure type from the catalog; see the {@link MeasureType} schema.
 *
 * @example
 * ```ts
 * const type: MeasureType = 'graded-return';
 * ```
 */
export type MeasureType = z.infer<typeof MeasureType>;
