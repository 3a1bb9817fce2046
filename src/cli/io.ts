/** Where a command writes: stdout for results, stderr for progress, notes and bad rows. */
export interface CliIo {
  /** Results (tables, JSON, CSV, schemas). */
  readonly stdout: Writable;
  /** Progress, warnings and the list of bad rows. */
  readonly stderr: Writable;
  /** Whether stderr is a terminal: only then is a progress bar drawn. */
  readonly stderrIsTerminal: boolean;
  /** Standard input, read for the file name `-`. */
  readonly stdin?: AsyncIterable<Uint8Array | string>;
}

/** The part of a stream the CLI writes to. */
export interface Writable {
  /** Writes text; returns false when the consumer wants us to wait for `drain`. */
  write(text: string): boolean;
}

/** Exit codes: 0 all good, 1 some input rows were bad (the rest was scanned), 2 usage or fatal error. */
export const EXIT_OK = 0;
/** Some rows were bad: their employees are listed as not evaluated, the others were scanned. */
export const EXIT_BAD_ROWS = 1;
/** Wrong arguments, unreadable file, bad policy or mapping: nothing was scanned, nothing is on stdout. */
export const EXIT_USAGE = 2;

/** A failure that ends the command with a message and {@link EXIT_USAGE}. */
export class CliUsageError extends Error {
  /** @param message what went wrong and how to fix it. */
  constructor(message: string) {
    super(message);
    this.name = 'CliUsageError';
  }
}
