/**
 * One column of the report before anonymisation: the whole organisation or one group, with the
 * number of people it rests on (`size`) and, per figure, the number of people or cases the
 * figure rests on (`bases`: a ratio's denominator, a count itself).
 */
export interface SuppressionUnit {
  readonly key: string;
  readonly size: number;
  readonly bases: ReadonlyMap<string, number>;
}

/** What anonymisation hides: whole groups, and single cells per unit key (`''` is the total). */
export interface Suppression {
  readonly suppressedGroups: ReadonlySet<string>;
  readonly totalSuppressed: boolean;
  /** Whether the cell of `figure` in the unit `key` (`null` for the total) is hidden. */
  hidden(key: string | null, figure: string): boolean;
}

/** Smallest first; ties by key, so the choice is deterministic and the same for every figure. */
function bySizeThenKey(a: { size: number; key: string }, b: { size: number; key: string }): number {
  return a.size - b.size || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/**
 * Decides what to hide so that no one can be recognised (the [KPI guide](../../docs/kpis.md)):
 *
 * 1. **Primary**: a group resting on fewer than `minGroupSize` people is hidden whole; so is the
 *    total when the organisation is that small. A single cell resting on 1 to `minGroupSize - 1`
 *    people is hidden (0 is published: it says nothing about anyone).
 * 2. **Complementary**: when exactly one group is hidden, the next smallest is hidden too; and
 *    per figure, when exactly one group's cell resting on someone is hidden while the total is
 *    published, the smallest other published cell resting on someone is hidden too, or, when
 *    there is none, the total's cell. So a hidden cell can never be recovered as the total minus
 *    the published groups.
 */
export function suppress(total: SuppressionUnit, groups: readonly SuppressionUnit[], minGroupSize: number): Suppression {
  const totalSuppressed = total.size < minGroupSize;
  const suppressedGroups = new Set(groups.filter((group) => totalSuppressed || group.size < minGroupSize).map((group) => group.key));
  if (suppressedGroups.size === 1) {
    const next = groups.filter((group) => !suppressedGroups.has(group.key)).sort(bySizeThenKey)[0];
    if (next !== undefined) suppressedGroups.add(next.key);
  }
  const small = (base: number): boolean => base > 0 && base < minGroupSize;
  const hiddenCells = new Set<string>();
  const cell = (key: string | null, figure: string): string => `${key === null ? '' : `g:${key}`}\u0000${figure}`;
  for (const figure of total.bases.keys()) {
    const totalBase = total.bases.get(figure) ?? 0;
    if (totalSuppressed || small(totalBase)) hiddenCells.add(cell(null, figure));
    const withBase = groups.map((group) => ({ key: group.key, size: group.bases.get(figure) ?? 0 }));
    const isHidden = (key: string, base: number): boolean => suppressedGroups.has(key) || small(base);
    for (const { key, size } of withBase) if (isHidden(key, size)) hiddenCells.add(cell(key, figure));
    if (hiddenCells.has(cell(null, figure))) continue;
    const hiddenWithBase = withBase.filter(({ key, size }) => size > 0 && isHidden(key, size));
    if (hiddenWithBase.length !== 1) continue;
    const complement = withBase.filter(({ key, size }) => size > 0 && !isHidden(key, size)).sort(bySizeThenKey)[0];
    hiddenCells.add(complement === undefined ? cell(null, figure) : cell(complement.key, figure));
  }
  return {
    suppressedGroups,
    totalSuppressed,
    hidden: (key, figure) => hiddenCells.has(cell(key, figure)),
  };
}
