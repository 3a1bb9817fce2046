import { BemInputError } from '../../src/model/index.js';

/**
 * The path and code of the first issue of the BemInputError `call` throws, or null when it returns.
 * Any other error is thrown on: a test that expects a refusal must not pass on a crash.
 */
export function firstIssueOf(call: () => unknown): { path: readonly (string | number)[]; code: string } | null {
  try {
    call();
    return null;
  } catch (error) {
    if (!(error instanceof BemInputError)) throw error;
    const issue = error.issues[0];
    return issue === undefined ? null : { path: issue.path, code: issue.code };
  }
}
