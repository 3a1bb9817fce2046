import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, evaluateEligibility, IsoDate } from '../../src/index.js';
import { cli, csv, tempFile } from './fake-io.js';

const HEADER = 'employee_id,start,end,kind';
// The worked example of the practice article: 2 + 1 + 2 + 2 weeks = 49 days, due on the 43rd.
const WORKED = ['e-1,2025-01-06,2025-01-19,sickness', 'e-1,2025-03-10,2025-03-16,sickness', 'e-1,2025-06-02,2025-06-15,sickness', 'e-1,2025-10-06,2025-10-19,sickness'];
const APPROACHING = ['e-2,2025-09-01,2025-09-30,sickness', 'e-2,2025-10-25,,sickness'];
const QUIET = ['e-3,2025-05-05,2025-05-09,sickness', 'e-3,2025-07-01,2025-07-20,child-sick'];
const FIRST_DAY = IsoDate.parse('2024-10-01');
const sample = () => tempFile(csv(HEADER, ...WORKED, ...APPROACHING, ...QUIET));

describe('bem-sgb9 scan', () => {
  it('prints who is due and since when, who is approaching, and a summary', async () => {
    const run = await cli(['scan', sample(), '--as-of', '2025-10-31']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      [
        'BEM eligibility as of 2025-10-31 (more than 42 calendar days within 12 months)',
        '',
        'Due: a BEM must be offered (1), longest waiting first',
        '  employee  counted  over the threshold since  days since',
        '  e-1            49  2025-10-13                        18',
        '',
        'Approaching the threshold (1): prepare the offer; "crosses on" assumes the absences run as recorded (- = they end in time)',
        '  employee  counted  crosses on',
        '  e-2            37  2025-11-06',
        '',
        'Scanned 3 employees (8 rows) as of 2025-10-31: 1 due, 1 approaching, 1 not due, 0 with a BEM running; no bad rows.',
        '',
      ].join('\n'),
    );
  });

  it('writes one JSON document with the policy once, every result and the summary', async () => {
    const run = await cli(['scan', sample(), '--as-of', '2025-10-31', '--format', 'json']);
    const document = JSON.parse(run.stdout);
    expect(document.policy.threshold.value).toBe(42);
    expect(document.results.map((r: { employeeId: string; status: string }) => [r.employeeId, r.status])).toEqual([
      ['e-1', 'due'],
      ['e-2', 'approaching'],
      ['e-3', 'not-due'],
    ]);
    expect(document.results[0].policy).toBeUndefined();
    expect(document.results[0].reasons.length).toBeGreaterThan(0);
    expect(document.summary).toEqual({ asOf: '2025-10-31', employees: 3, rows: 8, badRows: 0, notEvaluated: 0, byStatus: { due: 1, approaching: 1, 'not-due': 1, 'bem-running': 0 } });
  });

  it('writes CSV on stdout and the summary on stderr', async () => {
    const run = await cli(['scan', sample(), '--as-of', '2025-10-31', '--format', 'csv']);
    expect(run.stdout.split('\n').slice(0, 3)).toEqual([
      'employee_id,status,counted_days,unit,threshold,threshold_crossed_on,projected_crossing_on,window_start,window_end,pattern,error',
      'e-1,due,49,calendar-days,42,2025-10-13,,2024-11-01,2025-10-31,repeated,',
      'e-2,approaching,37,calendar-days,42,,2025-11-06,2024-11-01,2025-10-31,repeated,',
    ]);
    expect(run.stderr).toContain('Scanned 3 employees');
  });

  it('reports bad rows with line and column, lists their employee as not evaluated, scans the rest, and exits with 1', async () => {
    const file = tempFile(csv(HEADER, ...WORKED, 'e-2,2025-02-30,,sickness', 'e-2,2025-03-01,2025-03-02,flu', ...QUIET));
    const run = await cli(['scan', file, '--as-of', '2025-10-31', '--format', 'csv']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('bad row: line 6, start: Expected a calendar date as YYYY-MM-DD\n');
    expect(run.stderr).toContain("bad row: line 7, kind: Unknown kind 'flu': expected one of sickness, work-accident");
    expect(run.stdout.split('\n').filter((line) => line !== '').map((line) => line.split(',').slice(0, 2).join(','))).toEqual([
      'employee_id,status',
      'e-1,due',
      'e-2,not-evaluated',
      'e-3,not-due',
    ]);
    expect(run.stderr).toContain('2 bad rows of 8');
  });

  it('shows the first hundred bad rows and counts the rest', async () => {
    const bad = Array.from({ length: 105 }, (_, i) => `e-${i},2025-13-01,,sickness`);
    const run = await cli(['scan', tempFile(csv(HEADER, ...bad)), '--as-of', '2025-10-31']);
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n').filter((line) => line.startsWith('bad row:'))).toHaveLength(100);
    expect(run.stderr).toContain('… and 5 more bad rows.');
  });

  it('applies a policy file: working days with a three-day week', async () => {
    const policy = tempFile(JSON.stringify({ unit: 'working-days', workingDays: [1, 2, 3] }), '.json');
    const run = await cli(['scan', sample(), '--as-of', '2025-10-31', '--policy', policy, '--format', 'json']);
    const document = JSON.parse(run.stdout);
    expect(document.policy.threshold.value).toBe(18);
    expect(document.results[0]).toMatchObject({ employeeId: 'e-1', unit: 'working-days', threshold: 18 });
  });

  it('reads JSON input, with reset points and running BEMs', async () => {
    const file = tempFile(
      JSON.stringify([
        { employeeId: 'e-1', absences: [{ start: '2025-01-06', end: '2025-03-31', kind: 'sickness' }], bemRunningSince: '2025-03-01' },
        { employeeId: 'e-2', absences: [{ start: '2025-01-06', end: '2025-03-31', kind: 'sickness' }], previousBemConcludedOn: '2025-04-30' },
        { employeeId: 'e-3', absences: [{ start: '2025-01-06', end: '2025-03-31', kind: 'sickness', diagnosis: 'J06.9' }] },
      ]),
      '.json',
    );
    const run = await cli(['scan', file, '--as-of', '2025-10-31', '--format', 'csv']);
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n').slice(1, 3).map((line) => line.split(',').slice(0, 2).join(','))).toEqual(['e-1,bem-running', 'e-2,not-due']);
    expect(run.stderr).toContain("bad row: item 2, absences[0]: Unknown field 'diagnosis'");
    expect(run.stdout.split('\n')[3]).toMatch(/^e-3,not-evaluated,,,,,,,,,"item 2, absences\[0\]: Unknown field 'diagnosis'/);
  });

  it('reads a file whose rows are not grouped by employee again by employee, and with --unsorted at once', async () => {
    const file = tempFile(csv(HEADER, ...WORKED.slice(0, 2), ...QUIET, ...WORKED.slice(2)));
    const grouped = await cli(['scan', file, '--as-of', '2025-10-31', '--format', 'csv']);
    expect(grouped.code).toBe(0);
    expect(grouped.stderr).toContain('The rows of employee e-1 are not together: line 2 and line 6');
    expect(grouped.stdout).toContain('e-1,due,49');
    const unsorted = await cli(['scan', file, '--as-of', '2025-10-31', '--format', 'csv', '--unsorted']);
    expect(unsorted.code).toBe(0);
    expect(unsorted.stdout).toBe(grouped.stdout);
    expect(unsorted.stderr).not.toContain('not together');
  });

  it('draws a progress bar on stderr only when it is a terminal', async () => {
    const quiet = await cli(['scan', sample(), '--as-of', '2025-10-31']);
    expect(quiet.stderr).toBe('');
    const terminal = await cli(['scan', sample(), '--as-of', '2025-10-31'], { terminal: true });
    expect(terminal.stderr).toContain('\r[########################] 100%');
    expect(terminal.stderr.endsWith('\r\u001b[K')).toBe(true);
    expect(terminal.stdout).toBe(quiet.stdout);
  });

  it.each([
    [['scan', '--as-of', '2025-10-31'], 'Expected an input file'],
    [['scan', 'a.csv', 'b.csv', '--as-of', '2025-10-31'], 'Expected one input file, received 2'],
    [['scan', 'a.csv'], '--as-of YYYY-MM-DD is required'],
    [['scan', 'a.csv', '--as-of', '2025-02-30'], '--as-of: Expected a calendar date as YYYY-MM-DD'],
    [['scan', 'a.csv', '--as-of', '2025-10-31', '--format', 'xml'], "--format must be one of table, json, csv, received 'xml'"],
    [['scan', 'a.csv', '--as-of', '2025-10-31', '--colour'], "Unknown option '--colour'"],
    [['scan', '/nonexistent/a.csv', '--as-of', '2025-10-31'], 'Cannot read /nonexistent/a.csv: no such file.'],
    [['scan', 'a.csv', '--as-of', '2025-10-31', '--policy', '/nonexistent/policy.json'], 'Cannot read the policy /nonexistent/policy.json'],
  ])('refuses %j with exit code 2', async (argv, message) => {
    const run = await cli(argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stdout).toBe('');
  });

  it('refuses a policy the library refuses, naming the setting', async () => {
    const policy = tempFile(JSON.stringify({ threshold: 0, countedKinds: ['child-sick'] }), '.json');
    const run = await cli(['scan', sample(), '--as-of', '2025-10-31', '--policy', policy]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^bem-sgb9 scan: policy\.threshold: .*policy\.countedKinds/);
  });

  it('refuses a CSV with a column that could carry health details', async () => {
    const run = await cli(['scan', tempFile(csv(`${HEADER},diagnosis`, 'e-1,2025-01-06,,sickness,J06.9')), '--as-of', '2025-10-31']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Unknown column 'diagnosis'");
  });

  it('gives for every employee what evaluateEligibility gives (the CLI adds no rules)', async () => {
    const day = fc.integer({ min: 0, max: 500 }).map((n) => addDays(FIRST_DAY, n));
    const absence = fc.record({ start: day, length: fc.integer({ min: 0, max: 40 }), ongoing: fc.boolean(), kind: fc.constantFrom('sickness', 'child-sick', 'medical-rehab') });
    const employees = fc.array(fc.array(absence, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 4 });
    await fc.assert(
      fc.asyncProperty(employees, async (people) => {
        const inputs = people.map((list) =>
          list.map(({ start, length, ongoing, kind }) => {
            const end = addDays(start, length);
            return { start, end: ongoing ? null : end, kind } as const;
          }),
        );
        const rows = inputs.flatMap((list, index) => list.map((a) => `p${index},${a.start},${a.end ?? ''},${a.kind}`));
        const run = await cli(['scan', tempFile(csv(HEADER, ...rows)), '--as-of', '2025-10-31', '--format', 'json']);
        const results = JSON.parse(run.stdout).results;
        inputs.forEach((absences, index) => {
          const { policy: _policy, ...expected } = evaluateEligibility({ absences, asOf: '2025-10-31' });
          expect(results[index]).toEqual({ employeeId: `p${index}`, ...expected });
        });
      }),
      { numRuns: 40 },
    );
  });
});

describe('bem-sgb9 explain', () => {
  it('prints the status, the periods and every reason with its reference', async () => {
    const run = await cli(['explain', sample(), '--employee', 'e-1', '--as-of', '2025-10-31']);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'Employee e-1 as of 2025-10-31: due: a BEM must be offered',
      'Counted 49 calendar days in 2024-11-01..2025-10-31 (threshold: more than 42 calendar days within 12 months)',
      'Over the threshold since 2025-10-13',
    ]);
    expect(run.stdout).toContain('Periods counted (repeated):\n  2025-01-06..2025-01-19   14 days  sickness\n');
    const result = evaluateEligibility({
      absences: WORKED.map((row) => {
        const [, start, end, kind] = row.split(',');
        return { start: start ?? '', end: end ?? null, kind: kind as 'sickness' };
      }),
      asOf: '2025-10-31',
    });
    for (const reason of result.reasons) expect(run.stdout).toContain(`${reason.message}\n     (${reason.reference})`);
  });

  it('prints the whole result as JSON on request', async () => {
    const run = await cli(['explain', sample(), '--employee', 'e-2', '--as-of', '2025-10-31', '--format', 'json']);
    expect(JSON.parse(run.stdout)).toMatchObject({ employeeId: 'e-2', status: 'approaching', projectedCrossingOn: '2025-11-06' });
  });

  it('finds the employee in a file in any order', async () => {
    const file = tempFile(csv(HEADER, WORKED[0] ?? '', ...QUIET, ...WORKED.slice(1)));
    const run = await cli(['explain', file, '--employee', 'e-1', '--as-of', '2025-10-31']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Counted 49 calendar days');
  });

  it.each([
    [['explain', 'x.csv', '--as-of', '2025-10-31'], '--employee ID is required'],
    [['explain', 'x.csv', '--employee', 'e-1', '--as-of', '2025-10-31', '--format', 'csv'], "--format must be text or json, received 'csv'"],
  ])('refuses %j with exit code 2', async (argv, message) => {
    const run = await cli(argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });

  it('says so when the employee has no rows', async () => {
    const run = await cli(['explain', sample(), '--employee', 'e-9', '--as-of', '2025-10-31']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("No rows for employee 'e-9'");
  });
});

describe('bem-sgb9 schema and help', () => {
  it('lists the public schemas', async () => {
    const run = await cli(['schema']);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')).toEqual(expect.arrayContaining(['Absence', 'EligibilityInput', 'PolicyData']));
  });

  it('prints one as JSON Schema, the name in any case', async () => {
    const run = await cli(['schema', 'absencekind']);
    expect(JSON.parse(run.stdout)).toMatchObject({ title: 'AbsenceKind', type: 'string' });
  });

  it('refuses an unknown name or two names', async () => {
    expect((await cli(['schema', 'Diagnosis'])).stderr).toContain("No public schema named 'Diagnosis'");
    expect((await cli(['schema', 'Absence', 'Actor'])).code).toBe(2);
  });

  it('prints the usage for help, and with exit code 2 when nothing was asked', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('bem-sgb9 scan <absences.csv|.json|-> --as-of YYYY-MM-DD');
    expect((await cli([])).code).toBe(2);
    const unknown = await cli(['scna']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Unknown command 'scna'");
  });
});
