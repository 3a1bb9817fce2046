import type { BemCase } from '../model/bem-case.js';

/**
 * The cases this library built itself (`openCase`, `applyEvent`, `replay` or a successful
 * check), deeply frozen, so they cannot have been changed since. Only these are used without
 * re-deriving them from their log; a WeakSet keeps no case alive.
 */
const trustedCases = new WeakSet<object>();

/** Freezes `value` and everything under it that is not frozen yet (already frozen parts were frozen deeply by this function). */
function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
  return value;
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
