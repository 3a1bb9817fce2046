// The CLI as a new user met it with real exports (issue 11, "What was seen"): each report is a
// test over a generated file, with the exit code, stdout and stderr checked.
import { describe, expect, it } from 'vitest';
import { addDays, evaluateEligibility, IsoDate } from '../../src/index.js';
import { cli, csv, tempFile } from './fake-io.js';

const HEADER = 'employee_id,start,end,kind';
const AS_OF = '2025-10-31';
const DAY0 = IsoDate.parse('2025-01-06');

/** `employees` employees with `perEmployee` rows each, sorted by employee: E-1's rows, then E-2's… */
function rows(employees: number, perEmployee: number): string[] {
  const lines: string[] = [];
  for (let e = 1; e <= employees; e++) {
    for (let r = 0; r < perEmployee; r++) {
      const start = addDays(DAY0, r * 30 + (e % 7));
      lines.push(`E-${e},${start},${addDays(start, 4 + (e % 5))},sickness`);
    }
  }
  return lines;
}

/** The CSV output's rows as `id,status`. */
function statuses(stdout: string): string[] {
  return stdout
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(',').slice(0, 2).join(','));
}

const scanCsv = (file: string, ...more: string[]) => cli(['scan', file, '--as-of', AS_OF, '--format', 'csv', ...more]);

describe('a stray or unclosed quote spoils only its own row', () => {
  it('a 1,000-row file with a stray quote on line 3: 999 good rows + 1 bad = 1,000, the error names line 3', async () => {
    const data = rows(100, 10);
    data[1] = 'E-1,"2025-01-06"x,2025-03-19,sickness'; // line 3
    const run = await scanCsv(tempFile(csv(HEADER, ...data)));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('bad row: line 3, row: Text after the closing quote of cell 2\n');
    expect(run.stderr).not.toContain('line 1001');
    expect(run.stderr).toContain('Scanned 100 employees (1000 rows)');
    expect(run.stderr).toContain('1 bad row of 1000');
    const listed = statuses(run.stdout);
    expect(listed).toHaveLength(100);
    expect(listed[0]).toBe('E-1,not-evaluated');
    expect(listed.slice(1).every((line) => !line.includes('not-evaluated'))).toBe(true);
  });

  it('an unclosed quote on line 4 of 7 drops nobody else: the due employees after it stay due', async () => {
    const due = (id: string) => [`${id},2025-01-06,2025-02-28,sickness`, `${id},2025-05-05,2025-05-20,sickness`];
    const file = tempFile(csv(HEADER, ...due('E-1'), 'E-2,"2025-01-06,2025-03-19,sickness', ...due('E-3'), ...due('E-4').slice(0, 1)));
    const run = await scanCsv(file);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('bad row: line 4, row: Unclosed quote in cell 2');
    expect(statuses(run.stdout)).toEqual(['E-1,due', 'E-2,not-evaluated', 'E-3,due', 'E-4,due']);
    expect(run.stderr).toContain('(6 rows)');
  });
});

describe('bytes that are not UTF-8', () => {
  it('never merge two employees: E\\xFF1 and E\\xFE1 are refused line by line', async () => {
    const text = (s: string) => Buffer.from(s, 'latin1');
    const file = tempFile(
      Buffer.concat([text(`${HEADER}\n`), text('E\xFF1,2025-01-06,2025-01-31,sickness\n'), text('E\xFE1,2025-02-01,2025-03-10,sickness\n'), text('E-2,2025-01-06,2025-01-08,sickness\n')]),
    );
    const run = await scanCsv(file);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('bad row: line 2, row: Not valid UTF-8');
    expect(run.stderr).toContain('bad row: line 3, row: Not valid UTF-8');
    expect(statuses(run.stdout)).toEqual(['E-2,not-due']);
    expect(run.stdout).not.toContain('\uFFFD');
  });

  it('bad bytes in another cell make that employee not evaluated', async () => {
    const file = tempFile(Buffer.concat([Buffer.from(`${HEADER}\nE-1,2025-01-06,2025-03-31,sickness\n`), Buffer.from('E-1,2025-04-01,2025-04-30,sick\xE4ness\n', 'latin1')]));
    const run = await scanCsv(file);
    expect(run.code).toBe(1);
    expect(statuses(run.stdout)).toEqual(['E-1,not-evaluated']);
  });
});

