import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { formatPath, type PolicyInput, type ResolvedPolicy, safeEvaluateEligibility } from '../index.js';
import { readMapping, type ResolvedMapping } from './csv-mapping.js';
import type { Delimiter } from './csv-text.js';
import { type EmployeeDetails, readEmployeesFile } from './employees-file.js';
import { type CliIo, CliUsageError } from './io.js';
import { policyWithRegion } from './region.js';

/** The options a command accepts, in `util.parseArgs` form. */
export type OptionSpec = NonNullable<Parameters<typeof parseArgs>[0]>['options'];

/**
 * The flags `scan` and `explain` share: the check date, the policy, how to read the input
 * (`--map`, `--delimiter`), the employees file, and `--help`.
 */
export const SHARED_OPTIONS = {
  'as-of': { type: 'string' },
  policy: { type: 'string' },
  map: { type: 'string' },
  delimiter: { type: 'string' },
  employees: { type: 'string' },
  region: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const satisfies OptionSpec;

/**
 * `util.parseArgs` with the CLI's conventions: strict (an unknown option is an error), and
 * errors become {@link CliUsageError}s in plain words.
 *
 * @throws CliUsageError for unknown options or missing values.
 * @example
 * ```ts
 * parseCommandArgs(['a.csv', '--as-of', '2025-10-31'], SHARED_OPTIONS).values['as-of']; //=> '2025-10-31'
 * ```
 */
export function parseCommandArgs<O extends OptionSpec>(args: readonly string[], options: O) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = (error as Error).message.replace(/\. To specify a positional argument.*$/s, '.');
    throw new CliUsageError(message);
  }
}

/** What the shared flags say, read and checked before any row is read. */
export interface SharedFlags {
  /** The check date. */
  readonly asOf: string;
  /** The policy as given (`undefined`: the default). */
  readonly policy: PolicyInput | undefined;
  /** The policy as the library resolved it. */
  readonly resolved: ResolvedPolicy;
  /** How to read the CSV. */
  readonly mapping: ResolvedMapping;
  /** The delimiter forced by `--delimiter` or the mapping (`undefined`: detected). */
  readonly delimiter: Delimiter | undefined;
  /** What `--employees` says, by employee id. */
  readonly employees: ReadonlyMap<string, EmployeeDetails>;
}

/**
 * Reads and checks the shared flags: the check date and policy through the library's own
 * validation, the mapping against its schema, the employees file.
 *
 * @throws CliUsageError naming each problem.
 */
export async function readSharedFlags(values: { readonly [K in keyof typeof SHARED_OPTIONS]?: string | boolean | undefined }, io: CliIo): Promise<SharedFlags> {
  const asOf = requiredAsOf(values['as-of']);
  const policy = policyWithRegion(await readPolicy(stringFlag(values.policy)), stringFlag(values.region));
  const resolved = checkAsOfAndPolicy(asOf, policy);
  const mapping = await readMapping(stringFlag(values.map));
  const delimiter = delimiterFlag(stringFlag(values.delimiter)) ?? mapping.delimiter;
  const employees = await readEmployeesFile(stringFlag(values.employees), io, mapping, delimiter);
  return { asOf, policy, resolved, mapping, delimiter, employees };
}

function stringFlag(value: string | boolean | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

const DELIMITER_NAMES: ReadonlyMap<string, Delimiter> = new Map([
  [',', ','],
  ['comma', ','],
  [';', ';'],
  ['semicolon', ';'],
  ['\t', '\t'],
  ['\\t', '\t'],
  ['tab', '\t'],
]);

/** `--delimiter`: `,` `;` `tab` (or the words comma, semicolon). @throws CliUsageError otherwise. */
export function delimiterFlag(value: string | undefined): Delimiter | undefined {
  if (value === undefined) return undefined;
  const delimiter = DELIMITER_NAMES.get(value.toLowerCase());
  if (delimiter === undefined) throw new CliUsageError(`--delimiter must be , ; or tab, received '${value}'.`);
  return delimiter;
}

/** The single input file of a command (`-` for standard input). @throws CliUsageError otherwise. */
export function onePath(positionals: readonly string[]): string {
  const [file, extra] = positionals;
  if (file === undefined) throw new CliUsageError('Expected an input file (absences.csv or .json, or - for standard input).');
  if (extra !== undefined) throw new CliUsageError(`Expected one input file, received ${positionals.length}: ${positionals.join(' ')}.`);
  return file;
}

/** The check date, which is never taken from the clock. @throws CliUsageError when missing. */
export function requiredAsOf(asOf: string | boolean | undefined): string {
  if (typeof asOf !== 'string' || asOf === '') throw new CliUsageError('--as-of YYYY-MM-DD is required: the check date is always explicit.');
  return asOf;
}

/** Reads `--policy policy.json` (a PolicyInput as JSON). @throws CliUsageError when unreadable. */
export async function readPolicy(path: string | undefined): Promise<PolicyInput | undefined> {
  if (path === undefined) return undefined;
  try {
    return JSON.parse(await readFile(path, 'utf8')) as PolicyInput;
  } catch (error) {
    throw new CliUsageError(`Cannot read the policy ${path}: ${(error as Error).message}`);
  }
}

/**
 * Checks the check date and the policy once, before any row is read, through the library's own
 * validation, and returns the policy as resolved.
 *
 * @throws CliUsageError naming each problem (`--as-of: …`, `policy.threshold: …`).
 */
export function checkAsOfAndPolicy(asOf: string, policy: PolicyInput | undefined): ResolvedPolicy {
  const answer = safeEvaluateEligibility({ absences: [], asOf }, policy);
  if (answer.success) return answer.data.policy;
  const problems = answer.error.issues.map((issue) => `${formatPath(issue.path).replace(/^asOf/, '--as-of')}: ${issue.message}`);
  throw new CliUsageError(problems.join('; '));
}
