import fc from "fast-check";
import { columnIndex, columnLetters } from "../../src/util/a1";

describe("A1 column letters", () => {
  it("name the columns as Excel does: A, Z, AA, AZ, BA, XFD", () => {
    expect([0, 25, 26, 51, 52, 16383].map(columnLetters)).toEqual(["A", "Z", "AA", "AZ", "BA", "XFD"]);
    expect(["A", "z", "AA", "XFD"].map(columnIndex)).toEqual([0, 25, 26, 16383]);
  });

  it("read back as the column they name, for every column a sheet can have", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 16383 }), (i) => expect(columnIndex(columnLetters(i))).toBe(i)));
  });
});
