import fc from "fast-check";
import { orderByKeys } from "../../src/review/order";

describe("ordering items by a number each", () => {
  it("gives the indexes smallest key first, equal keys in their original order, as a stable comparison sort would", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double({ noNaN: true })), { maxLength: 300 }), (values) => {
        const keys = Float64Array.from(values);
        const expected = Array.from(keys.keys()).sort((a, b) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : a - b));
        expect(Array.from(orderByKeys(keys))).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it("orders the worked example: 3, 1, 3, 2 → 1, 3, 0, 2", () => {
    expect(Array.from(orderByKeys(Float64Array.of(3, 1, 3, 2)))).toEqual([1, 3, 0, 2]);
  });

  it("refuses a NaN key instead of placing it anywhere", () => {
    expect(() => orderByKeys(Float64Array.of(1, NaN))).toThrow(/NaN/);
  });
});
