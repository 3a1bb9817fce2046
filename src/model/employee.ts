import * as z from 'zod';
import { named } from './named.js';

/**
 * ISO weekdays (1 = Monday … 7 = Sunday) on which someone is scheduled to work; at least one,
 * each once.
 *
 * @example
 * ```ts
 * WorkingDays.parse([1, 2, 3]); // a three-day week
 * ```
 */
export const WorkingDays = z
  .array(z.int().min(1).max(7))
  .min(1)
  .max(7)
  .refine((days) => new Set(days).size === days.length, { message: 'Each weekday may appear only once' });

export interface WorkingDays extends z.infer<typeof WorkingDays> {}

/**
 * WorkingDays as callers pass it in (dates as plain strings, checked on the way in); see the {@link WorkingDays}
 * schema.
 *
 * @example
 * ```ts
 * const check = (input: WorkingDaysInput): WorkingDays => WorkingDays.parse(input);
 * ```
 */
export interface WorkingDaysInput extends z.input<typeof WorkingDays> {}

/**
 * The employee as the library sees them: a **pseudonymous** id (never a name).
 *
 * It also says whether they are
 * severely disabled or equal in status (then the SBV takes part, § 167 Abs. 2 S. 1 SGB IX, and
 * the Integrationsamt may be involved) and their working days, which matter when the six weeks
 * are counted in working days.
 *
 * @example
 * ```ts
 * Employee.parse({ id: 'e-4711', severelyDisabled: true, workingDays: [1, 2, 3] });
 * ```
 */
export const Employee = z.strictObject({
  id: z.string().min(1).max(200),
  severelyDisabled: z.boolean().optional(),
  workingDays: named<WorkingDays, WorkingDaysInput>(WorkingDays).optional(),
});

export interface Employee extends z.infer<typeof Employee> {}

/**
 * Employee as callers pass it in (dates as plain strings, checked on the way in); see the {@link Employee}
 * schema.
 *
 * @example
 * ```ts
 * const check = (input: EmployeeInput): Employee => Employee.parse(input);
 * ```
 */
export interface EmployeeInput extends z.input<typeof Employee> {}
