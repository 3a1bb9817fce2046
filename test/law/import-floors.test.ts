import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cyclesOf, importProblems } from '../../scripts/check-imports.js';

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'floors-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('the import check', () => {
  it('passes on src/: no cycle, every import from a floor below', () => {
    expect(importProblems().problems).toEqual([]);
  }, 30_000);

  it('finds a cycle of value imports and ignores one closed only by a type import', () => {
    const root = tree({
      'case/a.ts': "import { b } from './b.js';\nexport const a = b;\n",
      'case/b.ts': "import { a } from './a.js';\nexport const b = 1; void a;\n",
      'case/c.ts': "import type { D } from './d.js';\nexport type C = D;\n",
      'case/d.ts': "import { type C } from './c.js';\nexport type D = C;\n",
    });
    expect(importProblems(root).problems).toEqual(['cycle: case/a.ts <-> case/b.ts']);
  });

  it('refuses an import from a floor above or from the same floor', () => {
    const root = tree({
      'law/rule.ts': "import type { Absence } from '../model/absence.js';\nexport type R = Absence;\n",
      'model/absence.ts': 'export type Absence = string;\n',
      'measures/m.ts': "import { e } from '../eligibility/e.js';\nexport const m = e;\n",
      'eligibility/e.ts': 'export const e = 1;\n',
      'cli/run.ts': "import { m } from '../index.js';\nexport const r = m;\n",
      'index.ts': "export { m } from './measures/m.js';\n",
    });
    expect(importProblems(root).problems).toEqual([
      'floor: law/rule.ts imports model/absence.ts (not a floor below)',
      'floor: measures/m.ts imports eligibility/e.ts (not a floor below)',
    ]);
  });

  it('names each strongly connected part once', () => {
    const graph = new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['d']], ['e', ['a']]]);
    expect(cyclesOf(graph).sort()).toEqual([['a', 'b', 'c'], ['d']]);
  });
});
