import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, type IsoDate } from '../../src/dates/index.js';
import { eligibilityTimeline, type PolicyInput } from '../../src/eligibility/index.js';
import { timelineCheckedDaily } from '../../src/eligibility/timeline.js';
import { inputWithWorkingTime, workingPolicy } from './arbitraries.js';

// A working time whose threshold moves with the window (dated changes, lists of days) gives a
// timeline computed in runs: one search per run whose levels are fixed, day by day only where
// the window straddles a change or holds listed days. It must equal the timeline that checks the
// levels on every day, over spans of years.

/** ≥ 10,000 runs in CI; BEM_LONG_RUNS for the long run. */
const RUNS = Number(process.env.BEM_LONG_RUNS ?? (process.env.CI ? 10_000 : 300));

describe('the timeline of a working time with dated changes or lists', () => {
  it(`equals the day-by-day reference over spans of up to six years (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(inputWithWorkingTime, workingPolicy, fc.integer({ min: 0, max: 6 * 366 }), fc.integer({ min: 0, max: 400 }), (input, policy, length, before) => {
        const reset = input.previousBemConcludedOn ?? null;
        const early = addDays(input.asOf as IsoDate, -before);
        const from = reset !== null && reset > early ? reset : early;
        const to = addDays(from as IsoDate, length);
        const timelineInput = { absences: input.absences, previousBemConcludedOn: input.previousBemConcludedOn, bemRunningSince: input.bemRunningSince, workingTime: input.workingTime };
        const options = { from, to, policy: policy as PolicyInput };
        expect(eligibilityTimeline(timelineInput, options)).toEqual(timelineCheckedDaily(timelineInput, options));
      }),
      { numRuns: RUNS },
    );
  }, 3_600_000);

  it('equals the reference over 0001–9999 when the changes lie in a few years', () => {
    const input = {
      absences: [{ start: '2025-03-03', end: '2025-04-30', kind: 'sickness' as const }],
      workingTime: [
        { from: '2024-01-01', pattern: { weekdays: [1, 2, 3, 4, 5] } },
        { from: '2025-04-01', pattern: { weekdays: [1, 2, 3] } },
        { from: '2025-09-01', pattern: { days: ['2025-09-01', '2025-09-03', '2025-10-06'] } },
        { from: '2026-01-01', pattern: { weekdays: [2, 4] } },
      ],
    };
    const policy = { unit: 'working-days' } as const;
    const long = eligibilityTimeline(input, { from: '0001-01-01', to: '9999-12-31', policy });
    expect(long).toEqual(timelineCheckedDaily(input, { from: '0001-01-01', to: '9999-12-31', policy }));
    expect(long.map((entry) => entry.status)).toContain('due');
  }, 120_000);
});
