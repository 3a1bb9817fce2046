import { describe, expect, it } from 'vitest';
import type { AbsenceInput } from '../../src/index.js';
import type { BadRow } from '../../src/cli/bad-row.js';
import { readHeader, rowReader } from '../../src/cli/csv-absences.js';
import { DEFAULT_MAPPING, resolveMapping } from '../../src/cli/csv-mapping.js';
import { rowOf } from '../../src/cli/csv-text.js';
import { CliUsageError } from '../../src/cli/io.js';

describe('the CSV header', () => {
  it('accepts the columns in any order and any case', () => {
    expect(readHeader(['Kind', ' end ', 'START', 'employee_id', 'went_home_sick'], DEFAULT_MAPPING).position).toEqual({
      kind: 0,
      end: 1,
      start: 2,
      employee_id: 3,
      went_home_sick: 4,
      id: -1,
      certified: -1,
    });
  });

  it('refuses an unknown column, since it might carry health details', () => {
    expect(() => readHeader(['employee_id', 'start', 'end', 'kind', 'diagnosis'], DEFAULT_MAPPING)).toThrow(
      "Unknown column 'diagnosis' in the header (line 1): the CSV accepts only employee_id, start, end, kind, id, certified, went_home_sick (no health details).",
    );
  });

  it('names every missing required column, by the export\'s own name under a mapping', () => {
    expect(() => readHeader(['employee_id', 'start'], DEFAULT_MAPPING)).toThrow('Missing columns end, kind in the header (line 1).');
    expect(() => readHeader(['employee_id', 'start', 'end'], DEFAULT_MAPPING)).toThrow('Missing column kind in the header (line 1).');
    const german = resolveMapping({ columns: { kind: 'Art' } });
    expect(() => readHeader(['employee_id', 'start', 'end'], german)).toThrow('Missing column art (kind) in the header (line 1).');
  });

  it('refuses a column given twice', () => {
    expect(() => readHeader(['employee_id', 'start', 'end', 'kind', 'START'], DEFAULT_MAPPING)).toThrow(CliUsageError);
  });

  it('leaves unread only the columns a mapping lists in ignoreColumns', () => {
    const mapping = resolveMapping({ ignoreColumns: ['Name'] });
    expect(readHeader(['employee_id', 'name', 'start', 'end', 'kind'], mapping).count).toBe(5);
  });
});

type Seen = { row: [string, AbsenceInput] } | { bad: [string | null, BadRow] };

function reader(header: string[], mapping = DEFAULT_MAPPING) {
  const seen: Seen[] = [];
  const read = rowReader(readHeader(header, mapping), mapping, {
    row: (employeeId, absence) => seen.push({ row: [employeeId, absence] }),
    bad: (employeeId, bad) => seen.push({ bad: [employeeId, bad] }),
  });
  return (cells: string[]) => {
    seen.length = 0;
    read(rowOf(cells), 7);
    return seen[0];
  };
}

