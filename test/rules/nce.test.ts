import { iso, toISO } from "../../src/rules/dates";
import {
  anniversary,
  anniversaryIndexFrom,
  canReduce,
  costOfOverlapDays,
  currentTermStart,
  isWindowDay,
  nextAnniversary,
  nextAnniversaryFrom,
  openWindow,
  overlapDays,
  roundCents,
  windowLastDay,
} from "../../src/rules/nce";

const day = (serial: number) => toISO(serial);

describe("NCE anniversaries (N1, N2)", () => {
  it("renewal k is always counted from the original start, so a 31 Jan monthly renews on 28 Feb then 31 Mar", () => {
    const start = iso("2021-01-31");
    expect([1, 2, 3].map((k) => day(anniversary(start, 1, k)))).toEqual(["2021-02-28", "2021-03-31", "2021-04-30"]);
  });

  it("on a renewal day the next anniversary is the following one", () => {
    expect(day(nextAnniversary(iso("2024-01-15"), 12, iso("2025-01-15")))).toBe("2026-01-15");
  });

  it("the term running on a day starts at the latest renewal on or before it", () => {
    expect(day(currentTermStart(iso("2024-02-29"), 12, iso("2027-03-07")))).toBe("2027-02-28");
    expect(() => currentTermStart(iso("2024-01-15"), 12, iso("2024-01-14"))).toThrow(/not started/);
  });

  it("from a known renewal date (a distributor's Revaluation Date) anniversaries step both ways", () => {
    const reval = iso("2027-07-28");
    expect(day(nextAnniversaryFrom(reval, 12, iso("2026-11-21")))).toBe("2027-07-28");
    expect(day(nextAnniversaryFrom(iso("2025-07-28"), 12, iso("2026-11-21")))).toBe("2027-07-28");
    expect(anniversaryIndexFrom(reval, 1, iso("2026-11-21"))).toBe(-8);
    expect(day(nextAnniversaryFrom(reval, 1, iso("2026-11-28")))).toBe("2026-12-28");
  });
});

describe("the reduce window (N3)", () => {
  it("is open on the opening day and the 6 after it", () => {
    const opening = iso("2025-01-15");
    expect(isWindowDay(opening, opening)).toBe(true);
    expect(isWindowDay(opening, iso("2025-01-21"))).toBe(true);
    expect(isWindowDay(opening, iso("2025-01-22"))).toBe(false);
    expect(isWindowDay(opening, iso("2025-01-14"))).toBe(false);
    expect(day(windowLastDay(opening))).toBe("2025-01-21");
  });

  it("reports the open window after the purchase and after each renewal, and none in between", () => {
    const start = iso("2024-01-15");
    expect(openWindow(start, 12, iso("2024-01-17"))?.map(day)).toEqual(["2024-01-15", "2024-01-21"]);
    expect(openWindow(start, 12, iso("2025-01-20"))?.map(day)).toEqual(["2025-01-15", "2025-01-21"]);
    expect(openWindow(start, 12, iso("2024-06-01"))).toBeNull();
    expect(openWindow(start, 12, iso("2024-01-01"))).toBeNull();
  });

  it("before the start there is nothing to reduce (#N/A)", () => {
    expect(() => canReduce(iso("2024-01-15"), 12, iso("2024-01-14"))).toThrow(expect.objectContaining({ kind: "na" }));
  });
});

describe("the overlap cost (N4)", () => {
  it("counts the days from the new order to the next anniversary, never negative", () => {
    expect(overlapDays(iso("2024-01-15"), 12, iso("2024-07-15"))).toBe(184);
    expect(costOfOverlapDays(50, 36, -5)).toBe(0);
  });

  it("rounds money to cents half away from zero without binary drift", () => {
    expect(roundCents(10888.767123)).toBe(10888.77);
    expect(roundCents(1.005)).toBe(1.01);
    expect(roundCents(-2.345)).toBe(-2.35);
  });
});
