/**
 * Excel's full height: a report of more than 500,000 rows (generated here, not committed) is
 * reviewed to the end. Nothing may depend on how many arguments a function call can take: a spread
 * of hundreds of thousands of items into push() or Math.max() overflows the stack.
 */
import { reviewReport } from "../../src/review";
import { toTable } from "../../src/cli/review";
import { contiguousRuns } from "../../src/excel/host";
import { iso } from "../../src/rules/dates";

const ROWS = 520_000;

describe("a report of more than 500,000 rows", () => {
  it("is reviewed to the end, duplicates and all, and printed as a table", () => {
    const cells: unknown[][] = [["Customer", "Product", "Subscription ID", "Qty", "Term", "Start Date", "Status"]];
    // Every customer has the same product twice under two subscription ids: every row is a duplicate.
    for (let i = 0; i < ROWS; i++)
      cells.push([`Customer ${i >> 1}`, "Microsoft 365 E3", `S${i}`, 10, "P1Y", "2025-03-01", "Active"]);
    const result = reviewReport(cells, { asOf: iso("2026-11-21") });
    expect(result.rows).toBe(ROWS);
    expect(result.summary.byRule.DUPLICATE_SUBSCRIPTION).toBe(ROWS);
    expect(result.rowSeverity.size).toBe(ROWS);
    const runs = contiguousRuns(Array.from(result.rowSeverity, ([row, severity]) => ({ row, severity })));
    expect(runs).toEqual([[2, ROWS + 1, "warning"]]);
    const table = toTable(result, "big.csv");
    expect(table.startsWith(`big.csv: ${ROWS} rows reviewed`)).toBe(true);
    expect(table).toMatch(new RegExp(`\\n\\S+\\s+WARNING\\s+${ROWS + 1}\\s+DUPLICATE_SUBSCRIPTION`));
  }, 120_000);
});
