/**
 * Where a report's header row is and which column each header names (RULES.md §6). Roles found by
 * values: ./roles-by-values; date orders: ./date-orders; which rows are data: ./data-rows.
 */
import { roleOfHeader, ROLES, type Role } from "./words/roles";

/** How far down the review looks for the header row (title lines and notes above it are normal). */
export const HEADER_SCAN_ROWS = 100;
/** Rows searched for a header row found by the values below it (each candidate reads the data below it). */
export const VALUES_HEADER_SCAN_ROWS = 30;

export type ColumnMap = Partial<Record<Role, number>>;

/** A problem that stops a review: no header, nothing to read. The message says what to do. */
export class ReportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ReportError";
  }
}

/** The roles a row of cells names, column by column, keeping the best column for each role. */
export function mapHeaderRow(row: readonly unknown[]): ColumnMap {
  const best = new Map<Role, [number, number]>();
  row.forEach((cell, column) => {
    if (typeof cell !== "string") return;
    const found = roleOfHeader(cell);
    if (!found) return;
    const [role, priority] = found;
    const current = best.get(role);
    if (!current || priority < current[1]) best.set(role, [column, priority]);
  });
  const map: ColumnMap = {};
  for (const role of ROLES) {
    const hit = best.get(role);
    if (hit) map[role] = hit[0];
  }
  return map;
}

/**
 * The header row: among the first rows, the one naming the most roles (at least two).
 * Returns its index and column map, or throws a ReportError saying what the review looks for.
 */
export function findHeader(cells: readonly (readonly unknown[])[]): { index: number; columns: ColumnMap } {
  let bestIndex = -1;
  let bestColumns: ColumnMap = {};
  let bestCount = 1;
  const limit = Math.min(cells.length, HEADER_SCAN_ROWS);
  for (let i = 0; i < limit; i++) {
    const row = cells[i];
    if (!Array.isArray(row)) continue;
    const columns = mapHeaderRow(row);
    const count = Object.keys(columns).length;
    if (count > bestCount) {
      bestIndex = i;
      bestColumns = columns;
      bestCount = count;
    }
  }
  if (bestIndex < 0) {
    throw new ReportError(
      `No header row found in the first ${HEADER_SCAN_ROWS} rows: the review needs a row naming at least two columns it knows, such as Customer, Product, Quantity, Term, Start Date or Enrollment Expiry Date.`,
    );
  }
  return { index: bestIndex, columns: bestColumns };
}

/**
 * Data rows the layout is decided from (date orders, decimal comma, roles from values, hints): the
 * first ones. A streamed report holds this many rows before its review starts; a report in memory is
 * decided from the same rows, so both give the same findings.
 */
export const LAYOUT_SAMPLE = 20000;
