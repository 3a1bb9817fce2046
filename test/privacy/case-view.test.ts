import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BemCase, BemInputError, type ConsentGrant } from '../../src/model/index.js';
import { CaseView, caseViewRules, Role, viewFor, viewPathsFor } from '../../src/privacy/index.js';
import { reachableCase, stepArb, walk } from '../case/arbitraries.js';
import { opened, run } from '../case/fixtures.js';
import { base, e, sbvContent } from './fixtures.js';

// The allow-list of each role is written out here once more, on its own, so that the code is
// checked against the documented rules and not only against itself.
const full = ['employee', 'bem-officer'] as const;

/** Random cases from sequences of up to 25 events (deep enough for every state, quick enough for 10,000 runs). */
const shortCase = fc.tuple(fc.array(stepArb, { minLength: 1, maxLength: 25 }), fc.boolean()).map(([steps, severelyDisabled]) => walk(steps, opened(severelyDisabled)));
const keysOf = (view: CaseView) => Object.keys(view).filter((key) => key !== 'role' && key !== 'access');

const progress = (recipients: ConsentGrant['recipients'], dataCategories: ConsentGrant['dataCategories'] = ['case-progress']): ConsentGrant => ({
  purpose: 'participation',
  dataCategories,
  recipients,
});

/** Severely disabled; the works council, the company doctor and the SBV take part with a case-progress consent only. */
const withParticipants = run(base(true), [
  e.invite('2025-11-03', sbvContent),
  e.accept(),
  e.grant('2025-11-11', progress(['works-council', 'company-doctor', 'disability-representative', 'trusted-person'])),
  e.add('2025-11-12', 'works-council'),
  e.add('2025-11-12', 'company-doctor'),
  e.add('2025-11-12', 'disability-representative'),
  e.interview('2025-11-20', ['works-council', 'disability-representative']),
]);

