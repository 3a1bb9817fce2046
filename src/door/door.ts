// The lowest floor of src/ (scripts/check-imports.ts): the dates import it, so it imports nothing
// of the library but BemInputError, its neighbour here.
//
import { BemInputError } from './bem-input-error.js';

// The door of every public function: its arguments are read here, once, and checked, before any
// rule looks at them ("assert at the door, then an unchecked core"). Whatever a caller passes
// (a getter that throws or answers differently each time, a revoked Proxy, a Date where options
// belong, an object graph that loops, a key named `__proto__`), the answer is a value or a
// BemInputError naming the path, never a TypeError or RangeError from deep inside.

/**
 * Where a value sits inside the arguments, e.g. `['absences', 3, 'end']`.
 *
 * @internal
 */
export type InputPath = readonly (string | number)[];

/** How deep plain data may nest before the door refuses it (the library's own models need < 10). */
const MAX_DEPTH = 64;

/** Messages of the door, in one place. */
const messages = {
  unreadable: (detail: string) => `Could not be read (a getter or proxy threw: ${detail})`,
  notPlain: (kind: string) => `Expected plain data (an object literal or parsed JSON), received ${kind}`,
  circular: 'Expected plain data, received an object that contains itself',
  tooDeep: `Expected plain data nested at most ${MAX_DEPTH} levels deep`,
  protoKey: "Field '__proto__' is not allowed: records accept only their documented fields",
} as const;

/**
 * A {@link BemInputError} with one issue at `path`.
 *
 * @internal
 */
export function inputError(path: InputPath, message: string, code = 'custom'): BemInputError {
  return new BemInputError([{ path: [...path], code, message }]);
}

function detailOf(error: unknown): string {
  try {
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  } catch {
    return 'an unprintable value';
  }
}

/**
 * Runs `read` (a property access, `Array.isArray`, a Proxy trap); a throw becomes a
 * {@link BemInputError} at `path`.
 *
 * @internal
 */
export function readSafely<T>(path: InputPath, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof BemInputError) throw error;
    throw inputError(path, messages.unreadable(detailOf(error)), 'unreadable');
  }
}

/** What kind of non-plain object a value is, for the message ("a Date", "a Map"). */
function kindOf(value: object): string {
  const name = readSafely([], () => (value as { constructor?: { name?: unknown } }).constructor?.name);
  return typeof name === 'string' && name !== '' ? `a ${name}` : 'an object with a prototype';
}

/** Whether the prototype is that of an object literal (of this realm or another one), or none. */
function isPlainPrototype(prototype: object | null): boolean {
  return prototype === null || prototype === Object.prototype || Object.getPrototypeOf(prototype) === null;
}

/**
 * An object literal (or a null-prototype object): what the fast paths may read by `for…in` and
 * destructuring. Anything else (a class instance, `Object.create(template)`) goes to the door,
 * which refuses it, so both paths give one answer.
 *
 * @internal
 */
export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && isPlainPrototype(Object.getPrototypeOf(value));
}

/**
 * A snapshot of `value` as plain data, read exactly once: arrays and object literals are copied
 * (own enumerable string keys; a key `__proto__` is refused, as JSON Schema validators and the
 * library's strict records do not agree on it), functions (a holiday predicate, a `groupBy`) and
 * primitives are kept, and everything else (a `Date`, a `Map`, a class instance, a cycle) is
 * refused.
 *
 * A getter or Proxy trap that throws becomes a {@link BemInputError} at its path.
 *
 * @param value what the caller passed.
 * @param path where it sits (the argument's name), put before every issue's path.
 * @throws BemInputError as described.
 * @internal
 */
export function readInput(value: unknown, path: InputPath = []): unknown {
  return snapshot(value, [...path], new Set());
}

