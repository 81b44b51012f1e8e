/**
 * A long list made a page at a time: `length` items, `slice(from, to)` makes those. The command
 * line's writers write one page at a time, so a million-row review's hundreds of thousands of
 * findings and I1 pairs never all exist as objects at once; JSON.stringify writes it whole (toJSON).
 * A review's result carries such lists as lazy properties with their Pages beside them (`lazyPages`);
 * a writer asks for them with `pagedList`.
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

/** Defines `key` on `target` as a value made by `make` when first read (enumerable, writable like a plain property). */
export function lazy<T extends object, K extends keyof T>(target: T, key: K, make: () => T[K]): void {
  Object.defineProperty(target, key, {
    configurable: true,
    enumerable: true,
    get() {
      const value = make();
      Object.defineProperty(target, key, { value, configurable: true, enumerable: true, writable: true });
      return value;
    },
    set(value: T[K]) {
      Object.defineProperty(target, key, { value, configurable: true, enumerable: true, writable: true });
    },
  });
}

/** Defines `key` on `target` as the whole list of `pages`, made when first read, and keeps the pages under `pagesKey`. */
export function lazyPages<T extends object, K extends keyof T>(
  target: T,
  key: K,
  pagesKey: symbol,
  pages: Pages<unknown>,
): void {
  lazy(target, key, () => pages.slice() as T[K]);
  Object.defineProperty(target, pagesKey, { value: pages });
}

/**
 * A list defined by lazyPages, as its Pages while it has not been made (a writer then makes it a
 * page at a time); otherwise, once made or set, the list itself.
 */
export function pagedList<T>(owner: object, key: string, pagesKey: symbol): readonly T[] | Pages<T> {
  const pages = (owner as Record<symbol, unknown>)[pagesKey];
  const unmade = Object.getOwnPropertyDescriptor(owner, key)?.get;
  return pages instanceof Pages && unmade ? (pages as Pages<T>) : (owner as Record<string, T[]>)[key];
}
