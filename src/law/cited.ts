/**
 * The one shape of everything the library explains by the law: a reason of an eligibility result, a
 * refusal of the case machine, an audit or plan finding.
 *
 * A stable `code` to act on, a plain-English `message`, and the `reference` of the rule that gave
 * it (a statute, a decision by court, date and file number, or `practice`; see
 * src/law/citations.ts).
 *
 * @example
 * ```ts
 * const refusal: Cited<'case-closed'> = {
 * code: 'case-closed',
 * message: 'The case is closed and accepts no further events',
 * reference: 'BAG 18.11.2021 – 2 AZR 138/21',
 * };
 * ```
 */
export interface Cited<Code extends string> {
  /** What this is about: a stable code. */
  readonly code: Code;
  /** The explanation in plain English. */
  readonly message: string;
  /** The legal source of the rule that gave it. */
  readonly reference: string;
}
