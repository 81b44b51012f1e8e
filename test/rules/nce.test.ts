import fc from "fast-check";
import { cotermEnd, cotermRenewal, normalFirstTermEnd } from "../../src/rules/coterm";
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
  rowTerm,
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

describe("a report row's current term (rowTerm, RULES.md §6)", () => {
  const asOf = iso("2026-11-21");
  it("start + term alone: N1's dates (the last renewal 2025-12-01, the next 2026-12-01)", () => {
    expect(rowTerm(12, asOf, { start: iso("2024-12-01") })).toEqual({
      next: iso("2026-12-01"),
      previous: iso("2025-12-01"),
      window: null,
    });
  });
  it("an end date that agrees with start + term keeps N1's month-end clamping (monthly from 31 Jan)", () => {
    expect(rowTerm(1, asOf, { start: iso("2024-01-31"), end: iso("2026-11-29") })).toEqual({
      next: iso("2026-11-30"),
      previous: iso("2026-10-31"),
      window: null,
    });
  });
  it("a co-termed end wins over start + term, and the latest renewal never goes before the start", () => {
    expect(rowTerm(12, asOf, { start: iso("2026-01-10"), end: iso("2026-11-30") })).toEqual({
      next: iso("2026-12-01"),
      previous: iso("2026-01-10"),
      window: null,
    });
  });
  it("the purchase day opens a window on a co-termed subscription bought 3 days ago", () => {
    expect(rowTerm(12, asOf, { start: iso("2026-11-18"), end: iso("2027-03-31") })).toEqual({
      next: iso("2027-04-01"),
      previous: iso("2026-11-18"),
      window: iso("2026-11-18"),
    });
  });
  it("a renewal date that has passed is stepped forward by the term, and its window counts", () => {
    expect(rowTerm(1, asOf, { renewal: iso("2026-11-16") })).toEqual({
      next: iso("2026-12-16"),
      previous: iso("2026-11-16"),
      window: iso("2026-11-16"),
    });
  });
  it("without a term, a future end date still gives the next renewal, with no windows", () => {
    expect(rowTerm(undefined, asOf, { end: iso("2026-12-01") })).toEqual({
      next: iso("2026-12-02"),
      previous: null,
      window: null,
    });
    expect(rowTerm(undefined, asOf, { end: iso("2026-11-21") })?.next).toBe(iso("2026-11-22"));
    expect(rowTerm(undefined, asOf, { end: iso("2026-11-10") })).toBeUndefined();
  });
  it("a start after as_of: not started, no window", () => {
    expect(rowTerm(12, asOf, { start: iso("2026-12-01"), end: iso("2027-05-31") })).toEqual({
      next: iso("2027-06-01"),
      previous: null,
      window: null,
    });
  });
  it("property: the next renewal is always after as_of, and the latest renewal never before the start", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: iso("2020-01-01"), max: iso("2027-12-31") }),
        fc.constantFrom(1, 12, 36),
        fc.integer({ min: -800, max: 1200 }),
        (start, term, endOffset) => {
          const r = rowTerm(term, asOf, { start, end: start + endOffset });
          if (!r) return;
          expect(r.next).toBeGreaterThan(asOf);
          if (r.previous !== null) expect(r.previous).toBeGreaterThanOrEqual(start);
        },
      ),
    );
  });
});

describe("N7 co-terming in src/rules/coterm.ts", () => {
  it("later terms run from the day after the custom end: renewal k = EDATE(custom_end + 1, (k-1) x m)", () => {
    expect(toISO(cotermRenewal(iso("2027-03-31"), 12, 1))).toBe("2027-04-01");
    expect(toISO(cotermRenewal(iso("2027-03-31"), 12, 2))).toBe("2028-04-01");
    expect(toISO(cotermRenewal(iso("2027-01-30"), 1, 2))).toBe("2027-02-28"); // from 31 Jan, clamped
  });
  it("the normal first term end is EDATE(start, m) - 1, the latest a custom end may be", () => {
    expect(toISO(normalFirstTermEnd(iso("2026-11-21"), 12))).toBe("2027-11-20");
    expect(toISO(cotermEnd(iso("2026-11-21"), 1, "month"))).toBe("2026-11-30");
  });
});
