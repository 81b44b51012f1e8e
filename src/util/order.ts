/**
 * Sorting many items by a number each, with the engine's own numeric sort instead of a comparison
 * function: a million-row review sorts hundreds of thousands of totals and pairs, and a comparator
 * called ~20 times an item cost more than the rest of the step.
 */

/**
 * The order of `keys` from smallest to largest, as indexes; equal keys keep their index order
 * (stable). Keys must not be NaN.
 * @example orderByKeys(Float64Array.of(3, 1, 3, 2)) // Uint32Array [1, 3, 0, 2]
 */
export function orderByKeys(keys: Float64Array): Uint32Array {
  const n = keys.length;
  const sorted = keys.slice().sort();
  // Each key's first place among the sorted keys, and how many of that key have been placed.
  const taken = new Uint32Array(n);
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const key = keys[i];
    if (key !== key) throw new RangeError("orderByKeys: a key is NaN");
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid] < key) lo = mid + 1;
      else hi = mid;
    }
    order[lo + taken[lo]++] = i;
  }
  return order;
}

/**
 * The order of items by two whole-number ranks, `first` (0 ≤ first[i] < firstCount) then `second`,
 * as indexes; ties keep index order. A counting sort by the first rank, then each run by the second:
 * linear when the runs are short (a customer's products), with no key arithmetic to overflow.
 * @example orderByRanks(Int32Array.of(1, 0, 1), 2, Int32Array.of(5, 9, 2)) // Uint32Array [1, 2, 0]
 */
export function orderByRanks(first: Int32Array, firstCount: number, second: Int32Array): Uint32Array {
  const n = first.length;
  const start = new Uint32Array(firstCount + 1);
  for (let i = 0; i < n; i++) start[first[i] + 1]++;
  for (let r = 0; r < firstCount; r++) start[r + 1] += start[r];
  const next = start.slice(0, firstCount);
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[next[first[i]]++] = i;
  for (let r = 0; r < firstCount; r++) {
    const from = start[r];
    const to = start[r + 1];
    if (to - from < 2) continue;
    if (to - from <= 32) {
      // Insertion sort: stable, and the fastest for a handful of items.
      for (let k = from + 1; k < to; k++) {
        const item = order[k];
        let j = k - 1;
        while (j >= from && second[order[j]] > second[item]) {
          order[j + 1] = order[j];
          j--;
        }
        order[j + 1] = item;
      }
    } else {
      const run = Array.from(order.subarray(from, to)).sort((a, b) => second[a] - second[b] || a - b);
      order.set(run, from);
    }
  }
  return order;
}
