import * as z from 'zod';
import { type EnumOf, named } from '../model/named.js';
import { IsoDate } from '../dates/iso-date.js';
import type { BemCaseInput } from '../model/bem-case.js';
import { checkedCase } from '../case/trusted-case.js';
import type { Measure } from '../model/measure.js';
import { OfferReply, replyOf } from './offer-reply.js';

/**
 * The measure types that change the employment itself and so may be noted in the personnel
 * file (the [privacy guide](../../docs/privacy.md): "measures that change the employment (e.g. changed hours)").
 *
 * They are working time
 * (`reduced-hours`, `flexible-hours`, `shift-plan-change`), place of work (`home-office`) and
 * the job or its organisational place (`other-tasks`, `team-change`).
 *
 * Deliberately left out: workplace design, aids and training (they change the workplace, not
 * the employment contract, and aids can hint at a disability), external support (benefits of
 * insurers and offices are health and social data) and the graded return (the person is still
 * incapacitated for work during it, § 74 SGB V: health data, not a change of the employment).
 *
 * @example
 * ```ts
 * EmploymentChangeType.options.includes('reduced-hours'); //=> true
 * EmploymentChangeType.options.includes('graded-return'); //=> false
 * ```
 */
export const EmploymentChangeType: z.ZodEnum<EnumOf<EmploymentChangeType>> = z.enum(['reduced-hours', 'flexible-hours', 'shift-plan-change', 'home-office', 'other-tasks', 'team-change']);

export type EmploymentChangeType = 'reduced-hours' | 'flexible-hours' | 'shift-plan-change' | 'home-office' | 'other-tasks' | 'team-change';

/**
 * A change of the employment agreed in the BEM, as the personnel file may note it.
 *
 * The type, the
 * day it was agreed, the day it started (`null` if not yet) and the day it ended (completed or
 * abandoned; `null` while it runs).
 *
 * No title, no proposer, nothing about why.
 *
 * @example
 * ```ts
 * EmploymentChange.parse({ type: 'reduced-hours', agreedOn: '2025-12-03', startedOn: '2026-01-05', endedOn: null });
 * ```
 */
export const EmploymentChange = z.strictObject({
  type: named<EmploymentChangeType>(EmploymentChangeType),
  agreedOn: IsoDate,
  startedOn: IsoDate.nullable(),
  endedOn: IsoDate.nullable(),
});

export interface EmploymentChange extends z.infer<typeof EmploymentChange> {}

/**
 * EmploymentChange as callers pass it in (dates as plain strings, checked on the way in); see the {@link EmploymentChange}
 * schema.
 *
 * @example
 * ```ts
 * const check = (input: EmploymentChangeInput): EmploymentChange => EmploymentChange.parse(input);
 * ```
 */
export interface EmploymentChangeInput extends z.input<typeof EmploymentChange> {}

/**
 * What of a BEM case may go into the personnel file (Personalakte), and nothing else (the [privacy
 * guide](../../docs/privacy.md)).
 *
 * It holds the case and employee references, the day BEM was offered
 * (`offeredOn`, `null` if no invitation was sent), the answer (`reply`, `repliedOn`), the day the
 * BEM ended (`endedOn`, `null` while it runs) and the agreed changes of the employment.
 *
 * Never notes, titles, consents, participants, counted days, diagnoses or anything else from the
 * BEM file. The schema is strict, so a backend can check a stored extract with it.
 *
 * @example
 * ```ts
 * PersonnelFileExtract.parse({
 * caseId: 'c-1', employeeId: 'e-4711', offeredOn: '2025-11-03', reply: 'declined',
 * repliedOn: '2025-11-10', endedOn: '2025-11-10', employmentChanges: [],
 * }).reply; //=> 'declined'
 * ```
 */
export const PersonnelFileExtract = z.strictObject({
  caseId: z.string().min(1),
  employeeId: z.string().min(1),
  offeredOn: IsoDate.nullable(),
  reply: named<OfferReply>(OfferReply).nullable(),
  repliedOn: IsoDate.nullable(),
  endedOn: IsoDate.nullable(),
  employmentChanges: z.array(named<EmploymentChange, EmploymentChangeInput>(EmploymentChange)),
});

export interface PersonnelFileExtract extends z.infer<typeof PersonnelFileExtract> {}

/**
 * The extract of a BEM case that may be filed in the personnel file (the [privacy
 * guide](../../docs/privacy.md); the BEM file itself stays apart).
 *
 * Only measures the employee agreed to whose type is an {@link EmploymentChangeType} appear, and
 * not those abandoned before they started (they never changed anything).
 *
 * @param c the case (validated with the `BemCase` schema).
 * @returns a new plain object; the case is not changed.
 * @throws BemInputError when `c` is not a valid case, e.g. `case.state: Expected one of …`.
 * @example
 * ```ts
 * // a case in which the employee agreed to reduced hours and a new desk
 * personnelFileExtract(c);
 * //=> { caseId: 'c-1', employeeId: 'e-4711', offeredOn: '2025-11-03', reply: 'accepted',
 * //     repliedOn: '2025-11-10', endedOn: null,
 * //     employmentChanges: [{ type: 'reduced-hours', agreedOn: '2025-12-03', startedOn: '2026-01-05', endedOn: null }] }
 * ```
 */
export function personnelFileExtract(c: BemCaseInput): PersonnelFileExtract {
  const valid = checkedCase(c);
  const { reply, repliedOn } = replyOf(valid);
  return {
    caseId: valid.id,
    employeeId: valid.employee.id,
    offeredOn: valid.invitation?.sentOn ?? null,
    reply,
    repliedOn,
    endedOn: valid.closedOn,
    employmentChanges: valid.measures.flatMap(employmentChangeOf),
  };
}

function employmentChangeOf(measure: Measure): EmploymentChange[] {
  const type = EmploymentChangeType.safeParse(measure.type);
  if (!type.success || measure.agreedOn === null) return [];
  if (measure.status === 'abandoned' && measure.startedOn === null) return [];
  return [{ type: type.data, agreedOn: measure.agreedOn, startedOn: measure.startedOn, endedOn: measure.completedOn ?? measure.abandonedOn }];
}
