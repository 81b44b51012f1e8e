/**
 * What happens at an NCE term's end — RULES.md §2 N5 (Microsoft's end-of-term rules since May 2026):
 * a subscription with auto-renew on renews; with auto-renew off (and no cancel at term end) it moves
 * into the Extended Service Term when it is EST-eligible, and otherwise expires: access for 30 days,
 * disabled on term end + 31, data deleted on term end + 121.
 *
 * EST-eligible: bought or last renewed on or after 2025-04-01 (the term's start) and the term ends
 * on or after `est_start` (2026-05-04, a parameter). Azure, perpetual software, software
 * subscriptions and trials never are (the review knows a row's product; the formulas do not ask).
 *
 * Which term is judged (the "coming or just passed" term end): with auto-renew off a term that has
 * ended did not renew (§6), so it is the term whose end passed most recently before as_of when one
 * has (as_of after the first renewal date), else the term running on as_of. A report's actual term
 * end wins over start + term (co-terming and term changes move it): the term then started at the
 * renewal before that end (start + term where that gives end + 1, else end + 1 stepped back one
 * term, never before the start).
 */
import { edate, iso } from "./dates";
import { RuleError } from "./errors";
import { anniversary, nextAnniversaryIndex } from "./nce";

/** N5: a term must have started (been bought or last renewed) on or after this day to be EST-eligible. */
export const EST_TERM_START_FROM = iso("2025-04-01");
/** N5: the day Microsoft ended CSP's free grace period — a term ending on or after it can move into EST (parameter `est_start`). */
export const DEFAULT_EST_START = iso("2026-05-04");
/** N5: after an expiry, users keep access this many days after the term end (to term end + 30). */
export const EXPIRY_ACCESS_DAYS = 30;
/** N5: an expired subscription is disabled this many days after its term end. */
export const EXPIRY_DISABLED_DAYS = 31;
/** N5: an expired subscription's data is deleted this many days after its term end (disabled + 90). */
export const EXPIRY_DELETED_DAYS = 121;

/** A term: its first day (the purchase or the renewal that began it) and its last day. */
export interface Term {
  start: number;
  end: number;
}

/** What happens at a term's end (N5). */
export type EndOfTerm = "renew" | "EST" | "expire";

/**
 * The term that began at the renewal before an actual term end `end` (§6): start + term's own
 * renewal where one falls on end + 1, else end + 1 stepped back one term, never before the start.
 * @example termEndingOn(iso("2024-05-10"), 12, iso("2026-05-09")) // { start: 2025-05-10, end: 2026-05-09 }
 */
export function termEndingOn(start: number, termMonths: number, end: number): Term {
  const s = Math.floor(start);
  const e = Math.floor(end);
  if (e < s)
    throw new RuleError("num", "end_date is before start_date: give the term's last day, on or after the start.");
  const k = nextAnniversaryIndex(s, termMonths, e);
  if (anniversary(s, termMonths, k) === e + 1) return { start: anniversary(s, termMonths, k - 1), end: e };
  return { start: Math.max(s, edate(e + 1, -termMonths)), end: e };
}

/**
 * The term whose end decides what happens (N5), for a subscription with auto-renew off: the term
 * whose end passed most recently before `asOf`, else the term running on `asOf`; with an actual
 * term end, the term ending on it.
 * @example judgedTerm(iso("2024-04-20"), 12, iso("2026-11-21")) // { start: 2025-04-20, end: 2026-04-19 } (that end passed)
 * @example judgedTerm(iso("2023-12-15"), 36, iso("2026-11-21")) // { start: 2023-12-15, end: 2026-12-14 } (coming)
 */
export function judgedTerm(start: number, termMonths: number, asOf: number, end?: number): Term {
  if (end !== undefined) return termEndingOn(start, termMonths, end);
  const s = Math.floor(start);
  const k = nextAnniversaryIndex(s, termMonths, asOf);
  // Renewal k−1 is on or before as_of: when it is a renewal (k ≥ 2), the term before it just ended.
  const last = k >= 2 ? k - 1 : k;
  return { start: anniversary(s, termMonths, last - 1), end: anniversary(s, termMonths, last) - 1 };
}

/**
 * N5: whether a term can move into the Extended Service Term: it began on or after 2025-04-01 and
 * ends on or after `estStart`.
 * @example isEstEligible({ start: iso("2025-06-01"), end: iso("2026-05-31") }) // true
 */
export function isEstEligible(term: Term, estStart: number = DEFAULT_EST_START): boolean {
  return term.start >= EST_TERM_START_FROM && term.end >= Math.floor(estStart);
}

/**
 * N5: what happens at the term end — "renew" with auto-renew on, else "EST" for an eligible term,
 * "expire" for one that is not.
 * @example endOfTerm(iso("2024-04-20"), 12, false, iso("2026-11-21")) // "expire"
 */
export function endOfTerm(
  start: number,
  termMonths: number,
  autoRenew: boolean,
  asOf: number,
  end?: number,
  estStart: number = DEFAULT_EST_START,
): EndOfTerm {
  const term = judgedTerm(start, termMonths, asOf, end);
  if (autoRenew) return "renew";
  return isEstEligible(term, estStart) ? "EST" : "expire";
}

/**
 * N5: the days that follow an expiry at `termEnd`: the first day without renewal (term end + 1),
 * the last day users have access (+ 30), the day it is disabled (+ 31) and the day its data is
 * deleted (+ 121).
 * @example expiryDates(iso("2025-04-19")) // { expired: 2025-04-20, lastAccess: 2025-05-19, disabled: 2025-05-20, deleted: 2025-08-18 }
 */
export function expiryDates(termEnd: number): {
  expired: number;
  lastAccess: number;
  disabled: number;
  deleted: number;
} {
  const e = Math.floor(termEnd);
  return {
    expired: e + 1,
    lastAccess: e + EXPIRY_ACCESS_DAYS,
    disabled: e + EXPIRY_DISABLED_DAYS,
    deleted: e + EXPIRY_DELETED_DAYS,
  };
}
