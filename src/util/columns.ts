/**
 * Columns of numbers and a pool of short texts for the rows a review holds (see ActiveGroups): in
 * pages of fixed size, so a million rows never need a doubled copy of a column while it grows, and
 * the memory held is what is used plus one page.
 */

const PAGE_BITS = 16;
const PAGE = 1 << PAGE_BITS;
const MASK = PAGE - 1;

type NumberArray = Uint8Array | Int32Array | Float64Array;

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
 * A growable list of values (texts), one per slot, in pages: a list that grows by push copies itself
 * into a larger one ~25 times on the way to a million entries and leaves the copies for the garbage
 * collector (~2× the list's size at the peak); pages are made once and never copied.
 */
export class PagedList<T> {
  private readonly pages: T[][] = [];

  set(i: number, value: T): void {
    const p = i >>> PAGE_BITS;
    while (p >= this.pages.length) this.pages.push(new Array<T>(PAGE));
    this.pages[p][i & MASK] = value;
  }

  get(i: number): T {
    return this.pages[i >>> PAGE_BITS][i & MASK];
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

export const uint8Column = () => new PagedColumn((n) => new Uint8Array(n));
export const int32Column = () => new PagedColumn((n) => new Int32Array(n));
export const float64Column = () => new PagedColumn((n) => new Float64Array(n));

/** Texts longer than this, or with characters beyond Latin-1, are kept as strings instead. */
const POOLED_MAX = 1000;
const POOL_PAGE = 1 << 20;

/** A GUID's text: 8-4-4-4-12 hex digits. */
const GUID_LENGTH = 36;
/** Bytes a GUID is kept in: two hex digits a byte. */
const GUID_BYTES = 16;
/** Marks in a TextPool's `length` column: a GUID kept as 16 bytes, its letters lower or upper case. */
const GUID_LOWER = -2;
const GUID_UPPER = -3;
/** A character code's hex value (either case), -1 for any other character below 128. */
const HEX_VALUE = Int8Array.from({ length: 128 }, (_, c) =>
  c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1,
);
/** Hex digits' character codes, lower and upper case. */
const DIGITS_LOWER = Array.from("0123456789abcdef", (d) => d.charCodeAt(0));
const DIGITS_UPPER = Array.from("0123456789ABCDEF", (d) => d.charCodeAt(0));
/** Where a GUID's text has its dashes. */
const isDash = (i: number) => i === 8 || i === 13 || i === 18 || i === 23;
/** A GUID's character codes, written in place and made a string at once (no concatenation). */
const guidCodes = new Uint16Array(GUID_LENGTH).fill(45);

/**
 * Writes a GUID's 16 bytes into `page` at `at`; returns GUID_LOWER or GUID_UPPER by its letters'
 * case, or 0 when `text` is no GUID or mixes cases (then kept as written, byte for byte).
 */
function packGuid(text: string, page: Uint8Array, at: number): number {
  if (text.charCodeAt(8) !== 45 || text.charCodeAt(13) !== 45) return 0;
  if (text.charCodeAt(18) !== 45 || text.charCodeAt(23) !== 45) return 0;
  let lower = false;
  let upper = false;
  let b = at;
  let high = -1;
  for (let i = 0; i < GUID_LENGTH; i++) {
    if (isDash(i)) continue;
    const code = text.charCodeAt(i);
    const digit = code < 128 ? HEX_VALUE[code] : -1;
    if (digit < 0) return 0;
    if (digit > 9) {
      if (code >= 97) lower = true;
      else upper = true;
    }
    if (high < 0) high = digit;
    else {
      page[b++] = (high << 4) | digit;
      high = -1;
    }
  }
  return lower && upper ? 0 : upper ? GUID_UPPER : GUID_LOWER;
}

/** A GUID's text from its 16 bytes. */
function unpackGuid(page: Uint8Array, at: number, upper: boolean): string {
  const digits = upper ? DIGITS_UPPER : DIGITS_LOWER;
  let c = 0;
  for (let i = 0; i < GUID_BYTES; i++) {
    if (isDash(c)) c++;
    const byte = page[at + i];
    guidCodes[c++] = digits[byte >> 4];
    guidCodes[c++] = digits[byte & 15];
  }
  return String.fromCharCode.apply(null, guidCodes as unknown as number[]);
}

/**
 * Short texts (subscription ids), one per slot, as Latin-1 bytes in pages: a million ids cost their
 * characters, not a string object each; a GUID (Partner Center's ids) costs 16 bytes, not 36. The
 * bytes are a copy, so no parser chunk is kept alive by them. Other texts (rare) are kept as strings.
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
    if (n === GUID_LENGTH) {
      if (this.used + GUID_BYTES > POOL_PAGE) {
        this.pages.push(new Uint8Array(POOL_PAGE));
        this.used = 0;
      }
      const guid = packGuid(text, this.pages[this.pages.length - 1], this.used);
      if (guid) {
        this.start.set(slot, (this.pages.length - 1) * POOL_PAGE + this.used);
        this.length.set(slot, guid);
        this.used += GUID_BYTES;
        return;
      }
    }
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
    if (n === GUID_LOWER || n === GUID_UPPER) {
      const at = this.start.get(slot);
      return unpackGuid(this.pages[Math.floor(at / POOL_PAGE)], at % POOL_PAGE, n === GUID_UPPER);
    }
    if (n < 0) return this.others.get(slot)!;
    if (n === 0) return "";
    const at = this.start.get(slot);
    const page = this.pages[Math.floor(at / POOL_PAGE)];
    const from = at % POOL_PAGE;
    return String.fromCharCode.apply(null, page.subarray(from, from + n) as unknown as number[]);
  }
}
