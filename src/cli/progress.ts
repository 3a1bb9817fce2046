import type { CliIo } from './io.js';

const WIDTH = 24;

/** A progress bar on stderr, drawn only when stderr is a terminal (never into a log or a pipe). */
export interface Progress {
  /** Records how far the file has been read (bytes) and how many rows were read. */
  update(bytes: number, rows: number): void;
  /** Clears the line before other text goes to stderr. */
  clear(): void;
  /** Removes the bar for good. */
  done(): void;
}

const silent: Progress = { update: () => undefined, clear: () => undefined, done: () => undefined };

/**
 * A progress bar for a file of `totalBytes`. It redraws only when the percentage changes, so it
 * costs nothing per row and needs no clock.
 *
 * @example
 * ```ts
 * const progress = progressBar(io, 1_000_000);
 * progress.update(500_000, 20_000); // stderr: [############............]  50%  20000 rows
 * ```
 */
export function progressBar(io: CliIo, totalBytes: number): Progress {
  if (!io.stderrIsTerminal || totalBytes <= 0) return silent;
  let shown = -1;
  let rows = 0;
  let visible = false;
  const draw = (percent: number): void => {
    const filled = Math.round((percent / 100) * WIDTH);
    io.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${String(percent).padStart(3)}%  ${rows} rows`);
    visible = true;
  };
  const clear = (): void => {
    if (visible) io.stderr.write('\r\u001b[K');
    visible = false;
  };
  return {
    update(bytes, rowCount) {
      rows = rowCount;
      const percent = Math.min(100, Math.floor((bytes / totalBytes) * 100));
      if (percent !== shown || !visible) {
        shown = percent;
        draw(percent);
      }
    },
    clear,
    done: clear,
  };
}
