/**
 * Every worked example of RULES.md §2–§5, through the exported Excel functions, with dates given as
 * Excel serials exactly as a date cell hands them over.
 */
import * as LIC from "../../src/functions/functions";
import { d, errorCode, one } from "../helpers";

const P1Y = "P1Y";
const P1M = "P1M";
const P3Y = "P3Y";

describe("NCE worked examples (RULES.md §2 table)", () => {
  const rows: Array<[string, string, string, string, string, boolean | "#N/A", string]> = [
    ["2024-01-15", P1Y, "2024-06-01", "2025-01-15", "2025-01-14", false, "mid-term"],
    ["2024-01-15", P1Y, "2025-01-15", "2026-01-15", "2026-01-14", true, "on the renewal day"],
    ["2024-01-15", P1Y, "2025-01-21", "2026-01-15", "2026-01-14", true, "on day 6 after renewal"],
    ["2024-01-15", P1Y, "2025-01-22", "2026-01-15", "2026-01-14", false, "on day 7 after renewal"],
    ["2024-01-15", P1Y, "2024-01-10", "2025-01-15", "2025-01-14", "#N/A", "before the start"],
    ["2021-01-31", P1M, "2021-02-01", "2021-02-28", "2021-02-27", true, "on day 1 of a monthly bought on the 31st"],
    ["2021-01-31", P1M, "2021-03-05", "2021-03-31", "2021-03-30", true, "5 days after the clamped renewal of 28 Feb"],
    ["2024-02-29", P1Y, "2024-03-01", "2025-02-28", "2025-02-27", true, "the day after a leap-day start"],
    [
      "2024-02-29",
      P1Y,
      "2027-03-07",
      "2028-02-29",
      "2028-02-28",
      false,
      "7 days after the clamped renewal of 2027-02-28",
    ],
    ["2021-05-25", P3Y, "2022-01-01", "2024-05-25", "2024-05-24", false, "inside a triennial term"],
  ];

  for (const [start, term, asOf, next, end, reduce, why] of rows) {
    describe(`${term} started ${start}, looked at on ${asOf} (${why})`, () => {
      it(`NCE_ANNIVERSARY gives ${next}`, () => {
        expect(one(LIC.nceAnniversary, d(start), term, d(asOf))).toBe(d(next));
      });
      it(`NCE_TERM_END gives ${end}`, () => {
        expect(one(LIC.nceTermEnd, d(start), term, d(asOf))).toBe(d(end));
      });
      it(`CAN_REDUCE gives ${reduce}`, () => {
        const result = one(LIC.canReduce, d(start), term, d(asOf));
        if (reduce === "#N/A") expect(errorCode(result)).toBe("#N/A");
        else expect(result).toBe(reduce);
      });
    });
  }

  it("N4: 50 seats at 36.00 with a new partner ordering on 2024-07-15 cost 10,888.77 twice (184 days)", () => {
    expect(one(LIC.nceOverlapCost, d("2024-01-15"), P1Y, 50, 36, d("2024-07-15"))).toBe(10888.77);
  });
});