describe('viewFor: what was seen before (each must now hold)', () => {
  it('never shows the counted days inside the invitation without consent to absence periods', () => {
    for (const role of ['company-doctor', 'works-council', 'disability-representative'] as const) {
      const view = viewFor(withParticipants, role);
      expect(view.countedDays, role).toBeUndefined();
      expect(view.invitation?.content?.occasion, role).toEqual({ thresholdCrossedOn: '2025-10-20' });
      expect(JSON.stringify(view), role).not.toContain('"countedDays"');
    }
    const absences = run(withParticipants, [e.grant('2025-11-21', progress(['company-doctor'], ['absence-periods']))]);
    expect(viewFor(absences, 'company-doctor').invitation?.content?.occasion).toEqual({ thresholdCrossedOn: '2025-10-20', countedDays: 43 });
  });

  it('never shows the SBV through who demanded a clarification, proposed a measure or added a participant', () => {
    const demanded = run(base(true), [{ type: 'clarification.demanded', on: '2025-10-22', by: 'disability-representative' } as never]);
    const c = run(demanded, [
      e.invite('2025-11-03', sbvContent),
      e.accept(),
      e.grant('2025-11-11', progress(['works-council', 'disability-representative'], ['case-progress', 'measures'])),
      e.add('2025-11-12', 'works-council'),
      e.add('2025-11-12', 'disability-representative'),
      e.interview('2025-11-20', ['works-council', 'disability-representative']),
      { type: 'measure.proposed', on: '2025-11-21', by: 'disability-representative', measure: { id: 'm-1', type: 'ergonomics' } } as never,
    ]);
    const council = viewFor(c, 'works-council');
    expect(council.measures).toHaveLength(1);
    expect(council.clarificationDemands).toEqual([]);
    expect(JSON.stringify(council)).not.toContain('disability-representative');
    const sbv = viewFor(c, 'disability-representative');
    expect(sbv.measures?.[0]?.proposedBy).toBe('disability-representative');
    expect(sbv.clarificationDemands).toEqual([{ on: '2025-10-22', by: 'disability-representative' }]);
  });

  it('shows participants only while they take part, without why anyone left, and never the SBV to others', () => {
    const later = run(withParticipants, [
      e.exclude('2025-11-21', 'company-doctor'),
      e.grant('2025-11-21', progress(['rehab-provider'])),
      e.add('2025-11-22', 'rehab-provider'),
      e.revoke('2025-11-23', 'consent-3'),
    ]);
    const council = viewFor(later, 'works-council');
    expect(council.participants).toEqual([{ role: 'works-council', addedOn: '2025-11-12', addedBy: 'employee' }]);
    expect(council.interview?.present).toEqual(['works-council']);
    expect(JSON.stringify(council)).not.toMatch(/endedBecause|excluded|consent-revoked|disability-representative|integration-office/);
    // the SBV sees itself, the employee and the BEM officer see everything
    expect(viewFor(later, 'disability-representative').participants?.map((p) => p.role)).toEqual(['works-council', 'disability-representative']);
    for (const role of full) expect(viewFor(later, role).participants).toEqual(later.participants);
  });

  it('never lets a measure id or title typed by hand reach the supervisor or a participant', () => {
    const freeText = 'desk-near-the-window-for-anna';
    const c = run(withParticipants, [
      e.grant('2025-11-21', { purpose: 'measure-planning', dataCategories: ['measures'], recipients: ['supervisor', 'works-council'] }),
      e.propose('2025-11-25', freeText, 'ergonomics', 'Desk near the window'),
      e.agree('2025-11-26', freeText),
    ]);
    const supervisor = viewFor(c, 'supervisor');
    expect(supervisor.agreedMeasures).toEqual([
      { ref: 'measure-1', type: 'ergonomics', category: 'workplace-design', status: 'agreed', agreedOn: '2025-11-26', startedOn: null, completedOn: null, abandonedOn: null },
    ]);
    const council = viewFor(c, 'works-council');
    expect(council.measures?.[0]).toMatchObject({ ref: 'measure-1', type: 'ergonomics', status: 'agreed' });
    for (const view of [supervisor, council]) expect(JSON.stringify(view)).not.toMatch(/desk-near|Desk near/);
    expect(viewFor(c, 'bem-officer').measures?.[0]).toMatchObject({ id: freeText, title: 'Desk near the window' });
  });

  it('ends every participant’s access when the case closes, with the day recorded', () => {
    const closed = run(withParticipants, [e.close('2025-12-01', 'no-suitable-measures')]);
    expect(closed.participants.map((p) => [p.role, p.endedOn, p.endedBecause])).toEqual([
      ['works-council', '2025-12-01', 'case-closed'],
      ['company-doctor', '2025-12-01', 'case-closed'],
      ['disability-representative', '2025-12-01', 'case-closed'],
    ]);
    expect(viewFor(closed, 'company-doctor')).toEqual({ role: 'company-doctor', access: 'none' });
    expect(viewFor(closed, 'works-council').access).toBe('minimum');
    expect(viewFor(closed, 'employee').participants).toEqual(closed.participants);
  });

  it('has a view for the trusted person, the rehabilitation provider and the integration office, each per its consents', () => {
    expect(viewFor(withParticipants, 'trusted-person')).toEqual({ role: 'trusted-person', access: 'none' }); // consented, but not taking part
    const c = run(withParticipants, [
      e.add('2025-11-21', 'trusted-person'),
      e.grant('2025-11-21', { purpose: 'external-benefits', dataCategories: ['measures'], recipients: ['rehab-provider', 'integration-office'] }),
      e.grant('2025-11-22', { purpose: 'participation', dataCategories: ['measures'], recipients: ['rehab-provider'] }),
      e.add('2025-11-22', 'rehab-provider'),
    ]);
    expect(viewFor(c, 'trusted-person')).toMatchObject({ access: 'need-to-know', state: 'in-progress', caseId: 'c-1' });
    expect(viewFor(c, 'trusted-person').measures).toBeUndefined();
    expect(viewFor(c, 'rehab-provider')).toMatchObject({ access: 'need-to-know', measures: [] });
    expect(viewFor(c, 'rehab-provider').state).toBeUndefined();
    expect(viewFor(c, 'integration-office')).toEqual({ role: 'integration-office', access: 'none' }); // not taking part
  });

  it('shows the supervisor agreed measures only under a consent that names the supervisor, not the employer', () => {
    const measure = [e.propose('2025-11-25', 'm-1', 'technical-aids'), e.agree('2025-11-26', 'm-1')];
    const employerOnly = run(withParticipants, [e.grant('2025-11-21', { purpose: 'measure-planning', dataCategories: ['measures'], recipients: ['employer'] }), ...measure]);
    expect(viewFor(employerOnly, 'supervisor')).toEqual({
      role: 'supervisor',
      access: 'minimum',
      caseId: 'c-1',
      employeeId: 'e-4711',
      offeredOn: '2025-11-03',
      reply: 'accepted',
      state: 'measures',
      closedOn: null,
    });
    const named = run(withParticipants, [e.grant('2025-11-21', { purpose: 'measure-planning', dataCategories: ['measures'], recipients: ['supervisor'] }), ...measure]);
    expect(viewFor(named, 'supervisor')).toMatchObject({ access: 'need-to-know', agreedMeasures: [expect.objectContaining({ ref: 'measure-1', type: 'technical-aids' })] });
    expect(viewFor(run(named, [e.revoke('2025-11-27', 'consent-3')]), 'supervisor').agreedMeasures).toBeUndefined();
  });
});

