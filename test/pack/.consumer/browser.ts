// Bundled by esbuild from the installed tarball and run in headless Chromium (browser-check.ts).
import { BemInputError, evaluateEligibility, safeEvaluateEligibility } from 'bem-sgb9';

function check(): { ok: boolean; details: unknown } {
  // The worked example: 2 + 1 + 2 + 2 weeks = 49 days; the duty arises on the 43rd counted day.
  const result = evaluateEligibility({
    asOf: '2025-10-31',
    absences: [
      { start: '2025-01-06', end: '2025-01-19', kind: 'sickness' },
      { start: '2025-03-10', end: '2025-03-16', kind: 'sickness' },
      { start: '2025-06-02', end: '2025-06-15', kind: 'sickness' },
      { start: '2025-10-06', end: '2025-10-19', kind: 'sickness' },
    ],
  });
  const refused = safeEvaluateEligibility({ asOf: '2025-02-30', absences: [] });
  const ok =
    result.status === 'due' &&
    result.countedDays === 49 &&
    result.thresholdCrossedOn === '2025-10-13' &&
    !refused.success &&
    refused.error instanceof BemInputError &&
    refused.error.issues[0]?.path[0] === 'asOf';
  return { ok, details: { status: result.status, countedDays: result.countedDays, thresholdCrossedOn: result.thresholdCrossedOn } };
}

(globalThis as { bemResult?: unknown }).bemResult = check();
