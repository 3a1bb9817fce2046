import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import {
  allowedEvents,
  applyEvent,
  type ApplyResult,
  type CaseError,
  type CaseErrorCode,
  caseStateDiagram,
  checkInvitation,
  type CaseLetter,
  type CaseLetterElement,
  type InvitationCheck,
  type InvitationLetter,
  type LetterDraft,
  type LetterElement,
  openCase,
  renderCaseLetter,
  renderInvitationLetter,
  replay,
} from '../../src/case/index.js';
import {
  BemCase,
  CaseEvent,
  type CaseEventInput,
  type CaseEventOf,
  type CaseEventType,
  CaseOutcome,
  CaseState,
  Consent,
  InvitationContent,
  InvitationElement,
  Measure,
  Participant,
} from '../../src/model/index.js';

describe('case types', () => {
  it('give each schema the type inferred from it', () => {
    expectTypeOf<BemCase>().toEqualTypeOf<z.infer<typeof BemCase>>();
    expectTypeOf<CaseEvent>().toEqualTypeOf<z.infer<typeof CaseEvent>>();
    expectTypeOf<Consent>().toEqualTypeOf<z.infer<typeof Consent>>();
    expectTypeOf<Measure>().toEqualTypeOf<z.infer<typeof Measure>>();
    expectTypeOf<Participant>().toEqualTypeOf<z.infer<typeof Participant>>();
    expectTypeOf<InvitationContent>().toEqualTypeOf<z.infer<typeof InvitationContent>>();
    expectTypeOf<CaseState>().toEqualTypeOf<'open' | 'invited' | 'accepted' | 'in-progress' | 'measures' | 'review' | 'paused' | 'closed'>();
    expectTypeOf<CaseOutcome>().toEqualTypeOf<'completed' | 'no-suitable-measures' | 'declined' | 'no-response' | 'withdrawn' | 'employment-ended'>();
  });

  it('type the machine’s functions', () => {
    expectTypeOf(openCase).returns.toEqualTypeOf<BemCase>();
    expectTypeOf(applyEvent).returns.toEqualTypeOf<ApplyResult>();
    expectTypeOf(replay).returns.toEqualTypeOf<BemCase>();
    expectTypeOf(allowedEvents).returns.toEqualTypeOf<CaseEventType[]>();
    expectTypeOf(checkInvitation).returns.toEqualTypeOf<InvitationCheck>();
    expectTypeOf(caseStateDiagram).returns.toBeString();
    expectTypeOf<InvitationCheck['missing']>().toEqualTypeOf<readonly InvitationElement[]>();
    expectTypeOf<Extract<ApplyResult, { ok: false }>['error']>().toEqualTypeOf<CaseError>();
    expectTypeOf<'consent-required'>().toExtend<CaseErrorCode>();
  });

  it('narrow an event by its type', () => {
    expectTypeOf<CaseEventOf<'case.closed'>['outcome']>().toEqualTypeOf<CaseOutcome>();
    expectTypeOf<CaseEventType>().toEqualTypeOf<CaseEvent['type']>();
  });

  it('do not compile an unknown event type, a recorded dismissal or a diagnosis', () => {
    // @ts-expect-error an unknown event type
    const unknownType: CaseEventInput = { type: 'employee.dismissed', on: '2025-11-04', by: 'employer' };
    // A dismissal can be proposed (the case refuses it with measure-prejudges-outcome), but no case records one.
    // @ts-expect-error no recorded measure type prejudges the outcome
    const dismissal: Measure['type'] = 'dismissal';
    // @ts-expect-error no outcome is a dismissal
    const outcome: CaseEventInput = { type: 'case.closed', on: '2025-11-04', by: 'employer', outcome: 'dismissal' };
    // @ts-expect-error no field for a diagnosis
    const diagnosis: CaseEventInput = { type: 'employee.withdrew', on: '2025-11-04', by: 'employee', diagnosis: 'x' };
    expectTypeOf([unknownType, dismissal, outcome, diagnosis]).toBeArray();
  });

  it('renders every letter as one draft shape', () => {
    expectTypeOf<InvitationLetter>().toExtend<LetterDraft<LetterElement>>();
    expectTypeOf<CaseLetter>().toExtend<LetterDraft<CaseLetterElement>>();
    expectTypeOf<InvitationLetter['missing']>().toEqualTypeOf<readonly LetterElement[]>();
    expectTypeOf<CaseLetter['missing']>().toEqualTypeOf<readonly CaseLetterElement[]>();
    expectTypeOf(renderInvitationLetter).returns.toEqualTypeOf<InvitationLetter>();
    expectTypeOf(renderCaseLetter).returns.toEqualTypeOf<CaseLetter>();
  });
});
