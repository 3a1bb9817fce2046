/** The delimiters an export may use: comma, semicolon (German exports) or tab. */
export const DELIMITERS = [',', ';', '\t'] as const;
/** One of {@link DELIMITERS}. */
export type Delimiter = (typeof DELIMITERS)[number];

/** A line whose quoting is broken: what is wrong, and the cells before the broken one. */
export interface LineError {
  readonly message: string;
  readonly cells: readonly string[];
}

/**
 * Splits one line of a CSV file into its cells (RFC 4180 quoting: `"a ""b"""` is `a "b"`).
 * A record is one line: a quote must close on the line it opens, so a broken quote spoils its
 * own row and never swallows the rows after it (no cell of an absence export needs a line break).
 *
 * @returns the cells, or a message saying what is wrong with the quoting.
 * @example
 * ```ts
 * splitLine('E-1,"2025-01-06",,sickness', ','); //=> ['E-1', '2025-01-06', '', 'sickness']
 * splitLine('E-2,"2025-01-06"x,,sickness', ',');
 * //=> { message: 'Text after the closing quote of cell 2', cells: ['E-2'] }
 * ```
 */
export function splitLine(line: string, delimiter: string): string[] | LineError {
  if (line.indexOf('"') === -1) return line.split(delimiter);
  const cells: string[] = [];
  const length = line.length;
  let at = 0;
  for (;;) {
    if (line.charCodeAt(at) === 34 /* " */) {
      let value = '';
      let from = at + 1;
      for (;;) {
        const quote = line.indexOf('"', from);
        if (quote === -1) return { message: `Unclosed quote in cell ${cells.length + 1} (a quoted cell must end on its own line)`, cells };
        value += line.slice(from, quote);
        if (line.charCodeAt(quote + 1) === 34) {
          value += '"';
          from = quote + 2;
          continue;
        }
        at = quote + 1;
        break;
      }
      cells.push(value);
      if (at === length) return cells;
      if (line[at] !== delimiter) return { message: `Text after the closing quote of cell ${cells.length}`, cells: cells.slice(0, -1) };
      at += 1;
      continue;
    }
    const next = line.indexOf(delimiter, at);
    const cell = next === -1 ? line.slice(at) : line.slice(at, next);
    if (cell.indexOf('"') !== -1) return { message: `Quote inside cell ${cells.length + 1}, which does not start with a quote`, cells };
    cells.push(cell);
    if (next === -1) return cells;
    at = next + 1;
  }
}

/**
 * The delimiter of a file from its header line: the one of `,` `;` and tab that occurs most
 * often outside quotes (a comma when none does).
 *
 * @example
 * ```ts
 * detectDelimiter('Personalnummer;Beginn;Ende;Art'); //=> ';'
 * ```
 */
export function detectDelimiter(header: string): Delimiter {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const char of header) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best: Delimiter = ',';
  for (const d of DELIMITERS) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d;
  return best;
}

/**
 * One data row of a CSV file: its cells by position. Reused from row to row (read what you need
 * before the next row comes): a row without quotes is read in place, by the positions of its
 * delimiters, without cutting the line into strings first.
 */
export interface CsvRow {
  /** How many cells the row has. */
  readonly count: number;
  /** The text of cell `index` (0-based; `''` past the last). */
  cell(index: number): string;
  /** Whether cell `index` is empty. */
  isEmpty(index: number): boolean;
}

/** A row read in place from the chunk's text. */
class PlacedRow implements CsvRow {
  text = '';
  count = 0;
  starts = new Int32Array(16);
  ends = new Int32Array(16);

  cell(index: number): string {
    return index < this.count ? this.text.slice(this.starts[index], this.ends[index]) : '';
  }

  isEmpty(index: number): boolean {
    return index >= this.count || this.starts[index] === this.ends[index];
  }

  /** Finds the cells of the line `from`..`end` of `text`. */
  place(text: string, from: number, end: number, delimiter: string): void {
    this.text = text;
    let count = 0;
    let at = from;
    for (;;) {
      if (count === this.starts.length) this.grow();
      const next = text.indexOf(delimiter, at);
      this.starts[count] = at;
      if (next === -1 || next >= end) {
        this.ends[count] = end;
        this.count = count + 1;
        return;
      }
      this.ends[count] = next;
      count += 1;
      at = next + 1;
    }
  }

  private grow(): void {
    const starts = new Int32Array(this.starts.length * 2);
    const ends = new Int32Array(this.ends.length * 2);
    starts.set(this.starts);
    ends.set(this.ends);
    this.starts = starts;
    this.ends = ends;
  }
}

