import { reviewReport } from "../../../src/review";
import { DateReader } from "../../../src/review/reading/date-reader";
import { ambiguousDate, columnExamples } from "../../../src/review/reading/examples";
import type { DateOrderDecision } from "../../../src/review/reading/date-orders";
import { iso } from "../../../src/rules/dates";

const asOf = iso("2026-11-21");

describe("a column's example values (what the mapping view shows beside a role)", () => {
  it("are the first three different values, blanks left out, in the report's order", () => {
    const cells = [["Customer"], ["Contoso"], [""], ["Contoso"], ["Fabrikam"], ["Tailspin"], ["Wingtip"]];
    expect(columnExamples(cells, [1, 2, 3, 4, 5, 6], 1, new Map())).toEqual([
      [{ text: "Contoso" }, { text: "Fabrikam" }, { text: "Tailspin" }],
    ]);
  });

  it("a date column's values carry the day read: a date cell as its day, a date text with the day in the column's order", () => {
    const cells = [
      ["Start", "Renewal"],
      [iso("2025-12-01"), "03/04/2026"],
    ];
    const readers = new Map([
      [0, new DateReader("dmy")],
      [1, new DateReader("dmy")],
    ]);
    expect(columnExamples(cells, [1], 2, readers)).toEqual([
      [{ text: "", day: iso("2025-12-01") }],
      [{ text: "03/04/2026", day: iso("2026-04-03") }],
    ]);
  });

  it("a value a date column cannot read keeps its text and no day", () => {
    const cells = [["Start"], ["soon"]];
    expect(columnExamples(cells, [1], 1, new Map([[0, new DateReader("mdy")]]))).toEqual([[{ text: "soon" }]]);
  });
});

describe("a date read both ways (the date-order banner's example)", () => {
  const decision = (column = 1): DateOrderDecision => ({
    columns: [
      {
        role: "start_date",
        column,
        header: "Start Date",
        order: "mdy",
        source: "default",
        evidence: { dmy: 0, mdy: 0 },
      },
    ],
    order: "mdy",
    source: "default",
    assumed: true,
  });

  it("is the first date text that the two orders read as two different days", () => {
    const cells = [
      ["Customer", "Start Date"],
      ["A", "05/05/2026"],
      ["B", "03/04/2026"],
      ["C", "01/02/2026"],
    ];
    expect(ambiguousDate(cells, [1, 2, 3], decision())).toEqual({
      text: "03/04/2026",
      header: "Start Date",
      dmy: iso("2026-04-03"),
      mdy: iso("2026-03-04"),
    });
  });

  it("is none when every date reads one way (a day over 12, the same day both ways, a date cell)", () => {
    const cells = [
      ["Customer", "Start Date"],
      ["A", "13/04/2026"],
      ["B", "04/04/2026"],
      ["C", iso("2026-03-04")],
    ];
    expect(ambiguousDate(cells, [1, 2, 3], decision())).toBeUndefined();
  });
});

describe("the review hands the pane what it checks a mapping by", () => {
  it("a subscription report is CSP, with each column's examples; its assumed date order comes with a date read both ways", () => {
    const result = reviewReport(
      [
        ["Customer", "Product", "Term", "Start Date"],
        ["Alpen AG", "Microsoft 365 E3", "P1Y", "12/01/2025"],
      ],
      { asOf },
    );
    expect(result.kind).toBe("csp");
    expect(result.columnExamples[0]).toEqual([{ text: "Alpen AG" }]);
    expect(result.columnExamples[3]).toEqual([{ text: "12/01/2025", day: iso("2025-12-01") }]);
    expect(result.ambiguousDate).toMatchObject({ text: "12/01/2025", dmy: iso("2025-01-12"), mdy: iso("2025-12-01") });
  });

  it("an enrollment list (an expiry date) is EA; dates that decide their order carry no example both ways", () => {
    const result = reviewReport(
      [
        ["Customer", "Enrollment Number", "Enrollment End Date", "Renewal Signed"],
        ["Alpen AG", "E1", "31/12/2026", "No"],
      ],
      { asOf },
    );
    expect(result.kind).toBe("ea");
    expect(result.ambiguousDate).toBeUndefined();
  });
});
