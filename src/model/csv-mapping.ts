import * as z from 'zod';
import { named } from './named.js';
import { AbsenceKind } from './absence.js';

const HeaderName = z.string().trim().min(1).max(200);

/**
 * How the columns of an absence export are named: for each column the `bem-sgb9` CLI reads, the
 * header of the export that holds it (e.g. `"employee_id": "Personalnummer"`). A column left out
 * keeps its own name.
 *
 * @example
 * ```ts
 * CsvColumnNames.parse({ employee_id: 'Personalnummer', start: 'Beginn', end: 'Ende', kind: 'Art' });
 * ```
 */
export const CsvColumnNames = z.strictObject({
  employee_id: HeaderName.optional(),
  start: HeaderName.optional(),
  end: HeaderName.optional(),
  kind: HeaderName.optional(),
  id: HeaderName.optional(),
  certified: HeaderName.optional(),
  went_home_sick: HeaderName.optional(),
});

export type CsvColumnNames = z.infer<typeof CsvColumnNames>;

/**
 * The date formats an export may use: ISO (`2025-03-19`), German (`19.03.2025`) or with slashes
 * day first (`19/03/2025`). Days and months have two digits.
 *
 * @example
 * ```ts
 * CsvDateFormat.parse('DD.MM.YYYY'); //=> 'DD.MM.YYYY'
 * ```
 */
export const CsvDateFormat = z.enum(['YYYY-MM-DD', 'DD.MM.YYYY', 'DD/MM/YYYY']);

export type CsvDateFormat = z.infer<typeof CsvDateFormat>;

const Words = z.array(z.string().trim().min(1).max(50)).min(1).max(20);

/**
 * How to read an absence export that does not use the CLI's own names (`bem-sgb9 scan --map
 * mapping.json`): the export's header for each column, its names for the kinds of absence, its
 * words for yes and no, its date format and delimiter, and the columns to leave unread.
 *
 * Every part is optional. Header names, kind names and words are compared without regard to case.
 * Columns that are neither mapped nor listed in `ignoreColumns` stop the scan: an unexpected column
 * might carry health details.
 *
 * @example
 * ```ts
 * CsvMapping.parse({
 * columns: { employee_id: 'Personalnummer', start: 'Beginn', end: 'Ende', kind: 'Art', certified: 'AU-Bescheinigung' },
 * kinds: { Krankheit: 'sickness', 'Kind krank': 'child-sick', Arbeitsunfall: 'work-accident' },
 * true: ['ja', 'x'],
 * false: ['nein'],
 * dateFormat: 'DD.MM.YYYY',
 * delimiter: ';',
 * });
 * ```
 */
export const CsvMapping = z
  .strictObject({
    columns: CsvColumnNames.optional(),
    kinds: z.record(z.string().trim().min(1).max(100), named<AbsenceKind>(AbsenceKind)).optional(),
    true: Words.optional(),
    false: Words.optional(),
    dateFormat: CsvDateFormat.optional(),
    delimiter: z.enum([',', ';', '\t']).optional(),
    ignoreColumns: z.array(HeaderName).max(200).optional(),
  })
  .superRefine((mapping, context) => {
    const seen = new Map<string, string>();
    for (const [column, header] of Object.entries(mapping.columns ?? {})) {
      if (header === undefined) continue;
      const key = header.toLowerCase();
      const other = seen.get(key);
      if (other !== undefined) context.addIssue({ code: 'custom', path: ['columns', column], message: `Header '${header}' is already mapped to ${other}` });
      seen.set(key, column);
    }
    const yes = new Set((mapping.true ?? []).map((word) => word.toLowerCase()));
    (mapping.false ?? []).forEach((word, index) => {
      if (yes.has(word.toLowerCase())) context.addIssue({ code: 'custom', path: ['false', index], message: `'${word}' cannot mean both true and false` });
    });
    const kinds = new Set<string>();
    for (const name of Object.keys(mapping.kinds ?? {})) {
      const key = name.trim().toLowerCase();
      if (kinds.has(key)) context.addIssue({ code: 'custom', path: ['kinds', name], message: `Kind '${name}' is given twice (names are compared without regard to case)` });
      kinds.add(key);
    }
  });

export type CsvMapping = z.input<typeof CsvMapping>;
