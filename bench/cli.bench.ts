// The CLI end to end beside DuckDB: `npx tsx bench/index.ts cli`.
// One CSV of 20,000 employees (the bench workforce), read by two processes: `bem-sgb9 scan
// --format csv` (from process start to its last byte) and a DuckDB process (1 thread) that reads
// the same CSV and counts the employees over 42 days with a gaps-and-islands query. Both due counts
// must agree. Then the peak RSS of a 1,000,000-row scan in every output format, and the table
// format with a 64 MB heap. Figures only: nothing here asserts a time.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { AS_OF, writeBenchCsv } from './workforce.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const work = join(root, '.tmp', 'bench');
mkdirSync(work, { recursive: true });

const EMPLOYEES = 20_000;
const MILLION_EMPLOYEES = 80_400; // about 1,000,000 rows at 12.4 rows per employee
const RUNS = 5;

/** Writes the bench workforce as the CLI's CSV; returns the number of rows. */
async function writeCsv(path: string, employees: number, seed: number): Promise<number> {
  return (await writeBenchCsv(employees, seed, path)).rows;
}

/** The CLI as it ships: src/cli/bin.ts bundled by esbuild for Node with zod inside, as tsup builds dist/cli.js. */
async function bundleCli(): Promise<string> {
  const outfile = join(work, 'cli.mjs');
  await build({ entryPoints: [join(root, 'src/cli/bin.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile, logLevel: 'silent', external: ['luxon', 'date-fns'] });
  // The CLI finds its version in the package.json above it; the bench copy has its own.
  writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'bem-sgb9', version: '0.0.0-bench', type: 'module' }));
  return outfile;
}

/** The DuckDB peer: a process that reads the CSV with 1 thread and counts who is over 42 days. */
function duckdbScript(csv: string): string {
  const path = join(work, 'duckdb-count.mjs');
  const sql = `
    WITH absences AS (
      SELECT employee_id,
             greatest(CASE WHEN went_home_sick THEN start + 1 ELSE start END, DATE '${AS_OF}' - INTERVAL 12 MONTH + INTERVAL 1 DAY)::DATE AS s,
             least(coalesce("end", DATE '${AS_OF}'), DATE '${AS_OF}') AS e
      FROM read_csv('${csv}', header = true, columns = {
        'employee_id': 'VARCHAR', 'start': 'DATE', 'end': 'DATE', 'kind': 'VARCHAR',
        'id': 'VARCHAR', 'certified': 'BOOLEAN', 'went_home_sick': 'BOOLEAN'})
      WHERE kind IN ('sickness', 'work-accident', 'medical-rehab', 'graded-return')
    ), inside AS (SELECT * FROM absences WHERE s <= e),
    marked AS (
      SELECT *, max(e) OVER (PARTITION BY employee_id ORDER BY s, e ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS before
      FROM inside
    ), islands AS (
      SELECT *, sum(CASE WHEN before IS NULL OR s > before + 1 THEN 1 ELSE 0 END)
                  OVER (PARTITION BY employee_id ORDER BY s, e ROWS UNBOUNDED PRECEDING) AS island
      FROM marked
    ), merged AS (SELECT employee_id, island, min(s) AS s, max(e) AS e FROM islands GROUP BY employee_id, island),
    counted AS (SELECT employee_id, sum(e - s + 1) AS days FROM merged GROUP BY employee_id)
    SELECT count(*) FILTER (WHERE days > 42) AS due FROM counted`;
  writeFileSync(
    path,
    `import { DuckDBInstance } from '@duckdb/node-api';
const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
const connection = await instance.connect();
const reader = await connection.runAndReadAll(${JSON.stringify(sql)});
process.stdout.write(String(reader.getRowObjects()[0].due) + '\\n');
`,
  );
  return path;
}

interface Run {
  readonly wall: number;
  /** CPU time of the whole process, all threads (user + system), in seconds. */
  readonly cpu: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly maxRssKb: number;
  readonly code: number | null;
}

/**
 * Runs a node process to its end; the wall time is from spawn to the exit after the last byte of
 * stdout. A hook loaded first reports the process's CPU time and peak RSS as it exits.
 */
async function run(args: readonly string[], options: { cwd?: string } = {}): Promise<Run> {
  const hook = join(work, 'usage-hook.mjs');
  if (!existsSync(hook)) {
    writeFileSync(
      hook,
      "import { writeSync } from 'node:fs';\nprocess.on('exit', () => { const u = process.resourceUsage(); writeSync(2, `\\nusage ${u.maxRSS} ${u.userCPUTime + u.systemCPUTime}\\n`); });\n",
    );
  }
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', hook, ...args], { cwd: options.cwd ?? root, stdio: ['ignore', 'pipe', 'pipe'] });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
  const [code] = (await once(child, 'close')) as [number | null];
  const wall = (performance.now() - started) / 1000;
  const stderr = Buffer.concat(err).toString();
  const usage = /usage (\d+) (\d+)/.exec(stderr);
  return { wall, cpu: usage === null ? 0 : Number(usage[2]) / 1e6, stdout: Buffer.concat(out).toString(), stderr, maxRssKb: usage === null ? 0 : Number(usage[1]), code };
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const dueInCsv = (stdout: string): number => stdout.split('\n').filter((line) => line.split(',')[1] === 'due').length;

const csv = join(work, 'cli-20k.csv');
const rows = await writeCsv(csv, EMPLOYEES, 42);
const cli = await bundleCli();
const duck = duckdbScript(csv);
console.log(`input: ${EMPLOYEES.toLocaleString('en')} employees, ${rows.toLocaleString('en')} rows (${csv.replace(root, '')}), as of ${AS_OF}`);
const node = await run(['-e', '0']);
console.log(`process start alone (node -e 0): ${(node.wall * 1000).toFixed(0)} ms wall, ${(node.cpu * 1000).toFixed(0)} ms CPU`);

let duckdbInstalled = true;
try {
  await import('@duckdb/node-api' as string);
} catch {
  duckdbInstalled = false;
  console.log('@duckdb/node-api is not installed: npm install --no-save @duckdb/node-api@1.5.6-r.1 to run the DuckDB peer');
}
const cliTimes: number[] = [];
const duckTimes: number[] = [];
const cliCpu: number[] = [];
const duckCpu: number[] = [];
let cliDue = -1;
let duckDue = -1;
for (let i = 0; i < RUNS; i++) {
  // Alternating, so a busy moment of the machine hurts both alike.
  const scan = await run([cli, 'scan', csv, '--as-of', AS_OF, '--format', 'csv']);
  if (scan.code !== 0) throw new Error(`bem-sgb9 scan failed (${scan.code}): ${scan.stderr}`);
  cliTimes.push(scan.wall);
  cliCpu.push(scan.cpu);
  cliDue = dueInCsv(scan.stdout);
  if (!duckdbInstalled) continue;
  const query = await run([duck], { cwd: root });
  if (query.code !== 0) throw new Error(`duckdb failed (${query.code}): ${query.stderr}`);
  duckTimes.push(query.wall);
  duckCpu.push(query.cpu);
  duckDue = Number(query.stdout.trim());
}
const cliWall = median(cliTimes);
const duckWall = duckdbInstalled ? median(duckTimes) : NaN;
const ms = (seconds: number): string => `${(seconds * 1000).toFixed(0)} ms`;
console.log(`bem-sgb9 scan --format csv, end to end (median of ${RUNS}): ${ms(cliWall)} wall, ${ms(median(cliCpu))} CPU; due ${cliDue.toLocaleString('en')}`);
if (duckdbInstalled) console.log(`DuckDB 1 thread, read_csv + gaps-and-islands count, end to end (median of ${RUNS}): ${ms(duckWall)} wall, ${ms(median(duckCpu))} CPU; due ${duckDue.toLocaleString('en')}`);
if (duckdbInstalled) console.log(
  `ratio DuckDB / bem-sgb9: ${(duckWall / cliWall).toFixed(2)} on wall time, ${(median(duckCpu) / median(cliCpu)).toFixed(2)} on CPU time (above 1: the CLI is faster); ` +
    `due counts ${cliDue === duckDue ? 'agree' : `DISAGREE (${cliDue} vs ${duckDue})`}`,
);

// What bounds the CLI: its two stages, each cold in a fresh process as in a real run.
const stages = join(work, 'cli-stages.mjs');
await build({ entryPoints: [join(root, 'bench/cli-stages.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: stages, logLevel: 'silent', external: ['luxon', 'date-fns'] });
const readStage = await run([stages, csv, 'read', AS_OF]);
const engineStage = await run([stages, csv, 'engine', AS_OF]);
const [readMs] = readStage.stdout.trim().split(' ').map(Number) as [number];
const [engineMs, engineDue] = engineStage.stdout.trim().split(' ').map(Number) as [number, number];
console.log(
  `what bounds it (CPU, each stage cold in its own process): process start and loading ${ms(node.cpu)}+, ` +
    `reading and grouping the CSV ${readMs.toFixed(0)} ms, the library's evaluation of the ${EMPLOYEES.toLocaleString('en')} employees ${engineMs.toFixed(0)} ms (due ${engineDue.toLocaleString('en')})`,
);

// A million rows in every format: peak resident memory of the whole process.
const million = join(work, 'cli-1m.csv');
const millionRows = await writeCsv(million, MILLION_EMPLOYEES, 7);
console.log(`\n1M-row scan: ${MILLION_EMPLOYEES.toLocaleString('en')} employees, ${millionRows.toLocaleString('en')} rows`);
for (const format of ['csv', 'json', 'table']) {
  const scan = await run([cli, 'scan', million, '--as-of', AS_OF, '--format', format]);
  const outcome = scan.code === 0 ? `${(scan.stdout.length / 2 ** 20).toFixed(1)} MB out` : `FAILED (exit ${scan.code})`;
  console.log(`  --format ${format.padEnd(5)} ${scan.wall.toFixed(2)} s wall, ${scan.cpu.toFixed(2)} s CPU, peak RSS ${(scan.maxRssKb / 1024).toFixed(0)} MB, ${outcome}`);
}
const small = await run(['--max-old-space-size=64', cli, 'scan', million, '--as-of', AS_OF]);
console.log(`  --format table with a 64 MB heap: ${small.code === 0 ? 'ok' : `FAILED (exit ${small.code})`}, ${small.wall.toFixed(2)} s, peak RSS ${(small.maxRssKb / 1024).toFixed(0)} MB`);
