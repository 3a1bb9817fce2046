/**
 * Every table the package exports (rule tables, vocabularies, catalogues, defaults) is frozen at
 * every depth: a caller who writes into `guards` or `transitions` must not change what the case
 * machine decides for everybody else in the process. Functions and zod schemas are left out (a
 * schema is a parser, not data). The exports are enumerated from the entries at test time, so a new
 * table is covered without editing this file.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import * as z from 'zod';

const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { exports: Record<string, unknown> };
const entries: Record<string, Record<string, unknown>> = {};
for (const subpath of Object.keys(packageJson.exports).filter((key) => !key.endsWith('.json'))) {
  const file = subpath === '.' ? 'index' : subpath.slice(2);
  entries[file] = (await import(/* @vite-ignore */ new URL(`../../src/${file}.ts`, import.meta.url).pathname)) as Record<string, unknown>;
}

/** The first path under `value` that is an object and not frozen, or undefined. */
function unfrozenPath(value: unknown, path: string, seen = new Set<unknown>()): string | undefined {
  if (typeof value !== 'object' || value === null || seen.has(value)) return undefined;
  seen.add(value);
  if (!Object.isFrozen(value)) return path;
  const children = value instanceof Map || value instanceof Set ? [] : Object.entries(value);
  for (const [key, child] of children) {
    const found = unfrozenPath(child, `${path}.${key}`, seen);
    if (found) return found;
  }
  return undefined;
}

const tables = Object.entries(entries).flatMap(([entry, exports]) =>
  Object.entries(exports)
    .filter(([, value]) => typeof value === 'object' && value !== null && !(value instanceof z.ZodType))
    .map(([name, value]) => ({ entry, name, value })),
);

describe('exported tables are frozen at every depth', () => {
  it('finds the rule tables it is meant to check', () => {
    expect(tables.map((table) => table.name)).toEqual(expect.arrayContaining(['guards', 'transitions', 'branchConditions', 'senders', 'caseErrors']));
  });

  it.each(tables)('$entry: $name', ({ name, value }) => {
    expect(unfrozenPath(value, name)).toBeUndefined();
  });
});
