import { type CliIo, CliUsageError, EXIT_OK, EXIT_USAGE } from './io.js';
import { runExplain } from './explain-command.js';
import { runScan } from './scan-command.js';
import { runSchema } from './schema-command.js';
import { USAGE } from './usage.js';
import { packageVersion } from './version.js';

export { USAGE } from './usage.js';

/** A command: its own arguments in, exit code out. */
type Command = (args: readonly string[], io: CliIo) => Promise<number>;

// A Map, not an object: `bem-sgb9 constructor` or `__proto__` must be an unknown command, not a
// property every object inherits.
const commands: ReadonlyMap<string, Command> = new Map([
  ['explain', runExplain],
  ['scan', runScan],
  ['schema', runSchema],
]);

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
    (name === undefined ? io.stderr : io.stdout).write(USAGE);
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (name === '--version' || name === '-v' || name === 'version') {
    io.stdout.write(`${packageVersion()}\n`);
    return EXIT_OK;
  }
  const command = commands.get(name);
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
