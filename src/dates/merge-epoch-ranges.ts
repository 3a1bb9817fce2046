import { MIN_EPOCH_DAY } from './epoch-day.js';
import { sortNumbers } from './sort-numbers.js';

/**
 * Sorts closed ranges held in parallel arrays by start, in place and stable, moving each range's
 * start, end and source (its position in the input) together.
 *
 * Start and position are packed into one exact number and sorted numerically (no comparator):
 * starts span at most about 4.7 million days, so the key stays below 2^53 for up to about 1.9
 * billion ranges, more than any array can hold.
 *
 * @internal
 * @example
 * ```ts
 * const starts = [5, 0, 5], ends = [9, 4, 6], sources = [0, 1, 2];
 * sortRangesByStart(starts, ends, sources);
 * // starts [0, 5, 5], ends [4, 9, 6], sources [1, 0, 2]
 * ```
 */
export function sortRangesByStart(starts: number[], ends: number[], sources: number[]): void {
  const count = starts.length;
  const keys: number[] = [];
  for (let k = 0; k < count; k++) keys.push((starts[k]! - MIN_EPOCH_DAY) * count + k);
  sortNumbers(keys);
  const oldEnds = ends.slice();
  const oldSources = sources.slice();
  for (let k = 0; k < count; k++) {
    const key = keys[k]!;
    const from = key % count;
    starts[k] = (key - from) / count + MIN_EPOCH_DAY;
    ends[k] = oldEnds[from]!;
    sources[k] = oldSources[from]!;
  }
}

/**
 * Merges closed ranges sorted by start, held in parallel arrays, in place: overlapping **and
 * touching** ranges (one ending on day n, the next starting on day n + 1) become one, the way a
 * first certificate and its follow-ups (Erst-/Folgebescheinigung) become one period in which every
 * day counts once.
 *
 * The library's one range merger. The arrays shrink to the merged ranges; the answer says where
 * each merged range's input ranges begin, with one more entry at the end (merged range i was made
 * of input ranges `first[i] … first[i + 1] - 1`).
 *
 * @internal
 * @example
 * ```ts
 * const starts = [0, 5, 20], ends = [4, 9, 21];
 * mergeSortedRanges(starts, ends); //=> [0, 2, 3]
 * // starts [0, 20], ends [9, 21]
 * ```
 */
export function mergeSortedRanges(starts: number[], ends: number[]): number[] {
  const count = starts.length;
  const first: number[] = [];
  let size = 0;
  for (let k = 0; k < count; k++) {
    if (size > 0 && starts[k]! <= ends[size - 1]! + 1) {
      if (ends[k]! > ends[size - 1]!) ends[size - 1] = ends[k]!;
      continue;
    }
    starts[size] = starts[k]!;
    ends[size] = ends[k]!;
    first.push(k);
    size++;
  }
  first.push(count);
  // Shrink by popping: `pop` is inlined, while setting `length` is a call into the runtime.
  while (starts.length > size) {
    starts.pop();
    ends.pop();
  }
  return first;
}
