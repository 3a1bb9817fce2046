import { describe, expect, it } from 'vitest';
import { addDays, type IsoDate } from '../../src/dates/index.js';
import {
  defaultPolicy,
  type EligibilityInput,
  evaluateEligibility,
  type PolicyInput,
  safeEvaluateEligibility,
} from '../../src/eligibility/index.js';
import { BemInputError } from '../../src/model/index.js';

/** `days` calendar days of sickness from `start`. */
function sick(start: string, days: number, extra: Record<string, unknown> = {}) {
  return { start, end: addDays(start as IsoDate, days - 1), kind: 'sickness' as const, ...extra };
}

function evaluate(absences: EligibilityInput['absences'], asOf: string, policy?: PolicyInput, extra: Partial<EligibilityInput> = {}) {
  return evaluateEligibility({ absences, asOf, ...extra }, policy);
}

describe('the six weeks in calendar days', () => {
  it('is not due after 42 days, and approaching', () => {
    const result = evaluate([sick('2025-03-01', 42)], '2025-06-30');
    expect(result).toMatchObject({ status: 'approaching', due: false, countedDays: 42, threshold: 42, unit: 'calendar-days' });
    expect(result.thresholdCrossedOn).toBeNull();
  });

  it('is due on the 43rd day, crossed that day', () => {
    const result = evaluate([sick('2025-03-01', 43)], '2025-06-30');
    expect(result).toMatchObject({ status: 'due', due: true, countedDays: 43, thresholdCrossedOn: '2025-04-12', pattern: 'continuous' });
  });

  it('is due on 42 days when the policy compares with at-least', () => {
    expect(evaluate([sick('2025-03-01', 42)], '2025-06-30', { comparison: 'at-least' }).status).toBe('due');
    expect(evaluate([sick('2025-03-01', 41)], '2025-06-30', { comparison: 'at-least' }).status).toBe('approaching');
  });

  it('warns from 28 days, not at 27', () => {
    expect(evaluate([sick('2025-03-01', 27)], '2025-06-30').status).toBe('not-due');
    expect(evaluate([sick('2025-03-01', 28)], '2025-06-30').status).toBe('approaching');
    expect(evaluate([sick('2025-03-01', 28)], '2025-06-30', { earlyWarningAt: null }).status).toBe('not-due');
    expect(evaluate([sick('2025-03-01', 20)], '2025-06-30', { earlyWarningAt: 20 }).status).toBe('approaching');
  });

  it('counts on the check date itself, not the day after', () => {
    expect(evaluate([sick('2025-05-20', 43)], '2025-07-01').countedDays).toBe(43);
    expect(evaluate([sick('2025-05-20', 43)], '2025-06-30').countedDays).toBe(42);
  });

  it('merges overlapping and touching certificates so that each day counts once', () => {
    const result = evaluate(
      [
        { id: 'first', start: '2025-01-06', end: '2025-01-19', kind: 'sickness' },
        { id: 'follow-up', start: '2025-01-20', end: '2025-02-02', kind: 'sickness' },
        { id: 'overlap', start: '2025-01-15', end: '2025-01-25', kind: 'work-accident' },
        { id: 'first', start: '2025-01-06', end: '2025-01-19', kind: 'sickness' },
      ],
      '2025-06-30',
    );
    expect(result.countedDays).toBe(28);
    expect(result.periods).toEqual([
      { start: '2025-01-06', end: '2025-02-02', days: 28, kinds: ['sickness', 'work-accident'], sourceIds: ['first', 'follow-up', 'overlap'] },
    ]);
    expect(result.pattern).toBe('continuous');
  });

  it('handles hundreds of one-day records given in reverse order', () => {
    const absences = Array.from({ length: 300 }, (_, i) => sick(addDays('2025-10-31' as IsoDate, -2 * i), 1));
    const result = evaluate(absences, '2025-10-31');
    expect(result.countedDays).toBe(183);
    expect(result.periods).toHaveLength(183);
    expect(result.thresholdCrossedOn).toBe('2024-06-04'); // the 43rd of the days, every other day since 2024-03-12
  });

  it('keeps absences with a gap of one day apart, as repeated', () => {
    const result = evaluate([sick('2025-01-06', 14), sick('2025-01-21', 14)], '2025-06-30');
    expect(result.periods).toHaveLength(2);
    expect(result.pattern).toBe('repeated');
  });

  it('reports no pattern and no periods without counted days', () => {
    const result = evaluate([], '2025-06-30');
    expect(result).toMatchObject({ status: 'not-due', countedDays: 0, pattern: null, periods: [], projectedCrossingOn: null });
    expect(result.reasons.map((reason) => reason.code)).toEqual(['window', 'counted', 'not-due']);
  });
});

