import * as z from 'zod';
import * as api from '../index.js';
import { CountedKinds } from '../eligibility/policy-settings.js';
import { absenceKinds } from '../law/absence-kinds.js';

/** A JSON Schema document as plain data. */
export type JsonSchema = Record<string, unknown>;

/**
 * Refinements that JSON Schema can say after all, keyed by the zod schema that carries them.
 * Every other refinement (e.g. "end not before start") is named in a `$comment`, because JSON
 * Schema cannot compare two fields: a validator in another language accepts a little more than
 * the library, never less.
 */
const expressibleRefinements = new Map<unknown, JsonSchema>([
  [api.WorkingDays, { uniqueItems: true }],
  // Only incapacity kinds, and every always-counted kind among them (`contains` once per kind).
  [
    CountedKinds,
    {
      items: { type: 'string', enum: api.AbsenceKind.options.filter((kind) => absenceKinds[kind].incapacity) },
      allOf: api.AbsenceKind.options.filter((kind) => absenceKinds[kind].alwaysCounted).map((kind) => ({ contains: { const: kind } })),
    },
  ],
]);

/**
 * Every zod schema the public API exports, by its exported name, sorted by name. Nothing is
 * listed by hand: a new public schema appears here (and in `dist/schemas/`) by being exported.
 *
 * @example
 * ```ts
 * publicSchemaNames().includes('Absence'); //=> true
 * ```
 */
export function publicSchemas(): ReadonlyMap<string, z.ZodType> {
  const entries = Object.entries(api as Record<string, unknown>)
    .filter((entry): entry is [string, z.ZodType] => entry[1] instanceof z.ZodType)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return new Map(entries);
}

/**
 * The names of {@link publicSchemas}.
 *
 * @example
 * ```ts
 * publicSchemaNames()[0]; //=> 'Absence'
 * ```
 */
export function publicSchemaNames(): string[] {
  return [...publicSchemas().keys()];
}

/**
 * The JSON Schema (draft 2020-12) of a zod schema, for what a caller sends (zod's `io: 'input'`).
 *
 * @param name the title written into the schema.
 * @example
 * ```ts
 * toJsonSchema('AbsenceKind', AbsenceKind).enum?.length; //=> 8
 * ```
 */
export function toJsonSchema(name: string, schema: z.ZodType): JsonSchema {
  const json = z.toJSONSchema(schema, {
    io: 'input',
    // A JavaScript function (e.g. a holiday predicate) cannot travel in JSON: nothing matches it.
    unrepresentable: () => ({ not: {}, $comment: 'Only possible from JavaScript (e.g. a function), never in JSON.' }),
    override: ({ zodSchema, jsonSchema }) => describeRefinements(zodSchema, jsonSchema as JsonSchema),
  }) as JsonSchema;
  return { $schema: json['$schema'], title: name, ...json };
}

/** Adds what JSON Schema can say about a schema's refinements, and names what it cannot. */
function describeRefinements(zodSchema: unknown, jsonSchema: JsonSchema): void {
  portable(jsonSchema);
  if (isTrimmed(zodSchema) && jsonSchema['pattern'] === undefined && Number(jsonSchema['minLength'] ?? 0) > 0) {
    // zod trims before counting: a blank string is refused, so the schema asks for a non-space.
    jsonSchema['pattern'] = '[^ \\t\\n\\r\\f\\v]';
    jsonSchema['$comment'] = 'Surrounding white space is trimmed by bem-sgb9 before the length is checked.';
  }
  const expressible = expressibleRefinements.get(zodSchema);
  if (expressible !== undefined) {
    Object.assign(jsonSchema, expressible);
    return;
  }
  const messages = refinementMessages(zodSchema);
  if (messages.length > 0) jsonSchema['$comment'] = `Also checked by bem-sgb9, not expressible in JSON Schema: ${messages.join('; ')}.`;
}

/**
 * Makes one node mean the same to every validator: `readOnly` is an annotation for responses, not
 * for what a caller sends; a pattern's final `$` becomes `(?![\s\S])` because Python's `re` lets
 * `$` match before a final newline; and a record (keyed by user data) allows an own `__proto__`
 * key with any value, exactly as zod does (it skips that key instead of keeping it).
 */
function portable(jsonSchema: JsonSchema): void {
  delete jsonSchema['readOnly'];
  const pattern = jsonSchema['pattern'];
  if (typeof pattern === 'string' && pattern.endsWith('$') && !pattern.endsWith('\\$')) jsonSchema['pattern'] = `${pattern.slice(0, -1)}(?![\\s\\S])`;
  if (jsonSchema['type'] === 'object' && 'propertyNames' in jsonSchema) {
    const properties: JsonSchema = { ...((jsonSchema['properties'] as JsonSchema | undefined) ?? {}) };
    Object.defineProperty(properties, '__proto__', { value: true, enumerable: true, writable: true, configurable: true });
    jsonSchema['properties'] = properties;
  }
}

function isTrimmed(zodSchema: unknown): boolean {
  const checks = (zodSchema as { _zod?: { def?: { checks?: { _zod: { def: { check?: string; tx?: unknown } } }[] } } })._zod?.def?.checks ?? [];
  return checks.some((check) => check._zod.def.check === 'overwrite' && String(check._zod.def.tx).includes('.trim()'));
}

interface CheckDef {
  readonly check?: string;
  readonly error?: (issue: object) => unknown;
}

function refinementMessages(zodSchema: unknown): string[] {
  const checks = (zodSchema as { _zod?: { def?: { checks?: { _zod: { def: CheckDef } }[] } } })._zod?.def?.checks ?? [];
  return checks
    .map((check) => check._zod.def)
    .filter((def) => def.check === 'custom')
    .map((def) => {
      const message = def.error?.({});
      return typeof message === 'string' ? message : 'rules across fields (see the library reference for this schema)';
    });
}

/**
 * The JSON Schema of one public schema, looked up by its exported name (case-insensitive).
 *
 * @returns the schema, or `undefined` when no public schema has that name.
 * @example
 * ```ts
 * jsonSchemaFor('absence')?.title; //=> 'Absence'
 * jsonSchemaFor('Nope');           //=> undefined
 * ```
 */
export function jsonSchemaFor(name: string): JsonSchema | undefined {
  const wanted = name.toLowerCase();
  for (const [exported, schema] of publicSchemas()) {
    if (exported.toLowerCase() === wanted) return toJsonSchema(exported, schema);
  }
  return undefined;
}
