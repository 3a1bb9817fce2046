import { describe, expect, it } from 'vitest';
import { isAbsenceKey } from '../../src/eligibility/counting.js';
import { kindBit, kindsOfMask } from '../../src/law/absence-kinds.js';
import { Absence, AbsenceKind } from '../../src/model/index.js';

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

describe('the absence field check', () => {
  it('knows exactly the fields of the Absence schema', () => {
    for (const field of Object.keys(Absence.shape)) expect(isAbsenceKey(field)).toBe(true);
    for (const field of ['diagnosis', 'Start', 'end ', '', 'toString', '__proto__']) expect(isAbsenceKey(field)).toBe(false);
  });
});
