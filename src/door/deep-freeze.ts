/**
 * `value` frozen at every depth, in place, and returned. Objects already frozen are taken as frozen
 * deeply (everything the library freezes it freezes this way), so the walk stops at them: that is
 * what keeps a case step constant work. Functions are left as they are.
 *
 * @internal
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
  return value;
}
