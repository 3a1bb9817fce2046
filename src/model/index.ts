export { Absence, type AbsenceInput, AbsenceKind } from './absence.js';
export { Actor } from './actor.js';
export { CsvMapping } from './csv-mapping.js';
export { Employee, type EmployeeInput, WorkingDays, type WorkingDaysInput } from './employee.js';
export { BemInputError, formatPath, type InputIssue, parseInput, type SafeResult, safeParseInput } from './input-error.js';
export { ExternalBody, externalBodyOf, MeasureCategory, MeasureType, measureCategoryOf, NeverBemMeasure } from './measure-type.js';
export { Instant } from './instant.js';
export { Participant, type ParticipantInput, ParticipantRole, ParticipationEnd } from './participant.js';
export {
  Consent,
  ConsentGrant,
  type ConsentGrantInput,
  type ConsentInput,
  ConsentPurpose,
  ConsentRecipient,
  DataCategory,
} from './consent.js';
export { Measure, type MeasureInput, MeasureProposal, type MeasureProposalInput, MeasureStatus } from './measure.js';
export {
  BemGoal,
  DoctorVisit,
  InvitationContact,
  type InvitationContactInput,
  InvitationContent,
  type InvitationContentInput,
  InvitationDataProtection,
  type InvitationDataProtectionInput,
  InvitationElement,
  OfferForm,
} from './invitation.js';
export { CaseState, PausableState } from './case-state.js';
export { CaseOutcome } from './case-outcome.js';
export {
  type CaseClosedEvent,
  type CaseClosedEventInput,
  CaseEvent,
  type CaseEventInput,
  type CaseEventOf,
  CaseEventType,
  type CaseOpenedEvent,
  type CaseOpenedEventInput,
  type ClarificationDemandedEvent,
  type ClarificationDemandedEventInput,
  type ConsentGrantedEvent,
  type ConsentGrantedEventInput,
  type ConsentRevokedEvent,
  type ConsentRevokedEventInput,
  type EmployeeAcceptedEvent,
  type EmployeeAcceptedEventInput,
  type EmployeeDeclinedEvent,
  type EmployeeDeclinedEventInput,
  type EmployeeResumedEvent,
  type EmployeeResumedEventInput,
  type EmployeeWithdrewEvent,
  type EmployeeWithdrewEventInput,
  type InterviewHeldEvent,
  type InterviewHeldEventInput,
  type InvitationSentEvent,
  type InvitationSentEventInput,
  type MeasureAbandonedEvent,
  type MeasureAbandonedEventInput,
  type MeasureAgreedEvent,
  type MeasureAgreedEventInput,
  type MeasureCompletedEvent,
  type MeasureCompletedEventInput,
  type MeasureProposedEvent,
  type MeasureProposedEventInput,
  type MeasureRejectedEvent,
  type MeasureRejectedEventInput,
  type MeasureStartedEvent,
  type MeasureStartedEventInput,
  type ParticipantAddedEvent,
  type ParticipantAddedEventInput,
  type ParticipantExcludedEvent,
  type ParticipantExcludedEventInput,
  type ReminderSentEvent,
  type ReminderSentEventInput,
  type ReviewHeldEvent,
  type ReviewHeldEventInput,
} from './case-event.js';
export {
  BemCase,
  type BemCaseInput,
  CaseInterview,
  type CaseInterviewInput,
  CaseInvitation,
  type CaseInvitationInput,
  CaseReview,
  type CaseReviewInput,
  ClarificationDemand,
  type ClarificationDemandInput,
  EmployeeDecision,
  type EmployeeDecisionInput,
  PauseReason,
} from './bem-case.js';
