import * as z from 'zod';
import { type EnumOf, named } from './named.js';
import { IsoDate } from '../dates/iso-date.js';
import { ABSENCE_KINDS } from '../law/absence-kinds.js';

/**
 * Why someone was away; which kinds count towards the six weeks is a policy setting (the
 * [eligibility guide](../../docs/eligibility.md)).
 *
 * Only some kinds are incapacity for work (Arbeitsunfähigkeit) and count towards the six weeks of
 * § 167 Abs. 2 SGB IX: `sickness`, `work-accident`, `medical-rehab` and
 * `graded-return` count by default; `child-sick` (§ 45 SGB V), `quarantine`, `employment-ban` and
 * `other` never do.
 *
 * The kind never says *what* illness: the library holds no diagnosis.
 *
 * @example
 * ```ts
 * AbsenceKind.parse('work-accident'); //=> 'work-accident'
 * AbsenceKind.options.length;          //=> 8
 * ```
 */
export const AbsenceKind: z.ZodEnum<EnumOf<AbsenceKind>> = z.enum(ABSENCE_KINDS);

export type AbsenceKind = 'sickness' | 'work-accident' | 'medical-rehab' | 'graded-return' | 'child-sick' | 'quarantine' | 'employment-ban' | 'other';

/**
 * One recorded absence: a closed range of calendar days (`end: null` while it is ongoing).
 *
 * Overlapping or touching records (first and follow-up certificates) may be given as they are; the
 * engine merges them. The schema is strict: unknown fields such as a diagnosis are refused.
 *
 * - `certified`: whether a medical certificate (AU-Bescheinigung) covers it; uncertified first
 * days count by default.
 * - `wentHomeSick`: the person worked part of the first day and then went home sick; that day
 * does not count by default (analogy to § 3 EFZG).
 *
 * @example
 * ```ts
 * Absence.parse({ start: '2025-01-06', end: '2025-01-17', kind: 'sickness', certified: true });
 * Absence.safeParse({ start: '2025-01-17', end: '2025-01-06', kind: 'sickness' }).success; //=> false
 * ```
 */
export const Absence = z
  .strictObject({
    id: z.string().min(1).max(200).optional(),
    start: IsoDate,
    end: IsoDate.nullable(),
    kind: named<AbsenceKind>(AbsenceKind),
    certified: z.boolean().optional(),
    wentHomeSick: z.boolean().optional(),
  })
  .refine((absence) => absence.end === null || absence.end >= absence.start, {
    message: 'End date must not be before the start date',
    path: ['end'],
  });

export interface Absence extends z.infer<typeof Absence> {}

/**
 * One recorded absence as callers pass it in: dates are plain strings, checked on the way in.
 *
 * @example
 * ```ts
 * const input: AbsenceInput = { start: '2025-01-06', end: '2025-01-17', kind: 'sickness' };
 * ```
 */
export interface AbsenceInput extends z.input<typeof Absence> {}
