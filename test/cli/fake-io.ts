import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/run.js';

/** What a command printed and returned. */
export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in-process with captured streams. */
export async function cli(argv: readonly string[], options: { terminal?: boolean; stdin?: string | Uint8Array } = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const input = options.stdin;
  const code = await runCli(argv, {
    stdout: { write: (text: string) => ((stdout += text), true) },
    stderr: { write: (text: string) => ((stderr += text), true) },
    stderrIsTerminal: options.terminal === true,
    ...(input !== undefined && {
      stdin: (async function* () {
        // In pieces, as a pipe delivers it: a line may be cut anywhere.
        const bytes = typeof input === 'string' ? Buffer.from(input) : input;
        for (let at = 0; at < bytes.length; at += 7) yield bytes.subarray(at, at + 7);
      })(),
    }),
  });
  return { code, stdout, stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'bem-sgb9-cli-'));
let counter = 0;

/** Writes `content` to a fresh temporary file ending in `extension` and returns its path. */
export function tempFile(content: string | Uint8Array, extension = '.csv'): string {
  counter += 1;
  const path = join(dir, `input-${counter}${extension}`);
  writeFileSync(path, content);
  return path;
}

/** A CSV text from a header and rows. */
export function csv(header: string, ...rows: string[]): string {
  return `${[header, ...rows].join('\n')}\n`;
}
