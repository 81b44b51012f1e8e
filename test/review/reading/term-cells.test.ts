/**
 * A term written as a number with its unit in the next column ("Term" 1 + "Term Unit" Year,
 * CloudBlue's "Period" 3 + "Period Type" Year(s)): the number is read in that unit (rules table,
 * decision 38). Read alone, RULES.md §2 takes a bare 1 for one month and 3 for no term at all.
 */
import { reviewReport } from "../../../src/review";
import { BAD, BLANK } from "../../../src/review/reading/cells";
import { readTermWithUnit, readUnit } from "../../../src/review/reading/term-cells";
import { iso } from "../../../src/rules/dates";

const asOf = iso("2026-12-03");

const report = (header: string[], rows: unknown[][]) => reviewReport([header, ...rows], { asOf });

describe("a term's number and its unit in two columns", () => {
  const header = ["Customer", "Product", "Subscription ID", "Seats", "Term", "Term Unit", "Start Date", "Unit Price"];

  it("1 Year is an annual term: one renewal a year, not a monthly window every month", () => {
    // Started 2025-12-10: annual → renews 2026-12-10 (7 days). Read as monthly it would have renewed
    // on 2026-11-10 and 2026-12-10 with a window open from 2026-12-10 every month.
    const r = report(header, [["Acme Pty Ltd", "Microsoft 365 E3", "S-1", 10, 1, "Year", "2025-12-10", 36]]);
    expect(r.findings.map((f) => [f.rule, f.date, f.cost])).toEqual([["RENEWAL_DUE", "2026-12-10", 10 * 36 * 12]]);
    expect(r.summary.notices.join(" ")).toMatch(/“Term Unit” gives the unit of “Term”/);
  });

  it("3 Years is triennial (alone, 3 is no term: a data issue) and 12 Months is annual", () => {
    const r = report(header, [
      ["Gamma Inc", "Exchange Online (Plan 1)", "S-3", 20, 3, "Years", "2023-12-15", 4],
      ["Delta Co", "Visio Plan 2", "S-4", 2, 12, "Months", "2025-12-28", 15],
    ]);
    expect(r.findings.map((f) => [f.row, f.rule, f.date, f.cost])).toEqual([
      [2, "RENEWAL_DUE", "2026-12-15", 20 * 4 * 36],
      [3, "RENEWAL_DUE", "2026-12-28", 2 * 15 * 12],
    ]);
  });

  it("a number that makes no term in its unit (2 Years) is a data issue naming the term", () => {
    const r = report(header, [["Acme Pty Ltd", "Microsoft 365 E3", "S-1", 10, 2, "Years", "2025-12-10", 36]]);
    expect(r.findings.map((f) => [f.rule, f.message])).toEqual([
      ["DATA_ISSUE", expect.stringMatching(/^Term “2” is not a term/)],
    ]);
  });

  it("CloudBlue's Period and Period Type: the numbers are the term, the unit column is not taken for the term by its words", () => {
    const r = report(
      ["Customer", "Service Plan", "Subscription ID", "Quantity", "Period", "Period Type", "Start Date", "Status"],
      [
        ["Acme Pty Ltd", "Microsoft 365 E3", "1001", 10, 1, "Year(s)", "2025-12-10", "Active"],
        ["Gamma Inc", "Exchange Online (Plan 1)", "1003", 20, 3, "Year(s)", "2023-11-30", "Active"],
      ],
    );
    // Gamma: triennial from 2023-11-30 → renewed 2026-11-30, window open until 2026-12-06. Read as
    // "Year(s)" alone (annual) it would have renewed on 2025-11-30 too, and said the same; as a
    // three-year term its money at stake is 36 months.
    expect(r.findings.map((f) => [f.row, f.rule, f.date])).toEqual([
      [3, "CANCEL_WINDOW_OPEN", "2026-12-06"],
      [2, "RENEWAL_DUE", "2026-12-10"],
    ]);
    expect(r.summary.inferredColumns.map((c) => c.header)).not.toContain("Period Type");
    expect(r.summary.notices.join(" ")).toMatch(/“Period Type” gives the unit of “Period”/);
  });

  it("a term written whole beside a unit column reads as written", () => {
    expect(readTermWithUnit("P1Y", "Month")).toBe(12);
    expect(readTermWithUnit("1 Year", "")).toBe(12);
    expect(readTermWithUnit(1, "")).toBe(1);
    expect(readTermWithUnit(1, "Jahr")).toBe(12);
    expect(readTermWithUnit(1, "Fortnight")).toBe(BAD);
  });

  it("reads units as exports write them, in the languages the review reads", () => {
    for (const text of ["Year", "Years", "Year(s)", "yr", "Y", "Annual", "Jahre", "ans"])
      expect([text, readUnit(text)]).toEqual([text, "year"]);
    for (const text of ["Month", "Month(s)", "mo", "M", "Monthly", "Monate", "mois"])
      expect([text, readUnit(text)]).toEqual([text, "month"]);
    expect(readUnit("")).toBe(BLANK);
    expect(readUnit("Online")).toBe(BAD);
  });

  it("a column headed as a type whose values are no units (Product Type: Online) is no term unit", () => {
    const r = report(
      ["Customer", "Product", "Subscription ID", "Seats", "Term", "Product Type", "Start Date"],
      [["Acme Pty Ltd", "Microsoft 365 E3", "S-1", 10, 1, "Online", "2026-11-20"]],
    );
    // Term 1 alone is one month (RULES.md §2): renewed? No — started 2026-11-20, renews 2026-12-20.
    expect(r.findings.map((f) => [f.rule, f.date])).toEqual([["RENEWAL_DUE", "2026-12-20"]]);
    expect(r.summary.notices.join(" ")).not.toMatch(/gives the unit/);
  });

  it("the user's own mapping of the term wins", () => {
    const cells = [header, ["Acme Pty Ltd", "Microsoft 365 E3", "S-1", 10, 1, "Year", "2026-11-20", 36]];
    const r = reviewReport(cells, { asOf, mapping: { term: 4 } });
    expect(r.findings.map((f) => [f.rule, f.date])).toEqual([["RENEWAL_DUE", "2026-12-20"]]);
  });
});
