import { reviewReport } from "../../../src/review";
import { isAdjustmentCharge, writesCustomerOnce } from "../../../src/review/reading/data-rows";
import { iso } from "../../../src/rules/dates";

const asOf = iso("2026-12-03");
const header = ["Customer", "Product", "Subscription ID", "Qty", "Term", "Start Date"];
const rowsOf = (cells: unknown[][]) => cells.map((_, i) => i).slice(1);

describe("a customer written once per group", () => {
  const grouped = [
    header,
    ["Acme", "Microsoft 365 E3", "S-1", 10, "P1Y", "2025-06-10"],
    ["", "Microsoft 365 E3", "S-2", 5, "P1Y", "2026-03-01"],
    ["Beta", "Power BI Pro", "S-3", 5, "P1Y", "2025-06-12"],
    ["", "Microsoft 365 E3", "S-4", 5, "P1Y", "2025-07-12"],
  ];

  it("is carried down to the blank cells of its group: the group's rows are that customer's (duplicates found, named in findings)", () => {
    expect(writesCustomerOnce(grouped, rowsOf(grouped), 0)).toBe(true);
    const r = reviewReport(grouped, { asOf });
    expect(
      r.findings
        .filter((f) => f.rule === "DUPLICATE_SUBSCRIPTION")
        .map((f) => [f.row, f.customer])
        .sort(),
    ).toEqual([
      [2, "Acme"],
      [3, "Acme"],
    ]);
    expect(r.summary.notices).toContainEqual(expect.stringMatching(/^“Customer” names each customer once/));
  });

  it("is carried from a cancelled first row of the group too", () => {
    const cells = [
      [...header, "Status"],
      ["Acme", "Microsoft 365 E3", "S-0", 1, "P1Y", "2025-01-01", "Cancelled"],
      ...grouped.slice(1).map((r, i) => [...(i === 0 ? ["", ...r.slice(1)] : r), "Active"]),
    ];
    const r = reviewReport(cells, { asOf });
    expect(r.findings.filter((f) => f.rule === "DUPLICATE_SUBSCRIPTION").map((f) => f.customer)).toEqual([
      "Acme",
      "Acme",
    ]);
  });

  it("is not assumed in a list that writes its customer on every row: a blank there is a missing customer, left blank", () => {
    const list = [
      header,
      ["Acme", "Microsoft 365 E3", "S-1", 10, "P1Y", "2025-06-10"],
      ["Acme", "Power BI Pro", "S-2", 5, "P1Y", "2026-03-01"],
      ["", "Microsoft 365 E3", "S-3", 5, "P1Y", "2025-06-12"],
      ["Beta", "Microsoft 365 E3", "S-4", 5, "P1Y", "2025-07-12"],
      ["Beta", "Power BI Pro", "S-5", 5, "P1Y", "2025-07-12"],
      ["", "Power BI Pro", "S-6", 5, "P1Y", "2025-07-12"],
    ];
    expect(writesCustomerOnce(list, rowsOf(list), 0)).toBe(false);
    const r = reviewReport(list, { asOf });
    expect(r.findings.filter((f) => f.rule === "DUPLICATE_SUBSCRIPTION")).toEqual([]);
  });

  it("is not assumed when the first row has no customer, when only one cell is blank, or with no customer column", () => {
    const firstBlank = [
      header,
      ["", "E3", "S-1", 1, "P1Y", "2025-06-10"],
      ["Acme", "E3", "S-2", 1, "P1Y", "2025-06-10"],
      ["", "E3", "S-3", 1, "P1Y", "2025-06-10"],
    ];
    expect(writesCustomerOnce(firstBlank, rowsOf(firstBlank), 0)).toBe(false);
    const oneBlank = [header, ["Acme", "E3", "S-1", 1, "P1Y", "2025-06-10"], ["", "E3", "S-2", 1, "P1Y", "2025-06-10"]];
    expect(writesCustomerOnce(oneBlank, rowsOf(oneBlank), 0)).toBe(false);
    expect(writesCustomerOnce(grouped, rowsOf(grouped), undefined)).toBe(false);
  });
});

describe("a reconciliation file's adjustment lines (ChargeType)", () => {
  const header = [
    "CustomerName",
    "SubscriptionId",
    "ProductName",
    "ChargeType",
    "Quantity",
    "UnitPrice",
    "TermAndBillingCycle",
    "SubscriptionStartDate",
    "SubscriptionEndDate",
  ];
  const asOf = iso("2026-12-03");

  it("raises nothing on a cancellation, refund or seat-removal line: its quantity is a change, not the seats (no data issue for -3)", () => {
    const r = reviewReport(
      [
        header,
        [
          "Beta Ltd",
          "S-1",
          "Power BI Pro",
          "cancelImmediate",
          "-3",
          "14",
          "One-Month commitment for monthly billing",
          "10/25/2026",
          "12/24/2026",
        ],
        [
          "Beta Ltd",
          "S-2",
          "Visio Plan 2",
          "removeQuantity",
          "-2",
          "15",
          "One-Year commitment for monthly/yearly billing",
          "12/20/2025",
          "12/19/2026",
        ],
        [
          "Beta Ltd",
          "S-3",
          "Microsoft 365 E3",
          "cycleCharge",
          "10",
          "36",
          "One-Year commitment for monthly/yearly billing",
          "12/10/2025",
          "12/9/2026",
        ],
      ],
      { asOf },
    );
    expect(r.findings.map((f) => [f.row, f.rule])).toEqual([[4, "RENEWAL_DUE"]]);
  });

  it("knows the adjustment words and no others", () => {
    for (const t of ["cancelImmediate", "Cancel", "refund", "customerCredit", "Credit", "removeQuantity", "Return"])
      expect([t, isAdjustmentCharge(t)]).toEqual([t, true]);
    for (const t of ["new", "renew", "cycleCharge", "addQuantity", "convert", "purchaseFee", "", undefined])
      expect([t, isAdjustmentCharge(t)]).toEqual([t, false]);
  });
});
