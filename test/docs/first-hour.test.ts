import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';

/**
 * Runs the TypeScript blocks of a guide in order, with `import … from 'bem-sgb9'` bound to the
 * library, each block in its own scope or (`shared`) all in one, as a reader who goes on from
 * the block before; checks every `expression; //=> value` line whose value is a plain JavaScript
 * literal. Returns the number of values checked (a block with a free name fails).
 */
function runGuide(guide: string, blocks: readonly number[], scope: 'each' | 'shared'): number {
  const text = readFileSync(new URL(`../../docs/${guide}`, import.meta.url), 'utf8');
  const sources = [...text.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');
  let checked = 0;
  const lines = blocks.flatMap((index) => {
    const source = sources[index];
    if (source === undefined) throw new Error(`${guide} has no TypeScript block ${index}`);
    const body = source.split('\n').map((line) => {
      const imported = /^import \{([^}]*)\} from 'bem-sgb9';$/.exec(line);
      if (imported) return `const {${imported[1]?.replace(/\btype \w+,?/g, '')}} = lib;`;
      const claim = /^(.*?);\s*\/\/=>\s*(.*)$/.exec(line);
      if (!claim || literal(claim[2] ?? '') === undefined) return line;
      checked += 1;
      return `check(${JSON.stringify(line)}, () => (${claim[1]}), ${claim[2]});`;
    });
    return scope === 'each' ? ['{', ...body, '}'] : body;
  });
  const js = ts.transpileModule(lines.join('\n'), { compilerOptions: { target: ts.ScriptTarget.ES2022 } }).outputText;
  new Function('lib', 'check', js)(lib, (line: string, actual: () => unknown, expected: unknown) => {
    expect(actual(), line).toEqual(expected);
  });
  return checked;
}

/** The value of a `//=>` claim when it is a plain literal (not prose such as "… (no id)"). */
function literal(text: string): unknown {
  if (text.includes('…')) return undefined;
  try {
    return { value: new Function(`return (${text});`)() as unknown };
  } catch {
    return undefined;
  }
}

describe('the first-hour guides show what the library answers', () => {
  it('time tracking: every block runs and each //=> value is the answer', () => {
    expect(runGuide('first-hour-time-tracking.md', [0, 1, 2], 'each')).toBeGreaterThanOrEqual(8);
  });

  it('HR case file: opening, the buttons and the invitation', () => {
    expect(runGuide('first-hour-hr-case-file.md', [0, 1], 'shared')).toBeGreaterThanOrEqual(4);
  });
});
