import { cspDeprovisionDate } from "../../src/rules/csp";
import { iso, toISO } from "../../src/rules/dates";
import {
  eaLateDiscount,
  eaRenewalStart,
  eptCharge,
  eptCredit,
  isOnTime,
  olsDeprovisionDate,
  processedWithinOneMonth,
} from "../../src/rules/ea";
import { cporEligible } from "../../src/rules/incentives";

describe("EA renewals (E1–E6)", () => {
  it("E1: signed on the expiry day is on time, the day after is late", () => {
    expect(isOnTime(iso("2024-06-30"), iso("2024-06-30"))).toBe(true);
    expect(isOnTime(iso("2024-06-30"), iso("2024-07-01"))).toBe(false);
  });

  it("E2: a late in-scope deal loses the reduction; out-of-scope and 0 % deals keep theirs", () => {
    expect(eaLateDiscount(0.15, iso("2024-06-30"), iso("2024-07-02"), "in-scope", 0.05)).toBe(0.1);
    expect(eaLateDiscount(0.15, iso("2024-06-30"), iso("2024-07-02"), "out-of-scope")).toBe(0.15);
    expect(eaLateDiscount(0, iso("2024-06-30"), iso("2024-07-02"))).toBe(0);
    expect(() => eaLateDiscount(15, iso("2024-06-30"), iso("2024-07-02"))).toThrow(/type 15%/);
  });

  it("E3: EPT costs the price plus the admin fee", () => {
    expect(eptCharge(57)).toBe(58.71);
  });

  it("E4: 'no more than one month after expiry' ends on EDATE(expiry, 1), month ends clamped", () => {
    expect(processedWithinOneMonth(iso("2022-01-31"), iso("2022-02-28"))).toBe(true);
    expect(processedWithinOneMonth(iso("2022-01-31"), iso("2022-03-01"))).toBe(false);
  });

  it("E4: a renewal processed on time has no EPT month at all", () => {
    expect(() => eptCredit(iso("2021-12-31"), iso("2021-12-20"), iso("2022-01-01"))).toThrow(/No EPT invoice/);
  });

  it("E5: an online renewal processed on time or backdated starts the day after expiry", () => {
    expect(toISO(eaRenewalStart(iso("2021-12-31"), iso("2021-12-30")))).toBe("2022-01-01");
    expect(toISO(eaRenewalStart(iso("2021-12-31"), iso("2022-02-18"), "online", true))).toBe("2022-01-01");
  });

  it("E6: the grace period runs from the later of expiry and opt-out", () => {
    expect(toISO(olsDeprovisionDate(iso("2024-06-30"), iso("2024-06-01")))).toBe("2024-09-28");
  });
});

describe("CSP suspension (C1) and incentives (I1)", () => {
  it("C1: data is removed 60 days after suspension by default", () => {
    expect(toISO(cspDeprovisionDate(iso("2026-11-12")))).toBe("2027-01-11");
    expect(() => cspDeprovisionDate(iso("2026-11-12"), -1)).toThrow(expect.objectContaining({ kind: "num" }));
  });

  it("I1: 150 paid seats earn incentives, 149 do not", () => {
    expect(cporEligible(150)).toBe(true);
    expect(cporEligible(149)).toBe(false);
    expect(cporEligible(99, 100)).toBe(false);
  });
});
