/**
 * Report files' bytes into text (RULES.md §6 "Files"): UTF-8 with or without a BOM, UTF-16 LE/BE
 * with a BOM (PowerShell's `Export-Csv -Encoding Unicode`) or without one (told by its zero bytes), and Windows-1252 where the bytes are
 * not UTF-8 (older Excel "CSV" saves: "Müller GmbH" stays "Müller GmbH", not "M�ller GmbH").
 * TextDecoder decodes UTF-8 and UTF-16; iconv-lite decodes Windows-1252, because Node's TextDecoder
 * reads "windows-1252" as Latin-1 (Node 20: "€", "–" and curly quotes became control characters, and
 * "11,70 €" no price): no decoding is hand-written, only telling which encoding a file is in.
 */
import iconv from "iconv-lite";

export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

/** Decodes a report file; a BOM is dropped. */
export function decodeReport(bytes: Uint8Array): DecodedText {
  const { encoding, skip } = sniffEncoding(bytes, true);
  return { text: decodeAll(bytes.subarray(skip), encoding), encoding };
}

/**
 * The encoding of a report file from its first bytes (RULES.md §6 "Files"): a BOM says UTF-16 or
 * UTF-8; zero bytes in every other place say UTF-16 without one; otherwise UTF-8 when the bytes
 * given (a file's first megabyte, or all of it when `whole`) are valid UTF-8, else Windows-1252. Returns the
 * encoding and the BOM's length.
 */
export function sniffEncoding(head: Uint8Array, whole: boolean): { encoding: TextEncoding; skip: number } {
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: "utf-16le", skip: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: "utf-16be", skip: 2 };
  const skip = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  const utf16 = skip === 0 ? utf16WithoutBom(head) : undefined;
  if (utf16) return { encoding: utf16, skip: 0 };
  try {
    // A sample may end inside a character: `stream` keeps those bytes back instead of failing on them.
    new TextDecoder("utf-8", { fatal: true }).decode(head.subarray(skip), { stream: !whole });
    return { encoding: "utf-8", skip };
  } catch {
    return { encoding: "windows-1252", skip };
  }
}

/**
 * UTF-16 written without a BOM (some tools' "Unicode" exports): text of mostly ASCII characters has a
 * zero in every other byte — the second of each pair (LE) or the first (BE). Read as UTF-8 it was NUL
 * after every character and refused as binary. Undefined when the first bytes do not look so.
 */
export function utf16WithoutBom(head: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  const pairs = Math.min(head.length >> 1, 2048);
  if (pairs < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs; i++) {
    if (head[2 * i] === 0) evenZeros++;
    if (head[2 * i + 1] === 0) oddZeros++;
  }
  if (oddZeros >= 0.4 * pairs && evenZeros <= 0.05 * pairs) return "utf-16le";
  if (evenZeros >= 0.4 * pairs && oddZeros <= 0.05 * pairs) return "utf-16be";
  return undefined;
}

/** Bytes in a known encoding as text (Windows-1252 through iconv-lite, as decodeReport). */
export function decodeAll(bytes: Uint8Array, encoding: TextEncoding): string {
  return encoding === "windows-1252"
    ? iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), "windows-1252")
    : new TextDecoder(encoding).decode(bytes);
}

/**
 * Whether decoded text is binary data rather than a report: more than 1 in 20 characters are
 * control characters other than tab and line breaks. A stray NUL in a comment cell is not.
 */
export function looksBinary(text: string): boolean {
  const sample = text.length > 200000 ? text.slice(0, 200000) : text;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) control++;
  }
  return sample.length > 0 && control / sample.length > 0.05;
}
