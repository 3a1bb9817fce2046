import { isPlainRecord } from '../door/door.js';
import * as z from 'zod';
import type { AbsenceInput } from '../model/absence.js';
import { named } from '../model/named.js';
import { IsoDate, isIsoDate } from '../dates/index.js';
import { Absence } from '../model/index.js';
import { isWorkingTime, WorkingTime } from './working-time.js';

const RESET_MESSAGE = 'The previous BEM cannot have concluded after the check date (asOf)';

/**
 * What {@link evaluateEligibility} needs for one employee.
 *
 * The recorded absences, the check date
 * `asOf` and, when known, the day the previous BEM concluded (the reset point, BAG 18.11.2021 – 2
 * AZR 138/21; it must not be after `asOf`) and the day a BEM that is still running began (a date
 * after `asOf` means it had not begun yet then), and the person's own `workingTime` (a week, a
 * roster or dated changes, see {@link WorkingTime}; it overrides the policy's `workingDays` in
 * working-day mode).
 *
 * Strict: unknown fields are refused.
 *
 * @example
 * ```ts
 * EligibilityInput.parse({
 * absences: [{ start: '2025-01-06', end: '2025-02-28', kind: 'sickness' }],
 * asOf: '2025-10-31',
 * });
 * ```
 */
export const EligibilityInput = z
  .strictObject({
    absences: z.array(named<Absence, AbsenceInput>(Absence)).readonly(),
    asOf: IsoDate,
    previousBemConcludedOn: IsoDate.nullable().optional(),
    bemRunningSince: IsoDate.nullable().optional(),
    workingTime: WorkingTime.optional(),
  })
  .refine((input) => input.previousBemConcludedOn == null || input.previousBemConcludedOn <= input.asOf, {
    message: RESET_MESSAGE,
    path: ['previousBemConcludedOn'],
  });

export interface EligibilityInput extends z.input<typeof EligibilityInput> {}

/**
 * The input of {@link evaluateEligibility} after validation: what the engine reads.
 *
 * @internal
 */
export interface ValidInput extends z.output<typeof EligibilityInput> {}

const INPUT_KEYS: Readonly<Record<string, true>> = { absences: true, asOf: true, previousBemConcludedOn: true, bemRunningSince: true, workingTime: true };

function isOptionalDate(value: unknown): boolean {
  return value === undefined || value === null || isIsoDate(value);
}

/**
 * Everything but the absences of an {@link EligibilityInput}, as {@link readEnvelope} read it.
 *
 * @internal
 */
export type Envelope = Omit<ValidInput, 'absences'> & { absences: readonly unknown[] };

/**
 * Everything but the absences, read once and checked: the fields, the dates, the reset not after
 * the check date, and an array of absences (which `collectRanges` checks as it reads them); null
 * when it does not certainly pass the {@link EligibilityInput} schema (never more lenient than the
 * schema: a property test).
 *
 * The engine then works on what was read here, never on the caller's object again (a getter cannot
 * answer differently the second time).
 *
 * @internal
 */
export function readEnvelope(value: unknown): Envelope | null {
  if (!isPlainRecord(value)) return null;
  for (const key in value) if (INPUT_KEYS[key] !== true) return null;
  const { absences, asOf, previousBemConcludedOn, bemRunningSince, workingTime } = value as Record<string, unknown>;
  if (!isIsoDate(asOf) || !isOptionalDate(previousBemConcludedOn) || !isOptionalDate(bemRunningSince)) return null;
  if (workingTime !== undefined && !isWorkingTime(workingTime)) return null;
  if (typeof previousBemConcludedOn === 'string' && previousBemConcludedOn > asOf) return null;
  if (!Array.isArray(absences)) return null;
  return {
    absences,
    asOf,
    previousBemConcludedOn: previousBemConcludedOn as IsoDate | null | undefined,
    bemRunningSince: bemRunningSince as IsoDate | null | undefined,
    workingTime: workingTime as ValidInput['workingTime'],
  };
}
