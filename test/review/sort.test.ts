import fc from "fast-check";
import { RULE_IDS, SEVERITIES, compareFindings, sortFindings, type Finding } from "../../src/review/findings/findings";

const finding = (actBys: string[]) =>
  fc.record({
    row: fc.integer({ min: 1, max: 2_000_000 }),
    rule: fc.constantFrom(...RULE_IDS),
    severity: fc.constantFrom(...SEVERITIES),
    message: fc.constant("m"),
    actBy: fc.option(fc.constantFrom(...actBys), { nil: undefined }),
  }) as fc.Arbitrary<Finding>;

// RULES.md §6's order as plain comparisons (the act-by dates are ISO text): an oracle independent of
// the numbers src/review/findings.ts compares.
const SEVERITY_ORDER = { high: 0, warning: 1, info: 2 };
function byUrgency(a: Finding, b: Finding): number {
  if (a.actBy !== b.actBy) {
    if (a.actBy === undefined) return 1;
    if (b.actBy === undefined) return -1;
    return a.actBy < b.actBy ? -1 : 1;
  }
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    a.row - b.row ||
    RULE_IDS.indexOf(a.rule) - RULE_IDS.indexOf(b.rule)
  );
}

describe("findings in order of urgency", () => {
  it("come out of sortFindings exactly as sorting with compareFindings puts them (ties kept in the order found)", () => {
    const dates = ["1900-03-01", "2026-02-28", "2026-03-01", "2026-12-03", "2027-01-01", "9999-12-31"];
    fc.assert(
      fc.property(fc.array(finding(dates), { maxLength: 400 }), (list) => {
        const expected = [...list].sort(compareFindings);
        const actual = [...list];
        sortFindings(actual);
        expect(actual.length).toBe(expected.length);
        actual.forEach((f, i) => expect(f).toBe(expected[i]));
        const reference = [...list].sort(byUrgency);
        actual.forEach((f, i) => expect(f).toBe(reference[i]));
      }),
      { numRuns: 200 },
    );
  });

  it("agree with compareFindings even when an act-by is not an ISO date (after every date, before none)", () => {
    const list = fc.sample(
      fc.array(finding(["2026-12-03", "soon", "2026-11-30"]), { minLength: 50, maxLength: 50 }),
      1,
    )[0];
    const actual = [...list];
    sortFindings(actual);
    expect(actual).toEqual([...list].sort(compareFindings));
    const kind = (f: Finding) => (f.actBy === undefined ? 2 : f.actBy === "soon" ? 1 : 0);
    const kinds = actual.map(kind);
    expect(kinds).toEqual([...kinds].sort());
  });

  it("put the earliest act-by date first, findings without one last, then the most severe, then by row", () => {
    const f = (row: number, severity: Finding["severity"], actBy?: string): Finding => ({
      row,
      rule: "RENEWAL_DUE",
      severity,
      message: "",
      actBy,
    });
    const list = [
      f(9, "high"),
      f(3, "info", "2026-12-10"),
      f(2, "high", "2026-12-10"),
      f(1, "warning", "2026-12-04"),
      f(4, "high", "2026-12-10"),
    ];
    sortFindings(list);
    expect(list.map((x) => x.row)).toEqual([1, 2, 4, 3, 9]);
  });
});
