import { DEFAULT_SETTINGS } from "../../src/excel/host";
import { iso } from "../../src/rules/dates";
import { reviewOptions, runReview, savedChoices, withSavedDateOrder } from "../../src/taskpane/run-review";

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

describe("the date order the user chose is kept for the report's layout", () => {
  const ambiguous = {
    ...snapshot,
    values: [
      ["Customer", "Product", "Subscription ID", "Term", "Start Date"],
      ["A", "P", "S1", "P1Y", "03/04/2026"],
    ],
  };

  it("is read back for the next review of a report with the same header row, as chosen, not assumed", async () => {
    const { key } = savedChoices(ambiguous, DEFAULT_SETTINGS, iso("2026-11-21"));
    expect(key).toBeDefined();
    const settings = withSavedDateOrder({ ...DEFAULT_SETTINGS, asOf: "2026-11-21" }, key!, "dmy");
    const { choices } = savedChoices(ambiguous, settings, iso("2026-11-21"));
    expect(choices.savedDateOrder).toBe("dmy");
    const result = await runReview(ambiguous, reviewOptions(settings, choices, ambiguous));
    expect(result.dateOrder).toBe("dmy");
    // No banner: the order was the user's choice, not assumed.
    expect(result.summary.dateOrderAssumed).toBe(false);
  });

  it("never forces the kept order over values that decide the other one", async () => {
    const decided = {
      ...ambiguous,
      values: [...ambiguous.values, ["B", "P", "S2", "P1Y", "12/25/2025"]],
    };
    const { key } = savedChoices(decided, DEFAULT_SETTINGS, iso("2026-11-21"));
    const settings = withSavedDateOrder({ ...DEFAULT_SETTINGS, asOf: "2026-11-21" }, key!, "dmy");
    const result = await runReview(decided, reviewOptions(settings, savedChoices(decided, settings).choices, decided));
    expect(result.dateOrder).toBe("mdy");
  });
});
