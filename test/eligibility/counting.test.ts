import { describe, expect, it } from 'vitest';
import { kindBit, kindsOfMask } from '../../src/eligibility/counting.js';
import { AbsenceKind } from '../../src/model/index.js';

describe('the kind bits', () => {
  it('give kind i of AbsenceKind the bit 1 << i, and read back to the same kind', () => {
    AbsenceKind.options.forEach((kind, i) => {
      expect(kindBit(kind)).toBe(1 << i);
      expect(kindsOfMask(kindBit(kind))).toEqual([kind]);
    });
  });

  it('give anything that is not a kind no bit', () => {
    for (const value of ['Sickness', '', 'sickness ', 1, null, undefined, {}]) expect(kindBit(value)).toBe(0);
  });
});