describe('the window of 12 months ending on the check date', () => {
  it('starts on the day after the same calendar day a year earlier', () => {
    expect(evaluate([], '2025-10-31').window).toEqual({ start: '2024-11-01', end: '2025-10-31' });
    expect(evaluate([], '2025-02-28').window).toEqual({ start: '2024-02-29', end: '2025-02-28' });
    expect(evaluate([], '2025-03-01').window).toEqual({ start: '2024-03-02', end: '2025-03-01' });
  });

  it('clamps 29 February: the window ending 2024-02-29 starts 2023-03-01', () => {
    expect(evaluate([], '2024-02-29').window).toEqual({ start: '2023-03-01', end: '2024-02-29' });
  });

  it('counts the window’s first day but not the day before it', () => {
    const onStart = evaluate([sick('2024-11-01', 1)], '2025-10-31');
    const before = evaluate([sick('2024-10-31', 1)], '2025-10-31');
    expect(onStart.countedDays).toBe(1);
    expect(before.countedDays).toBe(0);
  });

  it('clips a period that begins before the window', () => {
    const result = evaluate([sick('2024-10-20', 20)], '2025-10-31');
    expect(result.periods).toEqual([{ start: '2024-11-01', end: '2024-11-08', days: 8, kinds: ['sickness'], sourceIds: [] }]);
  });

  it('can be a fixed number of days instead', () => {
    const result = evaluate([sick('2024-11-01', 1)], '2025-10-31', { window: { days: 365 } });
    expect(result.window).toEqual({ start: '2024-11-01', end: '2025-10-31' });
    expect(evaluate([], '2024-12-31', { window: { days: 365 } }).window.start).toBe('2024-01-02');
  });

  it('ends the duty when old days leave the window: a new run of days over the threshold starts later', () => {
    // 43 days in 2024, then 10 days in 2025: on 2025-03-01 the old days have partly left, but
    // the new ones keep the count over the threshold; by 2025-04-20 all old days have left.
    const absences = [sick('2024-03-01', 43), sick('2025-02-20', 10)];
    const result = evaluate(absences, '2025-03-01');
    expect(result).toMatchObject({ status: 'due', countedDays: 42 + 10, thresholdCrossedOn: '2024-04-12' });
    expect(evaluate(absences, '2025-04-20')).toMatchObject({ status: 'not-due', countedDays: 10 });
  });
});

describe('when the threshold was crossed', () => {
  it('is the 43rd counted day of repeated absences', () => {
    const result = evaluate([sick('2025-01-06', 30), sick('2025-03-03', 20)], '2025-05-01');
    expect(result.thresholdCrossedOn).toBe('2025-03-15');
  });

  it('is the start of the unbroken run: a dip below the threshold starts a new run', () => {
    // 50 days from 2024-05-01 crossed on 2024-06-12. From 2025-05-08 old days leave the window
    // (count 42: not due); a new absence from 2025-05-10 reaches its own 43rd day on 2025-06-21.
    const absences = [sick('2024-05-01', 50), sick('2025-05-10', 50)];
    expect(evaluate(absences, '2025-05-07').thresholdCrossedOn).toBe('2024-06-12');
    expect(evaluate(absences, '2025-05-08')).toMatchObject({ status: 'approaching', countedDays: 42 });
    expect(evaluate(absences, '2025-07-15')).toMatchObject({ status: 'due', thresholdCrossedOn: '2025-06-21' });
  });

  it('may lie before the window when the run has lasted longer than a year', () => {
    const result = evaluate([{ start: '2023-01-01', end: null, kind: 'sickness' }], '2025-06-30');
    expect(result.thresholdCrossedOn).toBe('2023-02-12');
    expect(result.countedDays).toBe(365);
  });
});