function snapshot(value: unknown, path: (string | number)[], ancestors: Set<object>): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (ancestors.has(value)) throw inputError(path, messages.circular);
  if (ancestors.size >= MAX_DEPTH) throw inputError(path, messages.tooDeep);
  const isArray = readSafely(path, () => Array.isArray(value));
  if (!isArray && !isPlainPrototype(readSafely(path, () => Object.getPrototypeOf(value) as object | null))) {
    throw inputError(path, messages.notPlain(kindOf(value)), 'invalid_type');
  }
  ancestors.add(value);
  try {
    return isArray ? copyArray(value as unknown[], path, ancestors) : copyObject(value as Record<string, unknown>, path, ancestors);
  } finally {
    ancestors.delete(value);
  }
}

function copyArray(array: readonly unknown[], path: (string | number)[], ancestors: Set<object>): unknown[] {
  const length = readSafely(path, () => array.length);
  const copy = new Array<unknown>(length);
  for (let i = 0; i < length; i++) {
    path.push(i);
    copy[i] = snapshot(
      readSafely(path, () => array[i]),
      path,
      ancestors,
    );
    path.pop();
  }
  return copy;
}

function copyObject(record: Record<string, unknown>, path: (string | number)[], ancestors: Set<object>): Record<string, unknown> {
  const keys = readSafely(path, () => Object.keys(record));
  const copy: Record<string, unknown> = {};
  for (const key of keys) {
    path.push(key);
    if (key === '__proto__') throw inputError(path, messages.protoKey, 'unrecognized_keys');
    copy[key] = snapshot(
      readSafely(path, () => record[key]),
      path,
      ancestors,
    );
    path.pop();
  }
  return copy;
}

/**
 * The arguments of a public function, each read once at the door: `readArguments(['plan',
 * 'date'], plan, date)` gives their snapshots (see {@link readInput}), each under its name.
 *
 * @internal
 */
export function readArguments<T extends readonly unknown[]>(names: { readonly [K in keyof T]: string }, ...values: T): T {
  return values.map((value, i) => readInput(value, [names[i] as string])) as unknown as T;
}

/**
 * `value` when it is an integer within `min..max`, else a {@link BemInputError} at `path`.
 *
 * @internal
 */
export function expectInteger(value: unknown, path: InputPath, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw inputError(path, `Expected an integer from ${min} to ${max}, received ${describe(value)}`, 'invalid_type');
  }
  // -0 is 0: a date computed from it must not print as "-0".
  return value === 0 ? 0 : value;
}

/**
 * `value` when it is a finite number within `min..max`, else a {@link BemInputError} at `path`.
 *
 * @internal
 */
export function expectNumber(value: unknown, path: InputPath, min = -Number.MAX_VALUE, max = Number.MAX_VALUE): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw inputError(path, `Expected a finite number from ${min} to ${max}, received ${describe(value)}`, 'invalid_type');
  }
  return value === 0 ? 0 : value;
}

/**
 * `value` when it is a string, else a {@link BemInputError} at `path`.
 *
 * @internal
 */
export function expectString(value: unknown, path: InputPath): string {
  if (typeof value !== 'string') throw inputError(path, `Expected a string, received ${describe(value)}`, 'invalid_type');
  return value;
}

/**
 * `value` when it is one of `options`, else a {@link BemInputError} at `path` listing them.
 *
 * @internal
 */
export function expectOneOf<T extends string>(value: unknown, options: readonly T[], path: InputPath): T {
  if (typeof value !== 'string' || !options.includes(value as T)) {
    throw inputError(path, `Expected one of ${options.map((option) => JSON.stringify(option)).join(', ')}`, 'invalid_value');
  }
  return value as T;
}

/**
 * `value` when it is a plain object (not an array, a `Date`, a `Map`…), else a
 * {@link BemInputError} at `path`. Use after {@link readInput}.
 *
 * @internal
 */
export function expectRecord(value: unknown, path: InputPath): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw inputError(path, `Expected an object, received ${describe(value)}`, 'invalid_type');
  }
  return value as Record<string, unknown>;
}

/**
 * A short description of a value for messages: its type, or the number itself.
 *
 * @internal
 */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'object' && readSafely([], () => Array.isArray(value))) return 'array';
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  return typeof value;
}
