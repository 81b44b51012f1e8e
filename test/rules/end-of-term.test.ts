/**
 * What happens at an NCE term's end (RULES.md §2 N5, since May 2026): renew, move into the Extended
 * Service Term, or expire — with the worked examples of RULES.md's N5–N7 table as tests.
 */
import fc from "fast-check";
import { iso, toISO } from "../../src/rules/dates";
import {
  DEFAULT_EST_START,
  endOfTerm,
  expiryDates,
  isEstEligible,
  judgedTerm,
  termEndingOn,
} from "../../src/rules/end-of-term";
import { anniversary } from "../../src/rules/nce";

const AS_OF = iso("2026-11-21");
const days = (term: { start: number; end: number }) => ({ start: toISO(term.start), end: toISO(term.end) });

describe("RULES.md N5 worked examples (as_of 2026-11-21, auto-renew off)", () => {
  it("P1Y from 2025-06-01 (term end 2026-05-31) is in EST: bought after 2025-04-01, ends after 2026-05-04", () => {
    expect(days(judgedTerm(iso("2025-06-01"), 12, AS_OF))).toEqual({ start: "2025-06-01", end: "2026-05-31" });
    expect(endOfTerm(iso("2025-06-01"), 12, false, AS_OF)).toBe("EST");
    expect(endOfTerm(iso("2025-06-01"), 12, false, AS_OF, iso("2026-05-31"))).toBe("EST");
  });

  it("P1Y from 2024-05-10 renewed 2025-05-10 (term end 2026-05-09) is in EST: last renewed after 2025-04-01", () => {
    expect(days(judgedTerm(iso("2024-05-10"), 12, AS_OF, iso("2026-05-09")))).toEqual({
      start: "2025-05-10",
      end: "2026-05-09",
    });
    expect(endOfTerm(iso("2024-05-10"), 12, false, AS_OF, iso("2026-05-09"))).toBe("EST");
    expect(endOfTerm(iso("2024-05-10"), 12, false, AS_OF)).toBe("EST");
  });

  it("P3Y from 2023-12-15 (term end 2026-12-14) is not eligible and expires 2026-12-15: bought before 2025-04-01", () => {
    expect(days(judgedTerm(iso("2023-12-15"), 36, AS_OF))).toEqual({ start: "2023-12-15", end: "2026-12-14" });
    expect(endOfTerm(iso("2023-12-15"), 36, false, AS_OF)).toBe("expire");
    expect(toISO(expiryDates(iso("2026-12-14")).expired)).toBe("2026-12-15");
  });

  it("P1Y from 2024-04-20 (term end 2025-04-19) expired 2025-04-20, was disabled 2025-05-20 and its data deleted 2025-08-18", () => {
    expect(endOfTerm(iso("2024-04-20"), 12, false, AS_OF, iso("2025-04-19"))).toBe("expire");
    expect(endOfTerm(iso("2024-04-20"), 12, false, AS_OF)).toBe("expire");
    const dates = expiryDates(iso("2025-04-19"));
    expect({
      expired: toISO(dates.expired),
      lastAccess: toISO(dates.lastAccess),
      disabled: toISO(dates.disabled),
      deleted: toISO(dates.deleted),
    }).toEqual({
      expired: "2025-04-20",
      lastAccess: "2025-05-19",
      disabled: "2025-05-20",
      deleted: "2025-08-18",
    });
  });
});

describe("the end of term", () => {
  it("with auto-renew on, the subscription renews, eligible or not", () => {
    expect(endOfTerm(iso("2023-12-15"), 36, true, AS_OF)).toBe("renew");
    expect(endOfTerm(iso("2025-06-01"), 12, true, AS_OF)).toBe("renew");
  });

  it("judges the term running on as_of until a renewal date has passed, then the term that just ended", () => {
    expect(days(judgedTerm(iso("2025-12-01"), 12, iso("2026-11-30")))).toEqual({
      start: "2025-12-01",
      end: "2026-11-30",
    });
    // On the renewal day, the term ended yesterday: with auto-renew off it did not renew.
    expect(days(judgedTerm(iso("2025-12-01"), 12, iso("2026-12-01")))).toEqual({
      start: "2025-12-01",
      end: "2026-11-30",
    });
    expect(days(judgedTerm(iso("2025-12-01"), 12, iso("2025-11-01")))).toEqual({
      start: "2025-12-01",
      end: "2026-11-30",
    });
  });

  it("a term ending on 2026-05-03 is not eligible, on 2026-05-04 it is; a term begun 2025-03-31 is not, 2025-04-01 is", () => {
    expect(isEstEligible({ start: iso("2025-05-04"), end: iso("2026-05-03") })).toBe(false);
    expect(isEstEligible({ start: iso("2025-05-05"), end: iso("2026-05-04") })).toBe(true);
    expect(isEstEligible({ start: iso("2025-03-31"), end: iso("2026-06-30") })).toBe(false);
    expect(isEstEligible({ start: iso("2025-04-01"), end: iso("2026-06-30") })).toBe(true);
  });

  it("est_start is a parameter: moved a month later, a term ending 2026-05-31 is no longer eligible", () => {
    expect(endOfTerm(iso("2025-06-01"), 12, false, AS_OF, undefined, iso("2026-06-04"))).toBe("expire");
    expect(DEFAULT_EST_START).toBe(iso("2026-05-04"));
  });

  it("a co-termed end (not start + term) began one term before the day after it, never before the start", () => {
    expect(days(termEndingOn(iso("2025-11-21"), 12, iso("2026-10-31")))).toEqual({
      start: "2025-11-21",
      end: "2026-10-31",
    });
    expect(days(termEndingOn(iso("2024-11-21"), 12, iso("2026-10-31")))).toEqual({
      start: "2025-11-01",
      end: "2026-10-31",
    });
  });

  it("start + term's own renewal is used where it falls on the day after the end (month-end clamping)", () => {
    // 2024-02-29 P1Y renews 2025-02-28 and 2026-02-28: the term ending 2027-02-27 began 2026-02-28.
    expect(days(termEndingOn(iso("2024-02-29"), 12, iso("2027-02-27")))).toEqual({
      start: "2026-02-28",
      end: "2027-02-27",
    });
  });

  it("an end before the start is #NUM!", () => {
    expect(() => termEndingOn(iso("2026-01-01"), 12, iso("2025-12-31"))).toThrow(/end_date is before start_date/);
  });

  it("for any start, term and as_of, the judged term is a whole term of N1's calendar and never starts after as_of's term", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: iso("2020-01-01"), max: iso("2030-12-31") }),
        fc.constantFrom(1, 12, 36),
        fc.integer({ min: 0, max: 3000 }),
        (start, m, offset) => {
          const asOf = start + offset;
          const term = judgedTerm(start, m, asOf);
          expect(term.end).toBeGreaterThanOrEqual(term.start);
          // Its end is the day before one of N1's renewals, and its start N1's renewal before that.
          let k = 1;
          while (anniversary(start, m, k) <= term.end) k++;
          expect(anniversary(start, m, k)).toBe(term.end + 1);
          expect(anniversary(start, m, k - 1)).toBe(term.start);
          // The coming term end, or one that passed less than a term ago.
          expect(term.start).toBeLessThanOrEqual(Math.max(asOf, start));
        },
      ),
    );
  });
});
