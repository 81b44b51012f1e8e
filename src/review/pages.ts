/**
 * A long list made a page at a time: `length` items, `slice(from, to)` makes those. The command
 * line's JSON writer writes one page at a time, so a million-row review's hundreds of thousands of
 * I1 pairs never all exist as objects at once; JSON.stringify writes it whole (toJSON).
 */
export class Pages<T> {
  constructor(
    readonly length: number,
    private readonly make: (from: number, to: number) => T[],
  ) {}

  /** Items `from` (included) to `to` (excluded), made afresh, as Array.prototype.slice counts them. */
  slice(from = 0, to = this.length): T[] {
    const end = Math.min(Math.max(to, 0), this.length);
    const begin = Math.min(Math.max(from, 0), end);
    return this.make(begin, end);
  }

  toJSON(): T[] {
    return this.slice();
  }
}

/** Where a review's summary keeps the I1 pairs as Pages (non-enumerable), for writers that page. */
export const BELOW_MINIMUM_PAGES = Symbol("belowIncentiveMinimum in pages");

/** Where a review's result keeps its findings as Pages (non-enumerable), for writers that page. */
export const FINDING_PAGES = Symbol("findings in pages");
