import { describe, expect, it } from 'vitest';
import { suppress, type SuppressionUnit } from '../../src/kpi/suppression.js';

const unit = (key: string, size: number, bases: Record<string, number>): SuppressionUnit => ({ key, size, bases: new Map(Object.entries(bases)) });

describe('suppress', () => {
  it('hides a cell resting on 1 to 4 people and publishes 0 and 5', () => {
    const result = suppress(unit('', 20, { zero: 0, four: 4, five: 5 }), [], 5);
    expect([result.hidden(null, 'zero'), result.hidden(null, 'four'), result.hidden(null, 'five')]).toEqual([false, true, false]);
  });

  it('hides the smallest other cell resting on someone as the complement of a single hidden cell', () => {
    const result = suppress(unit('', 30, { f: 17 }), [unit('a', 10, { f: 2 }), unit('b', 10, { f: 0 }), unit('c', 10, { f: 9 }), unit('d', 10, { f: 6 })], 5);
    expect(['a', 'b', 'c', 'd'].map((key) => result.hidden(key, 'f'))).toEqual([true, false, false, true]);
    expect(result.hidden(null, 'f')).toBe(false);
  });

  it('hides the total’s cell when no other group has a cell resting on someone', () => {
    const result = suppress(unit('', 20, { f: 6 }), [unit('a', 10, { f: 0 }), unit('b', 10, { f: 6 })], 7);
    expect([result.hidden('a', 'f'), result.hidden('b', 'f'), result.hidden(null, 'f')]).toEqual([false, true, true]);
  });

  it('takes the complement group by size, then by key', () => {
    const result = suppress(unit('', 30, {}), [unit('z', 3, {}), unit('y', 8, {}), unit('x', 8, {}), unit('w', 9, {})], 5);
    expect([...result.suppressedGroups].sort()).toEqual(['x', 'z']);
  });

  it('hides everything when the whole organisation is too small', () => {
    const result = suppress(unit('', 4, { f: 0 }), [unit('a', 2, { f: 0 }), unit('b', 2, { f: 0 })], 5);
    expect(result.totalSuppressed).toBe(true);
    expect([result.hidden(null, 'f'), result.hidden('a', 'f'), result.hidden('b', 'f')]).toEqual([true, true, true]);
  });
});