describe('Role', () => {
  it('is the employee, the BEM officer and the supervisor, then the participant roles in their order', () => {
    expect(Role.options).toEqual(['employee', 'bem-officer', 'supervisor', 'works-council', 'disability-representative', 'company-doctor', 'trusted-person', 'rehab-provider', 'integration-office']);
  });
});

describe('caseViewRules', () => {
  const restricted = Role.options.filter((role) => caseViewRules[role].recipient !== null);
  const pathsOf = (role: Role) => {
    const rule = caseViewRules[role];
    return [...rule.minimum, ...rule.whenConsented, ...Object.values(rule.byCategory).flat()];
  };

  it('never gives anyone but the employee and the BEM officer a record whole, the consents, the log, the employee record, why someone left, or free text', () => {
    const records = ['employee', 'invitation', 'invitation.content', 'invitation.content.occasion', 'decisions', 'interview', 'participants', 'measures', 'agreedMeasures', 'reviews'];
    const never = ['consents', 'events', 'employee', 'excludedRoles', 'pauseReason', 'stateBeforePause', 'pausedOn', 'participants[].endedOn', 'participants[].endedBecause', 'measures[].id', 'measures[].title', 'invitation.content.contact', 'invitation.content.dataProtection'];
    for (const role of restricted) {
      for (const path of pathsOf(role)) {
        expect(records.includes(path.replace(/\[\]$/, '')), `${role}: ${path}`).toBe(false);
        expect(never.some((forbidden) => path === forbidden || path.startsWith(`${forbidden}.`) || path.startsWith(`${forbidden}[]`)), `${role}: ${path}`).toBe(false);
      }
    }
  });

  it('opens the counted days, at the top and inside the invitation, only with consent to absence periods', () => {
    for (const role of restricted) {
      const rule = caseViewRules[role];
      const elsewhere = [...rule.minimum, ...rule.whenConsented, ...Object.entries(rule.byCategory).filter(([category]) => category !== 'absence-periods').flatMap(([, paths]) => paths)];
      expect(elsewhere.filter((path) => path.endsWith('countedDays')), role).toEqual([]);
    }
  });
});

describe('viewFor', () => {
  it('shows the employee and the BEM officer the whole BEM file', () => {
    for (const role of full) {
      const view = viewFor(withParticipants, role);
      expect(view.access).toBe('full');
      const { id, employee, ...rest } = withParticipants;
      expect(view).toMatchObject({ ...rest, caseId: id, employeeId: employee.id, employee });
      expect(view.agreedMeasures).toBeUndefined();
    }
  });

  it('shows the works council only the monitoring minimum without consent, and the company doctor nothing', () => {
    const c = run(base(), [e.invite(), e.accept()]);
    expect(viewFor(c, 'works-council')).toEqual({ role: 'works-council', access: 'minimum', caseId: 'c-1', employeeId: 'e-4711', thresholdCrossedOn: '2025-10-20', offeredOn: '2025-11-03' });
    expect(viewFor(c, 'company-doctor')).toEqual({ role: 'company-doctor', access: 'none' });
    expect(viewFor(c, 'disability-representative')).toEqual({ role: 'disability-representative', access: 'none' }); // not severely disabled
  });

  it('throws a BemInputError for an unknown role', () => {
    expect(() => viewFor(withParticipants, 'hr-director' as never)).toThrow(BemInputError);
    expect(() => viewFor(withParticipants, 'hr-director' as never)).toThrow(/role/);
  });
});

/** Every key path of a JSON value, lists written `[]`; an empty list or object is a path of its own. */
function keyPaths(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.length === 0 ? [path] : value.flatMap((item) => keyPaths(item, `${path}[]`));
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    return entries.length === 0 ? [path] : entries.flatMap(([key, item]) => keyPaths(item, path === '' ? key : `${path}.${key}`));
  }
  return [path];
}

