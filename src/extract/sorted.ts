// Positions in a text kept in ascending order (agenda items, page breaks, document pages).

/** Index of the last element whose key is at or before `at`, or -1 when none is. */
export function lastAtOrBefore<T>(sorted: readonly T[], at: number, key: (element: T) => number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(sorted[mid]!) <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
