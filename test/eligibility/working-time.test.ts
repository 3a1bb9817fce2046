import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, type IsoDate, toEpochDay } from '../../src/dates/index.js';
import {
  eligibilityTimeline,
  type EligibilityInput,
  evaluateEligibility,
  type PolicyInput,
  safeEvaluateEligibility,
  scanWorkforceSync,
  WorkingTime,
} from '../../src/eligibility/index.js';
import { isWorkingTime } from '../../src/eligibility/working-time.js';
import { publicHolidayPredicate } from '../../src/holidays.js';
import { BemInputError } from '../../src/model/index.js';
import { inputWithWorkingTime, workingPolicy, workingTimeNear } from './arbitraries.js';
import { referenceEvaluate } from './reference.js';

/** ≥ 10,000 runs in CI; BEM_LONG_RUNS=1000000 for the long run. */
const RUNS = Number(process.env.BEM_LONG_RUNS ?? (process.env.CI ? 10_000 : 400));

const WORKING = { unit: 'working-days' } as const;
const ROSTER_6_OF_10 = { cycle: [true, true, true, true, true, true, false, false, false, false], cycleStart: '2025-01-06' };

function essentials(input: EligibilityInput, policy: PolicyInput) {
  const result = evaluateEligibility(input, policy);
  return {
    status: result.status,
    countedDays: result.countedDays,
    windowStart: result.window.start,
    thresholdCrossedOn: result.thresholdCrossedOn,
    projectedCrossingOn: result.projectedCrossingOn,
  };
}

const ongoingFrom = (start: string) => [{ start, end: null, kind: 'sickness' as const }];

