// The CLI's working time: the employees file's weekdays, cycle, cycle_start and region columns,
// --region, and the same fields in JSON input.
import { describe, expect, it } from 'vitest';
import { cli, csv, tempFile } from './fake-io.js';

const AS_OF = '2025-06-30';
const WORKING = () => tempFile(JSON.stringify({ unit: 'working-days' }), '.json');
/** Mon 16 – Sun 22 June 2025, with Fronleichnam (a holiday in NRW, not in Berlin) on Thursday. */
const WEEK = (id: string) => `${id},2025-06-16,2025-06-22,sickness`;
const ABSENCES = () => tempFile(csv('employee_id,start,end,kind', WEEK('P-1'), WEEK('N-1'), WEEK('F-1')));

async function explain(data: string, id: string, ...args: string[]) {
  const run = await cli(['explain', data, '--employee', id, '--as-of', AS_OF, '--format', 'json', ...args]);
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as { countedDays: number; threshold: number; reasons: { message: string }[] };
}

describe('working time in the employees file', () => {
  const employees = () =>
    tempFile(csv('employee_id,weekdays,cycle,cycle_start,region', 'P-1,1 2 3,,,', 'N-1,,1111110000,2025-01-06,DE-NW', 'F-1,,,,'));

  it('reads a week, a roster with its first day and a region per employee, with --region as the default', async () => {
    const data = ABSENCES();
    const args = ['--policy', WORKING(), '--employees', employees(), '--region', 'DE-BE'];
    const part = await explain(data, 'P-1', ...args);
    expect([part.countedDays, part.threshold]).toEqual([3, 18]);
    const nurse = await explain(data, 'N-1', ...args);
    expect([nurse.countedDays, nurse.threshold]).toEqual([4, 25.2]);
    expect(nurse.reasons.map((reason) => reason.message)).toContain('1 day inside the counted periods not counted: public holiday (DE-NW: Fronleichnam) on 2025-06-19');
    const full = await explain(data, 'F-1', ...args);
    expect([full.countedDays, full.threshold]).toEqual([5, 30]);
    // The same in a scan: every employee with their own week and holidays, the policy shared.
    const scan = await cli(['scan', data, '--as-of', AS_OF, '--format', 'json', ...args]);
    expect(scan.code, scan.stderr).toBe(0);
    const counted = (JSON.parse(scan.stdout) as { results: { employeeId: string; countedDays: number }[] }).results.map((r) => [r.employeeId, r.countedDays]);
    expect(counted).toEqual([
      ['P-1', 3],
      ['N-1', 4],
      ['F-1', 5],
    ]);
  });

  it('without --region, an employee without a region has no holidays', async () => {
    const data = tempFile(csv('employee_id,start,end,kind', WEEK('F-1')));
    const full = await explain(data, 'F-1', '--policy', WORKING(), '--region', 'DE-NW');
    expect(full.countedDays).toBe(4);
    const none = await explain(data, 'F-1', '--policy', WORKING());
    expect(none.countedDays).toBe(5);
  });

  it('refuses bad working-time cells, naming the line and column', async () => {
    const bad = tempFile(csv('employee_id,weekdays,cycle,cycle_start,region', 'A,8,,,', 'B,,11x0,2025-01-01,', 'C,1 2,10,2025-01-01,', 'D,,10,,', 'E,,,,DE-XX', 'F,,,2025-01-01,'));
    const run = await cli(['scan', ABSENCES(), '--as-of', AS_OF, '--employees', bad]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('has 6 bad rows');
    expect(run.stderr).toContain('Expected ISO weekdays 1 (Monday) … 7 (Sunday)');
    expect(run.stderr).toContain('Expected a roster cycle of 1 (working day) and 0 (day off)');
    expect(run.stderr).toContain('Give weekdays or cycle, not both');
    expect(run.stderr).toContain('A cycle needs its first day in cycle_start');
    expect(run.stderr).toContain('Expected DE or a Land as ISO 3166-2 code');
    expect(run.stderr).toContain('cycle_start needs a cycle');
  });

  it('refuses a bad --region, and --region beside holidays in the policy', async () => {
    const bad = await cli(['scan', ABSENCES(), '--as-of', AS_OF, '--region', 'NRW']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--region must be DE or a Land as ISO 3166-2 code (DE-BW … DE-TH), received 'NRW'");
    const policy = tempFile(JSON.stringify({ unit: 'working-days', holidays: ['2025-06-19'] }), '.json');
    const both = await cli(['scan', ABSENCES(), '--as-of', AS_OF, '--region', 'DE-NW', '--policy', policy]);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('Give holidays either in the policy or with --region, not both.');
  });
});

describe('working time in JSON input', () => {
  it('takes workingTime and holidayRegion on each employee', async () => {
    const absences = [{ start: '2025-06-16', end: '2025-06-22', kind: 'sickness' }];
    const items = [
      { employeeId: 'P-1', absences, workingTime: { weekdays: [1, 2, 3] } },
      { employeeId: 'N-1', absences, workingTime: { cycle: [true, true, true, true, true, true, false, false, false, false], cycleStart: '2025-01-06' }, holidayRegion: 'DE-NW' },
      { employeeId: 'C-1', absences, workingTime: [{ from: '2025-01-01', pattern: { weekdays: [1, 2, 3, 4, 5] } }, { from: '2025-06-18', pattern: { weekdays: [1] } }] },
    ];
    const data = tempFile(JSON.stringify(items), '.json');
    expect((await explain(data, 'P-1', '--policy', WORKING())).countedDays).toBe(3);
    expect((await explain(data, 'N-1', '--policy', WORKING())).countedDays).toBe(4);
    expect((await explain(data, 'C-1', '--policy', WORKING())).countedDays).toBe(2);
    const scan = await cli(['scan', data, '--as-of', AS_OF, '--format', 'json', '--policy', WORKING()]);
    expect(scan.code, scan.stderr).toBe(0);
  });
});
