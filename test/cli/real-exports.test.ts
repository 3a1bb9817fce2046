// Real exports in: delimiters, German names and dates through a mapping, BOM and CRLF, and the
// employees file with reset points and running BEMs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CsvMapping } from '../../src/index.js';
import { cli, csv, tempFile } from './fake-io.js';

const root = join(import.meta.dirname, '..', '..');
const AS_OF = '2025-10-31';
const HEADER = 'employee_id,start,end,kind';
const E1 = ['E-1,2025-01-06,2025-01-31,sickness', 'E-1,2025-02-01,2025-02-28,sickness'];
const E2 = ['E-2,2025-03-03,2025-03-05,sickness'];

function statuses(stdout: string): string[] {
  return stdout
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(',').slice(0, 2).join(','));
}

const scanCsv = (...args: string[]) => cli(['scan', ...args, '--as-of', AS_OF, '--format', 'csv']);

describe('delimiters', () => {
  it.each([
    [';', 'semicolon'],
    ['\t', 'tab'],
  ])('detects %j from the header', async (delimiter) => {
    const text = csv(HEADER, ...E1, ...E2).replaceAll(',', delimiter);
    const run = await scanCsv(tempFile(text));
    expect(run.code).toBe(0);
    expect(statuses(run.stdout)).toEqual(['E-1,due', 'E-2,not-due']);
  });

  it('takes --delimiter over the detection, and refuses an unknown one', async () => {
    const text = csv('employee_id;start;end;kind', 'E-1;2025-01-06;2025-02-28;sickness');
    expect(statuses((await scanCsv(tempFile(text), '--delimiter', 'semicolon')).stdout)).toEqual(['E-1,due']);
    const forced = await scanCsv(tempFile(text), '--delimiter', ',');
    expect(forced.code).toBe(2);
    expect(forced.stderr).toContain("Unknown column 'employee_id;start;end;kind'");
    const bad = await scanCsv(tempFile(text), '--delimiter', '|');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--delimiter must be , ; or tab, received '|'");
    expect(bad.stdout).toBe('');
  });

  it('reads a BOM, CRLF, quoted cells and the blank lines spreadsheets leave', async () => {
    const text = `\uFEFF"employee_id";"start";"end";"kind"\r\n"E-1";"2025-01-06";"2025-02-28";"sickness"\r\n;;;\r\n\r\n"E-2";"2025-03-03";"2025-03-05";"sickness"\r\n`;
    const run = await scanCsv(tempFile(text));
    expect(run.code).toBe(0);
    expect(statuses(run.stdout)).toEqual(['E-1,due', 'E-2,not-due']);
    expect(run.stderr).toContain('(2 rows)');
  });
});

