import { execFile, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { publicSchemas, toJsonSchema } from '../../src/cli/json-schemas.js';
import { cli } from '../cli/fake-io.js';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');

/** Runs an example as a user would (through tsx) and returns what it printed. */
async function example(file: string, ...args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', join(root, file), ...args], { cwd: root, timeout: 60_000 });
  return stdout;
}

// Debian's python3-jsonschema installs for /usr/bin/python3 (see .ci/run); in CI a missing one fails.
const PYTHON = '/usr/bin/python3';
const python = spawnSync(PYTHON, ['-c', 'import jsonschema'], { stdio: 'ignore' }).status === 0;
if (!python && process.env['CI'] === 'true') throw new Error(`${PYTHON} cannot import jsonschema in CI (see .ci/run).`);
if (!python) console.warn(`SKIPPED: examples/python/bem_check.py needs ${PYTHON} with jsonschema (apt-get install python3-jsonschema).`);

/** The JSON Schemas as the build writes them to dist/schemas (index.json and one file per schema), into `dir`. */
function writeSchemas(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const names: string[] = [];
  for (const [name, schema] of publicSchemas()) {
    writeFileSync(join(dir, `${name}.json`), JSON.stringify(toJsonSchema(name, schema)));
    names.push(`${name}.json`);
  }
  writeFileSync(join(dir, 'index.json'), JSON.stringify({ schemas: names }));
}

/** The lines of the first `text` block of a guide: the output it shows of an example (`…` marks a cut). */
function shownOutput(guide: string): string[] {
  const block = /```text\n([\s\S]*?)```/.exec(readFileSync(join(root, guide), 'utf8'))?.[1];
  if (block === undefined) throw new Error(`${guide} shows no output`);
  return block.split('\n').filter((line) => line.trim() !== '' && line.trim() !== '…');
}

describe('the examples run', { timeout: 60_000 }, () => {
  it('time-tracking-alerts: alerts once per crossing and checks graded-return hours', async () => {
    const out = await example('examples/time-tracking-alerts.ts');
    expect(out).toContain('2025-10-16  p-1001  BEM due: 46 days, send the invitation now (crossed on 2025-10-13; the certificate came late)');
    expect(out).toContain('2025-10-19  p-1002  early warning: 28 days');
    expect(out).toContain('p-1003: not-due');
    expect(out).toContain('target on 2025-11-20: 4 h');
    expect(out).toMatch(/booked 6 h on 2025-11-20: overtime/);
    for (const line of shownOutput('docs/first-hour-time-tracking.md')) expect(out).toContain(line);
  });

  it('hr-case-file: a case from crossing to closure, with letter, extract and audit', async () => {
    const out = await example('examples/hr-case-file.ts');
    expect(out).toContain('Invitation proper: true');
    expect(out).toContain('refused participant.added: participant-excluded (BAG 19.11.2019 – 1 ABR 36/18)');
    expect(out).toContain('Closed 2026-03-02 with outcome completed; replaying the events gives the same case: true');
    expect(out).toContain('"type": "reduced-hours"');
    expect(out).toContain('BEM file to be deleted on: 2029-03-02');
    expect(out).toContain('Audit findings: none');
    expect(out).not.toMatch(/diagnos/i);
  });

  it('hr-who-sees-what: the buttons per person, a refusal with its source, and views that a consent widens', async () => {
    const out = await example('examples/hr-who-sees-what.ts');
    expect(out).toContain('Opened bem-2025-021 (open). Buttons: employer [invitation.sent, case.closed]; employee [participant.excluded]');
    expect(out).toContain('employee.declined  refused: only-employee-may-decline (§ 167 Abs. 2 S. 1 SGB IX)');
    expect(out).toContain('measure.agreed     -> measures');
    const views = out.split('\n').filter((line) => /^ {2}(supervisor|works-council|company-doctor) /.test(line)).map((line) => JSON.parse(line.slice(17)) as Record<string, unknown>);
    expect(views.map((view) => [view['role'], view['access']])).toEqual([
      ['supervisor', 'minimum'],
      ['works-council', 'minimum'],
      ['company-doctor', 'need-to-know'],
      ['supervisor', 'need-to-know'],
    ]);
    expect(views[0]).not.toHaveProperty('agreedMeasures');
    expect(views[3]).toHaveProperty('agreedMeasures');
    for (const view of views.slice(0, 4)) expect(JSON.stringify(view)).not.toContain('Height-adjustable desk'); // titles are free text: BEM officer and employee only
    expect(out).not.toMatch(/diagnos/i);
  });

  it.skipIf(!python)('python/bem_check.py: validates with the shipped JSON Schemas and reads the CLI\'s JSON', async () => {
    const schemas = join(mkdtempSync(join(tmpdir(), 'bem-sgb9-schemas-')), 'schemas');
    writeSchemas(schemas);
    const cliCommand = `${process.execPath} --import tsx ${join(root, 'src/cli/bin.ts')}`;
    const { stdout } = await run(PYTHON, [join(root, 'examples/python/bem_check.py'), '--schemas', schemas, '--cli', cliCommand], { cwd: root, timeout: 60_000 });
    expect(stdout).toMatch(/^\d+ JSON Schemas in schemas\//);
    expect(stdout).toContain('  p-1001: valid');
    expect(stdout).toContain('  p-1004: 400 [{"path": ["absences", 0], "rule": "additionalProperties", "message": "Additional properties are not allowed (\'note\' was unexpected)"}, {"path": ["absences", 0, "kind"], "rule": "enum"}, {"path": ["absences", 0, "start"], "rule": "pattern"}]');
    expect(stdout).toMatch(/p-1001: due +49 days 2025-10-13/);
    expect(stdout).toMatch(/p-1002: approaching +40 days 2025-11-03/);
    expect(stdout).toMatch(/p-1003: not-due +0 days\n/);
    expect(stdout).toContain('summary: {"due": 1, "approaching": 1, "not-due": 1, "bem-running": 0}');
    expect(stdout).toContain('threshold-crossed: § 167 Abs. 2 S. 1 SGB IX');
    for (const line of shownOutput('docs/first-hour-other-languages.md')) expect(stdout).toContain(line);
  });

  it('backend-rule-check: answers 200, 400 with paths, and 409 with the legal reference, then stops', async () => {
    const out = await example('examples/backend-rule-check.ts');
    expect(out.split('\n').filter((line) => line.startsWith('POST ')).map((line) => line.split(' ').slice(0, 4).join(' '))).toEqual([
      'POST /eligibility -> 200',
      'POST /eligibility -> 400',
      'POST /cases/apply -> 409',
      'POST /cases/apply -> 200',
      'POST /cases/apply -> 400',
      'POST /invitations/check -> 200',
    ]);
    expect(out).toContain('"path":["absences",0,"start"]');
    expect(out).toContain('"code":"only-employee-may-decline"');
  });

  it('kpi-report: the key figures with small departments suppressed', async () => {
    const out = await example('examples/kpi-report.ts');
    expect(out).toMatch(/Angebotsquote\s+71 % \(32\/45\)\s+suppressed\s+71 % \(20\/28\)\s+suppressed/);
    expect(out).toContain('Time to offer (Zeit bis Angebot): median');
  });

  it('the sample data are what the committed generator writes', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'bem-sgb9-sample-')), 'absences.csv');
    const german = join(dirname(out), 'absences-de.csv');
    await example('examples/data/generate.ts', '--out', out, '--german', german);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(join(root, 'examples/data/absences.csv'), 'utf8'));
    expect(readFileSync(german, 'utf8')).toBe(readFileSync(join(root, 'examples/data/absences-de.csv'), 'utf8'));
  });

  it('the demo scan of the sample reads every row and finds people due and approaching', async () => {
    const demo = await cli(['scan', join(root, 'examples/data/absences.csv'), '--as-of', '2025-10-31']);
    expect(demo.code).toBe(0);
    expect(demo.stderr).toBe('');
    expect(demo.stdout).toMatch(/Due: a BEM must be offered \(\d+\)/);
    expect(demo.stdout).toMatch(/Approaching the threshold \(\d+\)/);
    expect(demo.stdout).toMatch(/Scanned \d+ employees \(1485 rows\) as of 2025-10-31: .*; no bad rows\./);
  });

  it('no example holds a diagnosis code (ICD-10, e.g. J06.9) or a field for one', () => {
    const files = readdirSync(join(root, 'examples'), { recursive: true, encoding: 'utf8' }).filter((file) => /\.(ts|py|json|csv)$/.test(file));
    expect(files.length).toBeGreaterThan(8);
    for (const file of files) {
      const text = readFileSync(join(root, 'examples', file), 'utf8');
      expect(text, file).not.toMatch(/\b[A-TV-Z][0-9]{2}\.[0-9]{1,2}\b/);
      expect(text, file).not.toMatch(/\bdiagnos[ei]s\b\s*["']?\s*:/i);
    }
  });

  it('the sample holds no column or value beyond the documented format', () => {
    const [header, ...rows] = readFileSync(join(root, 'examples/data/absences.csv'), 'utf8').trim().split('\n');
    expect(header).toBe('employee_id,start,end,kind,id,certified,went_home_sick');
    expect(new Set(rows.map((row) => row.split(',')[0])).size).toBeGreaterThanOrEqual(250);
    for (const row of rows) expect(row).toMatch(/^E-\d{4},\d{4}-\d\d-\d\d,(\d{4}-\d\d-\d\d)?,[a-z-]+,AU-\d+-\d+,(true|false)?,(true)?$/);
  });
});
