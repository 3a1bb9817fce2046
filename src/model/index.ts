export { Absence, type AbsenceInput, AbsenceKind } from './absence.js';
export { Actor } from './actor.js';
export { CsvMapping } from './csv-mapping.js';
export { Employee, WorkingDays } from './employee.js';
export { BemInputError, formatPath, type InputIssue, parseInput, type SafeResult, safeParseInput } from './input-error.js';
export { ExternalBody, externalBodyOf, MeasureCategory, MeasureType, measureCategoryOf, NeverBemMeasure } from './measure-type.js';
export { Instant } from './instant.js';
export { Participant, ParticipantRole, ParticipationEnd } from './participant.js';
export { Consent, ConsentGrant, ConsentPurpose, ConsentRecipient, DataCategory } from './consent.js';
export { Measure, MeasureProposal, MeasureStatus } from './measure.js';
export {
  BemGoal,
  DoctorVisit,
  InvitationContact,
  InvitationContent,
  type InvitationContentInput,
  InvitationDataProtection,
  InvitationElement,
  OfferForm,
} from './invitation.js';
export { CaseState, PausableState } from './case-state.js';
export { CaseOutcome } from './case-outcome.js';
export { CaseEvent, type CaseEventInput, type CaseEventOf, CaseEventType } from './case-event.js';
export { BemCase, type BemCaseInput, CaseInterview, ClarificationDemand, CaseInvitation, CaseReview, EmployeeDecision, PauseReason } from './bem-case.js';
