import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { cli } from '../cli/fake-io.js';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');

/** Runs an example as a user would (through tsx) and returns what it printed. */
async function example(file: string, ...args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', join(root, file), ...args], { cwd: root, timeout: 60_000 });
  return stdout;
}

describe('the examples run', { timeout: 60_000 }, () => {
  it('time-tracking-alerts: alerts once per crossing and checks graded-return hours', async () => {
    const out = await example('examples/time-tracking-alerts.ts');
    expect(out).toContain('2025-10-16  p-1001  BEM due: 46 days, send the invitation now (crossed on 2025-10-13; the certificate came late)');
    expect(out).toContain('2025-10-19  p-1002  early warning: 28 days');
    expect(out).toContain('p-1003: not-due');
    expect(out).toContain('target on 2025-11-20: 4 h');
    expect(out).toMatch(/booked 6 h on 2025-11-20: overtime/);
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

  it('the sample holds no column or value beyond the documented format', () => {
    const [header, ...rows] = readFileSync(join(root, 'examples/data/absences.csv'), 'utf8').trim().split('\n');
    expect(header).toBe('employee_id,start,end,kind,id,certified,went_home_sick');
    expect(new Set(rows.map((row) => row.split(',')[0])).size).toBeGreaterThanOrEqual(250);
    for (const row of rows) expect(row).toMatch(/^E-\d{4},\d{4}-\d\d-\d\d,(\d{4}-\d\d-\d\d)?,[a-z-]+,AU-\d+-\d+,(true|false)?,(true)?$/);
  });
});
