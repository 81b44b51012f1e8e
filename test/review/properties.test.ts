/**
 * Invariants of the review over generated reports (fast-check): whatever the cells hold, the review
 * finishes, changes nothing, and speaks only of data rows.
 */
import * as fc from "fast-check";
import { reviewReport } from "../../src/review";
import { iso } from "../../src/rules/dates";

const header = [
  "Customer",
  "Product",
  "Subscription ID",
  "Qty",
  "Term",
  "Start Date",
  "Revaluation Date",
  "Auto Renew",
  "Status",
  "Status Changed",
  "Planned Qty",
  "Planned Action",
  "Unit Price",
];

const cell = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -100, max: 3000000 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.constant(""),
  fc.constantFrom(
    "P1Y",
    "P1M",
    "3 Years",
    "Flexi",
    "Active",
    "Suspended",
    "Cancelled",
    "Reduce",
    "Transfer out",
    "Yes",
    "No",
    "1,200",
    "20/12/2024",
    "12/20/2024",
    "2025-02-29",
    "Total",
    "=1+1",
    "<img src=x>",
  ),
  fc.integer({ min: 61, max: 60000 }),
);
const row = fc.array(cell, { minLength: 0, maxLength: header.length + 2 });

describe("the review over any report", () => {
  it("finishes without throwing, never changes a cell, and raises findings only on data rows", () => {
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 30 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 1, max: 500 }),
        (rows, titleLines, firstRow) => {
          const cells: unknown[][] = [...Array.from({ length: titleLines }, () => ["Report title"]), header, ...rows];
          const before = JSON.stringify(cells);
          const result = reviewReport(cells, { asOf: iso("2026-11-21"), firstRow });
          expect(JSON.stringify(cells)).toBe(before);
          expect(result.headerRow).toBe(firstRow + titleLines);
          const dataRows = new Set(rows.map((_, i) => firstRow + titleLines + 1 + i));
          for (const f of result.findings) {
            expect(dataRows.has(f.row)).toBe(true);
            expect(f.message.length).toBeGreaterThan(10);
          }
          expect(result.rowSeverity.size).toBe(new Set(result.findings.map((f) => f.row)).size);
          expect(
            result.summary.bySeverity.high + result.summary.bySeverity.warning + result.summary.bySeverity.info,
          ).toBe(result.findings.length);
        },
      ),
      { numRuns: 800 },
    );
  });

  it("a row's findings do not depend on the rows around it, except duplicates", () => {
    // Context does matter by design in three places, left out here: numeric dates whose day/month
    // order is decided by the whole column, one-cell note lines after a blank line, and a totals
    // line, which ends the data.
    const plainCell = cell.filter(
      (v) => !(typeof v === "string" && (/\d+\/\d+\/\d+/.test(v) || /^\s*(grand|sub|total|sum)/i.test(v))),
    );
    const dataRow = fc
      .array(plainCell, { minLength: 2, maxLength: header.length })
      .filter((r) => r.filter((v) => v !== "" && v !== null).length >= 2);
    fc.assert(
      fc.property(fc.array(dataRow, { minLength: 1, maxLength: 10 }), fc.nat(), (rows, pick) => {
        const i = pick % rows.length;
        const all = reviewReport([header, ...rows], { asOf: iso("2026-11-21") });
        const alone = reviewReport([header, rows[i]], { asOf: iso("2026-11-21") });
        const strip = (fs: typeof all.findings, row: number) =>
          fs
            .filter((f) => f.row === row && f.rule !== "DUPLICATE_SUBSCRIPTION")
            .map((f) => `${f.rule} ${f.date} ${f.message}`)
            .sort();
        expect(strip(all.findings, i + 2)).toEqual(strip(alone.findings, 2));
      }),
      { numRuns: 400 },
    );
  });
});

describe("a term that ended with auto-renew off (RULES.md §6 of 2026-12-07)", () => {
  const asOf = iso("2026-11-21");
  const HEADER = [
    "Customer",
    "Product",
    "Subscription ID",
    "Qty",
    "Term",
    "Start Date",
    "End Date",
    "Auto Renew",
    "Unit Price",
  ];

  it("never gets a CANCEL_WINDOW_OPEN, a RENEWAL_DUE or an EST_RISK: it did not renew, so it is in EST or expired (PAST_TERM_END)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: iso("2022-01-01"), max: asOf - 1 }),
        fc.constantFrom("P1M", "P1Y", "P3Y"),
        fc.integer({ min: 0, max: 1200 }),
        fc.integer({ min: 1, max: 300 }),
        (end, term, length, seats) => {
          const start = end - length;
          const row = ["C", "Microsoft 365 E3", "S1", seats, term, start, end, "No", 36];
          const r = reviewReport([HEADER, row], { asOf });
          const rules = r.findings.filter((f) => f.rule !== "DATA_ISSUE").map((f) => f.rule);
          expect(rules).toEqual(["PAST_TERM_END"]);
          const f = r.findings.find((x) => x.rule === "PAST_TERM_END")!;
          // In EST: act now, billed monthly; expired: high, the last day of access or today.
          if (f.severity === "warning") expect(f.actBy).toBe("2026-11-21");
          else expect(f.severity).toBe("high");
          expect(f.cost).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("seats nobody uses (UNUSED_SEATS, RULES.md §6 of 2026-12-07)", () => {
  const asOf = iso("2026-11-21");
  const HEADER = ["Customer", "Product", "Subscription ID", "Qty", "Assigned", "Term", "Start Date", "Unit Price"];

  it("its money is never negative, and a row with every seat assigned raises none", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 0, max: 500 }),
        fc.constantFrom("P1M", "P1Y", "P3Y"),
        fc.integer({ min: iso("2023-01-01"), max: asOf }),
        fc.double({ min: 0, max: 200, noNaN: true }),
        (seats, assignedRaw, term, start, price) => {
          const assigned = Math.min(seats, assignedRaw);
          const r = reviewReport([HEADER, ["C", "Microsoft 365 E3", "S1", seats, assigned, term, start, price]], {
            asOf,
          });
          const unused = r.findings.filter((f) => f.rule === "UNUSED_SEATS");
          if (assigned === seats) expect(unused).toEqual([]);
          for (const f of unused) {
            expect(f.cost ?? 0).toBeGreaterThanOrEqual(0);
            expect(f.message).toContain(`${seats - assigned} of ${seats}`);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
