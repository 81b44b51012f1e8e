/**
 * NCE subscriptions — RULES.md §2 (seed 000; Microsoft new-commerce documentation).
 *
 * Every function takes day serials (see ./dates) and a term in months (see ./terms).
 * Anniversaries are always counted from the original start with Excel's month-end clamping:
 * renewal k is `EDATE(start, k × term)`.
 */
import { edate, monthIndex } from "./dates";
import { RuleError } from "./errors";

/** Days in a reduce/cancel window: open on D … D+6, closed from D+7 (168 hours). */
export const WINDOW_DAYS = 7;

/**
 * N1: the k-th renewal (anniversary) of a subscription; k = 0 is the start itself.
 * @example anniversary(iso("2021-01-31"), 1, 1) // 2021-02-28
 */
export function anniversary(start: number, termMonths: number, k: number): number {
  return edate(Math.floor(start), k * termMonths);
}

/**
 * The index k of the next anniversary (N2): the first renewal strictly after `asOf`;
 * 1 when `asOf` is before the start.
 */
export function nextAnniversaryIndex(start: number, termMonths: number, asOf: number): number {
  const s = Math.floor(start);
  const a = Math.floor(asOf);
  if (a < s) return 1;
  const monthsBetween = monthIndex(a) - monthIndex(s);
  // Renewal k lies in month start + k·term; the answer is k or k + 1 for k = ⌊months/term⌋.
  let k = Math.max(1, Math.floor(monthsBetween / termMonths));
  while (edate(s, k * termMonths) <= a) k++;
  return k;
}

/**
 * N2: the next anniversary — the first renewal date strictly after `asOf` (on a renewal day,
 * the next one); the first renewal when `asOf` is before the start.
 * @example nextAnniversary(iso("2024-01-15"), 12, iso("2024-06-01")) // 2025-01-15
 */
export function nextAnniversary(start: number, termMonths: number, asOf: number): number {
  return anniversary(start, termMonths, nextAnniversaryIndex(start, termMonths, asOf));
}

/**
 * The start of the term running on `asOf`: the latest of the start and the renewals on or before
 * `asOf`. Throws #N/A when `asOf` is before the start.
 * @example currentTermStart(iso("2021-01-31"), 1, iso("2021-03-05")) // 2021-02-28
 */
export function currentTermStart(start: number, termMonths: number, asOf: number): number {
  if (Math.floor(asOf) < Math.floor(start)) throw notStarted();
  return anniversary(start, termMonths, nextAnniversaryIndex(start, termMonths, asOf) - 1);
}

/**
 * N5: the last day of the current term — also the last day to set the end-of-term action.
 * Always the next anniversary minus one day.
 * @example termEnd(iso("2024-01-15"), 12, iso("2024-06-01")) // 2025-01-14
 */
export function termEnd(start: number, termMonths: number, asOf: number): number {
  return termEndBefore(nextAnniversary(start, termMonths, asOf));
}

/**
 * N1/N5: a term ends the day before the renewal that follows it.
 * @example termEndBefore(iso("2025-01-15")) // 2025-01-14
 */
export function termEndBefore(renewal: number): number {
  return Math.floor(renewal) - 1;
}

function notStarted(): RuleError {
  return new RuleError(
    "na",
    "The subscription has not started on that date: nothing can be reduced before start_date.",
  );
}

/**
 * N3 with whole days: whether `day` is inside the window that opens on `opening` (D … D+6).
 * @example isWindowDay(iso("2025-01-15"), iso("2025-01-21")) // true
 */
export function isWindowDay(opening: number, day: number): boolean {
  const diff = Math.floor(day) - Math.floor(opening);
  return diff >= 0 && diff < WINDOW_DAYS;
}

/**
 * N3: the last day of the window that opens on `opening` (D + 6).
 * @example windowLastDay(iso("2025-01-15")) // 2025-01-21
 */
export function windowLastDay(opening: number): number {
  return Math.floor(opening) + WINDOW_DAYS - 1;
}

/**
 * Whether an instant `t` is inside the N3 window that opens at `opening`.
 * A time of day on `t` compares exact instants (168 hours); a whole day compares days (D … D+6).
 */
function inWindow(opening: number, t: number): boolean {
  if (t === Math.floor(t)) return isWindowDay(opening, t);
  const diff = t - opening;
  return diff >= 0 && diff < WINDOW_DAYS;
}

/**
 * The opening instant of the window that governs `change`: the latest renewal (or the start),
 * keeping the time of day of a start that has one.
 */
function windowOpening(start: number, termMonths: number, change: number): number {
  const fraction = start - Math.floor(start);
  return currentTermStart(start, termMonths, change) + fraction;
}

