/**
 * Index of the first of the ascending `days` (epoch days, or any sorted numbers) at or after `x`:
 * the binary search the engine uses to find where a day falls among breakpoints, working days and
 * holidays.
 *
 * `days.length` when every element is below `x`.
 *
 * @internal
 * @example
 * ```ts
 * lowerBound([3, 5, 5, 9], 5); //=> 1
 * lowerBound([3, 5, 5, 9], 10); //=> 4
 * ```
 */
export function lowerBound(days: readonly number[], x: number): number {
  let low = 0;
  let high = days.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (days[mid]! < x) low = mid + 1;
    else high = mid;
  }
  return low;
}
