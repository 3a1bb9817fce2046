import { createReadStream, statSync } from 'node:fs';
import { type CliIo, CliUsageError } from './io.js';

/** A file to read, or standard input (`-`). */
export interface InputSource {
  /** The path, or `standard input`. */
  readonly name: string;
  /** Whether it is a JSON file (by its name). */
  readonly json: boolean;
  /** Its size in bytes when known (a file), else `null`. */
  readonly size: number | null;
  /** Whether it can be read a second time (a file can, standard input cannot). */
  readonly rereadable: boolean;
  /** Its bytes, from the start. */
  chunks(): AsyncIterable<Uint8Array | string>;
}

/** Bytes per read: large enough that the per-chunk cost vanishes, small enough to stay flat. */
const CHUNK = 256 * 1024;

/**
 * The input of a command: `-` is standard input, anything else a file that must exist.
 *
 * @throws CliUsageError when the file does not exist or standard input is not available.
 */
export function openSource(path: string, io: CliIo): InputSource {
  if (path === '-') {
    const stdin = io.stdin;
    if (stdin === undefined) throw new CliUsageError('Standard input is not available.');
    let used = false;
    return {
      name: 'standard input',
      json: false,
      size: null,
      rereadable: false,
      chunks() {
        if (used) throw new Error('bem-sgb9 cli: standard input read twice');
        used = true;
        return stdin;
      },
    };
  }
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new CliUsageError(`Cannot read ${path}: it is a directory.`);
    size = stat.size;
  } catch (error) {
    if (error instanceof CliUsageError) throw error;
    throw new CliUsageError(`Cannot read ${path}: no such file.`);
  }
  return {
    name: path,
    json: path.toLowerCase().endsWith('.json'),
    size,
    rereadable: true,
    chunks: () => createReadStream(path, { highWaterMark: CHUNK }),
  };
}

/**
 * All bytes of a source as text (for JSON, which is read whole).
 *
 * @throws CliUsageError when it cannot be read.
 */
export async function readAllText(source: InputSource): Promise<string> {
  const parts: Uint8Array[] = [];
  try {
    for await (const chunk of source.chunks()) parts.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  } catch (error) {
    throw new CliUsageError(`Cannot read ${source.name}: ${(error as Error).message}`);
  }
  return new TextDecoder('utf-8').decode(Buffer.concat(parts));
}