/** A row split into strings (a line with quotes). */
class SplitRow implements CsvRow {
  cells: readonly string[] = [];

  get count(): number {
    return this.cells.length;
  }

  cell(index: number): string {
    return this.cells[index] ?? '';
  }

  isEmpty(index: number): boolean {
    return (this.cells[index] ?? '') === '';
  }
}

/**
 * A row of the given cells (for tests and small files).
 *
 * @example
 * ```ts
 * rowOf(['E-1', '2025-01-06']).cell(1); //=> '2025-01-06'
 * ```
 */
export function rowOf(cells: readonly string[]): CsvRow {
  const row = new SplitRow();
  row.cells = cells;
  return row;
}

/** What {@link csvLines} hands on. */
export interface CsvLineSink {
  /** The first line that holds anything (the header), split into cells (or what is wrong with its quoting). */
  header(cells: string[] | LineError, line: number, text: string): void;
  /** A data row. */
  row(row: CsvRow, line: number): void;
  /** A data line whose quoting is broken: what is wrong, and the cells before the broken one. */
  broken(error: LineError, line: number): void;
  /** A data line with bytes that are not UTF-8 (the decoder put U+FFFD in their place). */
  badEncoding(text: string, line: number): void;
}

const REPLACEMENT = '\uFFFD';

/**
 * Cuts a stream of bytes into CSV rows: UTF-8 decoded (a byte-order mark is dropped), `\n` or
 * `\r\n` line ends, one row per line (see {@link splitLine}), blank lines (also lines of
 * delimiters only, as spreadsheets write them) skipped but counted, so every line keeps its number.
 * The delimiter is the one given, or detected from the header line.
 *
 * @example
 * ```ts
 * const lines = csvLines(sink, undefined);
 * lines.push(bytes);
 * lines.end();
 * ```
 */
export function csvLines(sink: CsvLineSink, delimiter: Delimiter | undefined): { push(bytes: Uint8Array): void; end(): void } {
  const decoder = new TextDecoder('utf-8');
  const placed = new PlacedRow();
  const split = new SplitRow();
  let used: Delimiter | undefined = delimiter;
  let headerSeen = false;
  let rest = '';
  let line = 0;

  const emit = (text: string, from: number, end: number, quote: number, replacement: number): void => {
    line += 1;
    if (end > from && text.charCodeAt(end - 1) === 13) end -= 1;
    const first = text.charCodeAt(from);
    if (end === from || ((first === 32 || first === 44 || first === 59 || first === 9) && isBlank(text, from, end))) return;
    if (!headerSeen) {
      headerSeen = true;
      const header = text.slice(from, end);
      used ??= detectDelimiter(header);
      sink.header(replacement < end ? { message: 'Not valid UTF-8', cells: [] } : splitLine(header, used), line, header);
      return;
    }
    if (replacement < end) return sink.badEncoding(text.slice(from, end), line);
    if (quote >= end) {
      placed.place(text, from, end, used as Delimiter);
      return sink.row(placed, line);
    }
    const cells = splitLine(text.slice(from, end), used as Delimiter);
    if (!Array.isArray(cells)) return sink.broken(cells, line);
    split.cells = cells;
    sink.row(split, line);
  };

  const feed = (text: string): void => {
    let from = 0;
    let quote = text.indexOf('"');
    let replacement = text.indexOf(REPLACEMENT);
    if (quote === -1) quote = text.length;
    if (replacement === -1) replacement = text.length;
    for (;;) {
      const end = text.indexOf('\n', from);
      if (end === -1) break;
      if (quote < from) {
        quote = text.indexOf('"', from);
        if (quote === -1) quote = text.length;
      }
      if (replacement < from) {
        replacement = text.indexOf(REPLACEMENT, from);
        if (replacement === -1) replacement = text.length;
      }
      emit(text, from, end, quote, replacement);
      from = end + 1;
    }
    rest = text.slice(from);
  };

  return {
    push(bytes) {
      feed(rest + decoder.decode(bytes, { stream: true }));
    },
    end() {
      const text = rest + decoder.decode();
      rest = '';
      feed(text);
      if (rest !== '') {
        const last = rest;
        rest = '';
        const quote = last.indexOf('"');
        const replacement = last.indexOf(REPLACEMENT);
        emit(last, 0, last.length, quote === -1 ? last.length : quote, replacement === -1 ? last.length : replacement);
      }
    },
  };
}

/** Empty, or only spaces and delimiters. */
function isBlank(text: string, from: number, end: number): boolean {
  for (let i = from; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 44 && code !== 59 && code !== 9) return false;
  }
  return true;
}