describe('ongoing absences and days after the check date', () => {
  it('counts an ongoing absence up to the check date and forecasts the crossing', () => {
    const result = evaluate([{ start: '2025-10-01', end: null, kind: 'sickness' }], '2025-10-31');
    expect(result).toMatchObject({ status: 'approaching', countedDays: 31, projectedCrossingOn: '2025-11-12' });
    expect(result.reasons.map((reason) => reason.code)).toContain('ongoing');
  });

  it('does not count certificate days after the check date today, but forecasts with them', () => {
    const result = evaluate([sick('2025-10-20', 60)], '2025-10-31');
    expect(result).toMatchObject({ countedDays: 12, projectedCrossingOn: '2025-12-01' });
    expect(result.reasons.map((reason) => reason.code)).toContain('after-check-date');
  });

  it('forecasts nothing when the recorded days never reach the threshold', () => {
    expect(evaluate([sick('2025-10-20', 20)], '2025-10-31').projectedCrossingOn).toBeNull();
  });

  it('forecasts a crossing made of a future absence alone', () => {
    expect(evaluate([sick('2025-12-01', 50)], '2025-10-31').projectedCrossingOn).toBe('2026-01-12');
  });
});

describe('what counts', () => {
  it('leaves child sick days, quarantine, employment bans and other absences out, with reasons', () => {
    const result = evaluate(
      [
        { start: '2025-01-01', end: '2025-03-31', kind: 'child-sick' },
        { start: '2025-04-01', end: '2025-04-30', kind: 'quarantine' },
        { start: '2025-05-01', end: '2025-05-31', kind: 'employment-ban' },
        { start: '2025-06-01', end: '2025-06-30', kind: 'other' },
      ],
      '2025-10-31',
    );
    expect(result.countedDays).toBe(0);
    expect(result.reasons.filter((reason) => reason.code === 'kind-not-counted').map((reason) => reason.reference)).toEqual([
      '§ 45 SGB V',
      '§ 167 Abs. 2 S. 1 SGB IX (not incapacity for work)',
      '§ 167 Abs. 2 S. 1 SGB IX (not incapacity for work)',
      '§ 167 Abs. 2 S. 1 SGB IX (not incapacity for work)',
    ]);
  });

  it('counts work accidents, medical rehab and graded return by default', () => {
    const absences = [
      { start: '2025-01-01', end: '2025-01-10', kind: 'work-accident' as const },
      { start: '2025-02-01', end: '2025-02-10', kind: 'medical-rehab' as const },
      { start: '2025-03-01', end: '2025-03-10', kind: 'graded-return' as const },
    ];
    expect(evaluate(absences, '2025-10-31').countedDays).toBe(30);
    expect(evaluate(absences, '2025-10-31', { countedKinds: ['sickness', 'work-accident'] }).countedDays).toBe(10);
  });

  it('counts days without a certificate unless the policy says otherwise', () => {
    const absences = [sick('2025-01-06', 3, { certified: false }), sick('2025-02-03', 5, { certified: true })];
    expect(evaluate(absences, '2025-10-31').countedDays).toBe(8);
    const strict = evaluate(absences, '2025-10-31', { countUncertified: false });
    expect(strict.countedDays).toBe(5);
    expect(strict.reasons.map((reason) => reason.code)).toContain('uncertified-not-counted');
  });

  it('does not count the day someone went home sick, unless the policy says so', () => {
    const absences = [sick('2025-01-06', 5, { wentHomeSick: true })];
    const result = evaluate(absences, '2025-10-31');
    expect(result.countedDays).toBe(4);
    expect(result.periods[0]?.start).toBe('2025-01-07');
    expect(result.reasons.map((reason) => reason.code)).toContain('went-home-sick-day-not-counted');
    expect(evaluate(absences, '2025-10-31', { countWentHomeSickDay: true }).countedDays).toBe(5);
    expect(evaluate([sick('2025-01-06', 1, { wentHomeSick: true })], '2025-10-31').countedDays).toBe(0);
  });
});

