import type { BemCase } from '../model/bem-case.js';
import type { ConsentPurpose, ConsentRecipient } from '../model/consent.js';
import type { ParticipantRole } from '../model/participant.js';
import { activeConsentFor, knownIndex } from './case-index.js';

/** Whether an active consent for one of `purposes` names `recipient` (Art. 7 GDPR: per purpose and recipient). */
export function hasConsent(c: BemCase, purposes: readonly ConsentPurpose[], recipient: ConsentRecipient): boolean {
  if (knownIndex(c) !== undefined) return purposes.some((purpose) => activeConsentFor(c, purpose, recipient) === true);
  return c.consents.some((consent) => consent.revokedOn === null && purposes.includes(consent.purpose) && consent.recipients.includes(recipient));
}

/** Whether the consent to the BEM itself holds (§ 167 Abs. 2 S. 1 SGB IX "mit Zustimmung"). */
export function hasBemConsent(c: BemCase): boolean {
  const indexed = activeConsentFor(c, 'bem-procedure');
  if (indexed !== undefined) return indexed;
  return c.consents.some((consent) => consent.revokedOn === null && consent.purpose === 'bem-procedure');
}

/**
 * Whether a role may take part on the strength of the employee's consents.
 *
 * The trusted person is the employee's own choice (S. 2) and needs no further consent; everyone
 * else needs a consent for the BEM or for participation that names them.
 */
export function participationConsented(c: BemCase, role: ParticipantRole): boolean {
  return role === 'trusted-person' || hasConsent(c, ['bem-procedure', 'participation'], role);
}
