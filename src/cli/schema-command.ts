import { parseCommandArgs } from './args.js';
import { type CliIo, CliUsageError, EXIT_OK } from './io.js';
import { jsonSchemaFor, publicSchemaNames } from './json-schemas.js';
import { SCHEMA_USAGE } from './usage.js';

/**
 * `bem-sgb9 schema [name]`: prints the JSON Schema of a public schema, or the list of names.
 *
 * @throws CliUsageError for an unknown name.
 */
export async function runSchema(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { help: { type: 'boolean', short: 'h', default: false } });
  if (values.help === true) {
    io.stdout.write(SCHEMA_USAGE);
    return EXIT_OK;
  }
  const [name, extra] = positionals;
  if (extra !== undefined) throw new CliUsageError(`Expected one schema name, received ${positionals.length}.`);
  if (name === undefined) {
    io.stdout.write(`${publicSchemaNames().join('\n')}\n`);
    return EXIT_OK;
  }
  const schema = jsonSchemaFor(name);
  if (schema === undefined) throw new CliUsageError(`No public schema named '${name}'. Known: ${publicSchemaNames().join(', ')}.`);
  io.stdout.write(`${JSON.stringify(schema, null, 2)}\n`);
  return EXIT_OK;
}
