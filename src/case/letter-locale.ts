import * as z from 'zod';
import type { EnumOf } from '../model/named.js';

/**
 * The language of a letter: `de` (German, the language of the law and of the forms) or `en`.
 *
 * @example
 * ```ts
 * LetterLocale.options; //=> ['de', 'en']
 * ```
 */
export const LetterLocale: z.ZodEnum<EnumOf<LetterLocale>> = z.enum(['de', 'en']);

export type LetterLocale = 'de' | 'en';