/** The allow-list in force, recomputed from the rules and the case (not by the code under test). */
function allowedFor(c: BemCase, role: Role): string[] {
  const rule = caseViewRules[role];
  const recipient = rule.recipient;
  const takesPart = c.participants.some((p) => p.role === recipient && p.endedOn === null) && !c.excludedRoles.some((r) => r === recipient);
  const consents = recipient === null || (rule.mustTakePart && !takesPart) ? [] : c.consents.filter((k) => k.revokedOn === null && k.recipients.includes(recipient));
  const categories = new Set(consents.flatMap((k) => k.dataCategories));
  const minimum = rule.minimumOnlyIfSeverelyDisabled && c.employee.severelyDisabled !== true ? [] : rule.minimum;
  return [...minimum, ...(categories.size > 0 ? rule.whenConsented : []), ...[...categories].flatMap((category) => rule.byCategory[category] ?? [])];
}

const permitted = (path: string, allowed: readonly string[]) =>
  allowed.some((prefix) => path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[]`) || prefix.startsWith(`${path}.`) || prefix.startsWith(`${path}[]`));

/** Strings typed by hand into the events: measure ids and titles, consent ids. */
function freeTextOf(c: BemCase): Set<string> {
  return new Set([...c.measures.flatMap((m) => [m.id, ...(m.title === undefined ? [] : [m.title])]), ...c.consents.map((k) => k.id)]);
}
const stringsOf = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : typeof value === 'object' && value !== null ? Object.values(value).flatMap(stringsOf) : [];

// CI runs 10,000; a long run sets VIEW_PROPERTY_RUNS=1000000 and a time limit in milliseconds
// (VIEW_PROPERTY_TIME_LIMIT), and the test prints how many runs it made.
const RUNS = Number(process.env['VIEW_PROPERTY_RUNS'] ?? 10_000);
const TIME_LIMIT = process.env['VIEW_PROPERTY_TIME_LIMIT'] === undefined ? undefined : Number(process.env['VIEW_PROPERTY_TIME_LIMIT']);

/** What is wrong with one role's view of a case; empty when nothing is. Plain code, no `expect`, so 10,000 runs stay fast. */
function problemsOf(c: BemCase, role: Role, secrets: ReadonlySet<string>): string[] {
  const allowed = allowedFor(c, role);
  const view = viewFor(c, role);
  const { role: _role, access: _access, ...shown } = view;
  const problems: string[] = [];
  const given = viewPathsFor(c, role).sort().join(' ');
  if (given !== [...new Set(allowed)].sort().join(' ')) problems.push(`viewPathsFor: ${given}`);
  if (caseViewRules[role].recipient === null) {
    // full views: the case's own top-level records, nothing else
    problems.push(...Object.keys(shown).filter((key) => !allowed.includes(key)).map((key) => `outside the allow-list: ${key}`));
    return problems;
  }
  const json = JSON.parse(JSON.stringify(shown)) as unknown;
  if (!CaseView.safeParse({ role, access: view.access, ...(json as object) }).success) problems.push('not a CaseView');
  problems.push(...keyPaths(json).filter((path) => path !== '' && !permitted(path, allowed)).map((path) => `outside the allow-list: ${path}`));
  problems.push(...stringsOf(json).filter((text) => secrets.has(text)).map((text) => `free text: ${text}`));
  return problems;
}

describe('viewFor over random event sequences, for every role', () => {
  it(`shows only paths of the role's allow-list for the consents in force, and no free text outside the full views (${RUNS} runs)`, () => {
    let made = 0;
    const started = performance.now();
    fc.assert(
      fc.property(shortCase, (c) => {
        made += 1;
        const secrets = freeTextOf(c);
        const problems = Role.options.flatMap((role) => problemsOf(c, role, secrets).map((problem) => `${role}: ${problem}`));
        if (problems.length > 0) throw new Error(problems.join('\n'));
      }),
      { numRuns: RUNS, ...(TIME_LIMIT === undefined ? {} : { interruptAfterTimeLimit: TIME_LIMIT, markInterruptAsFailure: false }) },
    );
    if (TIME_LIMIT !== undefined) console.log(`view allow-list property: ${made} runs, none failing, in ${Math.round((performance.now() - started) / 1000)} s`);
    expect(made).toBeGreaterThan(0);
  }, (TIME_LIMIT ?? 840_000) + 60_000);

  it('copies what it shows exactly as it stands in the case, and survives a JSON round trip', () => {
    fc.assert(
      fc.property(reachableCase, fc.constantFrom(...Role.options), (c, role) => {
        const view = viewFor(c, role);
        if (caseViewRules[role].recipient === null) for (const key of keysOf(view)) if (key in c) expect(view[key as keyof CaseView]).toEqual(c[key as keyof BemCase]);
        if (view.state !== undefined) expect(view.state).toBe(c.state);
        expect(viewFor(JSON.parse(JSON.stringify(c)), role)).toEqual(view);
      }),
      { numRuns: 200 },
    );
  });
});
