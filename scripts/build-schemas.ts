/**
 * Build step: writes the JSON Schema of every public zod schema to `dist/schemas/<Name>.json`
 * (shipped as `bem-sgb9/schemas/<Name>.json`) and a list of them to `dist/schemas/index.json`.
 * Other languages validate payloads with these before calling a service that uses the library.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { publicSchemas, toJsonSchema } from '../src/cli/json-schemas.js';

const outDir = join(import.meta.dirname, '..', 'dist', 'schemas');
mkdirSync(outDir, { recursive: true });

const names: string[] = [];
for (const [name, schema] of publicSchemas()) {
  writeFileSync(join(outDir, `${name}.json`), `${JSON.stringify(toJsonSchema(name, schema), null, 2)}\n`);
  names.push(name);
}
writeFileSync(join(outDir, 'index.json'), `${JSON.stringify({ schemas: names.map((name) => `${name}.json`) }, null, 2)}\n`);
console.log(`schemas: wrote ${names.length} JSON Schemas to dist/schemas/`);
