import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BemInputError } from '../../src/model/index.js';
import { EmploymentChangeType, PersonnelFileExtract, personnelFileExtract } from '../../src/privacy/index.js';
import { reachableCase } from '../case/arbitraries.js';
import { run } from '../case/fixtures.js';
import { base, closedCase, e, interviewed } from './fixtures.js';

/** Proposed and agreed on 2025-12-03 (only proposed when `agree` is false). */
const measure = (id: string, type: string, agree = true, title?: string) => [e.propose('2025-12-03', id, type, title), ...(agree ? [e.agree('2025-12-03', id)] : [])];
const started = (id: string) => e.measureStep('measure.started', '2026-01-05', id);

const allowedKeys = ['caseId', 'employeeId', 'offeredOn', 'reply', 'repliedOn', 'endedOn', 'employmentChanges'];

describe('personnelFileExtract', () => {
  it('records the offer, the answer, the end and the agreed changes of the employment only', () => {
    const c = run(base(), [
      ...interviewed,
      ...measure('m-1', 'reduced-hours', true, 'Six hours a day'),
      ...measure('m-2', 'ergonomics'),
      e.grant('2025-12-03', { purpose: 'external-benefits', dataCategories: ['measures'], recipients: ['rehab-provider'] }),
      ...measure('m-3', 'graded-return'),
      ...measure('m-4', 'home-office', false),
      ...measure('m-5', 'other-tasks', false),
      e.reject('2025-12-03', 'm-5'),
      ...measure('m-6', 'home-office'),
      started('m-1'),
      started('m-2'),
      started('m-6'),
      e.measureStep('measure.completed', '2026-03-01', 'm-1'),
      e.measureStep('measure.completed', '2026-03-01', 'm-2'),
      e.close('2026-04-01', 'completed'),
    ]);
    expect(personnelFileExtract(c)).toEqual({
      caseId: 'c-1',
      employeeId: 'e-4711',
      offeredOn: '2025-11-03',
      reply: 'accepted',
      repliedOn: '2025-11-10',
      endedOn: '2026-04-01',
      employmentChanges: [
        { type: 'reduced-hours', agreedOn: '2025-12-03', startedOn: '2026-01-05', endedOn: '2026-03-01' },
        { type: 'home-office', agreedOn: '2025-12-03', startedOn: '2026-01-05', endedOn: null },
      ],
    });
    expect(JSON.stringify(personnelFileExtract(c))).not.toMatch(/m-1|Six hours/);
  });

  it('keeps a change abandoned after it started, with its end, and drops one abandoned before', () => {
    const c = run(base(), [
      ...interviewed,
      ...measure('m-1', 'reduced-hours'),
      ...measure('m-2', 'home-office'),
      started('m-1'),
      e.measureStep('measure.abandoned', '2026-02-01', 'm-1'),
      e.measureStep('measure.abandoned', '2026-02-01', 'm-2'),
    ]);
    expect(personnelFileExtract(c).employmentChanges).toEqual([
      { type: 'reduced-hours', agreedOn: '2025-12-03', startedOn: '2026-01-05', endedOn: '2026-02-01' },
    ]);
  });

  it('records a decline, also one given in the initial interview', () => {
    const atInvitation = run(base(), [e.invite(), e.decline('2025-11-10')]);
    expect(personnelFileExtract(atInvitation)).toMatchObject({ reply: 'declined', repliedOn: '2025-11-10', endedOn: '2025-11-10' });
    const inInterview = run(base(), [e.invite(), e.accept(), e.interview('2025-11-20', [], false)]);
    expect(personnelFileExtract(inInterview)).toMatchObject({ reply: 'declined', repliedOn: '2025-11-20' });
  });

  it('records silence after a reminder as no-response on the closing day', () => {
    const c = closedCase('no-response', '2025-12-01');
    expect(personnelFileExtract(c)).toMatchObject({ reply: 'no-response', repliedOn: '2025-12-01' });
  });

  it('has nulls for a case nobody was invited to yet', () => {
    expect(personnelFileExtract(base())).toEqual({
      caseId: 'c-1',
      employeeId: 'e-4711',
      offeredOn: null,
      reply: null,
      repliedOn: null,
      endedOn: null,
      employmentChanges: [],
    });
  });

  it('contains no other keys for any case, and none of the BEM file details', () => {
    fc.assert(
      fc.property(reachableCase, (c) => {
        const extract = personnelFileExtract(c);
        expect(Object.keys(extract).sort()).toEqual([...allowedKeys].sort());
        for (const change of extract.employmentChanges) expect(Object.keys(change).sort()).toEqual(['agreedOn', 'endedOn', 'startedOn', 'type']);
        expect(PersonnelFileExtract.safeParse(extract).success).toBe(true);
        const text = JSON.stringify(extract);
        for (const secret of ['title', 'consent', 'countedDays', 'participants', 'severelyDisabled', 'Free-text note', 'Desk on']) {
          expect(text).not.toContain(secret);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('lists exactly the agreed measures of employment-changing types that ever ran or still may (reference: a filter)', () => {
    fc.assert(
      fc.property(reachableCase, (c) => {
        const expected = c.measures.filter(
          (m) =>
            (EmploymentChangeType.options as readonly string[]).includes(m.type) &&
            m.agreedOn !== null &&
            !(m.status === 'abandoned' && m.startedOn === null),
        );
        expect(personnelFileExtract(c).employmentChanges.map((change) => change.type)).toEqual(expected.map((m) => m.type));
      }),
      { numRuns: 200 },
    );
  });

  it('does not change the case it is given', () => {
    const c = structuredClone(closedCase('completed', '2026-04-01'));
    const before = structuredClone(c);
    personnelFileExtract(c);
    expect(c).toEqual(before);
  });

  it('throws a BemInputError with the path for a case that is not valid', () => {
    expect(() => personnelFileExtract({ ...base(), state: 'dismissed' } as never)).toThrow(BemInputError);
    try {
      personnelFileExtract({ ...base(), diagnosis: 'x' } as never);
    } catch (error) {
      expect((error as BemInputError).issues[0]?.path).toEqual(['case']);
      expect((error as BemInputError).issues[0]?.code).toBe('unrecognized_keys');
    }
    expect.assertions(3);
  });
});
