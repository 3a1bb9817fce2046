import * as z from 'zod';

/**
 * The language of a letter: `de` (German, the language of the law and of the forms) or `en`.
 *
 * @example
 * ```ts
 * LetterLocale.options; //=> ['de', 'en']
 * ```
 */
export const LetterLocale = z.enum(['de', 'en']);

/**
 * The language of a letter; see the {@link LetterLocale} schema.
 *
 * @example
 * ```ts
 * const locale: LetterLocale = 'de';
 * ```
 */
export type LetterLocale = 'de' | 'en';
