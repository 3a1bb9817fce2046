import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AuditFinding, auditCase, auditRules, openCase } from '../../src/case/index.js';
import { addDays, fromEpochDay, toEpochDay } from '../../src/dates/index.js';
import type { IsoDate } from '../../src/dates/index.js';
import { type BemCase, BemInputError, type CaseEventInput } from '../../src/model/index.js';
import { anyDate } from '../privacy/arbitrary-case.js';
import { base, e, properContent as handContent } from '../privacy/fixtures.js';
import { reachableCase } from './arbitraries.js';
import { ev, opened, run, sbvContent } from './fixtures.js';

const refusedAsForged = (c: unknown) => expect(() => auditCase(c as BemCase, { asOf: '2026-01-10' })).toThrow(/does not follow from its event log/);

// The machine's fixture: threshold crossed on 2025-10-30, case opened on 2025-11-03.
const codes = (c: BemCase, asOf: string, options = {}) => auditCase(c, { asOf, ...options }).map((finding) => finding.code);
const decline = (on: string, inWriting: boolean): CaseEventInput => ({ type: 'employee.declined', on, by: 'employee', inWriting });
const add = (role: string, on: string, by = 'employer'): CaseEventInput => ({ type: 'participant.added', on, by, role }) as CaseEventInput;
const grant = (recipients: string[], on: string, purpose = 'participation'): CaseEventInput =>
  ({ type: 'consent.granted', on, by: 'employee', consent: { purpose, dataCategories: ['case-progress'], recipients } }) as CaseEventInput;

/** A whole BEM done by the book: in time, proper, with the works council, a measure, a review. */
const byTheBook = run(opened(), [
  ev.invite('2025-11-04'),
  ev.accept('2025-11-10'),
  add('works-council', '2025-11-12'),
  ev.interview('2025-11-20', true, ['works-council']),
  ev.propose('m-1', 'ergonomics', '2025-11-25'),
  ev.agree('m-1', '2025-11-26'),
  ev.start('m-1', '2025-12-01'),
  ev.complete('m-1', '2026-01-15'),
  ev.review('2026-02-01'),
  ev.close('completed', '2026-03-01'),
]);

