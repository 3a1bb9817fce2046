/**
 * Every letter and document the library renders: a plain-text draft that HR software can edit.
 *
 * It comes with its `subject`, its `body` and what it still lacks (`missing`, each marked in the
 * body by a placeholder in square brackets, e.g. `[Datum eintragen]`). {@link InvitationLetter}
 * and {@link CaseLetter} are letter drafts with a few fields more.
 *
 * @example
 * ```ts
 * const draft: LetterDraft<'contact'> = { subject: 'Erinnerung', body: 'Guten Tag,\n\n…\n', missing: ['contact'] };
 * ```
 */
export interface LetterDraft<Missing extends string> {
  /** The subject line or heading. */
  readonly subject: string;
  /** The text, paragraphs separated by blank lines, ending with a line break. */
  readonly body: string;
  /** What is still missing, in the order of its vocabulary; empty when the draft is complete as it stands. */
  readonly missing: readonly Missing[];
}

/**
 * The text of a letter to the employee: the salutation, the paragraphs, the closing over the
 * signature (by default the contact's name, else the contact placeholder), then what follows
 * it (a reply form), each apart by a blank line.
 *
 * @internal
 */
export function letterBody(parts: {
  readonly salutation: string;
  readonly paragraphs: readonly string[];
  readonly closing: string;
  readonly signature: string;
  readonly after?: readonly string[];
}): string {
  return `${[parts.salutation, ...parts.paragraphs, `${parts.closing}\n${parts.signature}`, ...(parts.after ?? [])].join('\n\n')}\n`;
}
