import { describe, expect, it } from 'vitest';
import { allowedEvents, applyEvent, openCase, replay } from '../../src/case/index.js';
import { BemInputError, type CaseEventInput } from '../../src/model/index.js';
import { caseIn, ev, opened } from './fixtures.js';

/** The issues of the BemInputError that `run` throws. */
function issuesOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof BemInputError) return error.issues;
    throw error;
  }
  throw new Error('expected a BemInputError');
}

describe('bad input to the case machine', () => {
  it('names an unknown event type', () => {
    const issues = issuesOf(() => applyEvent(opened(), { type: 'employee.dismissed', on: '2025-11-04', by: 'employer' } as unknown as CaseEventInput));
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toEqual(['event', 'type']);
  });

  it('names missing fields and wrong shapes with their paths', () => {
    const issues = issuesOf(() => applyEvent(caseIn('invited'), { type: 'employee.accepted', on: '2025-13-01', by: 'employee' } as unknown as CaseEventInput));
    expect(issues.map((issue) => issue.path)).toEqual([
      ['event', 'on'],
      ['event', 'consent'],
    ]);
  });

  it('names an unknown actor', () => {
    expect(issuesOf(() => applyEvent(opened(), { ...ev.invite(), by: 'ceo' } as unknown as CaseEventInput))[0]?.path).toEqual(['event', 'by']);
    expect(issuesOf(() => allowedEvents(opened(), 'ceo' as never))[0]).toMatchObject({ path: ['actor'] });
  });

  it('refuses a diagnosis slipped into an event or a case', () => {
    const issues = issuesOf(() => applyEvent(opened(), { ...ev.invite(), diagnosis: 'x' } as unknown as CaseEventInput));
    expect(issues[0]).toMatchObject({ path: ['event'], code: 'unrecognized_keys' });
    expect(issues[0]?.message).toContain("'diagnosis'");
    expect(issuesOf(() => applyEvent({ ...opened(), notes: 'x' } as never, ev.invite()))[0]).toMatchObject({ path: ['case'], code: 'unrecognized_keys' });
  });

  it('refuses an inconsistent case', () => {
    const issues = issuesOf(() => applyEvent({ ...opened(), outcome: 'completed' }, ev.invite()));
    expect(issues).toEqual([{ path: ['case', 'outcome'], code: 'custom', message: 'An outcome exists exactly when the case is closed' }]);
    expect(issuesOf(() => applyEvent({ ...opened(), version: 3 }, ev.invite()))[0]?.path).toEqual(['case', 'version']);
  });

  it('refuses bad options', () => {
    expect(issuesOf(() => applyEvent(opened(), ev.invite(), { expectedVersion: 0 }))[0]?.path).toEqual(['options', 'expectedVersion']);
  });

  it('refuses a bad openCase input', () => {
    const issues = issuesOf(() => openCase({ id: '', employee: { id: 'e-1', diagnosis: 'x' }, on: '2025-11-31' } as never));
    expect(issues.map((issue) => issue.path)).toEqual([['id'], ['employee'], ['on']]);
  });

  it('refuses a log that does not start with case.opened, a malformed event, or a refused one', () => {
    const c = caseIn('accepted');
    expect(issuesOf(() => replay(c.events.slice(1)))).toEqual([{ path: ['events', 0, 'type'], code: 'custom', message: 'The first event must be case.opened' }]);
    expect(issuesOf(() => replay([]))[0]?.path).toEqual(['events']);
    expect(issuesOf(() => replay([...c.events, { type: 'nope' } as never]))[0]?.path).toEqual(['events', 3, 'type']);
    expect(issuesOf(() => replay([...c.events, { ...ev.withdraw(), by: 'employer' } as CaseEventInput]))).toEqual([
      { path: ['events', 3], code: 'only-employee-may-withdraw', message: 'Only the employee can withdraw from the BEM' },
    ]);
  });
});
