/**
 * A CSV pasted into Excel without Text to Columns lands a whole line in each cell of one column. The
 * review reads such a report split at its separator — same findings, same row numbers — and says so;
 * the cells themselves are not changed.
 */
import { reviewReport } from "../../../src/review";
import { splitPastedLines } from "../../../src/review/reading/csv";
import { iso } from "../../../src/rules/dates";

const asOf = iso("2026-12-03");
const lines = [
  "Subscription report",
  "",
  "Customer,Product,Subscription ID,Qty,Term,Start Date,Unit Price",
  '"Acme, Inc.",Microsoft 365 E3,S1,10,P1Y,2025-12-10,36.00',
  "Acme,Microsoft 365 E3,S2,5,P1Y,2026-11-30,36.00",
];

describe("a report pasted into one column", () => {
  it("finds what the same report in columns finds, on the same rows, and says how it was read", () => {
    const pasted = lines.map((l) => [l]);
    const inColumns = splitPastedLines(pasted)!;
    const r = reviewReport(pasted, { asOf });
    expect(r.findings.map((f) => [f.row, f.rule, f.customer])).toEqual([
      [5, "CANCEL_WINDOW_OPEN", "Acme"],
      [4, "RENEWAL_DUE", "Acme, Inc."],
    ]);
    expect(r.findings).toEqual(reviewReport(inColumns, { asOf }).findings);
    expect(r.summary.notices.join(" ")).toMatch(/pasted into one column/);
    expect(pasted[3]).toEqual(['"Acme, Inc.",Microsoft 365 E3,S1,10,P1Y,2025-12-10,36.00']);
  });

  it("splits at semicolons and tabs too, and in a column other than A", () => {
    expect(
      splitPastedLines([
        ["", "a;b;c"],
        ["", "1;2;3"],
      ]),
    ).toEqual([
      ["a", "b", "c"],
      ["1", "2", "3"],
    ]);
    expect(splitPastedLines([["a\tb\tc"], ["1\t2\t3"]])).toEqual([
      ["a", "b", "c"],
      ["1", "2", "3"],
    ]);
  });

  it("leaves a report in columns, a column of plain text, and numbers alone", () => {
    expect(
      splitPastedLines([
        ["Customer", "Product"],
        ["Acme", "E3"],
      ]),
    ).toBeUndefined();
    expect(splitPastedLines([["Notes"], ["Call Acme"], ["Renew in May"]])).toBeUndefined();
    expect(splitPastedLines([["Qty"], [10], [12]])).toBeUndefined();
  });
});
