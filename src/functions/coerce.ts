/**
 * Reading Excel arguments for the rules: what a cell can hold (number, text, boolean, blank) into
 * the day serials, terms, fractions and flags the rules take. Every failure is a RuleError whose
 * message names the argument and says what to type instead.
 */
import { checkSerial } from "../rules/dates";
import { fromWorkbookSerial } from "./date-system";
import { readDateText } from "../cells/date-text";
import { RuleError, requireFraction } from "../rules/errors";
import { isBlank, readNumber, readPercentText, readYesNo } from "../cells/values";
import {
  parseBilling,
  parseTerm,
  productType,
  segmentScope,
  type BillingPlan,
  type ProductType,
  type SegmentScope,
  type TermMonths,
} from "../cells/terms";

export { isBlank };

function shown(value: unknown): string {
  if (typeof value === "string") return `"${value.length > 40 ? value.slice(0, 40) + "…" : value}"`;
  if (value !== null && typeof value === "object") return "(an error or a value that is not a cell value)";
  return String(value);
}

/**
 * A date argument as a serial (with its time fraction, if any). Numbers are Excel serials; text
 * must be unambiguous (ISO, 15-Jan-2024, January 15, 2024); 03/04/2024 is refused as ambiguous.
 */
export function toDate(value: unknown, name: string): number {
  // A date cell's number in the workbook's date system (1904 workbooks count 1462 days lower).
  if (typeof value === "number") return checkSerial(fromWorkbookSerial(value), name);
  if (isBlank(value))
    throw new RuleError("value", `${name} is blank: enter a date (a date cell or ISO text such as 2024-01-15).`);
  if (typeof value === "string") {
    const reading = readDateText(value);
    if (reading.ok) return reading.serial;
    switch (reading.reason) {
      case "ambiguous":
        throw new RuleError(
          "value",
          `${name} ${shown(value)} is ambiguous (day/month or month/day?): ` +
            `use a real date or ISO text such as ${isoHint(reading.first, reading.second, value)}.`,
        );
      case "invalid":
        throw new RuleError("value", `${name} ${shown(value)} is not a real calendar day.`);
      case "out-of-range":
        throw new RuleError("num", `${name} ${shown(value)} is outside 1900-03-01 … 9999-12-31.`);
      default:
        throw new RuleError(
          "value",
          `${name} ${shown(value)} is not a date: use a date cell or ISO text such as 2024-01-15.`,
        );
    }
  }
  throw new RuleError(
    "value",
    `${name} must be a date, not ${typeof value === "boolean" ? "TRUE/FALSE" : shown(value)}.`,
  );
}

function isoHint(first: number | undefined, second: number | undefined, text: string): string {
  const year = /(\d{4})/.exec(text)?.[1] ?? "2024";
  const pad = (n: number | undefined) => String(n ?? 1).padStart(2, "0");
  return `${year}-${pad(first)}-${pad(second)}`;
}

/** An optional date: blank means `fallback` (today, for as_of). */
export function toOptionalDate(value: unknown, name: string, fallback: number): number {
  return isBlank(value) ? fallback : toDate(value, name);
}

/** A date that may be left out entirely (seats_added_date, opt_out_date). */
export function toDateOrUndefined(value: unknown, name: string): number | undefined {
  return isBlank(value) ? undefined : toDate(value, name);
}

/** A term in months. */
export function toTerm(value: unknown): TermMonths {
  if (isBlank(value))
    throw new RuleError("value", "term is blank: enter P1M, P1Y or P3Y (or monthly, annual, triennial).");
  return parseTerm(typeof value === "string" ? value.trim() : value);
}

/** A number of at least `min`: seats, prices, days. */
export function toNumber(value: unknown, name: string, min = 0): number {
  if (isBlank(value)) throw new RuleError("value", `${name} is blank: enter a number.`);
  const n = typeof value === "boolean" ? undefined : readNumber(value);
  if (n === undefined) throw new RuleError("value", `${name} ${shown(value)} is not a number.`);
  if (n < min) throw new RuleError("num", `${name} must be ${min} or more (got ${n}).`);
  return n;
}

export function toOptionalNumber(value: unknown, name: string, fallback: number, min = 0): number {
  return isBlank(value) ? fallback : toNumber(value, name, min);
}

/** A fraction (15 % is 0.15); "15%" text is read too. Above 1 is #NUM! saying to type 15%. */
export function toFraction(value: unknown, name: string): number {
  if (isBlank(value)) throw new RuleError("value", `${name} is blank: enter a percentage such as 15%.`);
  const percent = readPercentText(value);
  if (percent !== undefined) return requireFraction(percent, name);
  const n = typeof value === "boolean" ? undefined : readNumber(value);
  if (n === undefined) throw new RuleError("value", `${name} ${shown(value)} is not a percentage: type 15% or 0.15.`);
  return requireFraction(n, name);
}

export function toOptionalFraction(value: unknown, name: string, fallback: number): number {
  return isBlank(value) ? fallback : toFraction(value, name);
}

/** A flag: TRUE/FALSE, 1/0, yes/no; blank is FALSE. */
export function toFlag(value: unknown, name: string): boolean {
  if (isBlank(value)) return false;
  if (typeof value === "number" && Number.isFinite(value)) return value !== 0;
  const flag = readYesNo(value);
  if (flag !== undefined) return flag;
  throw new RuleError("value", `${name} ${shown(value)} must be TRUE or FALSE.`);
}

/** An EA segment; blank is commercial (in scope). */
export function toSegment(value: unknown): SegmentScope {
  return isBlank(value) ? "in-scope" : segmentScope(String(value).trim());
}

/** An EA product type; blank is online. */
export function toProductType(value: unknown): ProductType {
  return isBlank(value) ? "online" : productType(String(value).trim());
}

/** An optional term (EST_PRICE's price_term): blank is `fallback`. */
export function toOptionalTerm(value: unknown, fallback: TermMonths): TermMonths {
  return isBlank(value) ? fallback : toTerm(value);
}

/** A billing plan (N6); blank is upfront. */
export function toBilling(value: unknown): BillingPlan {
  return isBlank(value) ? "upfront" : parseBilling(typeof value === "string" ? value.trim() : value);
}

const MONTH_WORDS = new Set(["month", "calendar month", "month end", "end of month", "eom"]);

/** COTERM_END's align_to: blank or "month" → "month"; otherwise a date. Other text is #VALUE!. */
export function toAlignTo(value: unknown): "month" | number {
  if (isBlank(value)) return "month";
  if (
    typeof value === "string" &&
    MONTH_WORDS.has(
      value
        .trim()
        .toLowerCase()
        .replace(/[\s_-]+/g, " "),
    )
  )
    return "month";
  try {
    return toDate(value, "align_to");
  } catch (error) {
    if (error instanceof RuleError && error.kind === "value" && typeof value === "string" && !/\d/.test(value)) {
      throw new RuleError(
        "value",
        `align_to ${shown(value)} is neither "month" nor a date: leave it blank or type "month" to end on a ` +
          "calendar month end, or give the end date of the subscription to co-term with.",
      );
    }
    throw error;
  }
}