/**
 * N3: whether seats can be reduced (or the subscription cancelled) on `change`: inside the 7 days
 * after the start or a renewal, or — for seats added mid-term — after `seatsAdded`.
 * Throws #N/A before the start.
 * @example canReduce(iso("2024-01-15"), 12, iso("2025-01-21")) // true (day 6 after renewal)
 */
export function canReduce(start: number, termMonths: number, change: number, seatsAdded?: number): boolean {
  const hasTime = change !== Math.floor(change);
  if (hasTime ? change < start : Math.floor(change) < Math.floor(start)) throw notStarted();
  if (inWindow(windowOpening(start, termMonths, change), change)) return true;
  return seatsAdded !== undefined && inWindow(seatsAdded, change);
}

/**
 * The open N3 window on `asOf` as [first day, last day], or null when none is open
 * (or the subscription has not started).
 */
export function openWindow(start: number, termMonths: number, asOf: number): [number, number] | null {
  if (Math.floor(asOf) < Math.floor(start)) return null;
  const opening = currentTermStart(start, termMonths, asOf);
  return isWindowDay(opening, asOf) ? [opening, windowLastDay(opening)] : null;
}

/**
 * The next day seats can be reduced: `asOf` itself when a window is open, else the next
 * anniversary. Before the start, the start day (the purchase window opens then).
 * @example nextReduceDate(iso("2024-01-15"), 12, iso("2024-06-01")) // 2025-01-15
 */
export function nextReduceDate(start: number, termMonths: number, asOf: number): number {
  const day = Math.floor(asOf);
  if (day < Math.floor(start)) return Math.floor(start);
  return openWindow(start, termMonths, day) ? day : nextAnniversary(start, termMonths, day);
}

/**
 * The last day a reduction is possible: the last day of the open window, else of the next one.
 * Before the start, the last day of the purchase window.
 * @example reduceDeadline(iso("2024-01-15"), 12, iso("2025-01-15")) // 2025-01-21
 */
export function reduceDeadline(start: number, termMonths: number, asOf: number): number {
  return nextReduceWindow(start, termMonths, asOf)[1];
}

/** The open window on `asOf`, else the next one to open, as [first day, last day]. */
export function nextReduceWindow(start: number, termMonths: number, asOf: number): [number, number] {
  const day = Math.floor(asOf);
  if (day < Math.floor(start)) return [Math.floor(start), windowLastDay(start)];
  const open = openWindow(start, termMonths, day);
  if (open) return open;
  const next = nextAnniversary(start, termMonths, day);
  return [next, windowLastDay(next)];
}

/** Days a year has for N4's pro-rating. */
const DAYS_PER_YEAR = 365;

/**
 * N4: what new seats cost twice when a new partner orders them before the incumbent's anniversary:
 * `seats × monthly_price × 12 × days / 365`, days = next anniversary − new order date (never
 * negative), rounded to cents.
 * @example overlapCost(iso("2024-01-15"), 12, 50, 36, iso("2024-07-15")) // 10888.77
 */
export function overlapCost(
  start: number,
  termMonths: number,
  seats: number,
  monthlyPrice: number,
  newOrder: number,
): number {
  return costOfOverlapDays(seats, monthlyPrice, overlapDays(start, termMonths, newOrder));
}

/**
 * N4's cost for a known number of overlapping days: `seats × monthly_price × 12 × days / 365`,
 * rounded to cents.
 * @example costOfOverlapDays(50, 36, 184) // 10888.77
 */
export function costOfOverlapDays(seats: number, monthlyPrice: number, days: number): number {
  return roundCents((seats * monthlyPrice * 12 * Math.max(0, days)) / DAYS_PER_YEAR);
}

/** N4's `days`: next anniversary after the new order date minus that date (at least 0). */
export function overlapDays(start: number, termMonths: number, newOrder: number): number {
  const order = Math.floor(newOrder);
  return Math.max(0, nextAnniversary(start, termMonths, order) - order);
}

/** Rounds money to cents, half away from zero, without binary drift (10888.767… → 10888.77). */
export function roundCents(amount: number): number {
  return (Math.sign(amount) * Math.round(Math.abs(amount) * 100 + 1e-7)) / 100;
}

/**
 * The remaining commitment: what the customer still owes for the current term on `asOf`,
 * `seats × monthly_price × 12 × days / 365` with days = next anniversary − as_of, rounded to cents.
 * The money at stake when a customer leaves or a subscription is suspended. #N/A before the start.
 * @example commitmentRemaining(iso("2024-01-15"), 12, 50, 36, iso("2024-07-15")) // 10888.77
 */