describe("EA worked examples (RULES.md §4 table)", () => {
  it("E2: 15 % signed two days late (commercial) becomes 12 %", () => {
    expect(one(LIC.eaLateDiscount, 0.15, d("2024-06-30"), d("2024-07-02"), "commercial")).toBe(0.12);
  });
  it("E2: 15 % signed on the expiry day stays 15 %", () => {
    expect(one(LIC.eaLateDiscount, 0.15, d("2024-06-30"), d("2024-06-30"), "commercial")).toBe(0.15);
  });
  it("E2: 2 % signed a month late goes to 0 %, never below", () => {
    expect(one(LIC.eaLateDiscount, 0.02, d("2024-06-30"), d("2024-08-01"), "commercial")).toBe(0);
  });
  it("E2: education is out of scope and keeps 15 % however late", () => {
    expect(one(LIC.eaLateDiscount, 0.15, d("2024-06-30"), d("2024-09-01"), "education")).toBe(0.15);
  });

  it("E4: processed 2022-02-18 without amendment, the January 2022 invoice is not credited", () => {
    expect(one(LIC.eptCredit, d("2021-12-31"), d("2022-02-18"), d("2022-01-01"), false)).toBe(false);
  });
  it("E4: the same renewal's February 2022 invoice (month of processing) is credited", () => {
    expect(one(LIC.eptCredit, d("2021-12-31"), d("2022-02-18"), d("2022-02-01"), false)).toBe(true);
  });
  it("E4: with a backdating amendment the January 2022 invoice is credited", () => {
    expect(one(LIC.eptCredit, d("2021-12-31"), d("2022-02-18"), d("2022-01-15"), true)).toBe(true);
  });
  it("E4: processed 2022-01-20 (within a month) the January 2022 invoice is credited", () => {
    expect(one(LIC.eptCredit, d("2021-12-31"), d("2022-01-20"), d("2022-01-31"))).toBe(true);
  });
  it("E4: December 2021 is not an EPT month: #N/A", () => {
    expect(errorCode(one(LIC.eptCredit, d("2021-12-31"), d("2022-02-18"), d("2021-12-01")))).toBe("#N/A");
  });
  it("E4: a mid-month expiry (2025-06-17) makes June 2025 an EPT month, credited when processed 2025-07-07", () => {
    expect(one(LIC.eptCredit, d("2025-06-17"), d("2025-07-07"), d("2025-06-01"))).toBe(true);
  });
  it("E4: the same expiry processed 2025-08-20 without amendment: the June 2025 invoice is not credited", () => {
    expect(one(LIC.eptCredit, d("2025-06-17"), d("2025-08-20"), d("2025-06-30"), false)).toBe(false);
  });
  it("E4: a mid-month expiry processed after a month still credits the month of processing only", () => {
    expect(one(LIC.eptCredit, d("2025-06-17"), d("2025-08-20"), d("2025-08-01"), false)).toBe(true);
    expect(one(LIC.eptCredit, d("2025-06-17"), d("2025-08-20"), d("2025-07-01"), false)).toBe(false);
  });
  it("E4: a renewal processed before EPT starts (on or before expiry) has no EPT invoice: #N/A", () => {
    expect(errorCode(one(LIC.eptCredit, d("2025-06-17"), d("2025-06-17"), d("2025-06-01")))).toBe("#N/A");
    expect(one(LIC.eptCredit, d("2025-06-17"), d("2025-06-18"), d("2025-06-01"))).toBe(true);
  });

  it("E5: online, processed 2022-02-18 without amendment, coverage starts 2022-02-01", () => {
    expect(one(LIC.eaRenewalStart, d("2021-12-31"), d("2022-02-18"), "online", false)).toBe(d("2022-02-01"));
  });
  it("E5: the same on-premises renewal starts 2022-01-01", () => {
    expect(one(LIC.eaRenewalStart, d("2021-12-31"), d("2022-02-18"), "on-premises", false)).toBe(d("2022-01-01"));
  });
});

describe("N5–N7 and the remaining commitment (RULES.md §2, second table)", () => {
  it("N6: unit price 36.00 (annual term, upfront) on a P1Y term billed monthly is 37.80", () => {
    expect(one(LIC.nceUnitPrice, 36, P1Y, "monthly")).toBe(37.8);
  });
  it("N6: unit price 36.00 on a P3Y term billed upfront (triennial) stays 36.00", () => {
    expect(one(LIC.nceUnitPrice, 36, P3Y, "triennial")).toBe(36);
    expect(one(LIC.nceUnitPrice, 36, P3Y)).toBe(36);
  });
  it("N6: unit price 36.00 (annual term) on the monthly term is 43.20", () => {
    expect(one(LIC.nceUnitPrice, 36, P1M)).toBe(43.2);
    expect(one(LIC.nceUnitPrice, 36, P1M, "monthly")).toBe(43.2);
  });
  it("N5: EST on a monthly-term price of 43.20 is 44.496 a month", () => {
    expect(one(LIC.estPrice, 43.2)).toBe(44.496);
    expect(one(LIC.estPrice, 43.2, P1M)).toBe(44.496);
  });
  it("N5: EST on an annual-term price of 36.00 for a product without a monthly term is 44.28", () => {
    expect(one(LIC.estPrice, 36, P1Y)).toBe(44.28);
  });
  it("N7: co-term a P1Y started 2026-11-21 to a calendar month: 2027-10-31", () => {
    expect(one(LIC.cotermEnd, d("2026-11-21"), P1Y, "month")).toBe(d("2027-10-31"));
    expect(one(LIC.cotermEnd, d("2026-11-21"), P1Y)).toBe(d("2027-10-31"));
  });
  it("N7: a P1Y started 2026-11-01 already ends on a month end: 2027-10-31", () => {
    expect(one(LIC.cotermEnd, d("2026-11-01"), P1Y, "month")).toBe(d("2027-10-31"));
  });
  it("N7: co-term a P1Y started 2026-11-21 to 2027-03-31: 2027-03-31", () => {
    expect(one(LIC.cotermEnd, d("2026-11-21"), P1Y, d("2027-03-31"))).toBe(d("2027-03-31"));
  });
  it("N7: co-term to 2027-12-31, after the normal end 2027-11-20, is #NUM!", () => {
    expect(errorCode(one(LIC.cotermEnd, d("2026-11-21"), P1Y, d("2027-12-31")))).toBe("#NUM!");
  });
  it("N7: first-term cost of 10 seats x 36.00 from 2026-11-21 co-termed to 2027-03-31 is 1,550.47", () => {
    expect(one(LIC.cotermCost, d("2026-11-21"), P1Y, 10, 36, d("2027-03-31"))).toBe(1550.47);
  });
  it("remaining commitment: 50 seats x 36.00 of a P1Y started 2024-01-15, as of 2024-07-15, is 10,888.77", () => {
    expect(one(LIC.commitmentRemaining, d("2024-01-15"), P1Y, 50, 36, d("2024-07-15"))).toBe(10888.77);
  });
});

