import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { BemInputError, formatPath, IsoDate, parseInput, safeParseInput } from '../../src/index.js';

describe('BemInputError', () => {
  it('formats paths the way a developer reads them', () => {
    expect(formatPath(['absences', 3, 'end'])).toBe('absences[3].end');
    expect(formatPath([0, 'start'])).toBe('[0].start');
    expect(formatPath([])).toBe('(input)');
  });

  it('puts the base path before every issue and names them all in the message', () => {
    const result = safeParseInput(z.strictObject({ a: z.string(), b: z.number() }), { a: 1, b: 'x' }, ['input']);
    if (result.success) throw new Error('expected a failure');
    const error = result.error;
    expect(error.issues.map((issue) => issue.path)).toEqual([
      ['input', 'a'],
      ['input', 'b'],
    ]);
    expect(error.message).toBe('Invalid input: input.a: Expected string, received number; input.b: Expected number, received string');
    expect(error).toBeInstanceOf(Error);
  });

  it('builds issues from a plain zod error too', () => {
    const error = BemInputError.fromZod(z.string().safeParse(1).error!, ['x']);
    expect(error.issues).toEqual([{ path: ['x'], code: 'invalid_type', message: 'Invalid input: expected string, received number' }]);
  });

  it('throws from parseInput and returns from safeParseInput', () => {
    expect(parseInput(IsoDate, '2025-10-31', ['asOf'])).toBe('2025-10-31');
    expect(() => parseInput(IsoDate, '2025-10-32', ['asOf'])).toThrow('Invalid input: asOf: Expected a calendar date as YYYY-MM-DD');
    expect(safeParseInput(IsoDate, '2025-10-31')).toEqual({ success: true, data: '2025-10-31' });
  });

  it('describes nulls and arrays received where something else was expected', () => {
    const schema = z.strictObject({ a: z.string(), b: z.string() });
    const result = safeParseInput(schema, { a: null, b: [] });
    expect(result.success ? [] : result.error.issues.map((issue) => issue.message)).toEqual(['Expected string, received null', 'Expected string, received array']);
  });

  it('keeps zod messages for the codes it does not reword', () => {
    const result = safeParseInput(z.string().min(3), 'ab');
    expect(result.success ? '' : result.error.issues[0]?.code).toBe('too_small');
  });
});
