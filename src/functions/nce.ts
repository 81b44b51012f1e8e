/*
 * The NCE formulas (RULES.md §2 N1–N4, N7 and the remaining commitment): anniversaries, term ends,
 * the 7-day window, overlap and co-terming costs. Thin wrappers over src/rules/nce.ts; see
 * ./functions.ts for what every wrapper does.
 */
import { todaySerial } from "../rules/dates";
import {
  canReduce as reduceAllowed,
  commitmentRemaining as remaining,
  nextAnniversary,
  nextReduceDate as nextReduce,
  overlapCost,
  reduceDeadline as reduceLastDay,
  termEnd,
} from "../rules/nce";
import { cotermCost as cotermCharge, cotermEnd as cotermLastDay } from "../rules/coterm";
import { broadcast } from "./broadcast";
import { toAlignTo, toDate, toDateOrUndefined, toNumber, toOptionalDate, toTerm } from "./coerce";

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * Next NCE renewal (anniversary) date: the first renewal strictly after as_of, counted from the original start (rules N1, N2).
 * @customfunction NCE_ANNIVERSARY
 * @volatile
 * @helpurl https://localhost:3000/help.html#NCE_ANNIVERSARY
 * @param start_date Subscription start date: a date cell or ISO text such as 2024-01-15.
 * @param term Term: P1M, P1Y or P3Y (also monthly, annual, triennial, 1, 12, 36 or Partner Center's TermAndBillingCycle text).
 * @param [as_of] Day to look from. Today if left out.
 * @returns Next anniversary as a date.
 */
export function nceAnniversary(start_date: any[][], term: any[][], as_of?: any[][]): any[][] {
  const today = todaySerial();
  return broadcast(
    [start_date, term, as_of],
    ([s, t, a]) => nextAnniversary(toDate(s, "start_date"), toTerm(t), toOptionalDate(a, "as_of", today)),
    { dates: true },
  );
}

/**
 * Last day of the NCE term running on as_of: also the last day to set the end-of-term action (rule N5).
 * @customfunction NCE_TERM_END
 * @volatile
 * @helpurl https://localhost:3000/help.html#NCE_TERM_END
 * @param start_date Subscription start date.
 * @param term Term: P1M, P1Y or P3Y.
 * @param [as_of] Day to look from. Today if left out.
 * @returns Term end date (the next anniversary minus one day).
 */
export function nceTermEnd(start_date: any[][], term: any[][], as_of?: any[][]): any[][] {
  const today = todaySerial();
  return broadcast(
    [start_date, term, as_of],
    ([s, t, a]) => termEnd(toDate(s, "start_date"), toTerm(t), toOptionalDate(a, "as_of", today)),
    { dates: true },
  );
}

/**
 * TRUE when seats can be reduced or the subscription cancelled on change_date: within 7 days (168 hours) of the start, a renewal or a seat addition (rule N3). #N/A before the start.
 * @customfunction CAN_REDUCE
 * @volatile
 * @helpurl https://localhost:3000/help.html#CAN_REDUCE
 * @param start_date Subscription start date.
 * @param term Term: P1M, P1Y or P3Y.
 * @param [change_date] Day (or date-time) of the change. Today if left out.
 * @param [seats_added_date] Day seats were added mid-term: the added seats can be reduced for 7 days after it.
 * @returns TRUE or FALSE.
 */
export function canReduce(
  start_date: any[][],
  term: any[][],
  change_date?: any[][],
  seats_added_date?: any[][],
): any[][] {
  const today = todaySerial();
  return broadcast([start_date, term, change_date, seats_added_date], ([s, t, c, added]) =>
    reduceAllowed(
      toDate(s, "start_date"),
      toTerm(t),
      toOptionalDate(c, "change_date", today),
      toDateOrUndefined(added, "seats_added_date"),
    ),
  );
}

/**
 * Next day seats can be reduced: as_of itself while a 7-day window is open, else the next anniversary (rule N3).
 * @customfunction NEXT_REDUCE_DATE
 * @volatile
 * @helpurl https://localhost:3000/help.html#NEXT_REDUCE_DATE
 * @param start_date Subscription start date.
 * @param term Term: P1M, P1Y or P3Y.
 * @param [as_of] Day to look from. Today if left out.
 * @returns A date.
 */
export function nextReduceDate(start_date: any[][], term: any[][], as_of?: any[][]): any[][] {
  const today = todaySerial();
  return broadcast(
    [start_date, term, as_of],
    ([s, t, a]) => nextReduce(toDate(s, "start_date"), toTerm(t), toOptionalDate(a, "as_of", today)),
    { dates: true },
  );
}

/**
 * Last day a reduction is possible: the last day of the open 7-day window, else of the next one (rule N3).
 * @customfunction REDUCE_DEADLINE
 * @volatile
 * @helpurl https://localhost:3000/help.html#REDUCE_DEADLINE
 * @param start_date Subscription start date.
 * @param term Term: P1M, P1Y or P3Y.
 * @param [as_of] Day to look from. Today if left out.
 * @returns A date.
 */
export function reduceDeadline(start_date: any[][], term: any[][], as_of?: any[][]): any[][] {
  const today = todaySerial();
  return broadcast(
    [start_date, term, as_of],
    ([s, t, a]) => reduceLastDay(toDate(s, "start_date"), toTerm(t), toOptionalDate(a, "as_of", today)),
    { dates: true },
  );
}

/**
 * Cost of new seats bought by a new partner before the incumbent's anniversary, paid twice until then: seats x monthly price x 12 x days / 365 (rule N4).
 * @customfunction NCE_OVERLAP_COST
 * @helpurl https://localhost:3000/help.html#NCE_OVERLAP_COST
 * @param start_date Start date of the incumbent's subscription.
 * @param term Term of the incumbent's subscription: P1M, P1Y or P3Y.
 * @param seats Seats bought again by the new partner.
 * @param monthly_unit_price Monthly price of one seat.
 * @param new_order_date Day the new partner orders.
 * @returns Overlap cost, rounded to cents.
 */
export function nceOverlapCost(
  start_date: any[][],
  term: any[][],
  seats: any[][],
  monthly_unit_price: any[][],
  new_order_date: any[][],
): any[][] {
  return broadcast([start_date, term, seats, monthly_unit_price, new_order_date], ([s, t, n, p, o]) =>
    overlapCost(
      toDate(s, "start_date"),
      toTerm(t),
      toNumber(n, "seats"),
      toNumber(p, "monthly_unit_price"),
      toDate(o, "new_order_date"),
    ),
  );
}

/**
 * What the customer still owes for the current term: seats x monthly price x 12 x days to the next anniversary / 365, rounded to cents. #N/A before the start.
 * @customfunction COMMITMENT_REMAINING
 * @helpurl https://localhost:3000/help.html#COMMITMENT_REMAINING
 * @volatile
 * @param start_date Subscription start date.
 * @param term Term: P1M, P1Y or P3Y.
 * @param seats Number of seats.
 * @param monthly_price Monthly price of one seat.
 * @param [as_of] Day to look from. Today if left out.
 * @returns Remaining commitment, rounded to cents.
 */
export function commitmentRemaining(
  start_date: any[][],
  term: any[][],
  seats: any[][],
  monthly_price: any[][],
  as_of?: any[][],
): any[][] {
  const today = todaySerial();
  return broadcast([start_date, term, seats, monthly_price, as_of], ([s, t, n, p, a]) =>
    remaining(
      toDate(s, "start_date"),
      toTerm(t),
      toNumber(n, "seats"),
      toNumber(p, "monthly_price"),
      toOptionalDate(a, "as_of", today),
    ),
  );
}

/**
 * Co-termed end of a subscription's first term (rule N7): the last day of a calendar month on or before the normal end, or a given date between the start and the normal end.
 * @customfunction COTERM_END
 * @helpurl https://localhost:3000/help.html#COTERM_END
 * @param start_date Subscription start date.
 * @param term Term: P1M, P1Y or P3Y.
 * @param [align_to] Blank or "month" for a calendar month end; or the end date of another subscription to co-term with.
 * @returns The first term's end date.
 */
export function cotermEnd(start_date: any[][], term: any[][], align_to?: any[][]): any[][] {
  return broadcast(
    [start_date, term, align_to],
    ([s, t, a]) => cotermLastDay(toDate(s, "start_date"), toTerm(t), toAlignTo(a)),
    { dates: true },
  );
}

/**
 * Prorated charge of a co-termed first term (rule N7): seats x monthly price x term months x days to the custom end / days of a normal term, rounded to cents.
 * @customfunction COTERM_COST
 * @helpurl https://localhost:3000/help.html#COTERM_COST
 * @param start_date Subscription start date.
 * @param term Term: P1M, P1Y or P3Y.
 * @param seats Number of seats.
 * @param monthly_price Monthly price of one seat.
 * @param coterm_end Co-termed end date of the first term (see COTERM_END).
 * @returns The first term's charge, rounded to cents.
 */
export function cotermCost(
  start_date: any[][],
  term: any[][],
  seats: any[][],
  monthly_price: any[][],
  coterm_end: any[][],
): any[][] {
  return broadcast([start_date, term, seats, monthly_price, coterm_end], ([s, t, n, p, e]) =>
    cotermCharge(
      toDate(s, "start_date"),
      toTerm(t),
      toNumber(n, "seats"),
      toNumber(p, "monthly_price"),
      toDate(e, "coterm_end"),
    ),
  );
}
