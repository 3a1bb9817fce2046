/**
 * Sorts numbers ascending, in place: the library's one sort for its hot loops (the breakpoints of
 * the crossing search, the absences of one employee by start).
 *
 * Usually a few dozen numbers, often nearly in order already: then an insertion sort beats copying
 * them into a typed array (a new buffer each time) to sort there; longer lists still take the O(n
 * log n) way. Returns the same array.
 *
 * @internal
 * @example
 * ```ts
 * sortNumbers([5, 1, 4, 1]); //=> [1, 1, 4, 5]
 * ```
 */
export function sortNumbers(values: number[]): number[] {
  if (values.length <= 64) {
    for (let i = 1; i < values.length; i++) {
      const value = values[i]!;
      let j = i - 1;
      for (; j >= 0 && values[j]! > value; j--) values[j + 1] = values[j]!;
      values[j + 1] = value;
    }
  } else {
    Float64Array.from(values)
      .sort()
      .forEach((value, i) => (values[i] = value));
  }
  return values;
}
