/**
 * The day/month order of each date column (RULES.md §6): stated by its header, shown by its values,
 * hinted by the report, or chosen; and whether the order mattered at all.
 */
import { isDottedDate, numericDateParts } from "../../cells/date-text";
import type { DateOrder } from "../../rules/dates";
import { cellText } from "./cells";
import { LAYOUT_SAMPLE, type ColumnMap } from "./header";
import { DATE_ROLES, type Role } from "./words/roles";

/** Data rows looked at to decide each date column's day/month order. */
export const DATE_ORDER_SAMPLE = LAYOUT_SAMPLE;

export type DateOrderSource = "values" | "header" | "other-columns" | "hint" | "default" | "chosen";

/**
 * The order a date column's header states, as exports that write numeric dates often do: "Start
 * Date (dd/mm/yyyy)" is day first, "Expiry (MM/DD/YYYY)" month first. Undefined when it states none
 * (or a year-first format, which needs no order).
 */
export function statedDateOrder(header: string): DateOrder | undefined {
  if (/y{2,4}\s*[/.-]\s*[md]/i.test(header)) return undefined;
  if (/\bd{1,2}\s*[/.-]\s*m{1,2}\b/i.test(header)) return "dmy";
  if (/\bm{1,2}\s*[/.-]\s*d{1,2}\b/i.test(header)) return "mdy";
  return undefined;
}

/**
 * Whether the day/month order decided anything in a review: false when no date column held a
 * numeric date text (every date was a date cell, a serial, ISO or a named month), so the order is
 * the default and was neither assumed nor needed. The pane and the command line then say so
 * instead of "dates read month/day/year".
 */
export function dateOrderMattered(summary: { dateOrderSource: DateOrderSource; dateOrderAssumed: boolean }): boolean {
  return summary.dateOrderSource !== "default" || summary.dateOrderAssumed;
}

/** Said where the day/month order decided nothing (see dateOrderMattered). */
export const DATE_ORDER_NOT_NEEDED = "no date needed a day/month order (date cells or unambiguous text)";

export interface DateColumn {
  role: Role;
  column: number;
  header: string;
  order: DateOrder;
  /** values: decided by its own values; other-columns: by the report's other date columns;
   *  default: assumed (the caller's default); chosen: forced by the caller. */
  source: DateOrderSource;
  /** Numeric texts seen that only one order can read, per order. */
  evidence: { dmy: number; mdy: number };
}

export interface DateOrderDecision {
  columns: DateColumn[];
  /** The order the report as a whole is read in. */
  order: DateOrder;
  source: DateOrderSource;
  /** True when some numeric date text could be read either way and the default was applied. */
  assumed: boolean;
  /** The report's words that decided a day-first order where the values could not (source "hint"). */
  hint?: string;
}

/** Rows looked at for a day-first market's words. */
const HINT_ROWS = 200;
/** Money, tax and place words of day-first markets (AU, NZ, UK …) that Renewal Radar's users export from. */
const HINT_WORDS = /\b(AUD|NZD|GBP|GST|VAT)\b|\bex\.?\s*GST\b|\.(?:com|net|org|co|gov|edu)?\.?(au|nz|uk)\b/i;

/**
 * A hint in the report that its dates are day-first (RULES.md §6): a day-first market's money or tax
 * words (AUD, NZD, GBP, GST, ex GST, VAT) in the header or the first rows, Dicker Data's "Revaluation
 * Date" column, or an .au / .nz / .uk domain. Returns the words found, or undefined.
 */
export function dayFirstHint(
  cells: readonly (readonly unknown[])[],
  headerIndex: number,
  rows: readonly number[],
): string | undefined {
  const header = cells[headerIndex] ?? [];
  for (const cell of header) {
    if (typeof cell !== "string") continue;
    if (/revaluation\s*date/i.test(cell)) return `the “${cell.trim()}” column`;
    const m = HINT_WORDS.exec(cell);
    if (m) return `“${m[0].trim()}” in the header`;
  }
  for (const i of rows.slice(0, HINT_ROWS)) {
    for (const cell of cells[i] ?? []) {
      if (typeof cell !== "string" || cell.length > 200) continue;
      const m = HINT_WORDS.exec(cell);
      if (m) return `“${m[0].trim()}” in the report`;
    }
  }
  return undefined;
}

