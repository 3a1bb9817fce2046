// CSV parsers side by side, for the choice behind the CLI's reader: `npx tsx bench/index.ts csv`.
// Speed: csv-parse, udsv, papaparse and the CLI's own line reader (src/cli/csv-text.ts) on the
// bench's 20,000-employee CSV. Correctness with broken quotes: how many rows each gives back for a
// 1,000-row file with a stray quote on line 3, and for 7 rows with an unclosed quote on line 4. A
// parser that lets one broken quote swallow the rest of the file cannot be trusted with exports.
// Figures only: nothing here asserts a time.
import { csvLines } from '../src/cli/csv-text.js';
import { writeBenchCsv } from './workforce.js';

const text = (await writeBenchCsv(20_000, 42)).text;
const bytes = Buffer.from(text);

/** Rows (header excluded) each parser gives back, and problems it reported. */
type Parser = (input: string) => { rows: number; problems: number };

/** A parser from npm, or a note that it is not installed (the bench then runs without it). */
async function optional<T>(name: string): Promise<T | null> {
  try {
    return (await import(name)) as T;
  } catch {
    console.log(`${name} is not installed: npm install --no-save ${name} to measure it too`);
    return null;
  }
}
type CsvParse = typeof import('csv-parse/sync');
type PapaParse = { default: { parse<T>(input: string, options: object): { data: T[]; errors: unknown[] } } };
type Udsv = { inferSchema(input: string): unknown; initParser(schema: unknown): { stringArrs(input: string): string[][] } };
const csvParseModule = await optional<CsvParse>('csv-parse/sync');
const papaModule = await optional<PapaParse>('papaparse');
const udsvModule = await optional<Udsv>('udsv');

const parsers: Record<string, Parser | null> = {
  'csv-parse 6 (relax_column_count, skip_records_with_error)': csvParseModule && ((input) => {
    const csvParse = csvParseModule.parse;
    let problems = 0;
    const rows = csvParse(input, { relax_column_count: true, skip_empty_lines: true, skip_records_with_error: true, on_skip: () => void (problems += 1) }) as string[][];
    return { rows: rows.length - 1, problems };
  }),
  'papaparse 5': papaModule && ((input) => {
    const result = papaModule.default.parse<string[]>(input, { skipEmptyLines: true });
    return { rows: result.data.length - 1, problems: result.errors.length };
  }),
  'udsv 0.7': udsvModule && ((input) => {
    const parser = udsvModule.initParser(udsvModule.inferSchema(input));
    return { rows: parser.stringArrs(input).length, problems: 0 };
  }),
  'bem-sgb9 CLI reader (one row per line)': (input) => {
    let rows = 0;
    let problems = 0;
    const lines = csvLines(
      {
        header: () => undefined,
        row: () => void (rows += 1),
        broken: () => void (problems += 1),
        badEncoding: () => void (problems += 1),
      },
      undefined,
    );
    lines.push(Buffer.from(input));
    lines.end();
    return { rows, problems };
  },
};

function cpuMs(run: () => unknown): number {
  const before = process.cpuUsage();
  run();
  const spent = process.cpuUsage(before);
  return (spent.user + spent.system) / 1000;
}

const dataRows = text.split('\n').length - 2;
console.log(`input: ${dataRows.toLocaleString('en')} rows, ${(bytes.length / 2 ** 20).toFixed(1)} MB`);
const fileOf = (lines: string[]): string => `employee_id,start,end,kind\n${lines.join('\n')}\n`;
const rowsOf = (count: number): string[] => Array.from({ length: count }, (_, i) => `E-${Math.floor(i / 10)},2025-01-06,2025-01-07,sickness`);
const stray = rowsOf(1000);
stray[1] = 'E-0,"2025-01-06"x,2025-03-19,sickness'; // line 3
const unclosed = rowsOf(7);
unclosed[2] = 'E-0,"2025-01-06,2025-03-19,sickness'; // line 4

for (const [name, parser] of Object.entries(parsers)) {
  if (parser === null) continue;
  const first = cpuMs(() => parser(text));
  const best = Math.min(cpuMs(() => parser(text)), cpuMs(() => parser(text)), cpuMs(() => parser(text)));
  const a = parser(fileOf(stray));
  const b = parser(fileOf(unclosed));
  console.log(
    `${name}: ${first.toFixed(0)} ms cold, ${best.toFixed(0)} ms warm; stray quote in 1,000 rows: ${a.rows} rows + ${a.problems} reported; ` +
      `unclosed quote in 7 rows: ${b.rows} rows + ${b.problems} reported`,
  );
}
console.log('(good rows + reported rows should equal the rows in: 1,000 and 7)');
