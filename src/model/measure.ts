import * as z from 'zod';
import { type EnumOf, named } from './named.js';
import { IsoDate } from '../dates/iso-date.js';
import { Actor } from './actor.js';
import { MeasureCategory, MeasureType, measureCategoryOf, NeverBemMeasure } from './measure-type.js';

/**
 * Where a measure stands.
 *
 * It is `proposed` by a participant; `agreed` or `rejected` by the employee
 * (who may reject single measures, the [case-lifecycle guide](../../docs/case-lifecycle.md)); then `started`, and finally `completed` or
 * `abandoned` (an agreed measure may also be abandoned before it starts).
 *
 * @example
 * ```ts
 * MeasureStatus.options; //=> ['proposed', 'agreed', 'rejected', 'started', 'completed', 'abandoned']
 * ```
 */
export const MeasureStatus: z.ZodEnum<EnumOf<MeasureStatus>> = z.enum(['proposed', 'agreed', 'rejected', 'started', 'completed', 'abandoned']);

export type MeasureStatus = 'proposed' | 'agreed' | 'rejected' | 'started' | 'completed' | 'abandoned';

/**
 * One measure of a case.
 *
 * Its type from the catalog (whose category must match
 * {@link measureCategoryOf}), an optional short `title` (a label such as "Desk on the 2nd floor", never
 * health details), who proposed it and the day of each step (`null` until it happens).
 *
 * No measure type prejudges the outcome (BAG 7.9.2021 – 9 AZR 571/20).
 *
 * @example
 * ```ts
 * Measure.parse({
 * id: 'm-1', type: 'ergonomics', category: 'workplace-design', status: 'agreed',
 * proposedOn: '2025-12-01', proposedBy: 'company-doctor',
 * agreedOn: '2025-12-03', rejectedOn: null, startedOn: null, completedOn: null, abandonedOn: null,
 * });
 * ```
 */
export const Measure = z
  .strictObject({
    id: z.string().min(1).max(200),
    type: named<MeasureType>(MeasureType),
    category: named<MeasureCategory>(MeasureCategory),
    title: z.string().min(1).max(120).optional(),
    status: named<MeasureStatus>(MeasureStatus),
    proposedOn: IsoDate,
    proposedBy: named<Actor>(Actor),
    agreedOn: IsoDate.nullable(),
    rejectedOn: IsoDate.nullable(),
    startedOn: IsoDate.nullable(),
    completedOn: IsoDate.nullable(),
    abandonedOn: IsoDate.nullable(),
  })
  .refine((measure) => measure.category === measureCategoryOf[measure.type], {
    message: 'The category must be the catalog category of the measure type',
    path: ['category'],
  });

export interface Measure extends z.infer<typeof Measure> {}

/**
 * Measure as callers pass it in (dates as plain strings, checked on the way in); see the {@link Measure}
 * schema.
 *
 * @example
 * ```ts
 * const check = (input: MeasureInput): Measure => Measure.parse(input);
 * ```
 */
export interface MeasureInput extends z.input<typeof Measure> {}

/**
 * A measure as it is proposed in a `measure.proposed` event: an id unique within the case, the
 * catalog type and an optional short title.
 *
 * The case derives the category from the type. The schema also reads the types that are never a BEM
 * measure ({@link NeverBemMeasure}), so the case can refuse them with a reason
 * (`measure-prejudges-outcome`, BAG 7.9.2021 – 9 AZR 571/20) instead of a shape error; no case ever
 * records one.
 *
 * @example
 * ```ts
 * MeasureProposal.parse({ id: 'm-1', type: 'home-office', title: 'Two days a week at home' });
 * MeasureProposal.safeParse({ id: 'm-2', type: 'dismissal' }).success; //=> true (the case refuses it)
 * MeasureProposal.safeParse({ id: 'm-3', type: 'bonus' }).success;     //=> false
 * ```
 */
export const MeasureProposal = z.strictObject({
  id: z.string().min(1).max(200),
  type: named<MeasureType | NeverBemMeasure>(z.enum([...MeasureType.options, ...NeverBemMeasure.options])),
  title: z.string().min(1).max(120).optional(),
});

export interface MeasureProposal extends z.infer<typeof MeasureProposal> {}

/**
 * MeasureProposal as callers pass it in (dates as plain strings, checked on the way in); see the {@link MeasureProposal}
 * schema.
 *
 * @example
 * ```ts
 * const check = (input: MeasureProposalInput): MeasureProposal => MeasureProposal.parse(input);
 * ```
 */
export interface MeasureProposalInput extends z.input<typeof MeasureProposal> {}
