/**
 * Random JSON values shaped by a JSON Schema, valid and *nearly* valid: every node sometimes
 * breaks a rule (wrong type, a missing required field, an unknown field, a bound crossed by one,
 * an impossible date), so validators are compared where they might disagree: at the edges.
 */
import fc from 'fast-check';

type Schema = Record<string, unknown>;

const MAX_DEPTH = 5;

/** Any JSON value of another shape: what a careless client sends. */
const stray: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -3, max: 3 }),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e3, max: 1e3 }),
  fc.string({ maxLength: 6 }),
  fc.constant([]),
  fc.constant({}),
);

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/** `YYYY-MM-DD` strings around the calendar's edges: 29 Feb, day 31 of short months, month 13, day 0. */
const dateLike = fc
  .tuple(fc.constantFrom(1900, 2000, 2023, 2024, 2025, 2100), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
  .map(([year, month, day]) => `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`);

/** ISO instants, with and without offsets, some impossible. */
const instantLike = fc
  .tuple(dateLike, fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 60 }), fc.constantFrom('Z', '+01:00', '-03:30', '', '+1:00'))
  .map(([date, hour, minute, offset]) => `${date}T${pad(hour, 2)}:${pad(minute, 2)}:00${offset}`);

/** Strings that fool a validator whose `\\d` is any digit or whose `$` matches before a final newline. */
export const HOSTILE_DATES = ['2025-01-06\n', '２０２５-01-06', '٢٠٢٥-01-06', '0000-01-01', '0001-01-01', '9999-12-31', '2025-01-06T10:00Z\n', '2025-01-06T10:00:00+01:00\n'];
const hostile = fc.constantFrom(...HOSTILE_DATES);

/** Builds the arbitrary for `schema`; `root` resolves `$ref`s. */
export function arbitraryFromSchema(schema: Schema, root: Schema = schema, depth = 0): fc.Arbitrary<unknown> {
  const shaped = shapedBy(schema, root, depth);
  return fc.oneof({ arbitrary: shaped, weight: 30 }, { arbitrary: stray, weight: 1 });
}

function shapedBy(schema: Schema, root: Schema, depth: number): fc.Arbitrary<unknown> {
  if (typeof schema['$ref'] === 'string') return shapedBy(resolveRef(schema['$ref'], root), root, depth);
  if ('const' in schema) return fc.constant(schema['const']);
  if (Array.isArray(schema['enum'])) return fc.oneof({ arbitrary: fc.constantFrom(...(schema['enum'] as unknown[])), weight: 30 }, { arbitrary: fc.string({ maxLength: 8 }), weight: 1 });
  const branches = (schema['anyOf'] ?? schema['oneOf']) as Schema[] | undefined;
  if (branches !== undefined) return fc.oneof(...branches.map((branch) => arbitraryFromSchema(branch, root, depth + 1)));
  if ('not' in schema) return stray;
  const type = schema['type'];
  if (Array.isArray(type)) return fc.oneof(...type.map((one: string) => shapedBy({ ...schema, type: one }, root, depth)));
  switch (type) {
    case 'object':
      return objectFor(schema, root, depth);
    case 'array':
      return arrayFor(schema, root, depth);
    case 'string':
      return stringFor(schema);
    case 'integer':
    case 'number':
      return numberFor(schema, type === 'integer');
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    default:
      return stray;
  }
}

