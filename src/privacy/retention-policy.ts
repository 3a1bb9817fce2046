import * as z from 'zod';

/**
 * How long a closed BEM file is kept (the privacy guide). No statute fixes a period; these are
 * policy settings with the defaults of practice:
 *
 * - `yearsAfterClosure` (default 3): the BEM file is due for deletion this many years after the
 *   case was closed (the same calendar day, 29 Feb clamped to 28 Feb).
 * - `noResponseAsDecline` (default `true`): silence after a reminder is documented like a
 *   refusal (the case-lifecycle guide), so the file is due at once, as after a decline.
 *
 * @example
 * ```ts
 * RetentionPolicy.parse({ yearsAfterClosure: 2 }).yearsAfterClosure; //=> 2
 * ```
 */
export const RetentionPolicy = z.strictObject({
  yearsAfterClosure: z.int().min(0).max(100).optional(),
  noResponseAsDecline: z.boolean().optional(),
});

/**
 * How long a closed BEM file is kept; see the {@link RetentionPolicy} schema.
 *
 * @example
 * ```ts
 * const policy: RetentionPolicy = { yearsAfterClosure: 3, noResponseAsDecline: true };
 * ```
 */
export type RetentionPolicy = z.infer<typeof RetentionPolicy>;
