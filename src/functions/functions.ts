/*
 * The custom functions of the LIC namespace (=LIC.NCE_ANNIVERSARY(...) and the rest).
 *
 * Thin wrappers: read the Excel arguments (./coerce), broadcast ranges (./broadcast), call the rule
 * (../rules) and turn rule errors into Excel errors. The JSDoc of each function generates
 * functions.json (custom-functions-metadata-plugin); every parameter is a matrix so that one call
 * over a range spills one answer per row.
 */
import { todaySerial } from "../rules/dates";
import { DEFAULT_DEPROVISION_DAYS, cspDeprovisionDate as cspDeprovision } from "../rules/csp";
import {
  DEFAULT_ADMIN_FEE,
  DEFAULT_GRACE_DAYS,
  DEFAULT_LATE_REDUCTION,
  eaLateDiscount as lateDiscount,
  eaRenewalStart as renewalStart,
  eptCharge as eptMonthly,
  eptCredit as eptCredited,
  olsDeprovisionDate as olsDeprovision,
} from "../rules/ea";
import { DEFAULT_PAU_MINIMUM, cporEligible as pauEligible } from "../rules/incentives";
import {
  canReduce as reduceAllowed,
  nextAnniversary,
  nextReduceDate as nextReduce,
  overlapCost,
  reduceDeadline as reduceLastDay,
  termEnd,
} from "../rules/nce";
import { broadcast, type CellResult, type Matrix } from "./broadcast";
import {
  toDate,
  toDateOrUndefined,
  toFlag,
  toFraction,
  toNumber,
  toOptionalDate,
  toOptionalFraction,
  toOptionalNumber,
  toProductType,
  toSegment,
  toTerm,
} from "./coerce";

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * Next NCE renewal (anniversary) date: the first renewal strictly after as_of, counted from the original start (rules N1, N2).
 * @customfunction NCE_ANNIVERSARY
 * @helpurl https://localhost:3000/help.html#NCE_ANNIVERSARY
 * @param start_date Subscription start date: a date cell or ISO text such as 2024-01-15.
 * @param term Term: P1M, P1Y or P3Y (also monthly, annual, triennial, 1, 12, 36 or Partner Center's TermAndBillingCycle text).
 * @param [as_of] Day to look from. Today if left out.
 * @returns Next anniversary as a date.
 */
export function nceAnniversary(start_date: any[][], term: any[][], as_of?: any[][]): any[][] {
  const today = todaySerial();
  return broadcast([start_date, term, as_of], ([s, t, a]) =>
    nextAnniversary(toDate(s, "start_date"), toTerm(t), toOptionalDate(a, "as_of", today)),
  );
}

/**
 * Last day of the NCE term running on as_of: also the last day to set the end-of-term action (rule N5).
 * @customfunction NCE_TERM_END
 * @helpurl https://localhost:3000/help.html#NCE_TERM_END
 * @param start_date Subscription start date.
 * @param term Term: P1M, P1Y or P3Y.
 * @param [as_of] Day to look from. Today if left out.
 * @returns Term end date (the next anniversary minus one day).
 */
export function nceTermEnd(start_date: any[][], term: any[][], as_of?: any[][]): any[][] {
  const today = todaySerial();
  return broadcast([start_date, term, as_of], ([s, t, a]) =>
    termEnd(toDate(s, "start_date"), toTerm(t), toOptionalDate(a, "as_of", today)),
  );
}

/**
 * TRUE when seats can be reduced or the subscription cancelled on change_date: within 7 days (168 hours) of the start, a renewal or a seat addition (rule N3). #N/A before the start.
 * @customfunction CAN_REDUCE
 * @helpurl https://localhost:3000/help.html#CAN_REDUCE
 * @param start_date Subscription start date.
 * @param term Term: P1M, P1Y or P3Y.
 * @param [change_date] Day (or date-time) of the change. Today if left out.
 * @param [seats_added_date] Day seats were added mid-term: the added seats can be reduced for 7 days after it.
 * @returns TRUE or FALSE.
 */
export function canReduce(start_date: any[][], term: any[][], change_date?: any[][], seats_added_date?: any[][]): any[][] {
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
 * @helpurl https://localhost:3000/help.html#NEXT_REDUCE_DATE
 * @param start_date Subscription start date.
 * @param term Term: P1M, P1Y or P3Y.
 * @param [as_of] Day to look from. Today if left out.
 * @returns A date.
 */
export function nextReduceDate(start_date: any[][], term: any[][], as_of?: any[][]): any[][] {
  const today = todaySerial();
  return broadcast([start_date, term, as_of], ([s, t, a]) =>
    nextReduce(toDate(s, "start_date"), toTerm(t), toOptionalDate(a, "as_of", today)),
  );
}

/**
 * Last day a reduction is possible: the last day of the open 7-day window, else of the next one (rule N3).
 * @customfunction REDUCE_DEADLINE
 * @helpurl https://localhost:3000/help.html#REDUCE_DEADLINE
 * @param start_date Subscription start date.
 * @param term Term: P1M, P1Y or P3Y.
 * @param [as_of] Day to look from. Today if left out.
 * @returns A date.
 */
export function reduceDeadline(start_date: any[][], term: any[][], as_of?: any[][]): any[][] {
  const today = todaySerial();
  return broadcast([start_date, term, as_of], ([s, t, a]) =>
    reduceLastDay(toDate(s, "start_date"), toTerm(t), toOptionalDate(a, "as_of", today)),
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
    overlapCost(toDate(s, "start_date"), toTerm(t), toNumber(n, "seats"), toNumber(p, "monthly_unit_price"), toDate(o, "new_order_date")),
  );
}

/**
 * Overall EA discount after renewal: a late renewal loses at least 3 points in scope (commercial EA, EAS, SCE), never below 0 (rule E2).
 * @customfunction EA_LATE_DISCOUNT
 * @helpurl https://localhost:3000/help.html#EA_LATE_DISCOUNT
 * @param discount Negotiated overall discount as a percentage (15% or 0.15).
 * @param expiry_date Enrollment expiry date.
 * @param signed_date Day the signed renewal and PO were received.
 * @param [segment] Deal segment: commercial (default), or public sector, education, nonprofit... (out of scope: discount kept).
 * @param [reduction] Points lost when late (default 3%).
 * @returns The discount after renewal, as a fraction.
 */
export function eaLateDiscount(
  discount: any[][],
  expiry_date: any[][],
  signed_date: any[][],
  segment?: any[][],
  reduction?: any[][],
): any[][] {
  return broadcast([discount, expiry_date, signed_date, segment, reduction], ([d, e, s, seg, r]) =>
    lateDiscount(
      toFraction(d, "discount"),
      toDate(e, "expiry_date"),
      toDate(s, "signed_date"),
      toSegment(seg),
      toOptionalFraction(r, "reduction", DEFAULT_LATE_REDUCTION),
    ),
  );
}

/**
 * Monthly charge of an online service under the Extended Term (EPT) after the enrollment expires: current price plus the admin fee (rule E3).
 * @customfunction EPT_CHARGE
 * @helpurl https://localhost:3000/help.html#EPT_CHARGE
 * @param monthly_price Current monthly price.
 * @param [admin_fee] Admin fee (default 3%).
 * @returns Monthly EPT charge.
 */
export function eptCharge(monthly_price: any[][], admin_fee?: any[][]): any[][] {
  return broadcast([monthly_price, admin_fee], ([p, f]) =>
    eptMonthly(toNumber(p, "monthly_price"), toOptionalFraction(f, "admin_fee", DEFAULT_ADMIN_FEE)),
  );
}

/**
 * TRUE when the EPT invoice of invoice_month is credited after the renewal (rule E4). #N/A for a month with no EPT invoice.
 * @customfunction EPT_CREDIT
 * @helpurl https://localhost:3000/help.html#EPT_CREDIT
 * @param expiry_date Enrollment expiry date.
 * @param processed_date Day the renewal was processed.
 * @param invoice_month Any day of the invoice's month.
 * @param [backdated] TRUE when a backdating amendment was signed.
 * @returns TRUE or FALSE.
 */
export function eptCredit(expiry_date: any[][], processed_date: any[][], invoice_month: any[][], backdated?: any[][]): any[][] {
  return broadcast([expiry_date, processed_date, invoice_month, backdated], ([e, p, m, b]) =>
    eptCredited(toDate(e, "expiry_date"), toDate(p, "processed_date"), toDate(m, "invoice_month"), toFlag(b, "backdated")),
  );
}

/**
 * First day the renewed EA enrollment covers (rule E5).
 * @customfunction EA_RENEWAL_START
 * @helpurl https://localhost:3000/help.html#EA_RENEWAL_START
 * @param expiry_date Enrollment expiry date.
 * @param processed_date Day the renewal was processed.
 * @param [product_type] online (default) or on-premises.
 * @param [backdated] TRUE when a backdating amendment was signed.
 * @returns A date.
 */
export function eaRenewalStart(expiry_date: any[][], processed_date: any[][], product_type?: any[][], backdated?: any[][]): any[][] {
  return broadcast([expiry_date, processed_date, product_type, backdated], ([e, p, t, b]) =>
    renewalStart(toDate(e, "expiry_date"), toDate(p, "processed_date"), toProductType(t), toFlag(b, "backdated")),
  );
}

/**
 * Day online services are de-provisioned and data purged after opting out of EPT: grace_days after the later of expiry and opt-out (rule E6).
 * @customfunction OLS_DEPROVISION_DATE
 * @helpurl https://localhost:3000/help.html#OLS_DEPROVISION_DATE
 * @param expiry_date Enrollment expiry date.
 * @param [opt_out_date] Day the EPT opt-out was processed.
 * @param [grace_days] Days of grace (default 90).
 * @returns A date.
 */
export function olsDeprovisionDate(expiry_date: any[][], opt_out_date?: any[][], grace_days?: any[][]): any[][] {
  return broadcast([expiry_date, opt_out_date, grace_days], ([e, o, g]) =>
    olsDeprovision(toDate(e, "expiry_date"), toDateOrUndefined(o, "opt_out_date"), toOptionalNumber(g, "grace_days", DEFAULT_GRACE_DAYS)),
  );
}

/**
 * Day a suspended CSP subscription is de-provisioned and its data removed: 60 days after suspension by default (rule C1).
 * @customfunction CSP_DEPROVISION_DATE
 * @helpurl https://localhost:3000/help.html#CSP_DEPROVISION_DATE
 * @param suspended_date Day the subscription was suspended.
 * @param [days] Days until de-provisioning (default 60).
 * @returns A date.
 */
export function cspDeprovisionDate(suspended_date: any[][], days?: any[][]): any[][] {
  return broadcast([suspended_date, days], ([s, d]) =>
    cspDeprovision(toDate(s, "suspended_date"), toOptionalNumber(d, "days", DEFAULT_DEPROVISION_DAYS)),
  );
}

/**
 * TRUE when a customer's paid seats of a workload reach the incentive minimum of 150 paid available units (rule I1).
 * @customfunction CPOR_ELIGIBLE
 * @helpurl https://localhost:3000/help.html#CPOR_ELIGIBLE
 * @param paid_seats Paid available units of the workload.
 * @param [minimum] Minimum (default 150).
 * @returns TRUE or FALSE.
 */
export function cporEligible(paid_seats: any[][], minimum?: any[][]): any[][] {
  return broadcast([paid_seats, minimum], ([n, m]) =>
    pauEligible(toNumber(n, "paid_seats"), toOptionalNumber(m, "minimum", DEFAULT_PAU_MINIMUM)),
  );
}

export type { CellResult, Matrix };
