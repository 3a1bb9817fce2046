import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, IsoDate } from '../../src/dates/index.js';
import { type EligibilityAlert, type EligibilityResult, eligibilityAlerts, evaluateEligibility } from '../../src/eligibility/index.js';
import { BemInputError } from '../../src/model/index.js';

const sick = (start: string, end: string) => ({ start, end, kind: 'sickness' as const });
const on = (asOf: string, absences: ReturnType<typeof sick>[], extra = {}) => evaluateEligibility({ absences, asOf, ...extra });
const kinds = (alerts: EligibilityAlert[]) => alerts.map((alert) => alert.kind);

describe('eligibilityAlerts', () => {
  const due = on('2025-02-20', [sick('2025-01-06', '2025-02-20')]); // crossed on 2025-02-17

  it('alerts a crossing on the first check and never again for the same crossing', () => {
    expect(eligibilityAlerts(null, due)).toEqual([{ kind: 'crossed', asOf: '2025-02-20', thresholdCrossedOn: '2025-02-17', countedDays: 46 }]);
    expect(eligibilityAlerts(due, on('2025-02-21', [sick('2025-01-06', '2025-02-21')]))).toEqual([]);
  });

  it('alerts a crossing backdated by a late certificate once, with the day in the past', () => {
    const monday = on('2025-02-17', [sick('2025-01-06', '2025-02-14')]);
    expect(monday.status).toBe('approaching');
    const wednesday = on('2025-02-19', [sick('2025-01-06', '2025-02-19')]);
    expect(eligibilityAlerts(monday, wednesday)).toEqual([{ kind: 'crossed', asOf: '2025-02-19', thresholdCrossedOn: '2025-02-17', countedDays: 45 }]);
    expect(eligibilityAlerts(wednesday, on('2025-02-20', [sick('2025-01-06', '2025-02-19'), sick('2025-01-01', '2025-01-03')]))).toEqual([]);
  });

  it('alerts approaching once when the early warning starts', () => {
    const early = on('2025-02-03', [sick('2025-01-06', '2025-02-03')]);
    expect(early.status).toBe('approaching');
    expect(kinds(eligibilityAlerts(null, early))).toEqual(['approaching']);
    expect(kinds(eligibilityAlerts(on('2025-02-01', [sick('2025-01-06', '2025-02-01')]), early))).toEqual(['approaching']);
    expect(eligibilityAlerts(early, on('2025-02-04', [sick('2025-01-06', '2025-02-04')]))).toEqual([]);
  });

  it('alerts no-longer-due when the count falls back, and a new crossing after that', () => {
    const absences = [sick('2025-01-06', '2025-02-20')];
    const falls = on('2026-01-20', absences);
    expect(falls.status).not.toBe('due');
    expect(kinds(eligibilityAlerts(on('2026-01-05', absences), falls))).toEqual(['no-longer-due']);
    const again = on('2026-03-31', [...absences, sick('2026-02-01', '2026-03-31')]);
    expect(kinds(eligibilityAlerts(falls, again))).toEqual(['crossed']);
  });

  it('alerts a new run that began after the previous check, even when both results are due', () => {
    const absences = [sick('2025-01-06', '2025-02-20'), sick('2026-05-01', '2026-06-30')];
    const first = on('2025-03-01', absences);
    const second = on('2026-06-30', absences);
    expect(second.thresholdCrossedOn! > first.window.end).toBe(true);
    expect(kinds(eligibilityAlerts(first, second))).toEqual(['crossed']);
  });

  it('alerts bem-running once', () => {
    const running = on('2025-03-01', [sick('2025-01-06', '2025-02-20')], { bemRunningSince: '2025-02-25' });
    expect(kinds(eligibilityAlerts(due, running))).toEqual(['bem-running']);
    expect(eligibilityAlerts(running, on('2025-03-02', [sick('2025-01-06', '2025-02-20')], { bemRunningSince: '2025-02-25' }))).toEqual([]);
  });

  it('survives a JSON round trip of the stored result', () => {
    expect(eligibilityAlerts(JSON.parse(JSON.stringify(due)), on('2025-02-21', [sick('2025-01-06', '2025-02-21')]))).toEqual([]);
  });

  it('refuses what is not a result, and a previous result from after the current one', () => {
    expect(() => eligibilityAlerts({} as never, due)).toThrow(/previous: Expected an eligibility result/);
    expect(() => eligibilityAlerts(null, { ...due, window: { start: '2025-01-01', end: 'x' } } as never)).toThrow(BemInputError);
    expect(() => eligibilityAlerts(on('2025-03-01', []), due)).toThrow(/previous: The previous result must not be from after the current one/);
  });

  it('refuses a stored result whose count is not a whole number of days, or an approaching one without its projection', () => {
    expect(() => eligibilityAlerts({ ...due, countedDays: Number.NaN } as never, due)).toThrow(/previous: Expected an eligibility result with countedDays/);
    expect(() => eligibilityAlerts(null, { ...due, countedDays: -1 } as never)).toThrow(/current: Expected an eligibility result with countedDays/);
    const approaching = on('2025-02-10', [sick('2025-01-06', '2025-02-10')]);
    expect(approaching.status).toBe('approaching');
    const { projectedCrossingOn: _dropped, ...withoutProjection } = approaching;
    expect(() => eligibilityAlerts(null, withoutProjection as never)).toThrow(/current: Expected the projected crossing day/);
  });

  it('alerts every crossing exactly once over 90 days of certificates arriving 0–10 days late, like a reference that knows the final data', () => {
    const start = IsoDate.parse('2025-01-01');
    const certificate = fc.record({ offset: fc.integer({ min: 0, max: 89 }), length: fc.oneof(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 30 }), fc.integer({ min: 25, max: 45 })), delay: fc.integer({ min: 0, max: 10 }) });
    let crossingsSeen = 0;
    fc.assert(
      fc.property(fc.array(certificate, { maxLength: 14 }), (certificates) => {
        const all = certificates.map((c) => ({ ...sick(addDays(start, c.offset), addDays(start, c.offset + c.length - 1)), arrives: c.offset + c.delay }));
        const days = 100; // every certificate has arrived by day 99
        const alerted: { on: number; crossedOn: string }[] = [];
        let stored: EligibilityResult | null = null;
        for (let day = 0; day < days; day++) {
          const known = all.filter((c) => c.arrives <= day).map(({ start: s, end, kind }) => ({ start: s, end, kind }));
          const today = evaluateEligibility({ absences: known, asOf: addDays(start, day) });
          for (const alert of eligibilityAlerts(stored, today)) if (alert.kind === 'crossed') alerted.push({ on: day, crossedOn: alert.thresholdCrossedOn });
          stored = JSON.parse(JSON.stringify(today)) as EligibilityResult;
        }
        // the reference: the final data, day by day, the first day of each due run
        const final = all.map(({ start: s, end, kind }) => ({ start: s, end, kind }));
        const reference: string[] = [];
        let before = 'none';
        for (let day = 0; day < days; day++) {
          const result = evaluateEligibility({ absences: final, asOf: addDays(start, day) });
          if (result.status === 'due' && before !== 'due') reference.push(result.thresholdCrossedOn!);
          before = result.status;
        }
        crossingsSeen += reference.length;
        expect(alerted).toHaveLength(reference.length);
        alerted.forEach((alert, index) => {
          // alerted once, with the crossing day known then: never before the final one, never after the alert
          expect(alert.crossedOn >= reference[index]!).toBe(true);
          expect(alert.crossedOn <= addDays(start, alert.on)).toBe(true);
        });
      }),
      { numRuns: 60 },
    );
    expect(crossingsSeen).toBeGreaterThan(10);
  }, 120_000);
});