/**
 * Decides each date column's day/month order from its values (a first part above 12 means
 * day-first, a second part above 12 month-first). A column its values cannot decide follows the
 * report's other date columns when they agree (one export writes all its dates alike), and
 * otherwise a day-first `hint` found in the report (see dayFirstHint), otherwise the caller's default,
 * which is then reported as assumed — unless `fallbackChosen` says the user named that order (the
 * CLI's --date-order), which is then reported as chosen.
 */
export function decideDateOrders(
  cells: readonly (readonly unknown[])[],
  headerIndex: number,
  rows: readonly number[],
  columns: ColumnMap,
  fallback: DateOrder,
  forced?: DateOrder,
  fallbackChosen = false,
  hint?: string,
): DateOrderDecision {
  const header = cells[headerIndex] ?? [];
  const found: DateColumn[] = [];
  const numericSeen = new Map<Role, boolean>();
  for (const role of DATE_ROLES) {
    const column = columns[role];
    if (column === undefined) continue;
    const evidence = { dmy: 0, mdy: 0 };
    let numeric = false;
    // The first rows decide a column; a later value that contradicts them becomes a data issue.
    for (let r = 0; r < rows.length && r < DATE_ORDER_SAMPLE; r++) {
      const value = cells[rows[r]]?.[column];
      if (typeof value !== "string") continue;
      const parts = numericDateParts(value);
      if (!parts) continue;
      numeric = true;
      if (parts[0] > 12 && parts[1] <= 12) evidence.dmy++;
      else if (parts[1] > 12 && parts[0] <= 12) evidence.mdy++;
      // DD.MM.YYYY: dots are the day-first convention (RULES.md §6).
      else if (parts[1] <= 12 && isDottedDate(value)) evidence.dmy++;
    }
    numericSeen.set(role, numeric);
    const decided: DateOrder | undefined =
      evidence.dmy > evidence.mdy ? "dmy" : evidence.mdy > evidence.dmy ? "mdy" : undefined;
    // Values that cannot decide follow what the column's header states (values that can, win).
    const stated = decided ? undefined : statedDateOrder(cellText(header[column]));
    found.push({
      role,
      column,
      header: cellText(header[column]),
      order: forced ?? decided ?? stated ?? fallback,
      source: forced ? "chosen" : decided ? "values" : stated ? "header" : "default",
      evidence,
    });
  }
  if (forced) return { columns: found, order: forced, source: "chosen", assumed: false };
  const isDecided = (c: DateColumn) => c.source === "values" || c.source === "header";
  const decidedOrders = new Set(found.filter(isDecided).map((c) => c.order));
  const decidedBy: DateOrderSource = found.some((c) => c.source === "values") ? "values" : "header";
  const reportOrder = decidedOrders.size === 1 ? [...decidedOrders][0] : undefined;
  let assumed = false;
  for (const c of found) {
    if (c.source !== "default") continue;
    if (reportOrder) {
      c.order = reportOrder;
      c.source = "other-columns";
    } else if (hint && numericSeen.get(c.role)) {
      // A day-first market's words decide before the locale (RULES.md §6).
      c.order = "dmy";
      c.source = "hint";
    } else if (fallbackChosen) {
      // The user named the order for dates the values cannot decide (--date-order): not an assumption.
      c.source = "chosen";
    } else if (numericSeen.get(c.role)) {
      assumed = true;
    }
  }
  if (reportOrder) return { columns: found, order: reportOrder, source: decidedBy, assumed: false };
  if (decidedOrders.size > 1) {
    // Columns disagree: each keeps its own; the report's order is the first decided column's.
    const first = found.find(isDecided)!;
    return { columns: found, order: first.order, source: first.source, assumed };
  }
  if (found.some((c) => c.source === "hint"))
    return { columns: found, order: "dmy", source: "hint", assumed: false, hint };
  return { columns: found, order: fallback, source: fallbackChosen ? "chosen" : "default", assumed };
}