describe('one bad row makes the employee\'s result unknown', () => {
  const partial = csv(HEADER, 'E-1,2025-01-06,2025-01-31,sickness', 'E-1,2025-02-01,2025-02-30,sickness', 'E-1,2025-03-01,2025-03-10,sickness', 'E-2,2025-01-06,2025-01-07,sickness');

  it('is reported on stderr and as an error item in CSV, never as a status', async () => {
    const run = await scanCsv(tempFile(partial));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('bad row: line 3, end: Expected a calendar date as YYYY-MM-DD\n');
    expect(run.stdout.split('\n')[1]).toBe('E-1,not-evaluated,,,,,,,,,"line 3, end: Expected a calendar date as YYYY-MM-DD"');
    expect(run.stdout).not.toContain('approaching');
  });

  it('is an error item in JSON', async () => {
    const run = await cli(['scan', tempFile(partial), '--as-of', AS_OF, '--format', 'json']);
    expect(run.code).toBe(1);
    const document = JSON.parse(run.stdout);
    expect(document.results[0]).toEqual({
      employeeId: 'E-1',
      status: 'not-evaluated',
      error: { at: 'lines 2–4', badRows: [{ at: 'line 3', problems: [{ field: 'end', message: 'Expected a calendar date as YYYY-MM-DD' }] }] },
    });
    expect(document.results[1]).toMatchObject({ employeeId: 'E-2', status: 'not-due' });
    expect(document.summary).toMatchObject({ employees: 2, rows: 4, badRows: 1, notEvaluated: 1 });
  });

  it('is named at the top of the table', async () => {
    const run = await cli(['scan', tempFile(partial), '--as-of', AS_OF]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('NOT EVALUATED: bad rows make the result unknown (1), fix them and scan again: E-1 (lines 2–4)');
    expect(run.stdout).toContain('Due: nobody is over the threshold.');
    expect(run.stdout).toContain('1 not evaluated (bad rows); 1 bad row of 4 (see above)');
  });

  it('and the fixed row gives the status the library gives', async () => {
    const fixed = partial.replace('2025-02-30', '2025-02-28');
    const run = await scanCsv(tempFile(fixed));
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[1]).toMatch(/^E-1,due,64,/);
  });

  it('counts a row with three bad cells once', async () => {
    const run = await scanCsv(tempFile(csv(HEADER, 'E-1,2025-13-01,2025-14-01,flu', 'E-2,2025-01-06,2025-01-07,sickness')));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('1 bad row of 2');
    expect(run.stderr.split('\n').filter((line) => line.startsWith('bad row:'))).toHaveLength(1);
  });
});

