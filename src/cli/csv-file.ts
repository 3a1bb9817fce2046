import { type CsvRow, csvLines, type Delimiter, detectDelimiter, splitLine } from './csv-text.js';
import type { InputSource } from './input-source.js';
import { CliUsageError } from './io.js';

/** What a CSV file's lines go to. */
export interface CsvHandlers {
  /** The header row's cells (line 1 or the first line that holds anything): returns the reader of the data rows. */
  header(cells: readonly string[], line: number): (row: CsvRow, line: number) => void;
  /**
   * A data line that cannot be split into cells (a broken quote, bytes that are not UTF-8): what is
   * wrong, and the cells before the broken one (which may still say whose row it is).
   */
  broken(message: string, cells: readonly string[], line: number): void;
  /** The number of bytes read so far, after each chunk. */
  onBytes?(bytes: number): void;
}

const NOT_UTF8 = 'Not valid UTF-8 (save the export as UTF-8): bytes that are not UTF-8 could make two different ids read the same';

/**
 * Reads a CSV source line by line (see `csvLines` and `splitLine`), the delimiter given or
 * detected from the header, and yields after each chunk of lines has gone to the handlers (so a
 * consumer can hand on what the chunk completed).
 *
 * @throws CliUsageError when the source cannot be read, is empty, or its header cannot be split.
 */
export async function* csvChunks(source: InputSource, delimiter: Delimiter | undefined, handlers: CsvHandlers): AsyncGenerator<void> {
  let onRow: ((row: CsvRow, line: number) => void) | null = null;
  let used: Delimiter = delimiter ?? ',';
  const lines = csvLines(
    {
      header(cells, line, text) {
        if (!Array.isArray(cells)) {
          if (cells.message === 'Not valid UTF-8') throw new CliUsageError(`The header (line ${line}) of ${source.name} is not valid UTF-8: save the export as UTF-8.`);
          throw new CliUsageError(`The header (line ${line}) of ${source.name} cannot be read: ${cells.message}.`);
        }
        used = delimiter ?? detectDelimiter(text);
        onRow = handlers.header(cells, line);
      },
      row(row, line) {
        (onRow as (row: CsvRow, line: number) => void)(row, line);
      },
      broken(error, line) {
        handlers.broken(error.message, error.cells, line);
      },
      badEncoding(text, line) {
        const cells = splitLine(text, used);
        const readable = Array.isArray(cells) ? cells : cells.cells;
        const clean = readable.findIndex((cell) => cell.includes('\uFFFD'));
        handlers.broken(NOT_UTF8, clean === -1 ? readable : readable.slice(0, clean), line);
      },
    },
    delimiter,
  );
  let bytes = 0;
  try {
    for await (const chunk of source.chunks()) {
      const data = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      lines.push(data);
      bytes += data.length;
      handlers.onBytes?.(bytes);
      yield;
    }
    lines.end();
  } catch (error) {
    if (error instanceof Error && (error as NodeJS.ErrnoException).code !== undefined) throw new CliUsageError(`Cannot read ${source.name}: ${error.message}`);
    throw error;
  }
  if (onRow === null) throw new CliUsageError(`${source.name} is empty: expected a header row.`);
}

/**
 * Reads a whole CSV source through `handlers` (see {@link csvChunks}).
 *
 * @throws CliUsageError as {@link csvChunks}.
 */
export async function readCsv(source: InputSource, delimiter: Delimiter | undefined, handlers: CsvHandlers): Promise<void> {
  for await (const _ of csvChunks(source, delimiter, handlers));
}
