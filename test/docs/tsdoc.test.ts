import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Every public export carries TSDoc with an @example (STYLE.md "Docs and releases"): typedoc
// checks that a comment exists, this checks the example, for both entries.
const root = fileURLToPath(new URL('../../', import.meta.url));
const entries = ['src/index.ts', 'src/zone.ts', 'src/holidays.ts'];

function exportsWithoutExample(): string[] {
  const program = ts.createProgram(
    entries.map((entry) => root + entry),
    { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, strict: true, noEmit: true, skipLibCheck: true },
  );
  const checker = program.getTypeChecker();
  const missing: string[] = [];
  for (const entry of entries) {
    const source = program.getSourceFile(root + entry);
    const moduleSymbol = source && checker.getSymbolAtLocation(source);
    if (!moduleSymbol) throw new Error(`cannot read ${entry}`);
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const hasExample = (symbol.declarations ?? []).some((declaration) =>
        ts.getJSDocTags(declaration).some((tag) => tag.tagName.text === 'example') ||
        // a `const X = z.object(...)` carries its comment on the variable statement
        (ts.isVariableDeclaration(declaration) && ts.getJSDocTags(declaration.parent.parent).some((tag) => tag.tagName.text === 'example')),
      );
      if (!hasExample) missing.push(`${entry}: ${exported.name}`);
    }
  }
  return missing;
}

describe('TSDoc', () => {
  it('gives every public export an @example', () => {
    expect(exportsWithoutExample()).toEqual([]);
  }, 60_000);
});
