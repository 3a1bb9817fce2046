import { describe, expect, it } from 'vitest';
import { evaluateEligibility } from '../../src/eligibility/index.js';
import { eligibilityExamples } from './eligibility.js';

describe('worked legal examples of the six-week trigger', () => {
  it.each(eligibilityExamples.map((example) => [example.name, example] as const))('%s', (_name, example) => {
    expect(evaluateEligibility(example.input, example.policy)).toMatchObject(example.expected);
  });
});
