/**
 * Columns of numbers and a pool of short texts for the rows a review holds (see ActiveGroups): in
 * pages of fixed size, so a million rows never need a doubled copy of a column while it grows, and
 * the memory held is what is used plus one page.
 */

const PAGE_BITS = 16;
const PAGE = 1 << PAGE_BITS;
const MASK = PAGE - 1;

type NumberArray = Int32Array | Float64Array;

/** A growable column of numbers, one per slot, in pages. */
export class PagedColumn<T extends NumberArray> {
  private readonly pages: T[] = [];

  constructor(private readonly make: (n: number) => T) {}

  set(i: number, value: number): void {
    const p = i >>> PAGE_BITS;
    while (p >= this.pages.length) this.pages.push(this.make(PAGE));
    this.pages[p][i & MASK] = value;
  }

  get(i: number): number {
    return this.pages[i >>> PAGE_BITS][i & MASK];
  }

  /** Gives the pages' memory back now (see releaseMemory); the column is empty after. */
  release(): void {
    releaseMemory(this.pages);
    this.pages.length = 0;
  }
}

/**
 * Gives typed arrays' memory back at once instead of at V8's next full collection, which on a
 * million-row review comes after the output has been written (~60 MB held for nothing): each
 * buffer is handed to a throwaway clone that dies young. The arrays are empty afterwards.
 */
export function releaseMemory(arrays: readonly ArrayBufferView[]): void {
  if (typeof structuredClone !== "function") return;
  for (const a of arrays) {
    const buffer = a.buffer;
    // By its tag, not instanceof: typed arrays can come from another realm (a test runner's, a frame's).
    if (buffer.byteLength > 0 && Object.prototype.toString.call(buffer) === "[object ArrayBuffer]")
      structuredClone(buffer, { transfer: [buffer] });
  }
}

export const int32Column = () => new PagedColumn((n) => new Int32Array(n));
export const float64Column = () => new PagedColumn((n) => new Float64Array(n));

/** Texts longer than this, or with characters beyond Latin-1, are kept as strings instead. */
const POOLED_MAX = 1000;
const POOL_PAGE = 1 << 20;

/**
 * Short texts (subscription ids), one per slot, as Latin-1 bytes in pages: a million ids cost their
 * characters, not a string object each. The bytes are a copy, so no parser chunk is kept alive by
 * them. Other texts (rare) are kept as strings.
 */
export class TextPool {
  private readonly pages: Uint8Array[] = [];
  private used = POOL_PAGE; // no page yet
  private readonly start = int32Column();
  private readonly length = int32Column();
  private readonly others = new Map<number, string>();

  /** Stores `text` at `slot`; `copy` makes a text kept as a string a fresh one (see `own`). */
  set(slot: number, text: string, copy: (text: string) => string): void {
    const n = text.length;
    if (n <= POOLED_MAX) {
      if (this.used + n > POOL_PAGE) {
        this.pages.push(new Uint8Array(POOL_PAGE));
        this.used = 0;
      }
      const page = this.pages[this.pages.length - 1];
      // Written and checked in one pass: a character beyond Latin-1 sends the text to `others`.
      let all = 0;
      for (let i = 0; i < n; i++) {
        const code = text.charCodeAt(i);
        all |= code;
        page[this.used + i] = code;
      }
      if (all <= 255) {
        this.start.set(slot, (this.pages.length - 1) * POOL_PAGE + this.used);
        this.length.set(slot, n);
        this.used += n;
        return;
      }
    }
    this.others.set(slot, copy(text));
    this.length.set(slot, -1);
  }

  /** Gives the memory back now (see releaseMemory); the pool is empty after. */
  release(): void {
    releaseMemory(this.pages);
    this.pages.length = 0;
    this.start.release();
    this.length.release();
  }

  /** The text at `slot` (made afresh). */
  get(slot: number): string {
    const n = this.length.get(slot);
    if (n < 0) return this.others.get(slot)!;
    if (n === 0) return "";
    const at = this.start.get(slot);
    const page = this.pages[Math.floor(at / POOL_PAGE)];
    const from = at % POOL_PAGE;
    return String.fromCharCode.apply(null, page.subarray(from, from + n) as unknown as number[]);
  }
}
