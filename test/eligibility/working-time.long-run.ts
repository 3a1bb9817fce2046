// The long run of the working-time property (engine = day-by-day reference), time-limited:
// `npx tsx test/eligibility/working-time.long-run.ts [runs] [minutes]` (defaults 1,000,000 runs,
// 30 minutes). Prints how many runs passed before the limit, and the first counterexample if any.
import fc from 'fast-check';
import { evaluateEligibility } from '../../src/eligibility/index.js';
import { inputWithWorkingTime, workingPolicy } from './arbitraries.js';
import { referenceEvaluate } from './reference.js';

const runs = Number(process.argv[2] ?? 1_000_000);
const minutes = Number(process.argv[3] ?? 30);
const started = Date.now();
const details = fc.check(
  fc.property(inputWithWorkingTime, workingPolicy, (input, policy) => {
    const result = evaluateEligibility(input, policy);
    const engine = {
      status: result.status,
      countedDays: result.countedDays,
      windowStart: result.window.start,
      thresholdCrossedOn: result.thresholdCrossedOn,
      projectedCrossingOn: result.projectedCrossingOn,
    };
    return JSON.stringify(engine) === JSON.stringify(referenceEvaluate(input, policy));
  }),
  { numRuns: runs, interruptAfterTimeLimit: minutes * 60_000, markInterruptAsFailure: false },
);
const seconds = ((Date.now() - started) / 1000).toFixed(0);
if (details.failed) {
  console.log(`FAILED after ${details.numRuns} runs: ${fc.stringify(details.counterexample)} (seed ${details.seed})`);
  process.exitCode = 1;
} else {
  console.log(`${details.numRuns} of ${runs} runs passed in ${seconds} s${details.interrupted ? ` (interrupted at the ${minutes}-minute limit)` : ''}; seed ${details.seed}`);
}
