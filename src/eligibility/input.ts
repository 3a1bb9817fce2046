import * as z from 'zod';
import { IsoDate, isIsoDate } from '../dates/index.js';
import { Absence, AbsenceKind, type SafeResult, safeParseInput } from '../model/index.js';

const RESET_MESSAGE = 'The previous BEM cannot have concluded after the check date (asOf)';

/**
 * What {@link evaluateEligibility} needs for one employee: the recorded absences, the check date
 * `asOf` and, when known, the day the previous BEM concluded (the reset point, BAG 18.11.2021 –
 * 2 AZR 138/21; it must not be after `asOf`) and the day a BEM that is still running began (a
 * date after `asOf` means it had not begun yet then). Strict: unknown fields are refused.
 *
 * @example
 * ```ts
 * EligibilityInput.parse({
 *   absences: [{ start: '2025-01-06', end: '2025-02-28', kind: 'sickness' }],
 *   asOf: '2025-10-31',
 * });
 * ```
 */
export const EligibilityInput = z
  .strictObject({
    absences: z.array(Absence),
    asOf: IsoDate,
    previousBemConcludedOn: IsoDate.nullable().optional(),
    bemRunningSince: IsoDate.nullable().optional(),
  })
  .refine((input) => input.previousBemConcludedOn == null || input.previousBemConcludedOn <= input.asOf, {
    message: RESET_MESSAGE,
    path: ['previousBemConcludedOn'],
  });

/**
 * The input of {@link evaluateEligibility} as callers write it (dates as plain strings); see the
 * {@link EligibilityInput} schema.
 *
 * @example
 * ```ts
 * const input: EligibilityInput = { absences: [], asOf: '2025-10-31', previousBemConcludedOn: null };
 * ```
 */
export type EligibilityInput = z.input<typeof EligibilityInput>;

/**
 * The input of {@link evaluateEligibility} after validation: what the engine reads.
 *
 * @internal
 */
export type ValidInput = z.output<typeof EligibilityInput>;

const ABSENCE_KEYS: Readonly<Record<string, true>> = { id: true, start: true, end: true, kind: true, certified: true, wentHomeSick: true };
const KINDS: Readonly<Record<string, true>> = Object.fromEntries(AbsenceKind.options.map((kind) => [kind, true]));
const INPUT_KEYS: Readonly<Record<string, true>> = { absences: true, asOf: true, previousBemConcludedOn: true, bemRunningSince: true };

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasOnlyKeys(value: Record<string, unknown>, allowed: Readonly<Record<string, true>>): boolean {
  for (const key in value) if (allowed[key] !== true) return false;
  return true;
}

function isOptionalBoolean(value: unknown): boolean {
  return value === undefined || value === true || value === false;
}

function isOptionalDate(value: unknown): boolean {
  return value === undefined || value === null || isIsoDate(value);
}

/** Whether `value` certainly passes the {@link Absence} schema (the fast path; never too lenient). */
function isValidAbsence(value: unknown): boolean {
  if (!isPlainRecord(value) || !hasOnlyKeys(value, ABSENCE_KEYS)) return false;
  const { id, start, end, kind } = value;
  if (id !== undefined && (typeof id !== 'string' || id.length < 1 || id.length > 200)) return false;
  if (!isIsoDate(start)) return false;
  if (end !== null && !(isIsoDate(end) && end >= start)) return false;
  if (typeof kind !== 'string' || KINDS[kind] !== true) return false;
  return isOptionalBoolean(value.certified) && isOptionalBoolean(value.wentHomeSick);
}

/**
 * Whether `value` certainly passes the {@link EligibilityInput} schema. Hand-written because zod
 * is too slow for millions of absences per second; it is never more lenient than the schema (a
 * property test checks that), and whenever it says no the schema runs to name the problems, so
 * the errors are zod's.
 *
 * @internal
 */
export function isValidInput(value: unknown): value is ValidInput {
  if (!isPlainRecord(value) || !hasOnlyKeys(value, INPUT_KEYS)) return false;
  const { absences, asOf, previousBemConcludedOn, bemRunningSince } = value;
  if (!isIsoDate(asOf) || !isOptionalDate(previousBemConcludedOn) || !isOptionalDate(bemRunningSince)) return false;
  if (typeof previousBemConcludedOn === 'string' && previousBemConcludedOn > asOf) return false;
  if (!Array.isArray(absences)) return false;
  for (let i = 0; i < absences.length; i++) if (!isValidAbsence(absences[i])) return false;
  return true;
}

/**
 * Validates an {@link EligibilityInput}: the fast check first, zod's for the error report.
 *
 * @internal
 */
export function safeValidateInput(value: unknown): SafeResult<ValidInput> {
  if (isValidInput(value)) return { success: true, data: value };
  return safeParseInput(EligibilityInput, value);
}

/**
 * Like {@link safeValidateInput}, throwing the `BemInputError`.
 *
 * @internal
 */
export function validateInput(value: unknown): ValidInput {
  const result = safeValidateInput(value);
  if (!result.success) throw result.error;
  return result.data;
}
