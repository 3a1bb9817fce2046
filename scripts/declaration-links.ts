// After tsup, for the bundled declarations in dist/ (`*.d.ts`, `*.d.cts`):
// - Guide links: TSDoc links the guides relative to each source file (`src/model/absence.ts`
//   links `../../docs/eligibility.md`, which typedoc turns into the guide's page). dist/ sits one
//   level below the package root and the package ships docs/, so each link becomes `../docs/…`
//   and an editor's hover finds the guide in node_modules/bem-sgb9/docs/.
// - Hovers, not pages: each TSDoc keeps its summary (the first paragraph, without a list or
//   table that follows it) and its @param,
//   @returns, @throws, @see, @typeParam and @deprecated tags. The further paragraphs, @remarks and
//   @example stay in the source and on the API reference (typedoc reads src/), so the declarations
//   stay small (a size-limit entry keeps dist/index.d.ts under 150 kB) and a hover is one screen.
// - Nested types are indented by two spaces instead of four.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const KEPT_TAGS = new Set(['param', 'returns', 'throws', 'see', 'typeParam', 'deprecated', 'internal']);

/** One TSDoc block as a hover shows it: the summary's first paragraph and the kept tags. */
export function hoverComment(block: string): string {
  const lines = block.slice(3, -2).split('\n');
  const indent = /^(\s*)\*/.exec(lines[1] ?? '')?.[1] ?? '';
  const body = lines.map((line) => line.replace(/^\s*\* ?/, '')).join('\n').trim();
  const [summary = '', ...tags] = body.split(/\n(?=@\w)/);
  // the first paragraph, up to a blank line or the start of a list or table
  const first = summary.split(/\n\s*\n|\n(?=[-|] )/)[0]!.trim().replace(/:$/, '.');
  const kept = [first, ...tags.filter((tag) => KEPT_TAGS.has(/^@(\w+)/.exec(tag)![1]!)).map((tag) => tag.trim())].filter(Boolean);
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

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/.*\//, ''))) {
  const dist = new URL('../dist/', import.meta.url).pathname;
  for (const name of readdirSync(dist).filter((file) => /\.d\.c?ts$/.test(file))) {
    const path = join(dist, name);
    const text = readFileSync(path, 'utf8');
    const shipped = shipDeclarations(text);
    writeFileSync(path, shipped);
    console.log(`declarations: ${name} ${text.length} -> ${shipped.length} bytes`);
  }
}