describe('--map mapping.json', () => {
  it('reads the German sample exactly as its ISO twin, employee by employee', async () => {
    const iso = await cli(['scan', join(root, 'examples/data/absences.csv'), '--as-of', AS_OF, '--format', 'json']);
    const german = await cli(['scan', join(root, 'examples/data/absences-de.csv'), '--map', join(root, 'examples/data/mapping-de.json'), '--as-of', AS_OF, '--format', 'json']);
    expect(german.code).toBe(0);
    expect(german.stderr).toBe(iso.stderr);
    const isoResults = JSON.parse(iso.stdout).results;
    const germanResults = JSON.parse(german.stdout).results;
    expect(germanResults.length).toBeGreaterThan(250);
    expect(germanResults).toEqual(isoResults);
  });

  it('the German sample is semicolons, BOM, CRLF, quoted, German names and DD.MM.YYYY', () => {
    const text = readFileSync(join(root, 'examples/data/absences-de.csv'), 'utf8');
    expect(text.startsWith('\uFEFFPersonalnummer;Beginn;Ende;Art;Beleg;AU-Bescheinigung;Nach Hause gegangen\r\n')).toBe(true);
    expect(text).toMatch(/\r\n"E-\d{4}";"\d\d\.\d\d\.\d{4}";"(\d\d\.\d\d\.\d{4})?";"Krankheit";"AU-\d+-\d+";"(ja|nein)?";"(ja)?"\r\n/);
    expect(CsvMapping.safeParse(JSON.parse(readFileSync(join(root, 'examples/data/mapping-de.json'), 'utf8'))).success).toBe(true);
  });

  it.each([
    [{ colums: {} }, "(input): Unknown field 'colums'"],
    [{ columns: { start: '' } }, 'columns.start: '],
    [{ columns: { start: 'Beginn', end: 'beginn' } }, "columns.end: Header 'beginn' is already mapped to start"],
    [{ kinds: { Krankheit: 'sick' } }, 'kinds.Krankheit: Expected one of "sickness"'],
    [{ true: ['ja'], false: ['JA'] }, "false[0]: 'JA' cannot mean both true and false"],
    [{ dateFormat: 'MM/DD/YYYY' }, 'dateFormat: Expected one of "YYYY-MM-DD", "DD.MM.YYYY", "DD/MM/YYYY"'],
  ])('refuses the mapping %j with exit 2, naming the bad key', async (mapping, message) => {
    const run = await scanCsv(tempFile(csv(HEADER, ...E1)), '--map', tempFile(JSON.stringify(mapping), '.json'));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('is not a CsvMapping (see bem-sgb9 schema CsvMapping): ');
    expect(run.stderr).toContain(message);
  });

  it('refuses a mapping file that is not JSON', async () => {
    const run = await scanCsv(tempFile(csv(HEADER)), '--map', tempFile('{ columns', '.json'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Cannot read the mapping');
  });

  it('prints its JSON Schema with bem-sgb9 schema CsvMapping', async () => {
    const run = await cli(['schema', 'CsvMapping']);
    expect(run.code).toBe(0);
    const schema = JSON.parse(run.stdout);
    expect(schema).toMatchObject({ title: 'CsvMapping', type: 'object', additionalProperties: false });
    expect(Object.keys(schema.properties)).toEqual(['columns', 'kinds', 'true', 'false', 'dateFormat', 'delimiter', 'ignoreColumns']);
  });

  it('leaves unread the columns listed in ignoreColumns, and only those', async () => {
    const text = csv('Personalnummer;Name;Beginn;Ende;Art', 'P-1;Muster;06.01.2025;28.02.2025;Krankheit');
    const mapping = { columns: { employee_id: 'Personalnummer', start: 'Beginn', end: 'Ende', kind: 'Art' }, kinds: { Krankheit: 'sickness' }, dateFormat: 'DD.MM.YYYY' };
    const refused = await scanCsv(tempFile(text), '--map', tempFile(JSON.stringify(mapping), '.json'));
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("Unknown column 'Name' in the header (line 1): the CSV accepts only personalnummer, beginn, ende, art, id, certified, went_home_sick and the mapping's ignoreColumns");
    const read = await scanCsv(tempFile(text), '--map', tempFile(JSON.stringify({ ...mapping, ignoreColumns: ['Name'] }), '.json'));
    expect(read.code).toBe(0);
    expect(statuses(read.stdout)).toEqual(['P-1,due']);
  });
});

describe('--employees employees.csv', () => {
  const absences = () => tempFile(csv(HEADER, ...E1, ...E2));

  it('honours a concluded BEM (reset) and a running one, and lists employees without absences as not due', async () => {
    const employees = tempFile(csv('employee_id,previous_bem_concluded_on,bem_running_since', 'E-1,2025-02-15,', 'E-2,,2025-03-01', 'E-3,,'));
    const run = await scanCsv(absences(), '--employees', employees);
    expect(run.code).toBe(0);
    expect(statuses(run.stdout)).toEqual(['E-1,not-due', 'E-2,bem-running', 'E-3,not-due']);
    expect(run.stderr).toContain('Scanned 3 employees (3 rows)');
    const without = await scanCsv(absences());
    expect(statuses(without.stdout)).toEqual(['E-1,due', 'E-2,not-due']);
  });

  it('works with any column order, semicolons and the mapping\'s date format and id name', async () => {
    const employees = tempFile(csv('bem_running_since;Personalnummer', '01.03.2025;E-2'));
    const mapping = tempFile(JSON.stringify({ columns: { employee_id: 'Personalnummer' }, dateFormat: 'DD.MM.YYYY' }), '.json');
    const data = tempFile(csv('Personalnummer,start,end,kind', ...E1.map((row) => row.replace(/2025-(\d\d)-(\d\d)/g, '$2.$1.2025')), ...E2.map((row) => row.replace(/2025-(\d\d)-(\d\d)/g, '$2.$1.2025'))));
    const run = await scanCsv(data, '--map', mapping, '--employees', employees);
    expect(run.code).toBe(0);
    expect(statuses(run.stdout)).toEqual(['E-1,due', 'E-2,bem-running']);
  });

  it('is applied to a file read again by employee, and to explain', async () => {
    const data = tempFile(csv(HEADER, E1[0]!, ...E2, E1[1]!));
    const employees = tempFile(csv('employee_id,bem_running_since', 'E-1,2025-03-01', 'E-9,'));
    const run = await scanCsv(data, '--employees', employees);
    expect(run.code).toBe(0);
    expect(statuses(run.stdout)).toEqual(['E-1,bem-running', 'E-2,not-due', 'E-9,not-due']);
    const explain = await cli(['explain', data, '--employee', 'E-1', '--as-of', AS_OF, '--employees', employees]);
    expect(explain.stdout.split('\n')[0]).toBe('Employee E-1 as of 2025-10-31: a BEM is running: no new offer is due');
    const nobody = await cli(['explain', data, '--employee', 'E-9', '--as-of', AS_OF, '--employees', employees, '--format', 'json']);
    expect(JSON.parse(nobody.stdout)).toMatchObject({ employeeId: 'E-9', status: 'not-due', countedDays: 0 });
  });

  it('applies to JSON input too, and refuses a field given in both places', async () => {
    const items = [
      { employeeId: 'E-1', absences: [{ start: '2025-01-06', end: '2025-02-28', kind: 'sickness' }] },
      { employeeId: 'E-2', absences: [], bemRunningSince: '2025-01-01' },
    ];
    const employees = tempFile(csv('employee_id,bem_running_since', 'E-1,2025-03-01', 'E-2,2025-02-01'));
    const run = await scanCsv(tempFile(JSON.stringify(items), '.json'), '--employees', employees);
    expect(run.code).toBe(1);
    expect(statuses(run.stdout)).toEqual(['E-1,bem-running', 'E-2,not-evaluated']);
    expect(run.stderr).toContain('bad row: item 1, bemRunningSince: Given both in the item and in the employees file (line 3): give it once');
  });

  it('a reset after the check date makes that employee not evaluated', async () => {
    const employees = tempFile(csv('employee_id,previous_bem_concluded_on', 'E-1,2025-11-30'));
    const run = await scanCsv(absences(), '--employees', employees);
    expect(run.code).toBe(1);
    expect(statuses(run.stdout)).toEqual(['E-1,not-evaluated', 'E-2,not-due']);
    expect(run.stderr).toContain('bad row: lines 2–3, previousBemConcludedOn: The previous BEM cannot have concluded after the check date (asOf)');
  });

  it.each([
    [csv('employee_id,previous_bem_concluded_on', 'E-1,2025-02-30'), "line 2, previous_bem_concluded_on: Expected a calendar date as YYYY-MM-DD, or empty, received '2025-02-30'"],
    [csv('employee_id,diagnosis', 'E-1,J06.9'), "unknown column 'diagnosis' in the header (line 1): the employees file accepts only employee_id, previous_bem_concluded_on, bem_running_since"],
    [csv('employee_id', 'E-1', 'E-1'), "line 3, employee_id: Employee 'E-1' is already on line 2"],
    [csv('employee_id', ' E-1'), 'line 2, employee_id: Expected a pseudonymous employee id without spaces around it'],
    [csv('previous_bem_concluded_on', '2025-01-01'), 'missing column employee_id'],
  ])('stops at a bad employees file with exit 2 and nothing on stdout: %j', async (text, message) => {
    const run = await scanCsv(absences(), '--employees', tempFile(text));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
  });
});
