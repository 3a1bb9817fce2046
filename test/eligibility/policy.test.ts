import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { defaultPolicy, evaluateEligibility, PolicyData, PolicyInput, safeEvaluateEligibility } from '../../src/eligibility/index.js';

describe('the policy', () => {
  it('can be described as JSON Schema when holidays are a list', () => {
    const schema = z.toJSONSchema(PolicyData) as { properties: Record<string, unknown>; additionalProperties: boolean };
    expect(Object.keys(schema.properties).sort()).toEqual(
      ['comparison', 'countUncertified', 'countWentHomeSickDay', 'countedKinds', 'earlyWarningAt', 'holidays', 'threshold', 'unit', 'window', 'workingDays', 'workingWeekBasis'].sort(),
    );
    expect(schema.additionalProperties).toBe(false);
  });

  it('accepts holidays as a function only in PolicyInput', () => {
    const rule = (date: string) => date.endsWith('-12-25');
    expect(PolicyInput.safeParse({ holidays: rule }).success).toBe(true);
    expect(PolicyData.safeParse({ holidays: rule }).success).toBe(false);
    expect(PolicyInput.safeParse({ holidays: 'christmas' }).error?.issues[0]?.message).toBe('Expected a list of dates or a function (date) => boolean');
    const answer = safeEvaluateEligibility({ absences: [], asOf: '2025-10-31' }, { holidays: 'christmas' as never });
    expect(!answer.success && answer.error.issues).toEqual([
      { path: ['policy', 'holidays'], code: 'invalid_union', message: 'Expected a list of dates or a function (date) => boolean' },
    ]);
    const badDate = safeEvaluateEligibility({ absences: [], asOf: '2025-10-31' }, { holidays: ['2025-12-32'] });
    expect(!badDate.success && badDate.error.issues[0]?.path).toEqual(['policy', 'holidays', 0]);
  });

  it('refuses unknown settings', () => {
    expect(PolicyInput.safeParse({ thresold: 42 }).success).toBe(false);
  });

  it('resolves every setting with its value and reference, sorted and deduplicated', () => {
    const { policy } = evaluateEligibility(
      { absences: [], asOf: '2025-10-31' },
      {
        unit: 'working-days',
        workingDays: [5, 1, 3],
        holidays: ['2025-12-26', '2025-12-25', '2025-12-25'],
        countedKinds: ['graded-return', 'work-accident', 'sickness'],
        threshold: 20,
        comparison: 'at-least',
        countUncertified: false,
        countWentHomeSickDay: true,
        window: { days: 365 },
      },
    );
    expect(policy.workingDays.value).toEqual([1, 3, 5]);
    expect(policy.holidays.value).toEqual(['2025-12-25', '2025-12-26']);
    expect(policy.countedKinds.value).toEqual(['sickness', 'work-accident', 'graded-return']);
    expect(policy.threshold).toEqual({ value: 20, reference: 'policy setting threshold (overrides 6 weeks)' });
    expect(policy.comparison.reference).toContain('at-least');
    expect(policy.countUncertified.reference).toBe('policy setting countUncertified: false');
    expect(policy.countWentHomeSickDay.reference).toBe('policy setting countWentHomeSickDay: true');
    expect(policy.earlyWarningAt.value).toBe(12);
    expect(policy.window.value).toEqual({ days: 365 });
  });

  it('defaults to more than 42 calendar days within 12 months, warning at 28', () => {
    expect(defaultPolicy.unit.value).toBe('calendar-days');
    expect(defaultPolicy.threshold.value).toBe(42);
    expect(defaultPolicy.comparison.value).toBe('more-than');
    expect(defaultPolicy.window.value).toEqual({ months: 12 });
    expect(defaultPolicy.countedKinds.value).toEqual(['sickness', 'work-accident', 'medical-rehab', 'graded-return']);
    expect(defaultPolicy.countUncertified.value).toBe(true);
    expect(defaultPolicy.countWentHomeSickDay.value).toBe(false);
    expect(defaultPolicy.workingDays.value).toEqual([1, 2, 3, 4, 5]);
    expect(defaultPolicy.earlyWarningAt.value).toBe(28);
  });
});
