import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import {
  BemCase,
  CaseEvent,
  CaseEventType,
  CaseInvitation,
  CaseOutcome,
  Consent,
  ConsentGrant,
  DataCategory,
  EmployeeDecision,
  InvitationContent,
  Measure,
  MeasureProposal,
  MeasureType,
  Participant,
} from '../../src/model/index.js';

const caseSchemas = { BemCase, CaseEvent, CaseInvitation, Consent, ConsentGrant, EmployeeDecision, InvitationContent, Measure, MeasureProposal, Participant };

/** Every property key anywhere in a JSON schema, with its path. */
function keysOf(schema: unknown, path = ''): string[] {
  if (Array.isArray(schema)) return schema.flatMap((item, index) => keysOf(item, `${path}[${index}]`));
  if (schema === null || typeof schema !== 'object') return [];
  const record = schema as Record<string, unknown>;
  const own = record.properties && typeof record.properties === 'object' ? Object.keys(record.properties) : [];
  return [...own, ...Object.entries(record).flatMap(([key, value]) => keysOf(value, `${path}.${key}`))];
}

describe('case schemas', () => {
  it('have no field that could hold a diagnosis or health details', () => {
    for (const [name, schema] of Object.entries(caseSchemas)) {
      const keys = keysOf(z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' }));
      expect(keys.length, name).toBeGreaterThan(0);
      const healthLike = keys.filter((key) => /diagnos|icd|illness|disease|symptom|sickness|medical|health|finding|condition/i.test(key));
      expect(healthLike, name).toEqual([]);
    }
  });

  it('refuse unknown keys such as a diagnosis on an event', () => {
    const result = CaseEvent.safeParse({ type: 'employee.declined', on: '2025-11-12', by: 'employee', inWriting: true, diagnosis: 'x' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe('unrecognized_keys');
  });

  it('have no data category for health details', () => {
    expect(DataCategory.options).not.toContain('diagnosis');
    expect(DataCategory.options).toContain('work-restrictions');
  });

  it('know no outcome or measure type that prejudges the result', () => {
    for (const word of ['dismissal', 'termination', 'transfer', 'intended']) {
      expect(CaseOutcome.options.some((outcome) => outcome.includes(word))).toBe(false);
      expect(MeasureType.options.some((type) => type.includes(word))).toBe(false);
    }
  });

  it('refuse a measure whose category is not its catalog category', () => {
    const measure = {
      id: 'm-1',
      type: 'ergonomics',
      category: 'qualification',
      status: 'proposed',
      proposedOn: '2025-12-01',
      proposedBy: 'employee',
      agreedOn: null,
      rejectedOn: null,
      startedOn: null,
      completedOn: null,
      abandonedOn: null,
    };
    expect(Measure.safeParse(measure).error?.issues[0]?.path).toEqual(['category']);
    expect(Measure.safeParse({ ...measure, category: 'workplace-design' }).success).toBe(true);
  });

  it('list every event type of the design table plus case.opened', () => {
    expect(CaseEventType.options).toEqual([
      'case.opened',
      'invitation.sent',
      'reminder.sent',
      'employee.accepted',
      'employee.declined',
      'interview.held',
      'participant.added',
      'participant.excluded',
      'consent.granted',
      'consent.revoked',
      'measure.proposed',
      'measure.agreed',
      'measure.rejected',
      'measure.started',
      'measure.completed',
      'measure.abandoned',
      'review.held',
      'employee.withdrew',
      'employee.resumed',
      'case.closed',
      'clarification.demanded',
    ]);
  });

  it('refuse an event instant without offset', () => {
    const event = { type: 'employee.withdrew', on: '2025-11-12', by: 'employee' };
    expect(CaseEvent.safeParse({ ...event, at: '2025-11-12T10:00:00+01:00' }).success).toBe(true);
    expect(CaseEvent.safeParse({ ...event, at: '2025-11-12T10:00:00' }).success).toBe(false);
  });
});