describe("RULES.md N5 end of term, as formulas (as_of 2026-11-21, auto-renew off)", () => {
  const AS_OF = d("2026-11-21");
  it("P1Y from 2025-06-01 (term end 2026-05-31): EST — bought after 2025-04-01, ends after 2026-05-04", () => {
    expect(one(LIC.nceEndOfTerm, d("2025-06-01"), "P1Y", false, AS_OF, undefined, undefined)).toBe("EST");
    expect(one(LIC.nceEndOfTerm, d("2025-06-01"), "P1Y", false, AS_OF, d("2026-05-31"), undefined)).toBe("EST");
    expect(one(LIC.estEligible, d("2025-06-01"), "P1Y", AS_OF, undefined, undefined)).toBe(true);
  });
  it("P1Y from 2024-05-10 renewed 2025-05-10 (term end 2026-05-09): EST — last renewed after 2025-04-01", () => {
    expect(one(LIC.nceEndOfTerm, d("2024-05-10"), "P1Y", false, AS_OF, d("2026-05-09"), undefined)).toBe("EST");
    expect(one(LIC.estEligible, d("2024-05-10"), "P1Y", AS_OF, d("2026-05-09"), undefined)).toBe(true);
  });
  it("P3Y from 2023-12-15 (term end 2026-12-14): not eligible, expires — bought before 2025-04-01", () => {
    expect(one(LIC.nceEndOfTerm, d("2023-12-15"), "P3Y", false, AS_OF, undefined, undefined)).toBe("expire");
    expect(one(LIC.estEligible, d("2023-12-15"), "P3Y", AS_OF, undefined, undefined)).toBe(false);
  });
  it("P1Y from 2024-04-20 (term end 2025-04-19): expired", () => {
    expect(one(LIC.nceEndOfTerm, d("2024-04-20"), "P1Y", false, AS_OF, d("2025-04-19"), undefined)).toBe("expire");
    expect(one(LIC.nceEndOfTerm, d("2024-04-20"), "P1Y", false, AS_OF, undefined, undefined)).toBe("expire");
    expect(one(LIC.estEligible, d("2024-04-20"), "P1Y", AS_OF, d("2025-04-19"), undefined)).toBe(false);
  });
  it("auto-renew on renews; auto_renew blank is #VALUE! (a blank must not silently mean off); est_start is an argument", () => {
    expect(one(LIC.nceEndOfTerm, d("2023-12-15"), "P3Y", true, AS_OF, undefined, undefined)).toBe("renew");
    expect(one(LIC.nceEndOfTerm, d("2025-06-01"), "P1Y", "Yes", AS_OF, undefined, undefined)).toBe("renew");
    const blank = one(LIC.nceEndOfTerm, d("2025-06-01"), "P1Y", "", AS_OF, undefined, undefined);
    expect(errorCode(blank)).toBe("#VALUE!");
    expect((blank as Error).message).toMatch(/auto_renew is blank/);
    expect(one(LIC.nceEndOfTerm, d("2025-06-01"), "P1Y", false, AS_OF, undefined, d("2026-06-04"))).toBe("expire");
    expect(one(LIC.estEligible, d("2025-06-01"), "P1Y", AS_OF, undefined, "2026-06-04")).toBe(false);
  });
  it("an end_date before start_date is #NUM!; ranges spill one answer a row", () => {
    expect(errorCode(one(LIC.nceEndOfTerm, d("2026-01-01"), "P1Y", false, AS_OF, d("2025-12-31"), undefined))).toBe(
      "#NUM!",
    );
    expect(LIC.nceEndOfTerm([[d("2025-06-01")], [d("2023-12-15")]], [["P1Y"], ["P3Y"]], [[false]], [[AS_OF]])).toEqual([
      ["EST"],
      ["expire"],
    ]);
  });
});
