/**
 * Numbers as people type them into sheets and reports: 150, "1,200", "36.00", "$36".
 */

const PLAIN = /^\d{1,15}(\.\d+)?$/;

/**
 * Reads a number from a cell value; undefined when it is not one.
 * @example readNumber("1,200") // 1200
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
