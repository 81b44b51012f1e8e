import fc from "fast-check";
import { CheckContext, DEFAULT_PARAMETERS } from "../../../src/review/checks/context";
import { iso } from "../../../src/rules/dates";
import { rowTerm } from "../../../src/rules/nce";

const asOf = iso("2026-11-21");
const day = fc.option(fc.integer({ min: iso("2020-01-01"), max: iso("2030-12-31") }), { nil: undefined });

describe("a review's current term of a row", () => {
  it("is the same as the rule's rowTerm for any term and dates, however many distinct ones a report has", () => {
    const c = new CheckContext(asOf, 30, DEFAULT_PARAMETERS);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.option(fc.constantFrom(1, 12, 36, 24), { nil: undefined }), day, day, day), {
          minLength: 1,
          maxLength: 200,
        }),
        (rows) => {
          // Each row twice: the second answer comes from what the review kept, the first may not.
          for (const [term, start, renewal, end] of [...rows, ...rows]) {
            expect(c.rowTerm(term, start, renewal, end)).toEqual(rowTerm(term, asOf, { start, renewal, end }));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("answers Excel's first days and a term beyond 255 months the same way (outside the kept keys)", () => {
    const c = new CheckContext(asOf, 30, DEFAULT_PARAMETERS);
    for (const [term, start] of [
      [12, 61],
      [300, iso("2024-02-29")],
      [1, iso("2026-10-31")],
    ]) {
      expect(c.rowTerm(term, start, undefined, undefined)).toEqual(rowTerm(term, asOf, { start }));
      expect(c.rowTerm(term, start, undefined, undefined)).toEqual(rowTerm(term, asOf, { start }));
    }
  });
});