describe('working time in working-day mode', () => {
  it('a 3-day week has the threshold 18: 18 counted days are not due, the 19th is', () => {
    const input = (asOf: string): EligibilityInput => ({ absences: ongoingFrom('2025-01-06'), asOf, workingTime: { weekdays: [1, 2, 3] } });
    const before = evaluateEligibility(input('2025-02-16'), WORKING);
    expect([before.countedDays, before.threshold, before.status]).toEqual([18, 18, 'approaching']);
    const on = evaluateEligibility(input('2025-02-17'), WORKING);
    expect([on.countedDays, on.status, on.thresholdCrossedOn]).toEqual([19, 'due', '2025-02-17']);
    const after = evaluateEligibility(input('2025-02-18'), WORKING);
    expect([after.countedDays, after.status, after.thresholdCrossedOn]).toEqual([20, 'due', '2025-02-17']);
  });

  it('a roster of 6 working days in 10 has the threshold 25.2: 25 days are not due, the 26th is', () => {
    const input = (asOf: string): EligibilityInput => ({ absences: ongoingFrom('2025-01-06'), asOf, workingTime: ROSTER_6_OF_10 });
    const before = evaluateEligibility(input('2025-02-15'), WORKING);
    expect([before.countedDays, before.threshold, before.status, before.projectedCrossingOn]).toEqual([25, 25.2, 'approaching', '2025-02-16']);
    const on = evaluateEligibility(input('2025-02-16'), WORKING);
    expect([on.countedDays, on.status, on.thresholdCrossedOn]).toEqual([26, 'due', '2025-02-16']);
    const after = evaluateEligibility(input('2025-02-17'), WORKING);
    expect([after.countedDays, after.status, after.thresholdCrossedOn]).toEqual([27, 'due', '2025-02-16']);
    // "at least 25.2" is also first met by 26 days.
    expect(evaluateEligibility(input('2025-02-15'), { ...WORKING, comparison: 'at-least' }).status).toBe('approaching');
    expect(on.policy.threshold.reference).toMatch(/6 × 4\.2 working days per week \(roster\)/);
    expect(on.policy.earlyWarningAt.value).toBeCloseTo(16.8);
  });

  it('a per-employee working time overrides the policy’s workingDays, and an explicit threshold overrides 6 weeks', () => {
    const input: EligibilityInput = { absences: ongoingFrom('2025-01-06'), asOf: '2025-02-16', workingTime: { weekdays: [1, 2, 3] } };
    expect(evaluateEligibility(input, { ...WORKING, workingDays: [1, 2, 3, 4, 5] }).countedDays).toBe(18);
    const set = evaluateEligibility(input, { ...WORKING, threshold: 10 });
    expect([set.threshold, set.status]).toEqual([10, 'due']);
    // In calendar days, the working time changes nothing.
    expect(evaluateEligibility(input).countedDays).toBe(42);
  });

  describe('a change from 5 to 3 days a week inside the window', () => {
    const workingTime = [
      { from: '2025-01-01', pattern: { weekdays: [1, 2, 3, 4, 5] } },
      { from: '2025-07-01', pattern: { weekdays: [1, 2, 3] } },
    ];
    const june = { start: '2025-06-02', end: '2025-06-06', kind: 'sickness' as const }; // 5 working days
    const autumn = (end: string) => ({ start: '2025-09-01', end, kind: 'sickness' as const }); // Mon–Wed only
    const check = (absences: EligibilityInput['absences'], basis: 'on-check-date' | 'window-average') =>
      evaluateEligibility({ absences, asOf: '2025-10-31', workingTime }, { ...WORKING, workingWeekBasis: basis });

    it('on the check date’s week: the threshold is 18', () => {
      const [before, on, after] = ['2025-10-08', '2025-10-13', '2025-10-14'].map((end) => check([autumn(end)], 'on-check-date'));
      expect([before!.countedDays, before!.threshold, before!.status]).toEqual([18, 18, 'approaching']);
      expect([on!.countedDays, on!.status, on!.thresholdCrossedOn]).toEqual([19, 'due', '2025-10-13']);
      expect([after!.countedDays, after!.status]).toEqual([20, 'due']);
    });

    it('on the window average (default): 5 days a week for 242 days and 3 for 123 give 25.96', () => {
      const [before, on, after] = ['2025-10-14', '2025-10-15', '2025-10-20'].map((end) => check([june, autumn(end)], 'window-average'));
      expect(before!.threshold).toBeCloseTo((6 * (5 * 242 + 3 * 123)) / 365, 10);
      expect([before!.countedDays, before!.status]).toEqual([25, 'approaching']);
      expect([on!.countedDays, on!.status]).toEqual([26, 'due']);
      expect([after!.countedDays, after!.status]).toEqual([27, 'due']);
      expect(evaluateEligibility({ absences: [june, autumn('2025-10-15')], asOf: '2025-10-31', workingTime }, WORKING).status).toBe('due');
      expect(on!.policy.workingWeekBasis.value).toBe('window-average');
      expect(on!.policy.threshold.reference).toMatch(/week: Mon, Tue, Wed, Thu, Fri, then week: Mon, Tue, Wed; window-average/);
    });
  });

  it('says which days were left out and why, never "holiday" for a day off', () => {
    const result = evaluateEligibility(
      { absences: [{ start: '2025-06-16', end: '2025-06-22', kind: 'sickness' }], asOf: '2025-06-30' },
      { ...WORKING, holidays: publicHolidayPredicate('DE-NW') },
    );
    expect(result.countedDays).toBe(4);
    expect(result.periods[0]?.leftOut).toEqual({ notScheduled: 2, holidays: [{ date: '2025-06-19', name: 'DE-NW: Fronleichnam' }] });
    const messages = result.reasons.map((reason) => `${reason.code}: ${reason.message}`);
    expect(messages).toContain('day-off-not-counted: 2 days inside the counted periods not counted: not a scheduled working day (week: Mon, Tue, Wed, Thu, Fri)');
    expect(messages).toContain('holiday-not-counted: 1 day inside the counted periods not counted: public holiday (DE-NW: Fronleichnam) on 2025-06-19');

    const roster = evaluateEligibility(
      { absences: [{ start: '2025-01-06', end: '2025-01-25', kind: 'sickness' }], asOf: '2025-01-31', workingTime: ROSTER_6_OF_10 },
      { ...WORKING, holidays: ['2025-01-07'] },
    );
    expect(roster.countedDays).toBe(11);
    const rosterMessages = roster.reasons.map((reason) => reason.message);
    expect(rosterMessages).toContain('8 days inside the counted periods not counted: not a scheduled working day (roster)');
    expect(rosterMessages).toContain('1 day inside the counted periods not counted: holiday (policy holidays) on 2025-01-07');
    expect(rosterMessages.filter((message) => /holiday/.test(message) && /roster/.test(message))).toEqual([]);
    // Calendar days leave nothing out and say nothing about it.
    const calendar = evaluateEligibility({ absences: [{ start: '2025-06-16', end: '2025-06-22', kind: 'sickness' }], asOf: '2025-06-30' });
    expect(calendar.periods[0]).not.toHaveProperty('leftOut');
    expect(calendar.reasons.some((reason) => reason.code.endsWith('not-counted'))).toBe(false);
  });

  it('gives the hospital roster example of the eligibility guide its result', () => {
    const input = (asOf: string): EligibilityInput => ({
      absences: [
        { start: '2025-03-10', end: '2025-03-23', kind: 'sickness' },
        { start: '2025-06-16', end: '2025-06-29', kind: 'sickness' },
        { start: '2025-10-27', end: '2025-11-09', kind: 'sickness' },
      ],
      asOf,
      workingTime: ROSTER_6_OF_10,
    });
    const policy: PolicyInput = { ...WORKING, holidays: publicHolidayPredicate('DE-NW') };
    const result = evaluateEligibility(input('2025-11-10'), policy);
    expect([result.status, result.threshold, result.countedDays, result.thresholdCrossedOn]).toEqual(['due', 25.2, 26, '2025-11-07']);
    expect(result.periods.map((period) => period.days)).toEqual([9, 9, 8]);
    expect(result.periods[1]?.leftOut).toEqual({ notScheduled: 4, holidays: [{ date: '2025-06-19', name: 'DE-NW: Fronleichnam' }] });
    expect(result.reasons.map((reason) => reason.message)).toContain('15 days inside the counted periods not counted: not a scheduled working day (roster)');
    const before = evaluateEligibility(input('2025-11-06'), policy);
    expect([before.status, before.countedDays, before.projectedCrossingOn]).toEqual(['approaching', 25, '2025-11-07']);
    const calendar = evaluateEligibility(input('2025-11-10'));
    expect([calendar.status, calendar.countedDays]).toEqual(['approaching', 42]);
  });

  it('counts a list of scheduled days (a roster export) and only those', () => {
    const days = ['2025-03-03', '2025-03-05', '2025-03-08', '2025-03-09', '2025-03-20'];
    const result = evaluateEligibility(
      { absences: [{ start: '2025-03-01', end: '2025-03-10', kind: 'sickness' }], asOf: '2025-03-31', workingTime: { days } },
      WORKING,
    );
    expect(result.countedDays).toBe(4);
    expect(result.periods[0]?.leftOut?.notScheduled).toBe(6);
  });

  it('refuses a bad working time with the field’s path', () => {
    const bad = (workingTime: unknown, path: (string | number)[]) => {
      const answer = safeEvaluateEligibility({ absences: [], asOf: '2025-10-31', workingTime } as EligibilityInput, WORKING);
      expect(answer.success).toBe(false);
      if (!answer.success) {
        expect(answer.error).toBeInstanceOf(BemInputError);
        expect(answer.error.issues.some((issue) => issue.path.join('.').startsWith(path.join('.')))).toBe(true);
      }
    };
    bad({ weekdays: [] }, ['workingTime']);
    bad({ weekdays: [0] }, ['workingTime']);
    bad({ cycle: [false, false], cycleStart: '2025-01-01' }, ['workingTime']);
    bad({ cycle: [true], cycleStart: '2025-02-30' }, ['workingTime']);
    bad({ days: ['2025-13-01'] }, ['workingTime']);
    bad([{ from: '2025-07-01', pattern: { weekdays: [1] } }, { from: '2025-01-01', pattern: { weekdays: [2] } }], ['workingTime']);
    bad({ weekdays: [1], holidays: [] }, ['workingTime']);
  });

  it('the fast working-time check is never more lenient than the schema', () => {
    const near = workingTimeNear(toEpochDay('2025-06-01' as IsoDate));
    const mangled = fc.oneof(near, fc.anything(), near.map((value) => JSON.parse(JSON.stringify(value).replace(/true/, '1').replace(/"2025-/, '"2025-1'))));
    fc.assert(
      fc.property(mangled, (value) => {
        if (isWorkingTime(value)) expect(WorkingTime.safeParse(value).success).toBe(true);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(near, (value) => {
        expect(isWorkingTime(value)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('working time against the day-by-day reference', () => {
  it(`equals the reference for random weeks, rosters (cycles of 1–28 days), lists, dated changes, holidays and both week bases (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(inputWithWorkingTime, workingPolicy, (input, policy) => {
        expect(essentials(input, policy)).toEqual(referenceEvaluate(input, policy));
      }),
      { numRuns: RUNS },
    );
  }, 3_600_000);

  it('the timeline of a working time equals the evaluation on each day', () => {
    fc.assert(
      fc.property(inputWithWorkingTime, workingPolicy, fc.integer({ min: 0, max: 200 }), (input, policy, length) => {
        const from = input.previousBemConcludedOn != null && input.previousBemConcludedOn > input.asOf ? input.previousBemConcludedOn : input.asOf;
        const to = addDays(from as IsoDate, length);
        const timelineInput = { absences: input.absences, previousBemConcludedOn: input.previousBemConcludedOn, bemRunningSince: input.bemRunningSince, workingTime: input.workingTime };
        const timeline = eligibilityTimeline(timelineInput, { from, to, policy });
        let entry = 0;
        for (let day = from as IsoDate; day <= to; day = addDays(day, 1)) {
          while (entry + 1 < timeline.length && timeline[entry + 1]!.on <= day) entry++;
          const result = evaluateEligibility({ ...input, asOf: day, workingTime: input.workingTime }, policy);
          expect(timeline[entry]!.status, day).toBe(result.status);
          if (timeline[entry]!.on === day) expect(timeline[entry]!.countedDays).toBe(result.countedDays);
        }
      }),
      { numRuns: 60 },
    );
  }, 600_000);
});

describe('scans with per-employee working time and holidays', () => {
  it('gives each employee their own working time and holiday region, the policy shared', () => {
    const absences = [{ start: '2025-06-16', end: '2025-06-22', kind: 'sickness' as const }];
    const items = scanWorkforceSync(
      [
        { employeeId: 'nw-full', absences, holidayRegion: 'DE-NW' },
        { employeeId: 'be-full', absences, holidayRegion: 'DE-BE' },
        { employeeId: 'nw-part', absences, holidayRegion: 'DE-NW', workingTime: { weekdays: [1, 2, 3] } },
        { employeeId: 'policy', absences },
        { employeeId: 'xx', absences, holidayRegion: 'DE-XX' },
      ],
      { asOf: '2025-06-30', policy: WORKING, holidayCalendar: publicHolidayPredicate },
    );
    const counts = items.map((item) => ('result' in item ? [item.employeeId, item.result.countedDays, item.result.threshold] : [item.employeeId, item.error.issues[0]?.path]));
    expect(counts).toEqual([
      ['nw-full', 4, 30],
      ['be-full', 5, 30],
      ['nw-part', 3, 18],
      ['policy', 5, 30],
      ['xx', ['holidayRegion']],
    ]);
  });

  it('refuses a holiday region without a holiday calendar, for that employee only', () => {
    const items = scanWorkforceSync(
      [
        { employeeId: 'a', absences: [], holidayRegion: 'DE-NW' },
        { employeeId: 'b', absences: [] },
      ],
      { asOf: '2025-06-30', policy: WORKING },
    );
    expect('error' in items[0]! && items[0].error.issues[0]?.message).toMatch(/holidayCalendar/);
    expect('result' in items[1]!).toBe(true);
  });
});
