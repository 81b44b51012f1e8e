import { DEFAULT_SETTINGS } from "../../src/excel/host";
import { iso } from "../../src/rules/dates";
import { reviewOptions, runReview } from "../../src/taskpane/run-review";

const snapshot = {
  sheet: "Report",
  address: "B3:F5",
  firstRow: 3,
  firstColumn: 1,
  values: [
    ["Customer", "Product", "Subscription ID", "Term", "Start Date"],
    ["A", "P", "S1", "P1Y", "2025-11-22"],
  ],
};

describe("the pane's review run", () => {
  it("turns settings into review options: as_of (empty = today), horizon, parameters, the report's place", () => {
    const o = reviewOptions(
      { ...DEFAULT_SETTINGS, asOf: "2026-11-21", horizon: 10, estFee: 0.05 },
      { mapping: { term: null } },
      snapshot,
      0,
    );
    expect(o).toMatchObject({
      asOf: iso("2026-11-21"),
      horizon: 10,
      firstRow: 3,
      mapping: { term: null },
      parameters: { estFee: 0.05, deprovisionDays: 60 },
    });
    expect(reviewOptions(DEFAULT_SETTINGS, { mapping: {} }, snapshot, 12345).asOf).toBe(12345);
  });

  it("reviews in steps with progress, numbering rows as the sheet does", async () => {
    const seen: Array<[number, number]> = [];
    const result = await runReview(
      snapshot,
      reviewOptions({ ...DEFAULT_SETTINGS, asOf: "2026-11-21" }, { mapping: {} }, snapshot),
      (d, t) => seen.push([d, t]),
    );
    expect(seen[seen.length - 1]).toEqual([1, 1]);
    expect(result.findings.map((f) => [f.row, f.rule])).toEqual([[4, "RENEWAL_DUE"]]);
  });

  it("stops with an AbortError when cancelled", async () => {
    const big = {
      ...snapshot,
      values: [
        snapshot.values[0],
        ...Array.from({ length: 20000 }, (_, i) => ["A", `P${i}`, `S${i}`, "P1Y", "2025-11-22"]),
      ],
    };
    const controller = new AbortController();
    const run = runReview(
      big,
      reviewOptions(DEFAULT_SETTINGS, { mapping: {} }, big),
      () => controller.abort(),
      controller.signal,
    );
    await expect(run).rejects.toThrow(/Cancelled/);
  });
});
