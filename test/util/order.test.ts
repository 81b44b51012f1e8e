import fc from "fast-check";
import { orderByKeys, orderByRanks } from "../../src/util/order";

describe("ordering items by a number each", () => {
  it("gives the indexes smallest key first, equal keys in their original order, as a stable comparison sort would", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double({ noNaN: true })), { maxLength: 300 }),
        (values) => {
          const keys = Float64Array.from(values);
          const expected = Array.from(keys.keys()).sort((a, b) =>
            keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : a - b,
          );
          expect(Array.from(orderByKeys(keys))).toEqual(expected);
        },
      ),
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

describe("ordering items by two ranks", () => {
  it("gives the indexes by the first rank, then the second, ties in their original order, as a stable comparison sort would", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }).chain((firstCount) =>
          fc
            .array(fc.tuple(fc.integer({ min: 0, max: firstCount - 1 }), fc.integer({ min: 0, max: 60 })), {
              maxLength: 400,
            })
            .map((items) => ({ firstCount, items })),
        ),
        ({ firstCount, items }) => {
          const first = Int32Array.from(items.map(([f]) => f));
          const second = Int32Array.from(items.map(([, s]) => s));
          const expected = Array.from(first.keys()).sort(
            (a, b) => first[a] - first[b] || second[a] - second[b] || a - b,
          );
          expect(Array.from(orderByRanks(first, firstCount, second))).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("orders the worked example: ranks (1, 5), (0, 9), (1, 2) → 1, 2, 0", () => {
    expect(Array.from(orderByRanks(Int32Array.of(1, 0, 1), 2, Int32Array.of(5, 9, 2)))).toEqual([1, 2, 0]);
  });
});