describe('a CSV row', () => {
  const read = reader(['employee_id', 'start', 'end', 'kind', 'id', 'certified', 'went_home_sick']);

  it('becomes an absence; an empty end means ongoing, empty flags mean not recorded', () => {
    expect(read(['e-1', '2025-01-06', '', 'sickness', '', '', ''])).toEqual({ row: ['e-1', { start: '2025-01-06', end: null, kind: 'sickness' }] });
  });

  it('reads true/false, yes/no and 1/0 in the flag columns', () => {
    expect(read(['e-1', '2025-01-06', '2025-01-07', 'sickness', 'au-1', 'YES', '0'])).toEqual({
      row: ['e-1', { start: '2025-01-06', end: '2025-01-07', kind: 'sickness', id: 'au-1', certified: true, wentHomeSick: false }],
    });
  });

  it('reports every problem of the row in one bad row, with its line and columns', () => {
    expect(read(['', '2025-2-30', '2025-01-01', 'flu', '', 'maybe', ''])).toEqual({
      bad: [
        null,
        {
          at: 'line 7',
          problems: [
            { field: 'employee_id', message: 'Required: a pseudonymous employee id' },
            { field: 'start', message: "Expected a calendar date as YYYY-MM-DD, received '2025-2-30'" },
            {
              field: 'kind',
              message: "Unknown kind 'flu': expected one of sickness, work-accident, medical-rehab, graded-return, child-sick, quarantine, employment-ban, other (other names through --map)",
            },
            { field: 'certified', message: "Expected true or false (or true, yes, 1, false, no, 0, or empty), received 'maybe'" },
          ],
        },
      ],
    });
  });

  it('hands ISO dates on as they are: the library checks them once (a date that does not exist, an end before the start)', () => {
    expect(read(['e-1', '2025-02-30', '2025-01-06', 'sickness', '', '', ''])).toEqual({ row: ['e-1', { start: '2025-02-30', end: '2025-01-06', kind: 'sickness' }] });
    expect(read(['e-1', ' 2025-01-06 ', '', 'sickness', '', '', ''])).toEqual({ row: ['e-1', { start: '2025-01-06', end: null, kind: 'sickness' }] });
  });

  it('reports a row with too few cells as a whole', () => {
    expect(read(['e-1', '2025-01-07'])).toEqual({ bad: ['e-1', { at: 'line 7', problems: [{ field: 'row', message: 'Expected 7 cells as in the header, found 2' }] }] });
  });

  it('never trims an id: spaces around it make the row bad, for the employee without them', () => {
    expect(read([' e-1', '2025-01-06', '', 'sickness', '', '', ''])).toEqual({
      bad: ['e-1', { at: 'line 7', problems: [{ field: 'employee_id', message: "Spaces around the id ' e-1': ids are compared exactly, so the export must not pad them" }] }],
    });
  });

  it('refuses control characters in an id, naming no employee', () => {
    expect(read(['e\u00001', '2025-01-06', '', 'sickness', '', '', ''])).toEqual({
      bad: [null, { at: 'line 7', problems: [{ field: 'employee_id', message: "Control characters or line breaks are not allowed in an id: 'e\\u00001'" }] }],
    });
  });

  it('reads German exports through a mapping: names, kinds, ja/nein, DD.MM.YYYY', () => {
    const mapping = resolveMapping({
      columns: { employee_id: 'Personalnummer', start: 'Beginn', end: 'Ende', kind: 'Art', certified: 'AU' },
      kinds: { Krankheit: 'sickness', 'Kind krank': 'child-sick' },
      true: ['ja'],
      false: ['nein'],
      dateFormat: 'DD.MM.YYYY',
    });
    const german = reader(['Personalnummer', 'Beginn', 'Ende', 'Art', 'AU'], mapping);
    expect(german(['E-1', '06.01.2025', '19.01.2025', 'krankheit', 'Ja'])).toEqual({ row: ['E-1', { start: '2025-01-06', end: '2025-01-19', kind: 'sickness', certified: true }] });
    expect(german(['E-1', '06.01.2025', '', 'Kind krank', 'nein'])).toEqual({ row: ['E-1', { start: '2025-01-06', end: null, kind: 'child-sick', certified: false }] });
    expect(german(['E-1', '2025-01-06', '30.02.2025', 'Urlaub', 'vielleicht'])).toEqual({
      bad: [
        'E-1',
        {
          at: 'line 7',
          problems: [
            { field: 'Beginn', message: "Expected a calendar date as DD.MM.YYYY, received '2025-01-06'" },
            { field: 'Ende', message: "Expected a calendar date as DD.MM.YYYY, received '30.02.2025'" },
            { field: 'Art', message: expect.stringContaining("Unknown kind 'Urlaub': expected one of sickness") },
            { field: 'AU', message: "Expected ja or nein (or ja, nein, or empty), received 'vielleicht'" },
          ],
        },
      ],
    });
  });
});
