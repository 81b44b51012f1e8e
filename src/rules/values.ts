/**
 * Cell values as people type them into sheets and reports — one reader for the formulas' argument
 * coercion (src/functions/coerce.ts) and the review's cell reading (src/review/cells.ts): blanks,
 * numbers ("1,200", "$36.00", "36,00 €"), yes/no flags and percentages. Dates are in ./dates.
 */

/** A blank cell or a left-out argument: null, undefined, or text of spaces only. */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

const PLAIN = /^\d{1,15}(\.\d+)?$/;

/**
 * Reads a number from a cell value; undefined when it is not one.
 * @example readNumber("1,200") // 1200
 * @example readNumber("$36.00") // 36
 */
export function readNumber(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value !== "string") return undefined;
  // Plain digits (most cells) need no clean-up copy.
  if (PLAIN.test(value)) return Number(value);
  const t = value.trim().replace(/^[$€£]\s?/, "").replace(/,(?=\d{3}(\D|$))/g, "");
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return undefined;
  return Number(t);
}

/** Words that mean yes in a flag: the formulas' TRUE/FALSE arguments and the reports' auto-renew columns. */
export const YES_WORDS: ReadonlySet<string> = new Set(["true", "yes", "y", "1", "on"]);
export const NO_WORDS: ReadonlySet<string> = new Set(["false", "no", "n", "0", "off"]);

/**
 * A yes/no cell: booleans, 1/0, and the words in `yes` / `no` (compared trimmed, in lower case).
 * Undefined when the value is none of them (blank included: callers decide what blank means).
 * @example readYesNo("Yes") // true
 */
export function readYesNo(value: unknown, yes: ReadonlySet<string> = YES_WORDS, no: ReadonlySet<string> = NO_WORDS): boolean | undefined {
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
  const m = /^\s*([-+]?\d+(?:\.\d+)?)\s*%\s*$/.exec(value);
  return m ? Number(m[1]) / 100 : undefined;
}
