/**
 * Every relative link in the shipped README, guides and declarations points at a file the
 * package ships, so it opens in node_modules/bem-sgb9 (and in a clone). Links to the web are
 * left alone; a link into the repository that the tarball lacks (src/, test/, a folder) is a
 * failure.
 * Usage: tsx test/pack/shipped-links.ts <installed package dir>
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? '.');
const markdown = ['README.md', ...readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];
// the TSDoc in the shipped declarations links the guides too (scripts/ship-declarations.ts)
const declarations = readdirSync(join(root, 'dist')).filter((name) => /\.d\.c?ts$/.test(name)).map((name) => `dist/${name}`);

const problems: string[] = [];
let checked = 0;
for (const file of [...markdown, ...declarations]) {
  const text = readFileSync(join(root, file), 'utf8').replace(/```[\s\S]*?```/g, '');
  for (const match of text.matchAll(/\]\(([^)\s]+)\)|\bhref="([^"]+)"/g)) {
    const target = match[1] ?? match[2] ?? '';
    if (/^[a-z]+:/i.test(target) || target.startsWith('#')) continue;
    checked += 1;
    const path = decodeURIComponent(target.split('#')[0] ?? '');
    const absolute = resolve(dirname(join(root, file)), path);
    if (!absolute.startsWith(root)) problems.push(`${file}: ${target} leaves the package`);
    else if (!existsSync(absolute)) problems.push(`${file}: ${target} is not in the package (${relative(root, absolute)})`);
    else if (!statSync(absolute).isFile()) problems.push(`${file}: ${target} is a folder, not a file`);
  }
}
console.log(`${checked} relative links in ${markdown.length} shipped Markdown files and ${declarations.length} declaration files`);
for (const problem of problems) console.log(problem);
if (checked === 0) problems.push('no relative links found: the check saw nothing');
process.exitCode = problems.length === 0 ? 0 : 1;
