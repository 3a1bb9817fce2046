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

export type LetterLocale = 'de' | 'en';
