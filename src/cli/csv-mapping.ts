import { readFile } from 'node:fs/promises';
import { AbsenceKind, CsvMapping, formatPath, safeParseInput } from '../index.js';
import type { Delimiter } from './csv-text.js';
import { CliUsageError } from './io.js';

/** The columns of an absence CSV, by the CLI's own names. */
export const ABSENCE_COLUMNS = ['employee_id', 'start', 'end', 'kind', 'id', 'certified', 'went_home_sick'] as const;
/** One of {@link ABSENCE_COLUMNS}. */
export type AbsenceColumn = (typeof ABSENCE_COLUMNS)[number];
/** The columns every absence CSV must have. */
export const REQUIRED_COLUMNS: readonly AbsenceColumn[] = ['employee_id', 'start', 'end', 'kind'];

/** A {@link CsvMapping} made ready to read rows with: lower-cased names, sets and maps. */
export interface ResolvedMapping {
  /** The export's header (lower-cased) for each column. */
  readonly headerOf: Readonly<Record<AbsenceColumn, string>>;
  /** The export's header for each column as the mapping writes it, for messages. */
  readonly nameOf: Readonly<Record<AbsenceColumn, string>>;
  /** The export's kind names (lower-cased), and the library's own, to the kind they mean. */
  readonly kinds: ReadonlyMap<string, AbsenceKind>;
  /** Words for yes and for no (lower-cased). */
  readonly trueWords: ReadonlySet<string>;
  readonly falseWords: ReadonlySet<string>;
  /** The date format of the start and end columns. */
  readonly dateFormat: 'YYYY-MM-DD' | 'DD.MM.YYYY' | 'DD/MM/YYYY';
  /** The delimiter the mapping fixes, if it does. */
  readonly delimiter: Delimiter | undefined;
  /** Headers (lower-cased) of columns that are not read. */
  readonly ignored: ReadonlySet<string>;
  /** Whether the mapping came from a file (for messages). */
  readonly fromFile: boolean;
}

const lower = (words: readonly string[]): Set<string> => new Set(words.map((word) => word.trim().toLowerCase()));

/**
 * The mapping for `mapping` (the CLI's own names where it says nothing).
 *
 * @example
 * ```ts
 * resolveMapping({ kinds: { Krankheit: 'sickness' } }).kinds.get('krankheit'); //=> 'sickness'
 * ```
 */
export function resolveMapping(mapping: CsvMapping, fromFile = true): ResolvedMapping {
  const headerOf = Object.fromEntries(ABSENCE_COLUMNS.map((column) => [column, (mapping.columns?.[column] ?? column).trim().toLowerCase()])) as Record<AbsenceColumn, string>;
  const kinds = new Map<string, AbsenceKind>(AbsenceKind.options.map((kind) => [kind, kind]));
  for (const [name, kind] of Object.entries(mapping.kinds ?? {})) kinds.set(name.trim().toLowerCase(), kind);
  const nameOf = Object.fromEntries(ABSENCE_COLUMNS.map((column) => [column, (mapping.columns?.[column] ?? column).trim()])) as Record<AbsenceColumn, string>;
  return {
    headerOf,
    nameOf,
    kinds,
    trueWords: lower(mapping.true ?? ['true', 'yes', '1']),
    falseWords: lower(mapping.false ?? ['false', 'no', '0']),
    dateFormat: mapping.dateFormat ?? 'YYYY-MM-DD',
    delimiter: mapping.delimiter,
    ignored: lower(mapping.ignoreColumns ?? []),
    fromFile,
  };
}

/** The CLI's own column names, kinds, words and ISO dates. */
export const DEFAULT_MAPPING: ResolvedMapping = resolveMapping({}, false);

/**
 * Reads `--map mapping.json` and checks it against the {@link CsvMapping} schema.
 *
 * @throws CliUsageError naming the file and the path of each bad key (`kinds.Krankheit: …`).
 */
export async function readMapping(path: string | undefined): Promise<ResolvedMapping> {
  if (path === undefined) return DEFAULT_MAPPING;
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new CliUsageError(`Cannot read the mapping ${path}: ${(error as Error).message}`);
  }
  const parsed = safeParseInput(CsvMapping, data);
  if (!parsed.success) {
    throw new CliUsageError(`The mapping ${path} is not a CsvMapping (see bem-sgb9 schema CsvMapping): ${parsed.error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`).join('; ')}`);
  }
  return resolveMapping(parsed.data);
}
