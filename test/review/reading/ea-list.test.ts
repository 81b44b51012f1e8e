import { reviewReport } from "../../../src/review";
import { isEaList } from "../../../src/review/reading/ea-list";
import { mapHeaderRow } from "../../../src/review/reading/header";
import { iso } from "../../../src/rules/dates";

const asOf = iso("2026-11-21");

function eaList(cells: unknown[][]): boolean {
  return isEaList(cells, 0, cells.map((_, i) => i).slice(1), mapHeaderRow(cells[0]));
}

describe("a list of EA enrollments whose headers do not say Enrollment Expiry", () => {
  const list = [
    ["Customer", "Enrollment Number", "Segment", "Discount", "End Date", "Signed Date"],
    ["Opal Insurance", "84451230", "Commercial", "15%", "2026-10-31", ""],
    ["Kestrel Health", "84470099", "Commercial", "10%", "2026-12-31", ""],
  ];

  it("reads its End Date as the enrollment expiry: EA_LATE for an expired, unsigned enrollment, EA_RENEWAL_DUE for one expiring in 40 days", () => {
    const r = reviewReport(list, { asOf });
    expect(r.columns.expiry_date).toBe(4);
    expect(r.columns.end_date).toBeUndefined();
    expect(r.findings.map((f) => [f.row, f.rule])).toEqual([
      [2, "EA_LATE"],
      [3, "EA_RENEWAL_DUE"],
    ]);
    expect(r.summary.notices).toContainEqual(
      expect.stringMatching(/^“End Date” is read as the Enrollment expiry \(EA\): the report lists EA enrollments/),
    );
  });

  it("is read as subscriptions when the user maps the column back to End date: the user's mapping wins and the note goes", () => {
    const r = reviewReport(list, { asOf, mapping: { end_date: 4 } });
    expect(r.columns.end_date).toBe(4);
    expect(r.columns.expiry_date).toBeUndefined();
    expect(r.findings.some((f) => f.rule === "EA_LATE")).toBe(false);
    expect(r.summary.notices.join(" ")).not.toMatch(/Enrollment expiry/);
  });

  it("is told by an enrollment or EPT header, a signed date, or a column of EA program names", () => {
    expect(
      eaList([
        ["Customer", "Enrolment", "End Date"],
        ["A", "1", "2026-10-31"],
      ]),
    ).toBe(true);
    expect(
      eaList([
        ["Customer", "EPT Opt-in", "End Date"],
        ["A", "Yes", "2026-10-31"],
      ]),
    ).toBe(true);
    expect(
      eaList([
        ["Customer", "Date Signed", "End Date"],
        ["A", "2026-10-30", "2026-10-31"],
      ]),
    ).toBe(true);
    expect(
      eaList([
        ["Customer", "Program", "End Date"],
        ["A", "EA", "2026-10-31"],
        ["B", "SCE", "2026-09-30"],
      ]),
    ).toBe(true);
    expect(
      eaList([
        ["Customer", "Type", "End Date"],
        ["A", "Enterprise Agreement Subscription", "2026-10-31"],
      ]),
    ).toBe(true);
  });
});

describe("an EA list's other dates", () => {
  it("an EA Anniversary (yearly within the enrollment) or an Assigned Date is neither the expiry nor the signed date", () => {
    const cells = [
      ["Customer", "Enrollment Number", "EA Anniversary", "Assigned Date"],
      ["Opal Insurance", "84451230", "2026-11-01", "2026-10-01"],
    ];
    const r = reviewReport(cells, { asOf });
    expect([r.columns.expiry_date, r.columns.signed_date]).toEqual([undefined, undefined]);
    // Read as the expiry, the anniversary made an EA_LATE of an enrollment that has a year to run.
    expect(r.findings.filter((f) => f.rule === "EA_LATE")).toEqual([]);
  });
});

describe("a subscription report is never taken for an EA list", () => {
  it("a report with a term column stays a subscription report, even with an enrollment number and a signed date", () => {
    expect(
      eaList([
        ["Customer", "Enrollment Number", "Term", "End Date", "Signed Date"],
        ["A", "1", "P1Y", "2026-12-10", "2025-12-01"],
      ]),
    ).toBe(false);
  });

  it("a CSP report under the Microsoft Customer Agreement (auto-renew, no term) keeps its End Date as the term end and raises RENEWAL_DUE", () => {
    const cells = [
      ["Customer", "Agreement Type", "Product", "Quantity", "End Date", "Auto Renew"],
      ["Acme", "Microsoft Customer Agreement", "Microsoft 365 E3", 10, "2026-12-10", "Yes"],
    ];
    const r = reviewReport(cells, { asOf });
    expect(r.columns.end_date).toBe(4);
    expect(r.columns.expiry_date).toBeUndefined();
    expect(r.findings.map((f) => f.rule)).toEqual(["RENEWAL_DUE"]);
  });

  it("an admin-center product list (product, licences, end date, nothing about EA) keeps its End Date", () => {
    const cells = [
      ["Product", "Licenses", "End Date"],
      ["Microsoft 365 E3", 10, "2026-12-10"],
    ];
    expect(eaList(cells)).toBe(false);
    expect(reviewReport(cells, { asOf }).columns.end_date).toBe(2);
  });
});
