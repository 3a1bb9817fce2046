import { parseArgs } from 'node:util';
import { type CliIo, CliUsageError, EXIT_OK, EXIT_USAGE } from './io.js';
import { runExplain } from './explain-command.js';
import { runScan } from './scan-command.js';
import { runSchema } from './schema-command.js';
import { SGB9_167_2 } from '../law/citations.js';

/** What `bem-sgb9 help` prints. */
export const USAGE = `bem-sgb9: BEM eligibility (${SGB9_167_2}) from absence data

Usage:
  bem-sgb9 scan <absences.csv|.json> --as-of YYYY-MM-DD [--policy policy.json] [--format table|json|csv] [--unsorted]
      Who is due for a BEM offer, who is approaching the six weeks and since when, and a summary.
  bem-sgb9 explain <absences.csv|.json> --employee ID --as-of YYYY-MM-DD [--policy policy.json] [--format text|json]
      The reasons for one employee's result, each with its legal reference.
  bem-sgb9 schema [name]
      The JSON Schema of a public schema (e.g. Absence); without a name, the list of names.

CSV: a header row with employee_id,start,end,kind and optionally id,certified,went_home_sick
(any order); dates as YYYY-MM-DD; an empty end for an ongoing absence. Rows must be grouped by
employee_id (sorted is fine) so that the scan runs in constant memory; --unsorted reads the
file whole instead. JSON: an array of { "employeeId", "absences": [...] }.

Exit codes: 0 all rows read, 1 some rows were bad (reported on stderr, the rest was scanned),
2 wrong arguments or unreadable input (nothing scanned).
`;

/** A command: its own arguments in, exit code out. */
type Command = (args: readonly string[], io: CliIo) => Promise<number>;

const commands: Readonly<Record<string, Command>> = {
  explain: runExplain,
  scan: runScan,
  schema: runSchema,
};

/**
 * Runs the command line `argv` (without `node` and the script) and returns the exit code.
 * Results go to `io.stdout`, everything else to `io.stderr`; nothing touches `process`.
 *
 * @example
 * ```ts
 * await runCli(['schema', 'AbsenceKind'], io); //=> 0
 * ```
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.stdout.write(USAGE);
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  const command = commands[name];
  if (command === undefined) {
    io.stderr.write(`Unknown command '${name}'.\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  try {
    return await command(rest, io);
  } catch (error) {
    if (!(error instanceof CliUsageError)) throw error;
    io.stderr.write(`bem-sgb9 ${name}: ${error.message}\n`);
    return EXIT_USAGE;
  }
}

/** The options a command accepts, in `util.parseArgs` form. */
export type OptionSpec = NonNullable<Parameters<typeof parseArgs>[0]>['options'];

/**
 * `util.parseArgs` with the CLI's conventions: strict (an unknown option is an error), and
 * errors become {@link CliUsageError}s.
 *
 * @throws CliUsageError for unknown options or missing values.
 */
export function parseCommandArgs<O extends OptionSpec>(args: readonly string[], options: O) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliUsageError((error as Error).message);
  }
}