describe('rows not grouped by employee never give a wrong status', () => {
  // Sorted by date, as many exports are: every employee's rows are spread over the file.
  const byDate = () => {
    const data = rows(40, 6);
    return data.sort((a, b) => (a.split(',')[1]! < b.split(',')[1]! ? -1 : a.split(',')[1]! > b.split(',')[1]! ? 1 : 0));
  };

  it('a file sorted by date gives for every employee what the library gives', async () => {
    const data = byDate();
    const run = await scanCsv(tempFile(csv(HEADER, ...data)));
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/The rows of employee E-\d+ are not together: line \d+ and line \d+, with other employees between them: reading .* again by employee/);
    const results = new Map(statuses(run.stdout).map((line) => line.split(',') as [string, string]));
    expect(results.size).toBe(40);
    for (let e = 1; e <= 40; e++) {
      const absences = data
        .filter((line) => line.startsWith(`E-${e},`))
        .map((line) => {
          const [, start, end, kind] = line.split(',');
          return { start: start!, end: end!, kind: kind as 'sickness' };
        });
      expect(results.get(`E-${e}`)).toBe(evaluateEligibility({ absences, asOf: AS_OF }).status);
    }
    expect(run.stderr).toContain('no bad rows');
  });

  it('scan and explain agree on an employee of a file sorted by date', async () => {
    const file = tempFile(csv(HEADER, ...byDate()));
    const scan = await cli(['scan', file, '--as-of', AS_OF, '--format', 'json']);
    const explain = await cli(['explain', file, '--employee', 'E-7', '--as-of', AS_OF, '--format', 'json']);
    const fromScan = JSON.parse(scan.stdout).results.find((r: { employeeId: string }) => r.employeeId === 'E-7');
    const { policy: _policy, ...fromExplain } = JSON.parse(explain.stdout);
    expect(fromScan).toEqual(fromExplain);
  });

  it('standard input that is not grouped is refused with exit 2, naming the employee and both lines, nothing on stdout', async () => {
    const run = await cli(['scan', '-', '--as-of', AS_OF, '--format', 'csv'], { stdin: csv(HEADER, 'E-1,2025-01-06,2025-01-07,sickness', 'E-2,2025-01-06,2025-01-07,sickness', 'E-1,2025-02-06,2025-02-07,sickness') });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'bem-sgb9 scan: The rows of employee E-1 are not together: line 2 and line 4, with other employees between them in standard input. Sort the input by employee_id, or pass --unsorted (which holds all of standard input in memory).\n',
    );
  });

  it('standard input in any order is read with --unsorted', async () => {
    const run = await cli(['scan', '-', '--as-of', AS_OF, '--format', 'csv', '--unsorted'], { stdin: csv(HEADER, 'E-1,2025-01-06,2025-01-31,sickness', 'E-2,2025-01-06,2025-01-07,sickness', 'E-1,2025-02-01,2025-02-28,sickness') });
    expect(run.code).toBe(0);
    expect(statuses(run.stdout)).toEqual(['E-1,due', 'E-2,not-due']);
  });
});

