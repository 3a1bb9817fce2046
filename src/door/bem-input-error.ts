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
   * @param issues the problems found (at least one), each with a path of strings and
   * integers, a code and a message.
   * @throws BemInputError `issues: Expected a list of issues, each { path, code, message }` for
   * anything else (so a broken error never hides the problem it reports).
   */
  constructor(issues: readonly InputIssue[]) {
    const checked = checkedIssues(issues);
    super(`Invalid input: ${checked.map(describeIssue).join('; ')}`);
    this.name = 'BemInputError';
    this.issues = checked;
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
    if (!(error instanceof z.ZodError)) throw issuesError(['error'], 'Expected a ZodError');
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
  const keys = readPath(path);
  if (keys === null) throw issuesError(['path'], PATH_MESSAGE);
  let text = '';
  for (const key of keys) text += typeof key === 'number' ? `[${key}]` : text === '' ? key : `.${key}`;
  return text === '' ? '(input)' : text;
}

function describeIssue(issue: InputIssue): string {
  return `${formatPath(issue.path)}: ${issue.message}`;
}

const ISSUES_MESSAGE = 'Expected a list of issues, each { path, code, message }';
const PATH_MESSAGE = 'Expected a path: a list of field names (strings) and positions (integers from 0)';

function issuesError(path: (string | number)[], message: string): BemInputError {
  return new BemInputError([{ path, code: 'invalid_type', message }]);
}

/** Whether `path` is a list of field names and positions (false, too, when it cannot be read). @internal */
export function isPath(path: unknown): path is (string | number)[] {
  return readPath(path) !== null;
}

/** A copy of `path` read once when it is a list of field names and positions, else null. */
function readPath(path: unknown): (string | number)[] | null {
  try {
    if (!Array.isArray(path)) return null;
    const keys = [...(path as unknown[])];
    return keys.every((key) => typeof key === 'string' || (Number.isSafeInteger(key) && (key as number) >= 0)) ? (keys as (string | number)[]) : null;
  } catch {
    return null;
  }
}

/** A frozen copy of the issues, each read once; a BemInputError for anything that is not a list of issues. */
function checkedIssues(issues: unknown): readonly InputIssue[] {
  try {
    if (!Array.isArray(issues)) throw issuesError(['issues'], ISSUES_MESSAGE);
    const copies: InputIssue[] = [];
    for (let i = 0; i < issues.length; i++) {
      const issue: unknown = issues[i];
      if (typeof issue !== 'object' || issue === null) throw issuesError(['issues', i], ISSUES_MESSAGE);
      const { path, code, message } = issue as Record<string, unknown>;
      const keys = readPath(path);
      if (keys === null) throw issuesError(['issues', i, 'path'], PATH_MESSAGE);
      if (typeof code !== 'string' || typeof message !== 'string') throw issuesError(['issues', i], ISSUES_MESSAGE);
      copies.push(Object.freeze({ path: Object.freeze(keys), code, message }));
    }
    return Object.freeze(copies);
  } catch (error) {
    if (error instanceof BemInputError) throw error;
    throw issuesError(['issues'], `${ISSUES_MESSAGE} (it could not be read)`);
  }
}
