export {
  AgreedMeasure,
  type AgreedMeasureInput,
  CaseView,
  type CaseViewRule,
  ViewAccess,
  ViewField,
  type ViewPath,
  caseViewRules,
  viewFor,
  viewPathsFor,
} from './case-view.js';
export type { CaseViewInvitation, CaseViewInvitationContent, CaseViewMeasure } from './case-view-parts.js';
export { OfferReply } from './offer-reply.js';
export { EmploymentChange, type EmploymentChangeInput, EmploymentChangeType, PersonnelFileExtract, personnelFileExtract } from './personnel-file-extract.js';
export { ProofOfOffer, proofOfOffer } from './proof-of-offer.js';
export { RetentionPolicy, type RetentionPolicyInput, retentionUntil } from './retention.js';
export { Role } from './role.js';
