import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BemInputError } from '../../src/model/index.js';
import { CaseView, caseViewRules, Role, viewFor } from '../../src/privacy/index.js';
import { reachableCase as anyCase } from '../case/arbitraries.js';
import { run } from '../case/fixtures.js';
import { base, e, sbvContent } from './fixtures.js';

// The who-sees-what table of docs/privacy.md, written out here on its own so the code is checked
// against the documented table, not against itself.
const everything = [
  'caseId', 'employeeId', 'employee', 'thresholdCrossedOn', 'countedDays', 'offeredOn', 'reply', 'state', 'stateBeforePause',
  'pausedOn', 'pauseReason', 'openedOn', 'closedOn', 'outcome', 'invitation', 'decisions', 'interview', 'participants',
  'excludedRoles', 'consents', 'measures', 'reviews', 'events', 'version',
];
const monitoring = ['caseId', 'employeeId', 'thresholdCrossedOn', 'offeredOn'];
const participating = [
  ...monitoring, 'countedDays', 'reply', 'state', 'openedOn', 'closedOn', 'outcome', 'invitation', 'decisions', 'interview',
  'participants', 'measures', 'reviews',
];
const tableRow: Record<Role, { most: string[]; minimum: string[] }> = {
  employee: { most: everything, minimum: everything },
  'bem-officer': { most: everything, minimum: everything },
  supervisor: { most: ['caseId', 'employeeId', 'offeredOn', 'reply', 'state', 'closedOn', 'agreedMeasures'], minimum: ['caseId', 'employeeId', 'offeredOn', 'reply', 'state', 'closedOn'] },
  'works-council': { most: participating, minimum: monitoring },
  'disability-representative': { most: participating, minimum: monitoring },
  'company-doctor': { most: [...participating].filter((name) => name !== 'thresholdCrossedOn' && name !== 'offeredOn'), minimum: [] },
};
const keysOf = (view: CaseView) => Object.keys(view).filter((key) => key !== 'role' && key !== 'access');

const councilGrant = { purpose: 'participation', dataCategories: ['case-progress', 'measures'], recipients: ['works-council', 'company-doctor'] } as const;
const upToCouncil = [e.invite('2025-11-03', sbvContent), e.accept(), e.grant('2025-11-12', { ...councilGrant, dataCategories: [...councilGrant.dataCategories], recipients: [...councilGrant.recipients] }), e.add('2025-11-12', 'works-council')];
const measuresAfter = [
  e.interview('2025-11-20', ['works-council']),
  e.propose('2025-11-25', 'm-1', 'ergonomics', 'Desk on the 2nd floor'),
  e.agree('2025-12-03', 'm-1'),
  e.propose('2025-12-03', 'm-2', 'home-office'),
  e.measureStep('measure.started', '2026-01-05', 'm-1'),
];
const running = run(base(true), [...upToCouncil, ...measuresAfter]);

