/** Whether a report writes amounts with a decimal comma, decided from its values (RULES.md §6). */
import { decimalCommaEvidence } from "../../cells/values";
import type { ColumnMap } from "./header";
import type { Role } from "./words/roles";

/** Rows looked at to decide whether a report writes decimal commas. */
export const NUMBER_SAMPLE = 5000;

/**
 * Whether the report writes amounts with a decimal comma (`36,00`, `1.200,50`: a `;`-separated
 * European export), decided from its price, quantity and discount values; false when nothing tells.
 */
export function decideDecimalComma(
  cells: readonly (readonly unknown[])[],
  rows: readonly number[],
  columns: ColumnMap,
): boolean {
  const amountColumns = (["unit_price", "annual_value", "quantity", "planned_quantity", "discount"] as Role[])
    .map((r) => columns[r])
    .filter((c): c is number => c !== undefined);
  if (!amountColumns.length) return false;
  const values: unknown[] = [];
  // At most NUMBER_SAMPLE rows: a report of whole numbers has no telling value to stop at.
  for (let r = 0; r < rows.length && r < NUMBER_SAMPLE; r++) {
    const i = rows[r];
    for (const c of amountColumns) {
      const v = cells[i]?.[c];
      if (typeof v === "string" && /[.,]/.test(v)) values.push(v);
    }
  }
  return decimalCommaEvidence(values) ?? false;
}
