import * as z from 'zod';

/**
 * One problem with an input: where it is (`path`, e.g. `['absences', 3, 'end']`), what kind of
 * problem (`code`, zod's issue code or one of the library's own) and a plain-English `message`.
 *
 * @example
 * ```ts
 * const issue: InputIssue = {
 *   path: ['absences', 3, 'end'],
 *   code: 'custom',
 *   message: 'End date must not be before the start date',
 * };
 * ```
 */
export interface InputIssue {
  /** Where the problem is, from the argument of the public function down to the field. */
  readonly path: readonly (string | number)[];
  /** What kind of problem: zod's issue code (`invalid_type`, `unrecognized_keys`, …) or `custom`. */
  readonly code: string;
  /** The problem in plain English, naming what was expected. */
  readonly message: string;
}

/**
 * Thrown by every public function for input it cannot accept. `issues` lists each problem with
 * its path, so a backend can answer 400 with them; `message` names them all in one line.
 *
 * @example
 * ```ts
 * try {
 *   evaluateEligibility({ absences: [{ start: '2025-02-30', end: null, kind: 'sickness' }], asOf: '2025-10-31' });
 * } catch (error) {
 *   if (error instanceof BemInputError) error.issues[0]?.path; //=> ['absences', 0, 'start']
 * }
 * ```
 */
export class BemInputError extends Error {
  /** Every problem found, each with its path. */
  readonly issues: readonly InputIssue[];

  /**
   * @param issues the problems found (at least one).
   */
  constructor(issues: readonly InputIssue[]) {
    super(`Invalid input: ${issues.map(describeIssue).join('; ')}`);
    this.name = 'BemInputError';
    this.issues = issues;
  }

  /**
   * Builds the error from a zod error, with `basePath` put before every issue's path.
   *
   * @example
   * ```ts
   * const result = Absence.safeParse({ start: 'x' });
   * if (!result.success) BemInputError.fromZod(result.error, ['absences', 0]);
   * ```
   */
  static fromZod(error: z.ZodError, basePath: readonly (string | number)[] = []): BemInputError {
    return new BemInputError(
      error.issues.map((issue) => ({
        path: [...basePath, ...issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key))],
        code: issue.code,
        message: issue.message,
      })),
    );
  }
}

/**
 * Renders a path as `absences[3].end` for messages.
 *
 * @example
 * ```ts
 * formatPath(['absences', 3, 'end']); //=> 'absences[3].end'
 * ```
 */
export function formatPath(path: readonly (string | number)[]): string {
  let text = '';
  for (const key of path) text += typeof key === 'number' ? `[${key}]` : text === '' ? key : `.${key}`;
  return text === '' ? '(input)' : text;
}

function describeIssue(issue: InputIssue): string {
  return `${formatPath(issue.path)}: ${issue.message}`;
}

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
  const result = schema.safeParse(value, { error: plainMessages });
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
