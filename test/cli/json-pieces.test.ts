import fc from "fast-check";
import { jsonPieces } from "../../src/cli/json-pieces";
import { Pages } from "../../src/util/pages";

describe("the --json document written in pieces", () => {
  it("joins to exactly JSON.stringify(value, null, 2), long arrays included", () => {
    const finding = fc.record(
      {
        row: fc.integer(),
        rule: fc.string(),
        message: fc.string(),
        cost: fc.option(fc.double({ noNaN: true }), { nil: undefined }),
        field: fc.constant(undefined),
      },
      { requiredKeys: ["row", "rule", "message"] },
    );
    const doc = fc.record({
      rows: fc.nat(),
      findings: fc.array(finding, { maxLength: 1300, size: "max" }),
      summary: fc.record({
        asOf: fc.string(),
        notices: fc.array(fc.string()),
        nested: fc.array(fc.array(fc.integer(), { maxLength: 3 }), { maxLength: 250, size: "max" }),
        empty: fc.constant({}),
      }),
    });
    fc.assert(
      fc.property(doc, (value) => {
        expect([...jsonPieces(value)].join("")).toBe(JSON.stringify(value, null, 2));
      }),
      { numRuns: 60 },
    );
  });

  it("indents a long array's items as deep as it sits: at the top, and three objects down", () => {
    const items = Array.from({ length: 450 }, (_, i) => ({
      row: i,
      tags: ["a", i % 3 ? "b" : undefined],
      note: i % 7 ? null : { deep: [i] },
    }));
    for (const value of [items, { a: { b: { c: items } } }, [[items]]])
      expect([...jsonPieces(value)].join("")).toBe(JSON.stringify(value, null, 2));
  });

  it("never holds a 1,000-finding array as one piece", () => {
    const pieces = [
      ...jsonPieces({ findings: Array.from({ length: 1000 }, (_, i) => ({ row: i, message: "x".repeat(100) })) }),
    ];
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(80000);
  });

  it("writes a list made a page at a time as the array it stands for, making at most a page of items at once", () => {
    for (const length of [0, 5, 199, 200, 450, 1001]) {
      const items = Array.from({ length }, (_, i) => ({
        customer: `Customer ${i}`,
        product: "Power BI Pro",
        seats: i % 5,
        minimum: 5,
      }));
      let largest = 0;
      const pages = new Pages(length, (from, to) => {
        largest = Math.max(largest, to - from);
        return items.slice(from, to);
      });
      expect([...jsonPieces({ summary: { belowIncentiveMinimum: pages, after: 1 } })].join("")).toBe(
        JSON.stringify({ summary: { belowIncentiveMinimum: items, after: 1 } }, null, 2),
      );
      if (length >= 200) expect(largest).toBeLessThanOrEqual(100);
    }
  });
});
