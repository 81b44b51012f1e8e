/**
 * Invariants of the formulas over thousands of generated cases (fast-check).
 */
import * as fc from "fast-check";
import * as LIC from "../../src/functions/functions";
import { iso } from "../../src/rules/dates";
import { errorCode, one } from "../helpers";

const startDay = fc.integer({ min: iso("1990-01-01"), max: iso("2090-12-31") });
const term = fc.constantFrom("P1M", "P1Y", "P3Y", 1, 12, 36, "annual", "monthly", "triennial");
const months = (t: string | number): number =>
  typeof t === "number" ? t : ({ P1M: 1, monthly: 1, P1Y: 12, annual: 12 }[t] ?? 36);

describe("NCE invariants", () => {
  it("the next anniversary is after as_of, at most one term later, and stays put until that day", () => {
    fc.assert(
      fc.property(startDay, term, fc.integer({ min: 0, max: 4000 }), (start, t, offset) => {
        const asOf = start + offset;
        const next = one(LIC.nceAnniversary, start, t, asOf) as number;
        expect(next).toBeGreaterThan(asOf);
        expect(next - asOf).toBeLessThanOrEqual(31 * months(t));
        // The day before the anniversary still points at it; on the day it moves on.
        expect(one(LIC.nceAnniversary, start, t, next - 1)).toBe(next);
        expect(one(LIC.nceAnniversary, start, t, next) as number).toBeGreaterThan(next);
      }),
      { numRuns: 3000 },
    );
  });

  it("NCE_TERM_END + 1 = NCE_ANNIVERSARY for every start, term and as_of (also before the start)", () => {
    fc.assert(
      fc.property(startDay, term, fc.integer({ min: -800, max: 4000 }), (start, t, offset) => {
        const asOf = start + offset;
        expect((one(LIC.nceTermEnd, start, t, asOf) as number) + 1).toBe(one(LIC.nceAnniversary, start, t, asOf));
      }),
      { numRuns: 3000 },
    );
  });

  it("CAN_REDUCE is TRUE on exactly 7 days of every term: the renewal day and the 6 after it", () => {
    fc.assert(
      fc.property(startDay, term, fc.integer({ min: 0, max: 30 }), (start, t, k) => {
        // The k-th term's first day is the k-th anniversary (k = 0: the start).
        const first = k === 0 ? start : (one(LIC.nceTermEnd, start, t, start) as number) + 1;
        const termStart = k === 0 ? first : kthAnniversary(start, t, k);
        const next = one(LIC.nceAnniversary, start, t, termStart) as number;
        const days = Array.from({ length: next - termStart }, (_, i) => [termStart + i]);
        const answers = LIC.canReduce([[start]], [[t]], days).map((row) => row[0]);
        expect(answers.filter((a) => a === true)).toHaveLength(7);
        expect(answers.slice(0, 7).every((a) => a === true)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it("NEXT_REDUCE_DATE is a day CAN_REDUCE allows, and REDUCE_DEADLINE is the last day of that window", () => {
    fc.assert(
      fc.property(startDay, term, fc.integer({ min: 0, max: 4000 }), (start, t, offset) => {
        const asOf = start + offset;
        const nextDay = one(LIC.nextReduceDate, start, t, asOf) as number;
        const deadline = one(LIC.reduceDeadline, start, t, asOf) as number;
        expect(nextDay).toBeGreaterThanOrEqual(asOf);
        expect(one(LIC.canReduce, start, t, nextDay)).toBe(true);
        expect(one(LIC.canReduce, start, t, deadline)).toBe(true);
        expect(one(LIC.canReduce, start, t, deadline + 1)).toBe(false);
        expect(deadline - nextDay).toBeLessThanOrEqual(6);
      }),
      { numRuns: 2000 },
    );
  });
});

function kthAnniversary(start: number, t: string | number, k: number): number {
  let day = start;
  for (let i = 0; i < k; i++) day = one(LIC.nceAnniversary, start, t, day) as number;
  return day;
}

/** Anything a cell can hold, and worse. */
const anyCell = fc.oneof(
  fc.string(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constant(""),
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.double(),
  fc.constantFrom(NaN, Infinity, -Infinity, 60, 61, 2958465, 2958466, 1e308, -0),
  fc.constantFrom("2024-01-15", "03/04/2024", "P1Y", "annual", "15%", "150%", "TRUE", "1,200", "=1+1", "<img src=x>"),
  fc.integer({ min: 61, max: 2958465 }),
  fc.object(),
);
const anyArg = fc.oneof(
  anyCell.map((v) => [[v]]),
  fc.array(fc.array(anyCell, { maxLength: 3 }), { maxLength: 3 }),
  fc.constantFrom([], [[]], [[], []], null, undefined),
);

const catalogue: Array<[string, (...args: any[]) => unknown[][], number]> = [
  ["NCE_ANNIVERSARY", LIC.nceAnniversary, 3],
  ["NCE_TERM_END", LIC.nceTermEnd, 3],
  ["CAN_REDUCE", LIC.canReduce, 4],
  ["NEXT_REDUCE_DATE", LIC.nextReduceDate, 3],
  ["REDUCE_DEADLINE", LIC.reduceDeadline, 3],
  ["NCE_OVERLAP_COST", LIC.nceOverlapCost, 5],
  ["EA_LATE_DISCOUNT", LIC.eaLateDiscount, 5],
  ["EPT_CHARGE", LIC.eptCharge, 2],
  ["EPT_CREDIT", LIC.eptCredit, 4],
  ["EA_RENEWAL_START", LIC.eaRenewalStart, 4],
  ["OLS_DEPROVISION_DATE", LIC.olsDeprovisionDate, 3],
  ["CSP_DEPROVISION_DATE", LIC.cspDeprovisionDate, 2],
  ["CPOR_ELIGIBLE", LIC.cporEligible, 2],
  ["NCE_END_OF_TERM", LIC.nceEndOfTerm, 6],
  ["EST_ELIGIBLE", LIC.estEligible, 5],
];

/** Whether some argument holds a value that is not blank (any cell other than null, undefined or spaces). */
const holdsData = (args: unknown[]) =>
  args.some(
    (a) =>
      Array.isArray(a) &&
      a.some(
        (row) =>
          Array.isArray(row) &&
          row.some((v) => !(v === null || v === undefined || (typeof v === "string" && v.trim() === ""))),
      ),
  );

describe("no input makes a formula throw", () => {
  it.each(catalogue)(
    "%s returns a matrix of values, Excel errors or (for a position with no data) an empty cell for any arguments",
    (_name, fn, arity) => {
      fc.assert(
        fc.property(fc.array(anyArg, { minLength: arity, maxLength: arity }), (args) => {
          let result: unknown[][] = [];
          expect(() => (result = fn(...args))).not.toThrow();
          expect(Array.isArray(result) && result.length > 0).toBe(true);
          for (const row of result) {
            expect(row.length).toBeGreaterThan(0);
            for (const v of row) {
              // An empty cell answers a position with no data; arguments of only blanks answer nothing else.
              if (v === "") continue;
              expect(holdsData(args)).toBe(true);
              const ok =
                typeof v === "boolean" ||
                (typeof v === "number" && Number.isFinite(v)) ||
                // NCE_END_OF_TERM's three answers.
                ["renew", "EST", "expire"].includes(v as string) ||
                ["#VALUE!", "#NUM!", "#N/A"].includes(errorCode(v) ?? "");
              if (!ok) throw new Error(`unexpected result ${String(v)} for ${JSON.stringify(args)}`);
              if (errorCode(v)) expect((v as Error).message.length).toBeGreaterThan(10);
            }
          }
        }),
        { numRuns: 1500 },
      );
    },
  );
});
