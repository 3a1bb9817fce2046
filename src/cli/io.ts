/** Where a command writes: stdout for results, stderr for progress, notes and bad rows. */
export interface CliIo {
  /** Results (tables, JSON, CSV, schemas). */
  readonly stdout: Writable;
  /** Progress, warnings and the list of bad rows. */
  readonly stderr: Writable;
  /** Whether stderr is a terminal: only then is a progress bar drawn. */
  readonly stderrIsTerminal: boolean;
}

/** The part of a stream the CLI writes to. */
export interface Writable {
  /** Writes text; returns false when the consumer wants us to wait for `drain`. */
  write(text: string): boolean;
}

/** Exit codes: 0 all good, 1 some input rows were bad (the rest was scanned), 2 usage or fatal error. */
export const EXIT_OK = 0;
/** Some rows were bad and skipped; the others were scanned. */
export const EXIT_BAD_ROWS = 1;
/** Wrong arguments, unreadable file, bad policy: nothing was scanned. */
export const EXIT_USAGE = 2;

/** A failure that ends the command with a message and {@link EXIT_USAGE}. */
export class CliUsageError extends Error {
  /** @param message what went wrong and how to fix it. */
  constructor(message: string) {
    super(message);
    this.name = 'CliUsageError';
  }
}

/** A stream that can also say when it has room again (Node's streams can). */
interface Drainable extends Writable {
  once?(event: 'drain', listener: () => void): unknown;
}

/**
 * Wraps an output so a long scan waits when the reader is slower than the scan (a pipe into
 * `head` or a slow disk) instead of buffering the whole output in memory.
 *
 * @example
 * ```ts
 * const out = backpressured(process.stdout);
 * out.write('…');
 * await out.ready();
 * ```
 */
export function backpressured(stream: Drainable): Writable & { ready(): Promise<void> } {
  let full = false;
  return {
    write(text) {
      if (!stream.write(text)) full = true;
      return !full;
    },
    ready() {
      if (!full || stream.once === undefined) return Promise.resolve();
      const once = stream.once.bind(stream);
      return new Promise<void>((done) => {
        once('drain', () => {
          full = false;
          done();
        });
      });
    },
  };
}
