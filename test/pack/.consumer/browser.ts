// Bundled by esbuild from the installed tarball and run in headless Chromium (browser-check.ts).
import { Absence, addMonths, BemInputError, parseInput, IsoDate } from 'bem-sgb9';

function check(): { ok: boolean; details: unknown } {
  const window = addMonths(IsoDate.parse('2024-02-29'), 12);
  const absence = Absence.parse({ start: '2025-01-06', end: null, kind: 'sickness' });
  let refused = false;
  try {
    parseInput(IsoDate, '2025-02-30', ['asOf']);
  } catch (error) {
    refused = error instanceof BemInputError;
  }
  const ok = window === '2025-02-28' && absence.end === null && refused;
  return { ok, details: { window, refused } };
}

(globalThis as { bemResult?: unknown }).bemResult = check();