describe('working-day mode', () => {
  it('needs 31 working days in a five-day week: 30 are not enough', () => {
    // 2025-03-03 is a Monday: six full weeks are 30 working days, the next Monday the 31st.
    const policy: PolicyInput = { unit: 'working-days' };
    const thirty = evaluate([sick('2025-03-03', 40)], '2025-06-30', policy);
    expect(thirty).toMatchObject({ status: 'approaching', countedDays: 30, threshold: 30, unit: 'working-days' });
    const thirtyOne = evaluate([sick('2025-03-03', 43)], '2025-06-30', policy);
    expect(thirtyOne).toMatchObject({ status: 'due', countedDays: 31, thresholdCrossedOn: '2025-04-14' });
  });

  it('scales the threshold and the warning to a part-time week', () => {
    const result = evaluate([sick('2025-03-03', 42)], '2025-06-30', { unit: 'working-days', workingDays: [1, 2, 3] });
    expect(result.threshold).toBe(18);
    expect(result.countedDays).toBe(18);
    expect(result.status).toBe('approaching');
    expect(result.policy.earlyWarningAt.value).toBe(12);
    expect(evaluate([sick('2025-03-03', 43)], '2025-06-30', { unit: 'working-days', workingDays: [1, 2, 3] }).status).toBe('due');
  });

  it('takes an explicit threshold over six weeks', () => {
    expect(evaluate([sick('2025-03-03', 14)], '2025-06-30', { unit: 'working-days', threshold: 9 }).status).toBe('due');
  });

  it('leaves holidays out, given as a list or as a function', () => {
    const absences = [sick('2025-12-22', 7)];
    expect(evaluate(absences, '2025-12-31', { unit: 'working-days' }).countedDays).toBe(5);
    expect(evaluate(absences, '2025-12-31', { unit: 'working-days', holidays: ['2025-12-25', '2025-12-26'] }).countedDays).toBe(3);
    const byRule = evaluate(absences, '2025-12-31', { unit: 'working-days', holidays: (date) => date.endsWith('-12-25') });
    expect(byRule.countedDays).toBe(4);
    expect(byRule.policy.holidays.value).toBe('predicate');
  });

  it('ignores holidays when counting calendar days', () => {
    expect(evaluate([sick('2025-12-22', 7)], '2025-12-31', { holidays: ['2025-12-25'] }).countedDays).toBe(7);
  });

  it('leaves a weekend-only absence out of the periods', () => {
    const result = evaluate([sick('2025-03-08', 2)], '2025-06-30', { unit: 'working-days' });
    expect(result.periods).toEqual([]);
    expect(result.pattern).toBeNull();
  });
});

describe('reset after a concluded BEM and a running BEM', () => {
  it('counts only days after the previous BEM concluded (BAG 18.11.2021 – 2 AZR 138/21)', () => {
    const absences = [sick('2025-01-06', 40), sick('2025-06-02', 20)];
    expect(evaluate(absences, '2025-10-31').status).toBe('due');
    const result = evaluate(absences, '2025-10-31', undefined, { previousBemConcludedOn: '2025-02-14' });
    expect(result.window.start).toBe('2025-02-15');
    expect(result.countedDays).toBe(20);
    expect(result.status).toBe('not-due');
    const reset = result.reasons.find((reason) => reason.code === 'reset');
    expect(reset?.reference).toBe('BAG 18.11.2021 – 2 AZR 138/21');
  });

  it('says so when the reset lies before the window', () => {
    const result = evaluate([], '2025-10-31', undefined, { previousBemConcludedOn: '2023-01-01' });
    expect(result.window.start).toBe('2024-11-01');
    expect(result.reasons[1]?.message).toContain('before the window');
  });

  it('has an empty window when the previous BEM concluded on the check date', () => {
    const result = evaluate([sick('2025-09-01', 60)], '2025-10-31', undefined, { previousBemConcludedOn: '2025-10-31' });
    expect(result.window).toEqual({ start: '2025-11-01', end: '2025-10-31' });
    expect(result.countedDays).toBe(0);
  });

  it('is never due while a BEM is running', () => {
    const result = evaluate([sick('2025-01-06', 60)], '2025-10-31', undefined, { bemRunningSince: '2025-03-10' });
    expect(result).toMatchObject({ status: 'bem-running', due: false, countedDays: 60, thresholdCrossedOn: null, projectedCrossingOn: null });
    expect(result.reasons.at(-1)?.code).toBe('bem-running');
  });

  it('ignores a BEM that begins after the check date', () => {
    expect(evaluate([sick('2025-01-06', 60)], '2025-10-31', undefined, { bemRunningSince: '2025-11-03' }).status).toBe('due');
  });
});

