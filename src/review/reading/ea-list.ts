/**
 * A list of Enterprise Agreement enrollments (RULES.md §4, §6 "an EA row has expiry_date") whose
 * headers do not say "Enrollment Expiry": many EA lists call the enrollment's expiry plain "End Date"
 * or "Expiration Date" and its signature "Renewal PO Date" or "Signed On". Read as an NCE report,
 * such a list raised no EA_LATE at all — a silent all-clear on the findings that cost the most.
 *
 * A report is an EA list when it says so — a signed date, a header naming an enrollment or EPT, or a
 * column of EA program names (EA, EAS, SCE, Enterprise Agreement) — and has none of the columns only a
 * subscription report has (term, billing plan, auto-renew, renewal date, planned action or seats).
 * In such a list an end or expiry date is the enrollment's expiry, and a date column headed by a
 * signature or purchase order is the renewal's signed date.
 */
import { isBlank } from "../../cells/values";
import { cellText } from "./cells";
import type { ColumnMap } from "./header";
import type { Role } from "./words/roles";

/** Columns only a subscription (NCE) report has: with one of them the report is not an EA list. */
const SUBSCRIPTION_ROLES: readonly Role[] = [
  "term",
  "billing_frequency",
  "auto_renew",
  "renewal_date",
  "planned_action",
  "planned_quantity",
];

/** Headers that name an EA enrollment or its extended term. */
const EA_HEADER = /enrol|\bea\b|\bept\b|enterprise\s*agreement/i;
/** EA program names (RULES.md §4 E2: EA, EAS and SCE deals). */
const EA_PROGRAM =
  /^(?:ea|eas|sce|ea\s*subscription|enterprise\s*agreement(?:\s*subscription)?|server\s*and\s*cloud\s*enrol+ment)$/i;

/** Header words of the EA dates, in an EA list. */
export const EA_DATE_WORDS: Array<[RegExp, Role]> = [
  [/\bsign|countersign|\bpo\b|purchase\s*order|received/i, "signed_date"],
  [/end|expir|until|valid\s*to/i, "expiry_date"],
];

/**
 * Whether the report is an EA list (see the module's comment). `columns` are the roles its headers
 * named; `rows` its first data rows.
 */
export function isEaList(
  cells: readonly (readonly unknown[])[],
  headerIndex: number,
  rows: readonly number[],
  columns: ColumnMap,
): boolean {
  if (SUBSCRIPTION_ROLES.some((role) => columns[role] !== undefined)) return false;
  if (columns.expiry_date !== undefined || columns.signed_date !== undefined) return true;
  const header = cells[headerIndex] ?? [];
  if (header.some((cell) => EA_HEADER.test(cellText(cell)))) return true;
  // A column of EA program names ("Program: EA", "Agreement Type: Enterprise Agreement").
  const sample = rows.slice(0, 50);
  for (let c = 0; c < header.length; c++) {
    const values = sample.map((r) => cells[r]?.[c]).filter((v) => !isBlank(v));
    if (values.length && values.filter((v) => EA_PROGRAM.test(cellText(v).trim())).length >= 0.8 * values.length)
      return true;
  }
  return false;
}

/** A header-named column read as an EA date in an EA list (said in a note). */
export interface RereadColumn {
  from: Role;
  role: Role;
  column: number;
  header: string;
}

/**
 * In an EA list, the end date its headers named is the enrollment's expiry (when no header named the
 * expiry itself). Returns the columns and the columns so re-read.
 */
export function eaListColumns(
  columns: ColumnMap,
  headers: readonly unknown[],
): { columns: ColumnMap; reread: RereadColumn[] } {
  if (columns.expiry_date !== undefined || columns.end_date === undefined) return { columns, reread: [] };
  const out: ColumnMap = { ...columns };
  const column = out.end_date as number;
  delete out.end_date;
  out.expiry_date = column;
  return {
    columns: out,
    reread: [{ from: "end_date", role: "expiry_date", column, header: cellText(headers[column]) }],
  };
}