describe('viewFor', () => {
  it('shows the employee and the BEM officer the whole BEM file', () => {
    for (const role of ['employee', 'bem-officer'] as const) {
      const view = viewFor(running, role);
      expect(view.access).toBe('full');
      expect(keysOf(view).sort()).toEqual([...everything].sort());
      expect(view.consents).toEqual(running.consents);
      expect(view.events).toEqual(running.events);
    }
  });

  it('shows the supervisor the agreed measures without titles once the employer may see measures', () => {
    expect(viewFor(running, 'supervisor')).toEqual({
      role: 'supervisor',
      access: 'need-to-know',
      caseId: 'c-1',
      employeeId: 'e-4711',
      offeredOn: '2025-11-03',
      reply: 'accepted',
      state: 'measures',
      closedOn: null,
      agreedMeasures: [
        { id: 'm-1', type: 'ergonomics', category: 'workplace-design', status: 'started', agreedOn: '2025-12-03', startedOn: '2026-01-05', completedOn: null, abandonedOn: null },
      ],
    });
  });

  it('shows the supervisor no measures when the consent for them was revoked', () => {
    const revoked = run(running, [e.revoke('2026-01-06', 'consent-1')]);
    const view = viewFor(revoked, 'supervisor');
    expect(view.access).toBe('minimum');
    expect(view.agreedMeasures).toBeUndefined();
  });

  it('shows a taking-part works council what its consent covers, and never consents or the log', () => {
    const view = viewFor(running, 'works-council');
    expect(view.access).toBe('need-to-know');
    expect(keysOf(view).sort()).toEqual(
      [...monitoring, 'reply', 'state', 'openedOn', 'closedOn', 'outcome', 'invitation', 'decisions', 'interview', 'participants', 'measures', 'reviews'].sort(),
    );
    expect(view.measures).toEqual(running.measures);
    expect(view.countedDays).toBeUndefined(); // absence periods were not consented
  });

  it('shows the works council only the monitoring minimum when the employee excluded it', () => {
    const excluded = run(running, [e.exclude('2026-01-06', 'works-council')]);
    expect(viewFor(excluded, 'works-council')).toEqual({
      role: 'works-council',
      access: 'minimum',
      caseId: 'c-1',
      employeeId: 'e-4711',
      thresholdCrossedOn: '2025-10-20',
      offeredOn: '2025-11-03',
    });
  });

  it('shows the works council only the minimum when it takes part but no consent names it', () => {
    const unconsented = run(running, [e.revoke('2026-01-06', 'consent-2'), e.grant('2026-01-06', { purpose: 'participation', dataCategories: ['case-progress'], recipients: ['rehab-provider'] })]);
    expect(viewFor(unconsented, 'works-council').access).toBe('minimum');
  });

  it('shows a company doctor who does not take part nothing at all, though a consent names them', () => {
    expect(viewFor(running, 'company-doctor')).toEqual({ role: 'company-doctor', access: 'none' });
  });

  it('shows a taking-part company doctor the consented categories', () => {
    const withDoctor = run(running, [e.add('2026-01-06', 'company-doctor')]);
    const view = viewFor(withDoctor, 'company-doctor');
    expect(view.access).toBe('need-to-know');
    expect(view.measures).toEqual(running.measures);
    expect(view.thresholdCrossedOn).toBeUndefined();
  });

  it('shows the SBV the minimum for a severely disabled employee and nothing otherwise', () => {
    expect(viewFor(running, 'disability-representative').access).toBe('minimum');
    const notDisabled = run(base(), [...upToCouncil, ...measuresAfter]);
    expect(viewFor(notDisabled, 'disability-representative')).toEqual({ role: 'disability-representative', access: 'none' });
  });

  it('shows the counted days only when absence periods were consented', () => {
    const absences = run(running, [e.revoke('2026-01-06', 'consent-2'), e.grant('2026-01-06', { purpose: 'participation', dataCategories: ['absence-periods'], recipients: ['works-council'] }), e.add('2026-01-06', 'works-council')]);
    const view = viewFor(absences, 'works-council');
    expect(view.countedDays).toBe(43);
    expect(view.measures).toBeUndefined();
  });

  it('never shows more than the role’s row of the documented table, for any case', () => {
    fc.assert(
      fc.property(anyCase, fc.constantFrom(...Role.options), (c, role) => {
        const view = viewFor(c, role);
        expect(CaseView.safeParse(view).success).toBe(true);
        const extra = keysOf(view).filter((key) => !tableRow[role].most.includes(key));
        expect(extra).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('shows no more than the minimum to a role that does not take part with a holding consent', () => {
    fc.assert(
      fc.property(anyCase, fc.constantFrom('works-council', 'disability-representative', 'company-doctor') satisfies fc.Arbitrary<Role>, (c, role) => {
        const takesPart = !c.excludedRoles.includes(role) && c.participants.some((p) => p.role === role && p.endedOn === null);
        const consented = c.consents.some((consent) => consent.revokedOn === null && consent.recipients.includes(role));
        if (takesPart && consented) return;
        const view = viewFor(c, role);
        expect(keysOf(view).filter((key) => !tableRow[role].minimum.includes(key))).toEqual([]);
        expect(view.access === 'minimum' || view.access === 'none').toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('copies values as they stand in the case and survives a JSON round trip', () => {
    fc.assert(
      fc.property(anyCase, fc.constantFrom(...Role.options), (c, role) => {
        const view = viewFor(c, role);
        const record = c as unknown as Record<string, unknown>;
        for (const key of keysOf(view)) if (key in record) expect(view[key as keyof CaseView]).toEqual(record[key]);
        expect(viewFor(JSON.parse(JSON.stringify(c)), role)).toEqual(view);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps the table of rules in step with the documented rows', () => {
    for (const role of Role.options) {
      const rule = caseViewRules[role];
      const most = new Set([...rule.minimum, ...rule.whenConsented, ...Object.values(rule.byCategory).flat()]);
      expect([...most].sort(), role).toEqual([...tableRow[role].most].sort());
      expect([...rule.minimum].sort(), role).toEqual([...tableRow[role].minimum].sort());
    }
  });

  it('throws a BemInputError for an unknown role', () => {
    expect(() => viewFor(running, 'hr-director' as never)).toThrow(BemInputError);
    expect(() => viewFor(running, 'hr-director' as never)).toThrow(/role/);
  });
});
