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

/** Receives each line of a file that holds anything, with its 1-based line number. */
export type LineSink = (text: string, line: number) => void;

const REPLACEMENT = '\uFFFD';

/**
 * Cuts a stream of bytes into lines: UTF-8 decoded (a byte-order mark is dropped), `\n` or
 * `\r\n` line ends, blank lines (also lines of delimiters only, as spreadsheets write them)
 * skipped but counted, so every line keeps its number in the file.
 *
 * @example
 * ```ts
 * const lines = lineSplitter((text, line) => console.log(line, text), (text, line) => console.log('not UTF-8:', line));
 * lines.push(bytes);
 * lines.end();
 * ```
 */
export function lineSplitter(onLine: LineSink, onBadEncoding: LineSink): { push(bytes: Uint8Array): void; end(): void } {
  const decoder = new TextDecoder('utf-8');
  let rest = '';
  let line = 0;
  const emit = (text: string): void => {
    line += 1;
    const body = text.charCodeAt(text.length - 1) === 13 ? text.slice(0, -1) : text;
    if (isBlank(body)) return;
    // The decoder replaced bytes that are not UTF-8 with U+FFFD: such a line cannot be trusted
    // (two different ids would read the same), so it is refused as a whole.
    if (body.indexOf(REPLACEMENT) !== -1) onBadEncoding(body, line);
    else onLine(body, line);
  };
  const feed = (text: string): void => {
    let from = 0;
    for (;;) {
      const end = text.indexOf('\n', from);
      if (end === -1) break;
      emit(text.slice(from, end));
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
      if (rest !== '') emit(rest);
      rest = '';
    },
  };
}

/** Empty, or only spaces and delimiters. */
function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 44 && code !== 59 && code !== 9) return false;
  }
  return true;
}
