/**
 * Co-terming — RULES.md §2 N7: a subscription's first term shortened to end on a calendar month end
 * or on another subscription's end date, charged pro rata by days; later terms run from the day
 * after the custom end.
 */
import { edate, firstOfMonth, toISO } from "./dates";
import { RuleError } from "./errors";
import { anniversary, roundCents, termEndBefore } from "./nce";

/**
 * N7: the normal end of a first term — `EDATE(start, m) − 1`, the latest a co-termed end may be.
 * @example normalFirstTermEnd(iso("2026-11-21"), 12) // 2027-11-20
 */
export function normalFirstTermEnd(start: number, termMonths: number): number {
  return termEndBefore(anniversary(start, termMonths, 1));
}

/**
 * N7: a co-termed first term end. `alignTo` "month": the last day of a calendar month on or before
 * the normal end (the normal end itself when it is a month end). A day: that day, when it lies from
 * the start to the normal end; otherwise #NUM!.
 * @example cotermEnd(iso("2026-11-21"), 12, "month") // 2027-10-31
 * @example cotermEnd(iso("2026-11-21"), 12, iso("2027-03-31")) // 2027-03-31
 */
export function cotermEnd(start: number, termMonths: number, alignTo: "month" | number): number {
  const s = Math.floor(start);
  const normal = normalFirstTermEnd(s, termMonths);
  if (alignTo === "month") {
    const monthEnd = firstOfMonth(normal + 1) === normal + 1 ? normal : firstOfMonth(normal) - 1;
    return Math.max(s, monthEnd);
  }
  const end = Math.floor(alignTo);
  if (end < s || end > normal) {
    throw new RuleError(
      "num",
      `The co-termed end must lie from the start to the normal term end (${toISO(s)} … ${toISO(normal)}).`,
    );
  }
  return end;
}

/**
 * N7: the prorated charge of a co-termed first term, rounded to cents:
 * `seats × monthly_price × m × (custom_end − start + 1) / (EDATE(start, m) − start)`.
 * #NUM! for an end outside the first term.
 * @example cotermCost(iso("2026-11-21"), 12, 10, 36, iso("2027-03-31")) // 1550.47
 */
export function cotermCost(
  start: number,
  termMonths: number,
  seats: number,
  monthlyPrice: number,
  customEnd: number,
): number {
  const s = Math.floor(start);
  const end = cotermEnd(s, termMonths, customEnd);
  const termDays = anniversary(s, termMonths, 1) - s;
  return roundCents((seats * monthlyPrice * termMonths * (end - s + 1)) / termDays);
}

/**
 * N7: renewal k ≥ 1 of a co-termed subscription: `EDATE(custom_end + 1, (k − 1) × m)`.
 * @example cotermRenewal(iso("2027-03-31"), 12, 2) // 2028-04-01
 */
export function cotermRenewal(customEnd: number, termMonths: number, k: number): number {
  return edate(Math.floor(customEnd) + 1, (k - 1) * termMonths);
}
