import { closeSync, createReadStream, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Writable } from './io.js';

/** Characters held in memory before the output moves to a temporary file. */
const IN_MEMORY = 4 * 1024 * 1024;
/** Writes joined into one flat block. */
const BLOCK = 256;

/** Output held back until the command knows it succeeded. */
export interface HeldOutput extends Writable {
  /** Writes everything held to `stdout`, waiting whenever it is full. */
  commit(): Promise<void>;
  /** Drops everything held (the command failed: nothing reaches stdout). */
  discard(): void;
}

/** A stream that can say when it has room again (Node's streams can). */
interface Drainable extends Writable {
  once?(event: 'drain', listener: () => void): unknown;
}

/**
 * Holds a command's output until it is complete, so a command that fails half-way (exit 2) writes
 * nothing to stdout, and a cron job never ships a partial list. Up to a few MB stay in memory;
 * beyond that the output goes to a temporary file, so memory stays flat for any size.
 *
 * @example
 * ```ts
 * const out = heldOutput(process.stdout);
 * out.write('employee_id,status\n');
 * await out.commit(); // or out.discard() on failure
 * ```
 */
export function heldOutput(stdout: Drainable): HeldOutput {
  // Small writes are joined into flat blocks often: a string built from pieces keeps every piece
  // alive (many times its length in memory) until it is flattened.
  let parts: string[] = [];
  let pending = 0;
  let held = 0;
  let spill: { dir: string; path: string; fd: number } | null = null;
  const flushToFile = (): void => {
    if (spill === null) {
      const dir = mkdtempSync(join(tmpdir(), 'bem-sgb9-out-'));
      const path = join(dir, 'output');
      spill = { dir, path, fd: openSync(path, 'w', 0o600) };
    }
    writeSync(spill.fd, parts.join(''));
    parts = [];
    pending = 0;
    held = 0;
  };
  const cleanUp = (): void => {
    if (spill === null) return;
    closeSync(spill.fd);
    rmSync(spill.dir, { recursive: true, force: true });
    spill = null;
  };
  const write = async (text: string): Promise<void> => {
    if (stdout.write(text) || stdout.once === undefined) return;
    const once = stdout.once.bind(stdout);
    await new Promise<void>((done) => once('drain', () => done()));
  };
  return {
    write(text) {
      parts.push(text);
      held += text.length;
      pending += 1;
      if (held > IN_MEMORY) flushToFile();
      else if (pending >= BLOCK) {
        // Keep the flat blocks, drop the pieces: parts = [...flat blocks, one new block].
        const block = parts.splice(parts.length - pending, pending).join('');
        parts.push(block);
        pending = 0;
      }
      return true;
    },
    async commit() {
      if (spill !== null) {
        flushToFile();
        const { path } = spill as { path: string };
        try {
          for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: 1024 * 1024 })) await write(chunk as string);
        } finally {
          cleanUp();
        }
      } else if (held > 0) {
        await write(parts.join(''));
      }
      parts = [];
      pending = 0;
      held = 0;
    },
    discard() {
      parts = [];
      pending = 0;
      held = 0;
      cleanUp();
    },
  };
}