describe('the result', () => {
  it('reports the default policy with a reference for every setting', () => {
    const result = evaluate([], '2025-10-31');
    expect(result.policy).toBe(defaultPolicy);
    for (const setting of Object.values(defaultPolicy)) expect(setting.reference).not.toBe('');
    expect(Object.isFrozen(defaultPolicy.workingDays.value)).toBe(true);
  });

  it('is plain JSON', () => {
    const result = evaluate([sick('2025-01-06', 50, { id: 'x' })], '2025-10-31', { holidays: ['2025-01-01'] });
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('explains every step in order', () => {
    const result = evaluate([sick('2025-01-06', 50)], '2025-10-31');
    expect(result.reasons.map((reason) => reason.code)).toEqual(['window', 'counted', 'due', 'threshold-crossed']);
    expect(result.reasons[2]?.message).toBe('50 calendar days > 42: the employer must offer a BEM');
  });

  it('reports years far from today without failing', () => {
    expect(evaluate([sick('0001-01-01', 50)], '0001-03-01').status).toBe('due');
    expect(evaluate([{ start: '9999-12-01', end: null, kind: 'sickness' }], '9999-12-31').projectedCrossingOn).toBe(null);
  });
});

describe('invalid input', () => {
  it('names the path of each problem', () => {
    const attempt = () =>
      evaluateEligibility({
        absences: [sick('2025-01-06', 3), sick('2025-01-06', 3), sick('2025-01-06', 3), { start: '2025-03-10', end: '2025-03-01', kind: 'sickness' }],
        asOf: '2025-10-31',
      });
    expect(attempt).toThrow(BemInputError);
    expect(attempt).toThrowErrorMatchingInlineSnapshot(`[BemInputError: Invalid input: absences[3].end: End date must not be before the start date]`);
  });

  it('refuses unknown fields such as health details', () => {
    const result = safeEvaluateEligibility({ absences: [{ ...sick('2025-01-06', 3), diagnosis: 'x' }], asOf: '2025-10-31' } as never);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]).toMatchObject({ path: ['absences', 0], code: 'unrecognized_keys' });
  });

  it('refuses a check date that is not a calendar date, and a reset after it', () => {
    const bad = safeEvaluateEligibility({ absences: [], asOf: '2025-02-29' });
    expect(!bad.success && bad.error.issues.map((issue) => issue.path)).toEqual([['asOf']]);
    const late = safeEvaluateEligibility({ absences: [], asOf: '2025-02-28', previousBemConcludedOn: '2025-03-01' });
    expect(!late.success && late.error.issues).toEqual([
      { path: ['previousBemConcludedOn'], code: 'custom', message: 'The previous BEM cannot have concluded after the check date (asOf)' },
    ]);
  });

  it('names policy problems under policy, together with input problems', () => {
    const result = safeEvaluateEligibility({ absences: [], asOf: 'today' }, { threshold: 0, countedKinds: ['sickness', 'work-accident', 'child-sick'] });
    expect(!result.success && result.error.issues.map((issue) => issue.path)).toEqual([['asOf'], ['policy', 'threshold'], ['policy', 'countedKinds', 2]]);
  });

  it('refuses a policy that leaves sickness or work accidents out', () => {
    const result = safeEvaluateEligibility({ absences: [], asOf: '2025-10-31' }, { countedKinds: ['sickness'] });
    expect(!result.success && result.error.issues[0]?.message).toBe(
      "'work-accident' always counts and cannot be left out (§ 167 Abs. 2 S. 1 SGB IX (the cause of the incapacity is irrelevant))",
    );
  });

  it('turns a failing holidays function into an input error', () => {
    const policy: PolicyInput = {
      unit: 'working-days',
      holidays: () => {
        throw new Error('calendar offline');
      },
    };
    const result = safeEvaluateEligibility({ absences: [sick('2025-01-06', 3)], asOf: '2025-10-31' }, policy);
    expect(!result.success && result.error.issues).toEqual([
      { path: ['policy', 'holidays'], code: 'custom', message: 'The holidays function failed on 2025-01-06: calendar offline' },
    ]);
    expect(() => evaluateEligibility({ absences: [], asOf: '2025-10-31' }, { holidays: 'none' as never })).toThrow(BemInputError);
  });

  it('does not swallow programmer errors', () => {
    const policy = { unit: 'working-days' as const, holidays: () => { throw 'plain'; } };
    const result = safeEvaluateEligibility({ absences: [sick('2025-01-06', 1)], asOf: '2025-10-31' }, policy);
    expect(!result.success && result.error.issues[0]?.message).toBe('The holidays function failed on 2025-01-06: plain');
  });
});
