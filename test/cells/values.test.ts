import fc from "fast-check";
import { readNumber } from "../../src/cells/values";

describe("reading a number from a cell", () => {
  it("reads text of plain digits (up to 15, leading zeros too) as the whole number written", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{1,15}$/), (digits) => {
        expect(readNumber(digits)).toBe(Number(digits));
      }),
    );
  });

  it("reads text of up to 15 digits with a decimal point exactly as the engine converts it, and anything else made of digits and points as before", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9.]{1,24}$/), (text) => {
        const n = readNumber(text);
        if (/^\d{1,15}(\.\d+)?$/.test(text)) expect(n).toBe(Number(text));
        else if (/^(\d+\.?\d*|\.\d+)$/.test(text)) expect(n).toBe(Number(text));
        else expect(n).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });

  it("reads decimals, separators, currencies and longer digit runs as before the plain-digit shortcut", () => {
    expect(readNumber("36.00")).toBe(36);
    expect(readNumber("1,200")).toBe(1200);
    expect(readNumber("$36.30")).toBe(36.3);
    expect(readNumber("1234567890123456")).toBe(1234567890123456);
    expect(readNumber("1e3")).toBe(1000);
    expect(readNumber("36,00", true)).toBe(36);
  });

  it("does not take text with a sign, a space or a letter among the digits for a plain number", () => {
    expect(readNumber("12a")).toBeUndefined();
    expect(readNumber("-12")).toBe(-12);
    expect(readNumber(" 12 ")).toBe(12);
    expect(readNumber("")).toBeUndefined();
  });
});
