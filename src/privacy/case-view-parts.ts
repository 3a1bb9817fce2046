import type { IsoDate } from '../dates/iso-date.js';
import type { BemGoal, DoctorVisit, InvitationContact, InvitationDataProtection, OfferForm } from '../model/invitation.js';
import type { Measure } from '../model/measure.js';
import type { ParticipantRole } from '../model/participant.js';

/**
 * `T` with every key optional at every depth (plain values, branded strings and lists of them stay
 * as they are): the static image of what `partialAtEveryDepth` does to a schema at run time.
 *
 * The named view parts below are written out by hand and a type test holds each equal to this image
 * of the record it shows part of.
 *
 * @internal
 */
export type PartialAtEveryDepth<T> = T extends string | number | boolean | null | undefined
  ? T
  : T extends readonly (infer U)[]
    ? [U] extends [string | number | boolean | null | undefined]
      ? T
      : PartialAtEveryDepth<U>[]
    : { [K in keyof T]?: PartialAtEveryDepth<T[K]> };

/**
 * The invitation's content as a {@link CaseView} shows it: the fields of `InvitationContent`,
 * each present only when the role's allow-list reaches it (a works council with consent to
 * `absence-periods` sees `occasion.countedDays`, say, and nothing else of the occasion).
 *
 * @example
 * ```ts
 * const counted = (content: CaseViewInvitationContent) => content.occasion?.countedDays ?? null;
 * ```
 */
export interface CaseViewInvitationContent {
  /** The day the six weeks were exceeded and the days counted then. */
  occasion?: { thresholdCrossedOn?: IsoDate; countedDays?: number | undefined } | undefined;
  /** The BEM goals the letter explains. */
  goals?: BemGoal[] | undefined;
  /** Whether the letter says that taking part is voluntary. */
  voluntarinessExplained?: boolean | undefined;
  /** The data-protection part: kind and scope of the data, purposes, recipients. */
  dataProtection?: Partial<InvitationDataProtection> | undefined;
  /** The roles that may take part, for the employee to choose from. */
  possibleParticipants?: ParticipantRole[] | undefined;
  /** Whether the letter says the employee chooses who takes part. */
  participantChoiceExplained?: boolean | undefined;
  /** Whether a person of the employee's trust is offered. */
  trustedPersonOffered?: boolean | undefined;
  /** Whether the letter says the employee may withdraw at any time. */
  withdrawalExplained?: boolean | undefined;
  /** Whom the employee answers. */
  contact?: Partial<InvitationContact> | undefined;
  /** The reply date the letter names. */
  replyBy?: IsoDate | undefined;
  /** How a doctor's visit is presented. */
  doctorVisit?: DoctorVisit | undefined;
  /** To whom the invitation is addressed: the employee or their legal representative. */
  addressee?: 'employee' | 'legal-representative' | undefined;
}

/**
 * The invitation as a {@link CaseView} shows it.
 *
 * The fields of `CaseInvitation`, each present
 * only when the role's allow-list reaches it (with consent to `case-progress` a participant sees
 * the days and the form, and of the content only the occasion's day, the goals and the reply
 * date).
 *
 * @example
 * ```ts
 * const reminded = (invitation: CaseViewInvitation) => (invitation.reminders?.length ?? 0) > 0;
 * ```
 */
export interface CaseViewInvitation {
  /** The day the invitation was sent. */
  sentOn?: IsoDate;
  /** What the invitation said. */
  content?: CaseViewInvitationContent;
  /** How it was sent (`null` when not recorded). */
  form?: OfferForm | null;
  /** The day it reached the employee (`null` when not known). */
  deliveredOn?: IsoDate | null;
  /** The reply date in force (each reminder sets a later one). */
  replyBy?: IsoDate;
  /** The days reminders were sent. */
  reminders?: IsoDate[];
}

/**
 * A measure as a {@link CaseView} shows it.
 *
 * The employee and the BEM officer see the case's `Measure` fields as they are; everyone else sees
 * a neutral `ref` (`measure-1` for the first measure proposed in the case, …) instead of the id,
 * never the title (free text), and of the rest only what their allow-list reaches.
 *
 * @example
 * ```ts
 * const label = (measure: CaseViewMeasure) => measure.ref ?? measure.id;
 * ```
 */
export interface CaseViewMeasure extends Partial<Measure> {
  /** The neutral reference shown in place of the id to those who may not see the id. */
  ref?: string;
}
