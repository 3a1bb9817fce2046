import type * as z from 'zod';

/**
 * The same schema, typed by its named output and input types (the interfaces and aliases next to
 * it) instead of zod's structural inference.
 *
 * Used where one schema is a field of another, so that declarations, editor hovers and the API
 * reference show `Employee` or `ParticipantRole` by name instead of repeating their fields. It
 * returns its argument: nothing changes at run time.
 *
 * @internal
 * @example
 * ```ts
 * const Team = z.strictObject({ lead: named<Employee, EmployeeInput>(Employee) });
 * ```
 */
export function named<Out, In = Out>(schema: z.ZodType<Out, In>): NamedSchema<Out, In> {
  return schema;
}

/**
 * A zod schema whose output and input are the named types `Out` and `In`: what {@link named}
 * returns.
 *
 * Declarations print `NamedSchema<Employee, EmployeeInput>` instead of zod's `ZodType<Employee,
 * EmployeeInput, $ZodTypeInternals<Employee, EmployeeInput>>`.
 *
 * @internal
 */
export interface NamedSchema<Out, In = Out> extends z.ZodType<Out, In> {}

/**
 * The values of a zod enum whose type is the named literal union `T`: `EnumOf<'a' | 'b'>` is
 * `{ a: 'a'; b: 'b' }`. An enum schema declared as `z.ZodEnum<EnumOf<AbsenceKind>>` prints by
 * name instead of listing every value a second time; the compiler still refuses the declaration
 * when the values and the union differ.
 *
 * @internal
 */
export type EnumOf<T extends string> = { [K in T]: K };
