import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEvent } from '../../src/case/index.js';
import { buildIndex, type CaseIndex, knownIndex } from '../../src/case/case-index.js';
import type { BemCase } from '../../src/model/index.js';
import { sequences, walk } from './arbitraries.js';
import { ev, opened, run } from './fixtures.js';

// A step carries what the rules look up (where a measure or consent sits, who takes part, the
// latest instant) forward in an index beside the case, and freezes only what it built, so a fold
// of N events stays linear. Neither may change an answer: the index a step carries forward is the
// one built from the case itself, every case is frozen at every depth, and a case checked anew
// (read back from JSON) gives the same results for the same events, forks included.

const runs = (fallback: number) => Number(process.env.CASE_PROPERTY_RUNS ?? fallback);
const TIMEOUT = process.env.CASE_PROPERTY_RUNS === undefined ? 30_000 : 3_600_000;

/** The index as plain data; a count of active consents that fell to 0 is the same as none. */
function plain(index: CaseIndex | undefined) {
  if (index === undefined) return undefined;
  const sorted = (map: Map<string, number>) => [...map].filter(([, value]) => value !== 0).sort(([a], [b]) => (a < b ? -1 : 1));
  return {
    measureAt: sorted(index.measureAt),
    consentAt: sorted(index.consentAt),
    participantAt: sorted(index.participantAt),
    activeConsents: sorted(index.activeConsents),
    latestTime: index.latestTime,
    measureStarted: index.measureStarted,
    measureCompleted: index.measureCompleted,
  };
}

/** The first place under `value` that is not frozen, or null. */
function unfrozenAt(value: unknown, path = 'case'): string | null {
  if (typeof value !== 'object' || value === null) return null;
  if (!Object.isFrozen(value)) return path;
  for (const [key, item] of Object.entries(value)) {
    const found = unfrozenAt(item, `${path}.${key}`);
    if (found !== null) return found;
  }
  return null;
}

const fresh = (c: BemCase): BemCase => JSON.parse(JSON.stringify(c)) as BemCase;

describe('folding events one by one', () => {
  it('carries forward exactly the index the case itself gives, at every step', () => {
    fc.assert(
      fc.property(sequences, fc.boolean(), (steps, severelyDisabled) => {
        walk(steps, opened(severelyDisabled), (_before, _event, result) => {
          if (result.ok) expect(plain(knownIndex(result.case))).toEqual(plain(buildIndex(result.case)));
        });
      }),
      { numRuns: runs(300) },
    );
  }, TIMEOUT);

  it('gives cases frozen at every depth, the new event and its records included', () => {
    fc.assert(
      fc.property(sequences, (steps) => {
        walk(steps, opened(true), (_before, _event, result) => {
          if (result.ok) expect(unfrozenAt(result.case)).toBeNull();
        });
      }),
      { numRuns: runs(200) },
    );
  }, TIMEOUT);

  it('answers as a case checked anew from JSON does, also for a second event applied to the same case', () => {
    fc.assert(
      fc.property(sequences, (steps) => {
        walk(steps, opened(true), (before, event, result) => {
          expect(result).toEqual(applyEvent(fresh(before), event));
          // A fork: the same event again on the case the first step moved on from.
          expect(applyEvent(before, event)).toEqual(result);
          if (result.ok) expect(applyEvent(before, ev.close('employment-ended', event.on))).toEqual(applyEvent(fresh(before), ev.close('employment-ended', event.on)));
        });
      }),
      { numRuns: runs(80) },
    );
  }, TIMEOUT);

  it('treats measure and consent ids like toString, constructor or __proto__ as plain ids', () => {
    const names = ['toString', 'constructor', '__proto__', 'valueOf', 'hasOwnProperty'];
    let c = run(opened(), [ev.invite(), ev.accept(), ev.interview()]);
    for (const id of names) {
      expect(applyEvent(c, ev.agree(id, '2025-11-25'))).toMatchObject({ ok: false, error: { code: 'measure-not-found' } });
      expect(applyEvent(c, { type: 'consent.revoked', on: '2025-11-25', by: 'employee', consentId: id })).toMatchObject({ ok: false, error: { code: 'consent-not-found' } });
      c = run(c, [ev.propose(id), ev.agree(id, '2025-11-25')]);
      c = run(c, [{ type: 'consent.granted', on: '2025-11-25', by: 'employee', consent: { id, purpose: 'participation', dataCategories: ['measures'], recipients: ['works-council'] } }]);
    }
    for (const id of names) {
      expect(applyEvent(c, ev.propose(id))).toMatchObject({ ok: false, error: { code: 'duplicate-measure-id' } });
      expect(applyEvent(c, ev.start(id, '2025-11-26')).ok).toBe(true);
      expect(applyEvent(c, { type: 'consent.revoked', on: '2025-11-26', by: 'employee', consentId: id }).ok).toBe(true);
    }
    expect(c.measures.map((measure) => [measure.id, measure.status])).toEqual(names.map((id) => [id, 'agreed']));
    const next = applyEvent(c, ev.start('constructor', '2025-11-26'));
    expect(next.ok && plain(knownIndex(next.case))).toEqual(plain(next.ok ? buildIndex(next.case) : undefined));
  });

  it('looks up measures, consents and participants through the index of the case it moved on to', () => {
    const c = run(opened(), [ev.invite(), ev.accept(), ev.interview(), ev.propose('m-1'), ev.agree('m-1')]);
    const index = knownIndex(c);
    expect(index?.measureAt.get('m-1')).toBe(0);
    expect(index?.consentAt.get('consent-1')).toBe(0);
    expect(index?.activeConsents.get('bem-procedure')).toBe(1);
  });
});