function resolveRef(ref: string, root: Schema): Schema {
  if (ref === '#') return root;
  const path = ref.replace(/^#\//, '').split('/');
  let node: unknown = root;
  for (const key of path) node = (node as Schema)[key];
  if (node === undefined) throw new Error(`arbitrary: cannot resolve ${ref}`);
  return node as Schema;
}

function objectFor(schema: Schema, root: Schema, depth: number): fc.Arbitrary<unknown> {
  const properties = (schema['properties'] ?? {}) as Record<string, Schema>;
  const required = new Set((schema['required'] ?? []) as string[]);
  // Deep inside, optional fields stay away so the values stay small.
  const keys = Object.keys(properties).filter((key) => key !== '__proto__' && (required.has(key) || depth < MAX_DEPTH));
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const key of keys) model[key] = arbitraryFromSchema(properties[key] ?? {}, root, depth + 1);
  const requiredKeys = keys.filter((key) => required.has(key));
  const record = fc.record(model, { requiredKeys });
  return fc.oneof(
    { arbitrary: record, weight: 30 },
    { arbitrary: record.chain((value) => dropOneKey(value as Record<string, unknown>)), weight: 1 },
    { arbitrary: record.map((value) => ({ ...(value as object), diagnosis: 'flu' })), weight: 1 },
    // A record keyed by user data meets an own `__proto__` key, as `JSON.parse` makes it.
    { arbitrary: record.map((value) => ('propertyNames' in schema ? JSON.parse(`{"__proto__":"x","k":${JSON.stringify(value)}}`) : value)), weight: 1 },
  );
}

function dropOneKey(value: Record<string, unknown>): fc.Arbitrary<unknown> {
  const keys = Object.keys(value);
  if (keys.length === 0) return fc.constant(value);
  return fc.constantFrom(...keys).map((key) => {
    const { [key]: _dropped, ...rest } = value;
    return rest;
  });
}

function arrayFor(schema: Schema, root: Schema, depth: number): fc.Arbitrary<unknown> {
  const items = (schema['items'] ?? {}) as Schema;
  const min = Number(schema['minItems'] ?? 0);
  const max = Math.min(Number(schema['maxItems'] ?? min + 3), min + (depth < MAX_DEPTH ? 3 : 0));
  const element = depth < MAX_DEPTH ? arbitraryFromSchema(items, root, depth + 1) : shapedBy(items, root, depth + 1);
  return fc.array(element, { minLength: Math.max(0, min - 1), maxLength: max + 1 });
}

function stringFor(schema: Schema): fc.Arbitrary<unknown> {
  // Dates and instants are recognised by their pattern (the schemas carry no `format`).
  const source = typeof schema['pattern'] === 'string' ? schema['pattern'] : '';
  if (source.includes('02-29)') && source.includes(')T(?:')) return fc.oneof({ arbitrary: instantLike, weight: 5 }, { arbitrary: hostile, weight: 1 });
  if (source.includes('02-29)')) return fc.oneof({ arbitrary: dateLike, weight: 5 }, { arbitrary: hostile, weight: 1 });
  const min = Number(schema['minLength'] ?? 0);
  const max = Math.min(Number(schema['maxLength'] ?? min + 8), min + 40);
  // ASCII only: lengths are then the same whether counted in UTF-16 units (zod) or characters (JSON Schema).
  const plain = fc.string({ minLength: Math.max(0, min - 1), maxLength: max + 1 });
  if (source === '') return plain;
  // fast-check cannot generate from a lookahead: the portable end `(?![\s\S])` is read as `$`.
  return fc.oneof(fc.stringMatching(new RegExp(source.replace(/\(\?!\[\\s\\S\]\)$/, '$'))), plain);
}

function numberFor(schema: Schema, integer: boolean): fc.Arbitrary<unknown> {
  const low = Number(schema['minimum'] ?? schema['exclusiveMinimum'] ?? -10);
  const high = Number(schema['maximum'] ?? schema['exclusiveMaximum'] ?? low + 20);
  const whole = fc.integer({ min: Math.ceil(low) - 2, max: Math.floor(high) + 2 });
  if (integer) return fc.oneof({ arbitrary: whole, weight: 5 }, { arbitrary: whole.map((n) => n + 0.5), weight: 1 });
  return fc.oneof(whole, fc.double({ min: low - 2, max: high + 2, noNaN: true, noDefaultInfinity: true }));
}
