import { AU_RL_2_2, EFZG_9, SGB5_45, SGB9_167_2_S1 } from './citations.js';

/**
 * The kinds of absence the library knows, in their canonical order (kind i has the bit `1 << i`
 * in a kind mask). The `AbsenceKind` schema in src/model/absence.ts is built from this list.
 *
 * @example
 * ```ts
 * ABSENCE_KINDS[0]; //=> 'sickness'
 * ```
 */
export const ABSENCE_KINDS = ['sickness', 'work-accident', 'medical-rehab', 'graded-return', 'child-sick', 'quarantine', 'employment-ban', 'other'] as const;

/**
 * One kind of absence; the model's `AbsenceKind` is the same union.
 *
 * @example
 * ```ts
 * const kind: AbsenceKindName = 'child-sick';
 * ```
 */
export type AbsenceKindName = (typeof ABSENCE_KINDS)[number];

/**
 * What the law says about one kind of absence (the [eligibility guide](../../docs/eligibility.md), "What counts").
 *
 * @example
 * ```ts
 * const rule: AbsenceKindRule = absenceKinds.sickness;
 * ```
 */
export interface AbsenceKindRule {
  /** The kind's bit in a kind mask: `1 << ` its place in {@link ABSENCE_KINDS}. */
  readonly bit: number;
  /** Whether it is incapacity for work (Arbeitsunfähigkeit), so a policy may count it. */
  readonly incapacity: boolean;
  /** Whether its counting is settled law, so no policy may leave it out. */
  readonly alwaysCounted: boolean;
  /** Whether the default policy counts it. */
  readonly countedByDefault: boolean;
  /** The source for counting it or leaving it out. */
  readonly reference: string;
}

const NOT_INCAPACITY = `${SGB9_167_2_S1} (not incapacity for work)`;

/**
 * One row per kind of absence: its bit, whether it counts, and why.
 *
 * | kind | counts | source |
 * |---|---|---|
 * | `sickness` | always | § 167 Abs. 2 S. 1 SGB IX |
 * | `work-accident` | always | § 167 Abs. 2 S. 1 SGB IX (the cause is irrelevant) |
 * | `medical-rehab` | by default, a policy may leave it out | § 9 EFZG |
 * | `graded-return` | by default, a policy may leave it out | § 2 Abs. 2 AU-Richtlinie |
 * | `child-sick` | never | § 45 SGB V |
 * | `quarantine`, `employment-ban`, `other` | never | not incapacity for work |
 *
 * @example
 * ```ts
 * absenceKinds['child-sick'].incapacity; //=> false
 * absenceKinds['medical-rehab'].bit;     //=> 4
 * ```
 */
export const absenceKinds: Readonly<Record<AbsenceKindName, AbsenceKindRule>> = {
  sickness: { bit: 1, incapacity: true, alwaysCounted: true, countedByDefault: true, reference: SGB9_167_2_S1 },
  'work-accident': {
    bit: 2,
    incapacity: true,
    alwaysCounted: true,
    countedByDefault: true,
    reference: `${SGB9_167_2_S1} (the cause of the incapacity is irrelevant)`,
  },
  'medical-rehab': { bit: 4, incapacity: true, alwaysCounted: false, countedByDefault: true, reference: `${EFZG_9} (policy setting countedKinds)` },
  'graded-return': { bit: 8, incapacity: true, alwaysCounted: false, countedByDefault: true, reference: `${AU_RL_2_2} (policy setting countedKinds)` },
  'child-sick': { bit: 16, incapacity: false, alwaysCounted: false, countedByDefault: false, reference: SGB5_45 },
  quarantine: { bit: 32, incapacity: false, alwaysCounted: false, countedByDefault: false, reference: NOT_INCAPACITY },
  'employment-ban': { bit: 64, incapacity: false, alwaysCounted: false, countedByDefault: false, reference: NOT_INCAPACITY },
  other: { bit: 128, incapacity: false, alwaysCounted: false, countedByDefault: false, reference: NOT_INCAPACITY },
};

/**
 * Why the kinds that count are the ones that count, as one reference.
 *
 * @example
 * ```ts
 * COUNTED_KINDS_REFERENCE.startsWith('§ 167 Abs. 2 S. 1 SGB IX (Arbeitsunfähigkeit)'); //=> true
 * ```
 */
export const COUNTED_KINDS_REFERENCE = [
  `${SGB9_167_2_S1} (Arbeitsunfähigkeit)`,
  `${EFZG_9} (medical rehab)`,
  `${AU_RL_2_2} (graded return)`,
  `${SGB5_45} (child sick days never count)`,
].join('; ');

/**
 * The bit of a kind in a kind mask (0 for anything that is not a kind): the `bit` column of
 * {@link absenceKinds} as a switch, which is cheaper in the engine's loop than a keyed lookup (a
 * test keeps the two in step).
 *
 * @example
 * ```ts
 * kindBit('work-accident'); //=> 2
 * kindBit('Sickness');      //=> 0
 * ```
 */
export function kindBit(kind: unknown): number {
  switch (kind) {
    case 'sickness':
      return 1;
    case 'work-accident':
      return 2;
    case 'medical-rehab':
      return 4;
    case 'graded-return':
      return 8;
    case 'child-sick':
      return 16;
    case 'quarantine':
      return 32;
    case 'employment-ban':
      return 64;
    case 'other':
      return 128;
    default:
      return 0;
  }
}

const NO_KINDS: readonly AbsenceKindName[] = Object.freeze([]);
// Shared and frozen, like NO_KINDS: results are read, not changed.
const SINGLE_KINDS: readonly (readonly AbsenceKindName[])[] = ABSENCE_KINDS.map((kind) => Object.freeze([kind]));

/**
 * The kinds in a kind mask, in canonical order.
 *
 * @example
 * ```ts
 * kindsOfMask(1 | 4); //=> ['sickness', 'medical-rehab']
 * ```
 */
export function kindsOfMask(mask: number): readonly AbsenceKindName[] {
  if (mask === 0) return NO_KINDS;
  // One kind, the common case: a shared array rather than a new one per evaluation.
  if ((mask & (mask - 1)) === 0) return SINGLE_KINDS[31 - Math.clz32(mask)]!;
  const kinds: AbsenceKindName[] = [];
  for (let i = 0; i < ABSENCE_KINDS.length; i++) if ((mask & (1 << i)) !== 0) kinds.push(ABSENCE_KINDS[i]!);
  return kinds;
}