describe('CSV output cannot inject formulas, and no id can spoof a line', () => {
  const formulas = ['=1+1', '+1+2', '-2+3', '@SUM(1+1)', '\t=1+1', '\r=1+1'];

  it('neutralises every cell that starts with = + - @ TAB or CR (OWASP), from CSV and JSON input', async () => {
    const fromCsv = await scanCsv(tempFile(csv(HEADER, ...formulas.slice(0, 4).map((id) => `"${id}",2025-01-06,2025-01-07,sickness`))));
    expect(fromCsv.code).toBe(0);
    expect(statuses(fromCsv.stdout)).toEqual(["'=1+1,not-due", "'+1+2,not-due", "'-2+3,not-due", "'@SUM(1+1),not-due"]);
    const fromJson = await scanCsv(tempFile(JSON.stringify(formulas.map((employeeId) => ({ employeeId, absences: [] }))), '.json'));
    expect(fromJson.code).toBe(0);
    const cells = fromJson.stdout.trim().split('\n').slice(1).map((line) => line.split(',')[0]);
    expect(cells).toEqual(["'=1+1", "'+1+2", "'-2+3", "'@SUM(1+1)", "'\\u0009=1+1", "'\\u000d=1+1"]);
    for (const cell of cells) expect(cell).toMatch(/^'/);
  });

  it('never trims an id silently: spaces around it make the row bad', async () => {
    const run = await scanCsv(tempFile(csv(HEADER, 'E-1,2025-01-06,2025-01-31,sickness', ' E-1,2025-02-01,2025-02-28,sickness')));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("bad row: line 3, employee_id: Spaces around the id ' E-1'");
    expect(statuses(run.stdout)).toEqual(['E-1,not-evaluated']);
  });

  it('refuses NUL bytes and quoted line breaks in ids as bad rows', async () => {
    const run = await cli(['scan', tempFile(csv(HEADER, 'E\u00001,2025-01-06,2025-01-31,sickness', '"E-9', '  E-9  60  2025-01-01",2025-01-06,2025-03-31,sickness', 'E-2,2025-01-06,2025-01-07,sickness')), '--as-of', AS_OF]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("bad row: line 2, employee_id: Control characters or line breaks are not allowed in an id: 'E\\u00001'");
    expect(run.stderr).toContain('bad row: line 3, row: Unclosed quote in cell 1');
    expect(run.stderr).toContain('bad row: line 4, row: Quote inside cell 1');
    expect(run.stdout).not.toContain('\u0000');
    expect(run.stdout).toContain('3 bad rows of 4');
  });

  it('prints ids from JSON with line breaks escaped in the table', async () => {
    const spoof = 'x\n  E-9            60  2025-01-01                        10';
    const absences = [{ start: '2025-01-06', end: '2025-03-31', kind: 'sickness' }];
    const run = await cli(['scan', tempFile(JSON.stringify([{ employeeId: spoof, absences }]), '.json'), '--as-of', AS_OF]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('  x\\u000a  E-9            60  2025-01-01');
    expect(run.stdout.split('\n').some((line) => line.startsWith('  E-9'))).toBe(false);
  });
});

describe('exit code 2 writes nothing to stdout', () => {
  const mapping = tempFile(JSON.stringify({ kinds: { Krankheit: 'sick' } }), '.json');
  const cases: [string, string[], string][] = [
    ['a missing file', ['/nonexistent/a.csv'], 'Cannot read /nonexistent/a.csv: no such file.'],
    ['a header error', [tempFile(csv('employee_id,start,end,kind,diagnosis', 'E-1,2025-01-06,,sickness,J06.9'))], "Unknown column 'diagnosis'"],
    ['an empty file', [tempFile('')], 'is empty: expected a header row'],
    ['a JSON file that is not an array', [tempFile('{"employeeId":"E-1"}', '.json')], 'expected a JSON array'],
    ['a bad mapping', [tempFile(csv(HEADER)), '--map', mapping], 'kinds.Krankheit: Expected one of "sickness"'],
  ];
  for (const format of ['table', 'json', 'csv']) {
    it.each(cases)(`for %s (--format ${format})`, async (_name, args, message) => {
      const run = await cli(['scan', ...args, '--as-of', AS_OF, '--format', format]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain(message);
    });
  }
});

describe('the same employee twice in a JSON file', () => {
  it('is not evaluated twice: both items are reported as one employee not evaluated', async () => {
    const absences = [{ start: '2025-01-06', end: '2025-01-31', kind: 'sickness' }];
    const file = tempFile(JSON.stringify([{ employeeId: 'e-1', absences }, { employeeId: 'e-2', absences }, { employeeId: 'e-1', absences }]), '.json');
    const run = await scanCsv(file);
    expect(run.code).toBe(1);
    expect(statuses(run.stdout)).toEqual(['e-1,not-evaluated', 'e-2,not-due']);
    expect(run.stderr).toContain('bad row: items 0, 2, employeeId: Employee e-1 appears in 2 items: give each employee once, with all absences');
  });
});

describe('commands, help and version', () => {
  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])('%s is an unknown command: exit 2 with the usage', async (name) => {
    const run = await cli([name]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`Unknown command '${name}'.\n\nbem-sgb9: BEM eligibility`);
  });

  it.each([
    ['scan', 'Usage: bem-sgb9 scan <absences.csv|.json|-> --as-of YYYY-MM-DD [options]'],
    ['explain', 'Usage: bem-sgb9 explain <absences.csv|.json|-> --employee ID --as-of YYYY-MM-DD [options]'],
    ['schema', 'Usage: bem-sgb9 schema [name]'],
  ])('%s --help prints its usage with exit 0', async (command, first) => {
    for (const flag of ['--help', '-h']) {
      const run = await cli([command, flag]);
      expect(run.code).toBe(0);
      expect(run.stderr).toBe('');
      expect(run.stdout.split('\n')[0]).toBe(first);
    }
  });

  it('--version prints the package version', async () => {
    const run = await cli(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^\d+\.\d+\.\d+(-[\w.]+)?\n$/);
  });

  it('an unknown option is named without Node\'s advice about positionals', async () => {
    const run = await cli(['scan', 'a.csv', '--colour']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("bem-sgb9 scan: Unknown option '--colour'.\n");
  });

  it('scan - reads standard input, a line cut anywhere', async () => {
    const input = `\uFEFF${csv(HEADER, 'E-1,2025-01-06,2025-01-31,sickness', 'E-1,2025-02-01,2025-02-28,sickness', 'E-2,2025-01-06,2025-01-07,sickness').replaceAll('\n', '\r\n')}`;
    const run = await cli(['scan', '-', '--as-of', AS_OF, '--format', 'csv'], { stdin: input });
    expect(run.code).toBe(0);
    expect(statuses(run.stdout)).toEqual(['E-1,due', 'E-2,not-due']);
  });
});
