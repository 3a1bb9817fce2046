// Runs every benchmark file in bench/ (`*.bench.ts`) in turn: `npm run bench`.
// A single one: `npx tsx bench/index.ts eligibility`.
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const folder = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv[2];
const files = readdirSync(folder)
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => only === undefined || name.startsWith(only))
  .sort();
for (const name of files) {
  console.log(`\n# ${name}`);
  await import(pathToFileURL(`${folder}${name}`).href);
}
