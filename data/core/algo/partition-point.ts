/**
 * The one binary search of the project: in a list ordered so that `before` holds for a
 * leading run of it and for nothing after, the index of the first item it does not hold for
 * (`length` when it holds for all). Rust's `partition_point`, over indices so that typed arrays
 * and lists of pairs need no copy.
 */
export function partitionPoint(length: number, before: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the last item of an ascending list that is at most `value`; 0 when none is (the list's first). */
export function lastAtOrBefore(sorted: ArrayLike<number>, value: number): number {
  return Math.max(0, partitionPoint(sorted.length, (i) => sorted[i]! <= value) - 1);
}
