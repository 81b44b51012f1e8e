import fc from "fast-check";
import { jsonPieces } from "../../src/cli/json-pieces";

describe("the --json document written in pieces", () => {
  it("joins to exactly JSON.stringify(value, null, 2), long arrays included", () => {
    const finding = fc.record(
      { row: fc.integer(), rule: fc.string(), message: fc.string(), cost: fc.option(fc.double({ noNaN: true }), { nil: undefined }), field: fc.constant(undefined) },
      { requiredKeys: ["row", "rule", "message"] },
    );
    const doc = fc.record({
      rows: fc.nat(),
      findings: fc.array(finding, { maxLength: 1300, size: "max" }),
      summary: fc.record({ asOf: fc.string(), notices: fc.array(fc.string()), nested: fc.array(fc.array(fc.integer(), { maxLength: 3 }), { maxLength: 250, size: "max" }), empty: fc.constant({}) }),
    });
    fc.assert(
      fc.property(doc, (value) => {
        expect([...jsonPieces(value)].join("")).toBe(JSON.stringify(value, null, 2));
      }),
      { numRuns: 60 },
    );
  });

  it("indents a long array's items as deep as it sits: at the top, and three objects down", () => {
    const items = Array.from({ length: 450 }, (_, i) => ({ row: i, tags: ["a", i % 3 ? "b" : undefined], note: i % 7 ? null : { deep: [i] } }));
    for (const value of [items, { a: { b: { c: items } } }, [[items]]]) expect([...jsonPieces(value)].join("")).toBe(JSON.stringify(value, null, 2));
  });

  it("never holds a 1,000-finding array as one piece", () => {
    const pieces = [...jsonPieces({ findings: Array.from({ length: 1000 }, (_, i) => ({ row: i, message: "x".repeat(100) })) })];
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(80000);
  });
});
