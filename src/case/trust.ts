import type { BemCase } from '../model/bem-case.js';
import { deepFreeze } from '../door/deep-freeze.js';

/**
 * The cases this library built itself (`openCase`, `applyEvent`, `replay` or a successful check),
 * deeply frozen, so they cannot have been changed since.
 *
 * Only these are used without re-deriving them from their log; a WeakSet keeps no case alive.
 */
const trustedCases = new WeakSet<object>();

/**
 * `list` with `items` appended, frozen: the items deeply, the list itself (its other items come
 * from a frozen case, so they are frozen deeply already).
 */
export function appended<T>(list: readonly T[], ...items: T[]): T[] {
  for (const item of items) deepFreeze(item);
  return Object.freeze([...list, ...items]) as T[];
}

/**
 * `list` with the items at `positions` replaced by `change(item)`, frozen like {@link appended};
 * `list` itself when there is nothing to replace.
 */
export function replacedAt<T>(list: readonly T[], positions: readonly number[], change: (item: T) => T): T[] {
  if (positions.length === 0) return list as T[];
  const copy = [...list];
  for (const position of positions) copy[position] = deepFreeze(change(list[position] as T));
  return Object.freeze(copy) as T[];
}

/** Marks a case the library built as trusted: frozen at every depth, then remembered. */
export function trust(c: BemCase): BemCase {
  trustedCases.add(deepFreeze(c));
  return c;
}

/** Whether `value` is a case this library built (and so follows from its own log). */
export function isTrusted(value: unknown): value is BemCase {
  return typeof value === 'object' && value !== null && trustedCases.has(value);
}
