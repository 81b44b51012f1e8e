/**
 * Report files' bytes into text (RULES.md §6 "Files"): UTF-8 with or without a BOM, UTF-16 LE/BE
 * with a BOM (PowerShell's `Export-Csv -Encoding Unicode`) or without one (told by its zero bytes), and Windows-1252 where the bytes are
 * not UTF-8 (older Excel "CSV" saves: "Müller GmbH" stays "Müller GmbH", not "M�ller GmbH").
 * TextDecoder decodes UTF-8 and UTF-16; iconv-lite decodes Windows-1252, because Node's TextDecoder
 * reads "windows-1252" as Latin-1 (Node 20: "€", "–" and curly quotes became control characters, and
 * "11,70 €" no price); nothing is hand-written.
 */
import iconv from "iconv-lite";

export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

/** Decodes a report file; a BOM is dropped. */
export function decodeReport(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  const utf16 = body === bytes ? utf16WithoutBom(bytes) : undefined;
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(body), encoding: "utf-8" };
  } catch {
    return { text: decodeAll(body, "windows-1252"), encoding: "windows-1252" };
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
  return encoding === "windows-1252" ? iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), "windows-1252") : new TextDecoder(encoding).decode(bytes);
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
