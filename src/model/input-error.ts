import * as z from 'zod';
import { BemInputError, isPath } from '../door/bem-input-error.js';
import { readInput } from '../door/door.js';

export { BemInputError, formatPath, type InputIssue } from '../door/bem-input-error.js';

/** Plain-English messages for zod's issue codes (zod's own are terse and mention internals). */
const plainMessages: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `Required: expected ${issue.expected}` : `Expected ${issue.expected}, received ${received(issue.input)}`;
    case 'unrecognized_keys':
      return `Unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `'${key}'`).join(', ')}: records accept only their documented fields (no health details)`;
    case 'invalid_value':
      return `Expected one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    default:
      return undefined;
  }
};

function isSchema(schema: unknown): schema is z.ZodType {
  try {
    return schema instanceof z.ZodType;
  } catch {
    return false; // a Proxy whose prototype cannot be read
  }
}

function received(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  return typeof input;
}

/**
 * Parses `value` with `schema`; throws a {@link BemInputError} naming every problem's path
 * (prefixed with `basePath`) otherwise. The entry point of every public function's validation.
 *
 * @throws BemInputError when `value` does not match `schema`.
 * @example
 * ```ts
 * parseInput(IsoDate, '2025-10-31', ['asOf']); //=> '2025-10-31'
 * parseInput(IsoDate, '2025-10-32', ['asOf']); // throws BemInputError: asOf: Expected a calendar date as YYYY-MM-DD
 * ```
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, basePath: readonly (string | number)[] = []): z.output<S> {
  const result = safeParseInput(schema, value, basePath);
  if (!result.success) throw result.error;
  return result.data;
}

/**
 * The non-throwing twin of {@link parseInput}: `{ success: true, data }` or
 * `{ success: false, error }` with a {@link BemInputError}.
 *
 * @example
 * ```ts
 * const result = safeParseInput(IsoDate, '2025-2-3', ['asOf']);
 * result.success; //=> false
 * ```
 */
export function safeParseInput<S extends z.ZodType>(
  schema: S,
  value: unknown,
  basePath: readonly (string | number)[] = [],
): SafeResult<z.output<S>> {
  let data: unknown;
  try {
    if (!isSchema(schema)) throw new BemInputError([{ path: ['schema'], code: 'invalid_type', message: 'Expected a zod schema' }]);
    if (!isPath(basePath)) throw new BemInputError([{ path: ['basePath'], code: 'invalid_type', message: 'Expected a path: a list of field names and positions' }]);
    // Read once, at the door: a getter or Proxy that throws becomes an issue, and zod sees data
    // that cannot change between its checks and the rules that follow.
    data = readInput(value, basePath);
  } catch (error) {
    if (error instanceof BemInputError) return { success: false, error };
    throw error;
  }
  const result = schema.safeParse(data, { error: plainMessages });
  return result.success ? { success: true, data: result.data } : { success: false, error: BemInputError.fromZod(result.error, basePath) };
}

/**
 * The result of a `safe…` function: the data, or the {@link BemInputError} that the throwing
 * twin would have thrown.
 *
 * @example
 * ```ts
 * const result: SafeResult<number> = { success: true, data: 1 };
 * ```
 */
export type SafeResult<T> = { success: true; data: T } | { success: false; error: BemInputError };
