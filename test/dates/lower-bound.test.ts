import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerBound } from '../../src/dates/lower-bound.js';

describe('lowerBound', () => {
  it('finds the first element at or after the target, or the length', () => {
    expect(lowerBound([3, 5, 5, 9], 5)).toBe(1);
    expect(lowerBound([3, 5, 5, 9], 4)).toBe(1);
    expect(lowerBound([3, 5, 5, 9], 3)).toBe(0);
    expect(lowerBound([3, 5, 5, 9], 10)).toBe(4);
    expect(lowerBound([], 1)).toBe(0);
  });

  it('equals a linear scan of any sorted list', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), (values, x) => {
        const sorted = [...values].sort((a, b) => a - b);
        const linear = sorted.findIndex((value) => value >= x);
        expect(lowerBound(sorted, x)).toBe(linear === -1 ? sorted.length : linear);
      }),
    );
  });
});
