// The import check (`npm run check:imports`, run by .ci/run): no import cycle among the files of
// src/, and the floors in order, each importing only from the floors below it
// (docs/architecture.md):
//
//   door <- dates <- law <- model <- eligibility, measures <- case <- privacy <- kpi <- cli
//
// A file's own folder is always allowed. `index.ts` (the public entry) and `zone.ts` (its own
// entry) stand between kpi and cli: they import every floor, and cli imports them. Type-only imports (`import type`, or every name marked `type`)
// are erased by TypeScript, so they do not make a cycle at run time; they must still respect the
// floors. Prints each problem and exits 1, or prints one line and exits 0.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const SRC = join(dirname(fileURLToPath(import.meta.url)), '..', 'src');

/** The floors, lowest first; folders on one floor may not import each other. */
export const FLOORS: readonly (readonly string[])[] = [['door'], ['dates'], ['law'], ['model'], ['eligibility', 'measures'], ['case'], ['privacy'], ['kpi'], ['cli']];

interface Edge {
  readonly to: string;
  readonly typeOnly: boolean;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

function isTypeOnly(node: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isImportDeclaration(node)) {
    const clause = node.importClause;
    if (clause === undefined) return false; // a side-effect import runs the module
    if (clause.isTypeOnly) return true;
    const bindings = clause.namedBindings;
    return clause.name === undefined && bindings !== undefined && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly);
  }
  if (node.isTypeOnly) return true;
  const clause = node.exportClause;
  return clause !== undefined && ts.isNamedExports(clause) && clause.elements.length > 0 && clause.elements.every((e) => e.isTypeOnly);
}

/** The relative imports and re-exports of one file, resolved to files under src/. */
export function importsOf(path: string): Edge[] {
  const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, false);
  const edges: Edge[] = [];
  for (const node of file.statements) {
    if (!(ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) || node.moduleSpecifier === undefined) continue;
    const specifier = (node.moduleSpecifier as ts.StringLiteral).text;
    if (!specifier.startsWith('.')) continue;
    edges.push({ to: normalize(join(dirname(path), specifier.replace(/\.js$/, '.ts'))), typeOnly: isTypeOnly(node) });
  }
  return edges;
}

/** The floor of a file: its index in {@link FLOORS}; the entries (index.ts, zone.ts) just below cli, which is thin over them. */
function floorOf(root: string, path: string): number {
  const top = relative(root, path).split('/')[0]!;
  const floor = FLOORS.findIndex((folders) => folders.includes(top));
  return floor < 0 ? FLOORS.length - 1.5 : floor;
}

/** Every cycle of value imports, each as the files in it (Tarjan's strongly connected components). */
export function cyclesOf(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let next = 0;
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) cycles.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return cycles;
}

/** Every problem of the tree under `root`, one line each (empty when none). */
export function importProblems(root: string = SRC): { problems: string[]; files: number } {
  const problems: string[] = [];
  const graph = new Map<string, string[]>();
  for (const path of sourceFiles(root)) {
    const edges = importsOf(path);
    graph.set(path, edges.filter((edge) => !edge.typeOnly).map((edge) => edge.to));
    const from = floorOf(root, path);
    if (!Number.isInteger(from)) continue; // the entries import every floor
    for (const edge of edges) {
      const to = floorOf(root, edge.to);
      const sameFolder = relative(root, path).split('/')[0] === relative(root, edge.to).split('/')[0];
      if (!sameFolder && to >= from) problems.push(`floor: ${relative(root, path)} imports ${relative(root, edge.to)} (not a floor below)`);
    }
  }
  for (const cycle of cyclesOf(graph)) problems.push(`cycle: ${cycle.map((path) => relative(root, path)).join(' <-> ')}`);
  return { problems, files: graph.size };
}

function main(): number {
  const { problems, files } = importProblems();
  for (const problem of problems) console.error(problem);
  if (problems.length > 0) return 1;
  console.log(`imports: ${files} files in src/, no cycle, every import from a floor below`);
  return 0;
}

if (process.argv[1] !== undefined && normalize(process.argv[1]) === normalize(fileURLToPath(import.meta.url))) process.exitCode = main();