export function commitmentRemaining(
  start: number,
  termMonths: number,
  seats: number,
  monthlyPrice: number,
  asOf: number,
): number {
  if (Math.floor(asOf) < Math.floor(start)) {
    throw new RuleError(
      "na",
      "The subscription has not started on as_of: nothing is committed yet (use a date on or after start_date).",
    );
  }
  return costOfOverlapDays(seats, monthlyPrice, nextAnniversary(start, termMonths, asOf) - Math.floor(asOf));
}

/**
 * Anniversaries known only from one renewal date (a report's "Revaluation Date", or a term end + 1)
 * are `renewal + k × term` for any whole k (negative too). Returns the k of the first one strictly
 * after `asOf`.
 */
export function anniversaryIndexFrom(renewal: number, termMonths: number, asOf: number): number {
  const r = Math.floor(renewal);
  const a = Math.floor(asOf);
  const monthsAhead = monthIndex(a) - monthIndex(r);
  let k = Math.floor(monthsAhead / termMonths);
  while (edate(r, k * termMonths) <= a) k++;
  while (edate(r, (k - 1) * termMonths) > a) k--;
  return k;
}

/** A report row's dates that place its renewals (undefined where the report has none). */
export interface RowDates {
  start?: number;
  /** The next renewal (anniversary) as the report gives it. */
  renewal?: number;
  /** The actual term end as the report gives it. */
  end?: number;
}

/** Where a row stands on as_of: its next renewal, the latest renewal, and the open N3 window. */
export interface RowTerm {
  /** The next renewal, strictly after as_of. */
  next: number;
  /** The latest renewal (or the start) on or before as_of; null before the start or without a term. */
  previous: number | null;
  /** The first day of the N3 window open on as_of (the latest renewal's, or the purchase's), else null. */
  window: number | null;
}

/**
 * A report row's current term on `asOf` (RULES.md §6 "A row's current term"):
 * - the actual term end (`end` + 1) or the report's next renewal wins over start + term, because
 *   co-terming (N7) and term changes move it; a date already passed is stepped forward by the term;
 * - where start + term (N1) gives the same next renewal, N1's own dates are used throughout;
 * - otherwise the latest renewal is the next renewal stepped back by the term, never before the
 *   start, and the purchase day opens a window too;
 * - start + term alone where neither date is given;
 * - without a term (`term` undefined) only a next renewal after as_of is known: no windows.
 * Undefined when nothing places the renewals.
 * @example rowTerm(12, iso("2026-11-21"), { start: iso("2026-01-10"), end: iso("2027-03-31") }) // next 2027-04-01 (co-termed)
 */
export function rowTerm(term: number | undefined, asOf: number, dates: RowDates): RowTerm | undefined {
  const { start, renewal, end } = dates;
  const actual = renewal ?? (end !== undefined ? end + 1 : undefined);
  const started = start === undefined || asOf >= start;
  if (term === undefined) {
    return actual !== undefined && actual > asOf ? { next: actual, previous: null, window: null } : undefined;
  }
  if (start !== undefined) {
    const k = nextAnniversaryIndex(start, term, asOf);
    const n1Next = anniversary(start, term, k);
    if (actual === undefined || nextFrom(actual, term, asOf) === n1Next) {
      const previous = started ? anniversary(start, term, k - 1) : null;
      return { next: n1Next, previous, window: previous !== null && isWindowDay(previous, asOf) ? previous : null };
    }
  }
  if (actual === undefined) return undefined;
  const next = nextFrom(actual, term, asOf);
  if (!started) return { next, previous: null, window: null };
  let previous = edate(next, -term);
  if (start !== undefined && previous < start) previous = start;
  const window = isWindowDay(previous, asOf)
    ? previous
    : start !== undefined && isWindowDay(start, asOf)
      ? start
      : null;
  return { next, previous, window };
}

/** The actual next renewal on `asOf`: the report's date when it is after as_of, else stepped forward by the term. */
function nextFrom(actual: number, term: number, asOf: number): number {
  if (actual > asOf) return actual;
  return edate(actual, anniversaryIndexFrom(actual, term, asOf) * term);
}

/**
 * The first anniversary strictly after `asOf` when all that is known is one renewal date.
 * @example nextAnniversaryFrom(iso("2026-12-20"), 12, iso("2026-11-21")) // 2026-12-20
 */
export function nextAnniversaryFrom(renewal: number, termMonths: number, asOf: number): number {
  return edate(Math.floor(renewal), anniversaryIndexFrom(renewal, termMonths, asOf) * termMonths);
}
