/**
 * Cell values as people type them into sheets and reports — one reader for the formulas' argument
 * coercion (src/functions/coerce.ts) and the review's cell reading (src/review/cells.ts): blanks,
 * numbers ("1,200", "$36.00", "36,00 €"), yes/no flags and percentages. Dates are in ./dates.
 */

/** A blank cell or a left-out argument: null, undefined, or text of spaces only. */
export function isBlank(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value !== "string") return false;
  if (value.length === 0) return true;
  // Text starting with a visible ASCII character is not blank (every space trim() removes is
  // at or below U+0020 or from U+00A0 on): no trimmed copy for most cells.
  const first = value.charCodeAt(0);
  if (first > 0x20 && first < 0xa0) return false;
  return value.trim() === "";
}

/**
 * The value of text like /^\d{1,15}(\.\d+)?$/ (1 to 15 digits, then optionally a point and digits:
 * most quantities and prices), or -1 — checked character by character, without a regular expression.
 */
function plainNumber(text: string): number {
  const n = text.length;
  let value = 0;
  let i = 0;
  for (; i < n; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) break;
    value = value * 10 + d;
  }
  if (i === 0 || i > 15) return -1;
  if (i === n) return value;
  if (text.charCodeAt(i) !== 46 || i === n - 1) return -1;
  for (let k = i + 1; k < n; k++) {
    const d = text.charCodeAt(k) - 48;
    if (d < 0 || d > 9) return -1;
  }
  // A fraction: the engine's own conversion, for the exact nearest double.
  return Number(text);
}

/** A currency before or after the amount: a symbol, a code (AUD, EUR …) or both (A$, NZ$, US$). */
const CURRENCY_BEFORE = /^(?:[A-Z]{3}\s*|[A-Z]{1,2}\$\s*|[$€£¥₹]\s*)+/;
const CURRENCY_AFTER = /(?:\s*[A-Z]{3}|\s*[$€£¥₹])+$/;
/** Thousands groups separated by a space, a no-break space, a thin space or an apostrophe: 1 200, 1'200. */
const SPACED_GROUPS = /(\d)[\s\u00a0\u202f'’](?=\d{3}(?:\D|$))/g;
const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/**
 * Reads a number from a cell value; undefined when it is not one. Thousands separators (`1,200`,
 * `1 200`), currency symbols and codes before or after (`$36.30`, `AUD 8.25`, `95.00 €`). With
 * `decimalComma` (a report that writes `36,00`): `,` is the decimal mark and `.` or a space
 * separates thousands (`1.200,50`).
 * @example readNumber("1,200") // 1200
 * @example readNumber("95,00 €", true) // 95
 */
export function readNumber(value: unknown, decimalComma = false): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value !== "string") return undefined;
  // Plain digits (most cells) need no clean-up copy.
  if (!decimalComma) {
    const plain = plainNumber(value);
    if (plain >= 0) return plain;
  }
  let t = value.trim().replace(CURRENCY_BEFORE, "").replace(CURRENCY_AFTER, "").trim();
  if (/^[-+]\s/.test(t)) t = t[0] + t.slice(1).trim();
  t = t.replace(SPACED_GROUPS, "$1");
  if (decimalComma) t = t.replace(/\.(?=\d{3}(?:\D|$))/g, "").replace(",", ".");
  else t = t.replace(/,(?=\d{3}(?:\D|$))/g, "");
  return NUMBER.test(t) ? Number(t) : undefined;
}

/**
 * Whether amounts written like `values` use a decimal comma: `36,00`, `8,5`, `1.200,50` say yes;
 * `36.00`, `1,200.50` say no; `1,200` or `1.200` alone cannot tell. Undefined when nothing tells.
 * @example decimalCommaEvidence(["36,00", "1.200"]) // true
 */
export function decimalCommaEvidence(values: Iterable<unknown>): boolean | undefined {
  let comma = 0;
  let point = 0;
  for (const v of values) {
    if (typeof v !== "string") continue;
    const t = v.trim();
    if (/\d,\d{1,2}(?!\d)/.test(t) || /\d\.\d{3},\d/.test(t) || /\d,\d{4,}/.test(t)) comma++;
    else if (/\d\.\d{1,2}(?!\d)/.test(t) || /\d,\d{3}\.\d/.test(t) || /\d\.\d{4,}/.test(t)) point++;
  }
  return comma > point ? true : point > comma ? false : undefined;
}

/** Words that mean yes in a flag: the formulas' TRUE/FALSE arguments and the reports' auto-renew columns. */
export const YES_WORDS: ReadonlySet<string> = new Set(["true", "yes", "y", "1", "on"]);
export const NO_WORDS: ReadonlySet<string> = new Set(["false", "no", "n", "0", "off"]);

/**
 * A yes/no cell: booleans, 1/0, and the words in `yes` / `no` (compared trimmed, in lower case).
 * Undefined when the value is none of them (blank included: callers decide what blank means).
 * @example readYesNo("Yes") // true
 */
export function readYesNo(
  value: unknown,
  yes: ReadonlySet<string> = YES_WORDS,
  no: ReadonlySet<string> = NO_WORDS,
): boolean | undefined {
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value === 1 ? true : value === 0 ? false : undefined;
  if (typeof value !== "string") return undefined;
  const t = value.trim().toLowerCase();
  return yes.has(t) ? true : no.has(t) ? false : undefined;
}

/**
 * A percentage written with a % sign ("15%", "12.5 %") as a fraction; undefined for anything else.
 * @example readPercentText("15%") // 0.15
 */
export function readPercentText(value: unknown): number | undefined {
  if (typeof value !== "string") return undefined;
  const m = /^\s*([-+]?\d+(?:[.,]\d+)?)\s*%\s*$/.exec(value);
  return m ? Number(m[1].replace(",", ".")) / 100 : undefined;
}

/**
 * Lower case without accents, for comparing words as reports write them: "Gekündigt" → "gekundigt",
 * "Désactivé" → "desactive", "Straße" → "strasse". ASCII text is only lowered.
 * @example fold("Déc.") // "dec."
 */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  // Anything beyond ASCII has accents to fold (the range starts at NUL on purpose).
  // eslint-disable-next-line no-control-regex
  return /[^\u0000-\u007f]/.test(lower)
    ? lower
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
        .replace(/ß/g, "ss")
    : lower;
}
