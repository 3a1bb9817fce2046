import type * as z from 'zod';
import { describe, expectTypeOf, it } from 'vitest';
import type {
  AbsenceKind,
  Actor,
  AgendaTask,
  AuditCode,
  AuditSeverity,
  BemCase,
  BemCaseInput,
  BemGoal,
  CaseEvent,
  CaseEventInput,
  CaseOutcome,
  CaseState,
  Comparison,
  Consent,
  ConsentPurpose,
  ConsentRecipient,
  CountingUnit,
  DataCategory,
  DoctorVisit,
  EligibilityStatus,
  Employee,
  EmployeeInput,
  EmploymentChangeType,
  ExternalBody,
  InvitationContent,
  InvitationContentInput,
  InvitationElement,
  LetterLocale,
  Measure,
  MeasureCategory,
  MeasureStatus,
  MeasureType,
  NeverBemMeasure,
  OfferForm,
  OfferReply,
  Participant,
  ParticipantRole,
  ParticipationEnd,
  PausableState,
  PauseReason,
  PlanFindingCode,
  PlanStatus,
  Role,
  ViewAccess,
  ViewField,
  WorkFactor,
  WorkingWeekBasis,
} from '../../src/index.js';
import type * as lib from '../../src/index.js';

// The public types are written out by name (so declarations and the API reference show `Actor`,
// not its members); each must stay exactly what its schema parses to.
describe('named public types equal their schemas', () => {
  it('enumerations', () => {
    expectTypeOf<AbsenceKind>().toEqualTypeOf<z.infer<typeof lib.AbsenceKind>>();
    expectTypeOf<Actor>().toEqualTypeOf<z.infer<typeof lib.Actor>>();
    expectTypeOf<AgendaTask>().toEqualTypeOf<z.infer<typeof lib.AgendaTask>>();
    expectTypeOf<AuditCode>().toEqualTypeOf<z.infer<typeof lib.AuditCode>>();
    expectTypeOf<AuditSeverity>().toEqualTypeOf<z.infer<typeof lib.AuditSeverity>>();
    expectTypeOf<BemGoal>().toEqualTypeOf<z.infer<typeof lib.BemGoal>>();
    expectTypeOf<CaseOutcome>().toEqualTypeOf<z.infer<typeof lib.CaseOutcome>>();
    expectTypeOf<CaseState>().toEqualTypeOf<z.infer<typeof lib.CaseState>>();
    expectTypeOf<Comparison>().toEqualTypeOf<z.infer<typeof lib.Comparison>>();
    expectTypeOf<ConsentPurpose>().toEqualTypeOf<z.infer<typeof lib.ConsentPurpose>>();
    expectTypeOf<ConsentRecipient>().toEqualTypeOf<z.infer<typeof lib.ConsentRecipient>>();
    expectTypeOf<CountingUnit>().toEqualTypeOf<z.infer<typeof lib.CountingUnit>>();
    expectTypeOf<DataCategory>().toEqualTypeOf<z.infer<typeof lib.DataCategory>>();
    expectTypeOf<DoctorVisit>().toEqualTypeOf<z.infer<typeof lib.DoctorVisit>>();
    expectTypeOf<EligibilityStatus>().toEqualTypeOf<z.infer<typeof lib.EligibilityStatus>>();
    expectTypeOf<EmploymentChangeType>().toEqualTypeOf<z.infer<typeof lib.EmploymentChangeType>>();
    expectTypeOf<ExternalBody>().toEqualTypeOf<z.infer<typeof lib.ExternalBody>>();
    expectTypeOf<InvitationElement>().toEqualTypeOf<z.infer<typeof lib.InvitationElement>>();
    expectTypeOf<LetterLocale>().toEqualTypeOf<z.infer<typeof lib.LetterLocale>>();
    expectTypeOf<MeasureCategory>().toEqualTypeOf<z.infer<typeof lib.MeasureCategory>>();
    expectTypeOf<MeasureStatus>().toEqualTypeOf<z.infer<typeof lib.MeasureStatus>>();
    expectTypeOf<MeasureType>().toEqualTypeOf<z.infer<typeof lib.MeasureType>>();
    expectTypeOf<NeverBemMeasure>().toEqualTypeOf<z.infer<typeof lib.NeverBemMeasure>>();
    expectTypeOf<OfferForm>().toEqualTypeOf<z.infer<typeof lib.OfferForm>>();
    expectTypeOf<OfferReply>().toEqualTypeOf<z.infer<typeof lib.OfferReply>>();
    expectTypeOf<ParticipantRole>().toEqualTypeOf<z.infer<typeof lib.ParticipantRole>>();
    expectTypeOf<ParticipationEnd>().toEqualTypeOf<z.infer<typeof lib.ParticipationEnd>>();
    expectTypeOf<PausableState>().toEqualTypeOf<z.infer<typeof lib.PausableState>>();
    expectTypeOf<PauseReason>().toEqualTypeOf<z.infer<typeof lib.PauseReason>>();
    expectTypeOf<PlanFindingCode>().toEqualTypeOf<z.infer<typeof lib.PlanFindingCode>>();
    expectTypeOf<PlanStatus>().toEqualTypeOf<z.infer<typeof lib.PlanStatus>>();
    expectTypeOf<Role>().toEqualTypeOf<z.infer<typeof lib.Role>>();
    expectTypeOf<ViewAccess>().toEqualTypeOf<z.infer<typeof lib.ViewAccess>>();
    expectTypeOf<ViewField>().toEqualTypeOf<z.infer<typeof lib.ViewField>>();
    expectTypeOf<WorkFactor>().toEqualTypeOf<z.infer<typeof lib.WorkFactor>>();
    expectTypeOf<WorkingWeekBasis>().toEqualTypeOf<z.infer<typeof lib.WorkingWeekBasis>>();
  });

  it('objects and the event union', () => {
    expectTypeOf<BemCase>().toEqualTypeOf<z.output<typeof lib.BemCase>>();
    expectTypeOf<BemCaseInput>().toEqualTypeOf<z.input<typeof lib.BemCase>>();
    expectTypeOf<CaseEvent>().toEqualTypeOf<z.output<typeof lib.CaseEvent>>();
    expectTypeOf<CaseEventInput>().toEqualTypeOf<z.input<typeof lib.CaseEvent>>();
    expectTypeOf<Employee>().toEqualTypeOf<z.output<typeof lib.Employee>>();
    expectTypeOf<EmployeeInput>().toEqualTypeOf<z.input<typeof lib.Employee>>();
    expectTypeOf<InvitationContent>().toEqualTypeOf<z.output<typeof lib.InvitationContent>>();
    expectTypeOf<InvitationContentInput>().toEqualTypeOf<z.input<typeof lib.InvitationContent>>();
    expectTypeOf<Participant>().toEqualTypeOf<z.output<typeof lib.Participant>>();
    expectTypeOf<Consent>().toEqualTypeOf<z.output<typeof lib.Consent>>();
    expectTypeOf<Measure>().toEqualTypeOf<z.output<typeof lib.Measure>>();
  });
});

describe('written-out unions of the API reference', () => {
  it('CaseEventType is exactly the type of every case event', () => {
    type Model = typeof import('../../src/model/case-event.js');
    expectTypeOf<import('../../src/model/case-event.js').CaseEventType>().toEqualTypeOf<z.output<Model['CaseEvent']>['type']>();
  });
});
