// After tsup: the TSDoc links to the guides are written relative to each source file
// (`src/model/absence.ts` links `../../docs/eligibility.md`, which typedoc turns into the guide's
// page). The bundled declarations sit in dist/, one level below the package root, and the package
// ships docs/: rewrite each link to `../docs/…` so an editor's hover finds the guide in
// node_modules/bem-sgb9/docs/.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = new URL('../dist/', import.meta.url).pathname;
let links = 0;
for (const name of readdirSync(dist).filter((file) => /\.d\.c?ts$/.test(file))) {
  const path = join(dist, name);
  const text = readFileSync(path, 'utf8');
  const fixed = text.replace(/\]\((?:\.\.\/)+docs\//g, () => (links++, '](../docs/'));
  if (fixed !== text) writeFileSync(path, fixed);
}
console.log(`declarations: ${links} guide links point to ../docs/`);
