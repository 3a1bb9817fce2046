export { AgreedMeasure, CaseView, type CaseViewRule, caseViewRules, ViewAccess, ViewField, type ViewPath, viewFor, viewPathsFor } from './case-view.js';
export { OfferReply } from './offer-reply.js';
export { EmploymentChange, EmploymentChangeType, PersonnelFileExtract, personnelFileExtract } from './personnel-file-extract.js';
export { ProofOfOffer, proofOfOffer } from './proof-of-offer.js';
export { RetentionPolicy, retentionUntil } from './retention.js';
export { Role } from './role.js';