describe('auditCase', () => {
  it('finds nothing in a BEM done by the book', () => {
    expect(auditCase(byTheBook, { asOf: '2026-03-02' })).toEqual([]);
  });

  describe('offer-late', () => {
    it('accepts an invitation on day 14 after the crossing and flags one on day 15', () => {
      expect(codes(run(opened(), [ev.invite('2025-11-13')]), '2025-11-20')).toEqual([]);
      expect(auditCase(run(opened(), [ev.invite('2025-11-14')]), { asOf: '2025-11-20' })).toEqual([
        {
          code: 'offer-late',
          severity: 'warning',
          message: 'The invitation was sent 15 days after the threshold was crossed on 2025-10-30; the limit is 14 days',
          reference: '§ 167 Abs. 2 S. 1 SGB IX; BAG 20.11.2014 – 2 AZR 755/13; practice',
        },
      ]);
    });

    it('takes the limit from the options', () => {
      expect(codes(run(opened(), [ev.invite('2025-11-14')]), '2025-11-20', { maxDaysToOffer: 15 })).toEqual([]);
      expect(codes(run(opened(), [ev.invite('2025-11-04')]), '2025-11-20', { maxDaysToOffer: 4 })).toEqual(['offer-late']);
    });

    it('flags a missing invitation as an error once the limit has passed: day 14 no, day 15 yes', () => {
      expect(codes(opened(), '2025-11-13')).toEqual([]);
      expect(auditCase(opened(), { asOf: '2025-11-14' })).toEqual([
        expect.objectContaining({ code: 'offer-late', severity: 'error', message: 'No invitation has been sent 15 days after the threshold was crossed on 2025-10-30; the limit is 14 days' }),
      ]);
    });

    it('counts a case closed without an invitation up to its closure', () => {
      expect(codes(run(base(), [e.close('2025-11-03', 'employment-ended')]), '2026-01-01')).toEqual([]);
      const late = run(base(), [e.close('2025-11-30', 'employment-ended')]);
      expect(auditCase(late, { asOf: '2025-12-01' })[0]?.message).toBe('The case was closed 41 days after the threshold was crossed on 2025-10-20 without an invitation; the limit is 14 days');
    });

    it('counts from the opening day for a case opened by hand', () => {
      const byHand = run(openCase({ id: 'c-1', employee: { id: 'e-4711' }, on: '2025-10-21' }), [e.invite('2025-11-05')]);
      expect(auditCase(byHand, { asOf: '2025-11-06' })[0]?.message).toBe('The invitation was sent 15 days after the case was opened on 2025-10-21; the limit is 14 days');
    });

    it('flags exactly the offers later than the limit (reference: plain day arithmetic)', () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 40 }), (offset, limit) => {
          // crossed on 2025-10-20, opened the day after
          const sentOn = addDays('2025-10-20' as IsoDate, offset);
          const c = run(base(), [e.invite(sentOn, { ...handContent, replyBy: addDays(sentOn, 14) })]);
          expect(codes(c, addDays(sentOn, 1), { maxDaysToOffer: limit }).includes('offer-late')).toBe(offset > limit);
        }),
        { numRuns: 150 },
      );
    });
  });

  describe('improper-invitation', () => {
    it('cannot be handed a case whose invitation lacks elements: the machine never sends one, so such a case is forged', () => {
      const { trustedPersonOffered: _left, ...content } = handContent;
      const c = run(base(), [e.invite()]);
      refusedAsForged({ ...c, invitation: { ...c.invitation, content } });
      refusedAsForged({ ...c, invitation: { ...c.invitation, content: { ...handContent, doctorVisit: 'mandatory' } } });
    });
  });

  describe('decline-not-in-writing', () => {
    it('flags a decline not given in writing and accepts a written one', () => {
      expect(codes(run(opened(), [ev.invite(), decline('2025-11-10', false)]), '2025-11-10')).toEqual(['decline-not-in-writing']);
      expect(codes(run(opened(), [ev.invite(), decline('2025-11-10', true)]), '2025-11-10')).toEqual([]);
    });

    it('accepts a no in the initial interview, which its minutes record', () => {
      const withCouncil = [ev.invite(), ev.accept(), add('works-council', '2025-11-12')];
      expect(codes(run(opened(), [...withCouncil, ev.interview('2025-11-20', false, ['works-council'])]), '2025-11-20')).toEqual([]);
    });

    it('cannot be handed a no at the invitation whose form is not stated (the event always states it)', () => {
      const c = run(base(), [e.invite(), e.decline('2025-11-10')]);
      refusedAsForged({ ...c, decisions: [{ on: '2025-11-10', stage: 'invitation', answer: 'no', inWriting: null }] });
    });
  });

  describe('no-measure-examined', () => {
    const interviewed = [ev.invite(), ev.accept(), add('works-council', '2025-11-12'), ev.interview('2025-11-20', true, ['works-council'])];

    it('flags a case closed without suitable measures when none was ever proposed', () => {
      expect(auditCase(run(opened(), [...interviewed, ev.close('no-suitable-measures', '2025-12-01')]), { asOf: '2025-12-01' })).toEqual([
        {
          code: 'no-measure-examined',
          severity: 'error',
          message: 'The case was closed on 2025-12-01 as no-suitable-measures without any measure having been proposed or examined',
          reference: 'BAG 7.9.2021 – 9 AZR 571/20',
        },
      ]);
    });

    it('accepts the same closure after a measure was examined and rejected', () => {
      const rejected: CaseEventInput = { type: 'measure.rejected', on: '2025-11-26', by: 'employee', measureId: 'm-1' };
      expect(codes(run(opened(), [...interviewed, ev.propose(), rejected, ev.close('no-suitable-measures', '2025-12-01')]), '2025-12-01')).toEqual([]);
    });
  });

  describe('employee-not-involved', () => {
    it('cannot be handed an interview without the employee’s yes, or a measure run without their agreement: such cases are forged', () => {
      const invited = run(base(), [e.invite()]);
      refusedAsForged({ ...invited, state: 'in-progress', interview: { heldOn: '2025-11-20', present: [], employeeAgreed: true } });
      const running = run(base(), [e.invite(), e.accept(), e.interview(), e.propose('2025-11-25', 'm-1', 'ergonomics'), e.agree('2025-11-26', 'm-1'), e.measureStep('measure.started', '2025-12-01', 'm-1')]);
      refusedAsForged({ ...running, measures: running.measures.map((m) => ({ ...m, agreedOn: null })) });
    });
  });

  describe('representation and SBV', () => {
    it('flags a works council the employee consented to that was not at the interview', () => {
      const c = run(opened(), [ev.invite(), ev.accept(), ev.interview('2025-11-20')]);
      expect(auditCase(c, { asOf: '2025-11-21' })).toEqual([
        {
          code: 'works-council-not-involved',
          severity: 'error',
          message: 'The employee consented to the works council (Betriebsrat / Personalrat) taking part, but it did not take part and was not at the initial interview of 2025-11-20',
          reference: '§ 167 Abs. 2 S. 1 SGB IX; BAG 19.11.2019 – 1 ABR 36/18',
        },
      ]);
    });

    it('accepts a works council the employee excluded', () => {
      const excluded: CaseEventInput = { type: 'participant.excluded', on: '2025-11-11', by: 'employee', role: 'works-council' };
      expect(codes(run(opened(), [ev.invite(), ev.accept(), excluded, ev.interview('2025-11-20')]), '2025-11-21')).toEqual([]);
    });

    it('waits for the case to close when the consent came after the interview', () => {
      const late = run(base(), [
        e.invite(),
        e.accept(),
        e.interview(),
        e.grant('2025-11-25', { purpose: 'participation', dataCategories: ['case-progress'], recipients: ['works-council'] }),
        e.propose('2025-11-25', 'm-1', 'ergonomics'),
        e.agree('2025-11-26', 'm-1'),
        e.measureStep('measure.started', '2025-12-01', 'm-1'),
        e.measureStep('measure.completed', '2026-03-01', 'm-1'),
      ]);
      // a review is due 8 weeks after the start by default; here 14, so only the council counts
      expect(codes(late, '2026-03-01', { policy: { reviewAfterWeeks: 14 } })).toEqual([]);
      expect(codes(run(late, [e.close('2026-03-05', 'completed')]), '2026-03-05')).toEqual(['works-council-not-involved']);
    });

    it('flags the SBV consented to for a severely disabled employee, and only then', () => {
      const events = [ev.invite('2025-11-04', sbvContent), ev.accept(), add('works-council', '2025-11-12'), grant(['disability-representative'], '2025-11-13'), ev.interview('2025-11-20', true, ['works-council'])];
      expect(codes(run(opened(true), events), '2025-11-21')).toEqual(['disability-representative-not-involved']);
      const withSbv = [...events.slice(0, 4), add('disability-representative', '2025-11-14'), ev.interview('2025-11-20', true, ['works-council', 'disability-representative'])];
      expect(codes(run(opened(true), withSbv), '2025-11-21')).toEqual([]);
      expect(codes(run(opened(false), events), '2025-11-21')).toEqual([]);
    });
  });

  describe('external bodies', () => {
    const interviewed = [ev.invite('2025-11-04', sbvContent), ev.accept(), add('works-council', '2025-11-12'), ev.interview('2025-11-20', true, ['works-council'])];
    const benefits = grant(['rehab-provider'], '2025-11-21', 'external-benefits');

    it('flags an agreed graded return without the rehabilitation provider', () => {
      const c = run(opened(), [...interviewed, benefits, ev.propose('m-1', 'graded-return'), ev.agree('m-1')]);
      expect(auditCase(c, { asOf: '2025-11-27' })).toEqual([
        {
          code: 'rehab-provider-not-involved',
          severity: 'warning',
          message: 'Agreed measure m-1 (graded-return) needs the rehabilitation provider (Rehabilitationsträger), which does not take part in the case',
          reference: '§ 167 Abs. 2 S. 5 SGB IX',
        },
      ]);
    });

    it('accepts it once the rehabilitation provider takes part, and ignores a mere proposal', () => {
      const withProvider = [...interviewed, benefits, grant(['rehab-provider'], '2025-11-21'), add('rehab-provider', '2025-11-22')];
      expect(codes(run(opened(), [...withProvider, ev.propose('m-1', 'graded-return'), ev.agree('m-1')]), '2025-11-27')).toEqual([]);
      expect(codes(run(opened(), [...interviewed, ev.propose('m-1', 'graded-return')]), '2025-11-27')).toEqual([]);
    });

    it('flags integration-office support without the integration office', () => {
      const c = run(opened(true), [
        ...interviewed,
        grant(['integration-office', 'rehab-provider'], '2025-11-21', 'external-benefits'),
        grant(['rehab-provider'], '2025-11-21'),
        add('rehab-provider', '2025-11-22'),
        ev.propose('m-1', 'integration-office-support'),
        ev.agree('m-1'),
        ev.propose('m-2', 'rehabilitation-benefits', '2025-11-26'),
        ev.agree('m-2', '2025-11-27'),
      ]);
      expect(codes(c, '2025-12-05', { policy: { benefitsWithinDays: 14 } })).toEqual(['integration-office-not-involved']);
      // by default the benefits were due to be applied for within 7 days of each agreement
      expect(codes(c, '2025-12-05')).toEqual(['integration-office-not-involved', 'benefits-overdue', 'benefits-overdue']);
    });
  });

  describe('retention-passed', () => {
    it('allows the file three years after closure up to its due day, not after', () => {
      expect(codes(byTheBook, '2029-02-28')).toEqual([]);
      expect(codes(byTheBook, '2029-03-01')).toEqual([]);
      expect(auditCase(byTheBook, { asOf: '2029-03-02' })).toEqual([
        {
          code: 'retention-passed',
          severity: 'error',
          message: 'The BEM file was due for deletion on 2029-03-01 (at the end of the retention period) and still exists on 2029-03-02',
          reference: 'Art. 5 Abs. 1 lit. e GDPR; practice',
        },
      ]);
    });

    it('allows a declined file only on its closing day', () => {
      const declined = run(opened(), [ev.invite(), decline('2025-11-10', true)]);
      expect(codes(declined, '2025-11-09')).toEqual([]);
      expect(codes(declined, '2025-11-10')).toEqual([]);
      expect(auditCase(declined, { asOf: '2025-11-11' })[0]?.message).toBe(
        'The BEM file was due for deletion on 2025-11-10 (at once after the decline or withdrawal; keep only the proof of the offer) and still exists on 2025-11-11',
      );
    });

    it('reports a file kept after every BEM consent was revoked, from the day after the revocation', () => {
      const revoked = run(base(), [e.invite(), e.accept(), e.interview(), e.revoke('2025-12-01', 'consent-1')]);
      expect(codes(revoked, '2025-12-01')).toEqual([]);
      expect(auditCase(revoked, { asOf: '2026-12-01' })).toEqual([
        {
          code: 'retention-passed',
          severity: 'error',
          message:
            'The BEM file was due for deletion on 2025-12-01 (on the day the employee revoked the last consent to the BEM: without consent nothing of it may be kept (Art. 7 Abs. 3 GDPR; Art. 17 Abs. 1 lit. b GDPR); keep only the proof of the offer) and still exists on 2026-12-01',
          reference: 'Art. 5 Abs. 1 lit. e GDPR; practice',
        },
        expect.objectContaining({ code: 'pause-too-long' }),
      ]);
    });

    it('uses the retention policy of the options', () => {
      expect(codes(byTheBook, '2027-03-02', { retention: { yearsAfterClosure: 1 } })).toEqual(['retention-passed']);
    });
  });

  describe('pause-too-long after a withdrawal', () => {
    const withdrawn = run(base(), [e.invite(), e.accept(), e.interview(), e.withdraw('2025-12-01')]);

    it('tells the employer to close a case paused after a withdrawal once the limit has passed: day 90 no, day 91 yes', () => {
      expect(codes(withdrawn, '2026-03-01')).toEqual([]); // 90 days
      expect(auditCase(withdrawn, { asOf: '2026-03-02' })).toEqual([expect.objectContaining({ code: 'pause-too-long', message: expect.stringMatching(/closing it as withdrawn/) })]);
    });

    it('is gone once the case is closed as withdrawn, whose file is then due at once', () => {
      const closed = run(withdrawn, [e.close('2026-03-02', 'withdrawn', 'employee')]);
      expect(codes(closed, '2026-03-02')).toEqual([]);
      expect(codes(closed, '2026-03-03')).toEqual(['retention-passed']);
    });
  });

  it('returns well-formed findings with the severity and reference of its rules, for any case', () => {
    fc.assert(
      fc.property(reachableCase, anyDate, (c, asOf) => {
        const before = structuredClone(c);
        const findings = auditCase(c, { asOf });
        for (const finding of findings) {
          expect(AuditFinding.parse(finding)).toEqual(finding);
          expect(finding.reference.startsWith(auditRules[finding.code].reference)).toBe(true);
          if (finding.code !== 'offer-late') expect(finding.severity).toBe(auditRules[finding.code].severity);
        }
        expect(auditCase(c, { asOf })).toEqual(findings);
        expect(c).toEqual(before);
      }),
      { numRuns: 200 },
    );
  });

  it('reports a passed retention long after exactly the cases that were closed or lost every BEM consent', () => {
    fc.assert(
      fc.property(reachableCase, (c) => {
        const bem = c.consents.filter((consent) => consent.purpose === 'bem-procedure');
        const revoked = bem.length > 0 && bem.every((consent) => consent.revokedOn !== null);
        const longAfter = fromEpochDay(toEpochDay((c.closedOn ?? '2030-01-01') as IsoDate) + 4 * 366);
        expect(codes(c, longAfter).includes('retention-passed')).toBe(c.closedOn !== null || revoked);
      }),
      { numRuns: 150 },
    );
  });

  it('throws a BemInputError with the path for bad options', () => {
    expect(() => auditCase(byTheBook, { asOf: '2026-02-30' })).toThrow(BemInputError);
    try {
      auditCase(byTheBook, { asOf: '2026-03-01', maxDaysToOffer: -1 });
    } catch (error) {
      expect((error as BemInputError).issues[0]?.path).toEqual(['options', 'maxDaysToOffer']);
    }
    expect(() => auditCase(byTheBook, {} as never)).toThrow(/options\.asOf/);
  });
});
