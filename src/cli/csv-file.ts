import { type Delimiter, detectDelimiter, lineSplitter, splitLine } from './csv-text.js';
import type { InputSource } from './input-source.js';
import { CliUsageError } from './io.js';

/** What a CSV file's lines go to. */
export interface CsvHandlers {
  /** The header row's cells (line 1 or the first line that holds anything): returns the reader of the data rows. */
  header(cells: readonly string[], line: number): (cells: readonly string[], line: number) => void;
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
 * Reads a CSV source line by line (see `lineSplitter` and `splitLine`), the delimiter given or
 * detected from the header, and yields after each chunk of lines has gone to the handlers (so a
 * consumer can hand on what the chunk completed).
 *
 * @throws CliUsageError when the source cannot be read, is empty, or its header cannot be split.
 */
export async function* csvChunks(source: InputSource, delimiter: Delimiter | undefined, handlers: CsvHandlers): AsyncGenerator<void> {
  let used: Delimiter | undefined = delimiter;
  let onRow: ((cells: readonly string[], line: number) => void) | null = null;
  const onLine = (text: string, line: number): void => {
    if (onRow === null) {
      used ??= detectDelimiter(text);
      const cells = splitLine(text, used);
      if (!Array.isArray(cells)) throw new CliUsageError(`The header (line ${line}) of ${source.name} cannot be read: ${cells.message}.`);
      onRow = handlers.header(cells, line);
      return;
    }
    const cells = splitLine(text, used as Delimiter);
    if (Array.isArray(cells)) onRow(cells, line);
    else handlers.broken(cells.message, cells.cells, line);
  };
  const onBadEncoding = (text: string, line: number): void => {
    if (onRow === null) throw new CliUsageError(`The header (line ${line}) of ${source.name} is not valid UTF-8: save the export as UTF-8.`);
    const cells = splitLine(text, used as Delimiter);
    const readable = Array.isArray(cells) ? cells : cells.cells;
    const clean = readable.findIndex((cell) => cell.includes('\uFFFD'));
    handlers.broken(NOT_UTF8, clean === -1 ? readable : readable.slice(0, clean), line);
  };
  const lines = lineSplitter(onLine, onBadEncoding);
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
