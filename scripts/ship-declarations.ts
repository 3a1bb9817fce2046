// After tsup, the bundled declarations in dist/ (`*.d.ts`, `*.d.cts`) are made ready to ship:
// - Guide links. TSDoc links a guide relative to its source file (`src/model/absence.ts` links
//   `../../docs/eligibility.md`, which typedoc turns into the guide's page). dist/ sits one level
//   below the package root and the package ships docs/, so every link becomes `../docs/…`: an
//   editor's hover then finds the guide in node_modules/bem-sgb9/docs/.
// - Hovers, not pages. Each TSDoc keeps its summary (the first paragraph, without a list or table
//   that follows it) and its @param, @returns, @throws, @see, @typeParam, @deprecated and @internal
//   tags. The further paragraphs, @remarks and @example stay in src/ and on the API reference
//   (typedoc reads src/), so a hover is one screen and dist/index.d.ts stays under the 150 kB of
//   its size-limit entry.
// - Nested types are indented by two spaces instead of four.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const KEPT_TAGS = new Set(['param', 'returns', 'throws', 'see', 'typeParam', 'deprecated', 'internal']);

/** One TSDoc block as a hover shows it: the summary's first paragraph and the kept tags. */
export function hoverComment(block: string): string {
  const lines = block.slice(3, -2).split('\n');
  const indent = /^(\s*) \*/.exec(lines[1] ?? '')?.[1] ?? '';
  const body = lines.map((line) => line.replace(/^\s*\* ?/, '')).join('\n').trim();
  const [summary = '', ...tags] = `\n${body}`.split(/\n(?=@\w)/);
  const first = summary.split(/\n\s*\n|\n(?=[-|] )/)[0]!.trim().replace(/:$/, '.');
  const kept = [first, ...tags.filter((tag) => KEPT_TAGS.has(/^@(\w+)/.exec(tag)![1]!)).map((tag) => tag.trim())].filter(Boolean);
  if (kept.length === 0) return '';
  const out = kept.join('\n').split('\n');
  if (out.length === 1 && out[0]!.length <= 100) return `/** ${out[0]} */`;
  return `/**\n${out.map((line) => `${indent} * ${line}`.trimEnd()).join('\n')}\n${indent} */`;
}

/** The declarations as shipped: guide links from dist/, hover comments, two-space indents. */
export function shipDeclarations(text: string): string {
  return text
    .replace(/\]\((?:\.\.\/)+docs\//g, '](../docs/')
    .replace(/\/\*\*[\s\S]*?\*\//g, hoverComment)
    .replace(/^((?: {4})+)/gm, (indent) => ' '.repeat(indent.length / 2));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = fileURLToPath(new URL('../dist/', import.meta.url));
  for (const name of readdirSync(dist).filter((file) => /\.d\.c?ts$/.test(file))) {
    const path = join(dist, name);
    const text = readFileSync(path, 'utf8');
    const shipped = shipDeclarations(text);
    writeFileSync(path, shipped);
    if (name === 'index.d.ts') console.log(`declarations: dist/index.d.ts ${text.length} -> ${shipped.length} bytes`);
  }
}
