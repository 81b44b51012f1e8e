/**
 * The renewal-economics formulas beyond the worked examples: billing plans that cannot go together,
 * premiums as fractions, co-terming bounds and the remaining commitment over a term.
 */
import * as LIC from "../../src/functions/functions";
import { d, errorCode, one } from "../helpers";

const message = (v: unknown) => (v as Error).message;

describe("NCE_UNIT_PRICE (N6)", () => {
  it("triennial billing on an annual term is #VALUE! saying which billing plans an annual term has", () => {
    const r = one(LIC.nceUnitPrice, 36, "P1Y", "triennial");
    expect(errorCode(r)).toBe("#VALUE!");
    expect(message(r)).toMatch(/annual term \(P1Y\) cannot be billed triennially/);
  });
  it("a monthly term billed annually is #VALUE!: the monthly term is billed monthly", () => {
    expect(errorCode(one(LIC.nceUnitPrice, 36, "P1M", "annual"))).toBe("#VALUE!");
  });
  it("billing words are read like terms: yearly, P1Y and upfront are the upfront price of an annual term", () => {
    for (const b of ["yearly", "P1Y", "upfront", "Annual"]) expect(one(LIC.nceUnitPrice, 36, "P1Y", b)).toBe(36);
    expect(one(LIC.nceUnitPrice, 36, "P3Y", "P1M")).toBe(37.8);
  });
  it("premiums are parameters: 10% monthly billing premium gives 39.60, 25% monthly term premium 45.00", () => {
    expect(one(LIC.nceUnitPrice, 36, "P1Y", "monthly", 0.1)).toBe(39.6);
    expect(one(LIC.nceUnitPrice, 36, "P1M", "", undefined, "25%")).toBe(45);
  });
  it("a premium above 1 is #NUM! and a negative price is #NUM!", () => {
    expect(errorCode(one(LIC.nceUnitPrice, 36, "P1Y", "monthly", 5))).toBe("#NUM!");
    expect(errorCode(one(LIC.nceUnitPrice, -1, "P1Y"))).toBe("#NUM!");
  });
  it("an unknown billing plan is #VALUE! naming the accepted plans", () => {
    const r = one(LIC.nceUnitPrice, 36, "P1Y", "fortnightly");
    expect(errorCode(r)).toBe("#VALUE!");
    expect(message(r)).toMatch(/monthly.*annual.*triennial/);
  });
});

describe("EST_PRICE (N5)", () => {
  it("fees are parameters: a 5% EST fee on 43.20 is 45.36, a 30% no-monthly fee on 36 is 46.80", () => {
    expect(one(LIC.estPrice, 43.2, "P1M", 0.05)).toBe(45.36);
    expect(one(LIC.estPrice, 36, "P3Y", undefined, "30%")).toBe(46.8);
  });
  it("an unreadable price_term is #VALUE!", () => {
    expect(errorCode(one(LIC.estPrice, 36, "fortnight"))).toBe("#VALUE!");
  });
});

describe("COTERM_END and COTERM_COST (N7)", () => {
  it("a co-termed end on the start day itself is allowed; the day before the start is #NUM!", () => {
    expect(one(LIC.cotermEnd, d("2026-11-21"), "P1Y", d("2026-11-21"))).toBe(d("2026-11-21"));
    expect(errorCode(one(LIC.cotermEnd, d("2026-11-21"), "P1Y", d("2026-11-20")))).toBe("#NUM!");
  });
  it("the normal end itself is allowed: 2027-11-20 for a P1Y started 2026-11-21", () => {
    expect(one(LIC.cotermEnd, d("2026-11-21"), "P1Y", "2027-11-20")).toBe(d("2027-11-20"));
  });
  it("a monthly term started on the 31st of January co-terms to the month end on or before 27 Feb: 31 Jan", () => {
    expect(one(LIC.cotermEnd, d("2021-01-31"), "P1M", "month")).toBe(d("2021-01-31"));
  });
  it("a monthly term started 2024-02-01 ends on 2024-02-29, a month end already", () => {
    expect(one(LIC.cotermEnd, d("2024-02-01"), "P1M")).toBe(d("2024-02-29"));
  });
  it("align_to text that is neither 'month' nor a date is #VALUE! saying what to type", () => {
    const r = one(LIC.cotermEnd, d("2026-11-21"), "P1Y", "quarter");
    expect(errorCode(r)).toBe("#VALUE!");
    expect(message(r)).toMatch(/"month"/);
  });
  it("a full normal first term costs seats x price x term months", () => {
    expect(one(LIC.cotermCost, d("2026-11-21"), "P1Y", 10, 36, d("2027-11-20"))).toBe(4320);
  });
  it("a custom end outside the first term is #NUM! for the cost too", () => {
    expect(errorCode(one(LIC.cotermCost, d("2026-11-21"), "P1Y", 10, 36, d("2027-12-31")))).toBe("#NUM!");
  });
});

describe("COMMITMENT_REMAINING", () => {
  it("is #N/A before the start, with a message", () => {
    const r = one(LIC.commitmentRemaining, d("2024-01-15"), "P1Y", 50, 36, d("2024-01-14"));
    expect(errorCode(r)).toBe("#N/A");
    expect(message(r)).toMatch(/not started/);
  });
  it("on a renewal day the whole renewed term is owed: 365 days of an annual term", () => {
    expect(one(LIC.commitmentRemaining, d("2024-01-15"), "P1Y", 1, 36.5, d("2025-01-15"))).toBe(438);
  });
  it("on the last day of the term one day is owed", () => {
    expect(one(LIC.commitmentRemaining, d("2024-01-15"), "P1Y", 365, 1, d("2025-01-14"))).toBe(12);
  });
});
