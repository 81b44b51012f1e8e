/**
 * Enterprise Agreement renewals — RULES.md §4 (seed 003).
 */
import { edate, firstOfMonth, monthIndex } from "./dates";
import { RuleError, requireFraction, requireNumber } from "./errors";
import type { ProductType, SegmentScope } from "./terms";

/** E2: percentage points a late renewal loses at least (parameter `reduction`). */
/** §6 EA_RENEWAL_DUE: an unsigned enrollment expiring within this many days is due (parameter `ea_horizon`). */
export const DEFAULT_EA_HORIZON = 90;

export const DEFAULT_LATE_REDUCTION = 0.03;
/** E3: EPT admin fee over the current price (parameter `admin_fee`). */
export const DEFAULT_ADMIN_FEE = 0.03;
/** E6: days online services stay reachable after opting out of EPT (parameter `grace_days`). */
export const DEFAULT_GRACE_DAYS = 90;

/** Rounds away binary noise from a percentage (0.15 − 0.03 → 0.12, not 0.11999…). */
function clean(x: number): number {
  return Math.round(x * 1e10) / 1e10;
}

/**
 * E1: the renewal is on time when signed on or before the enrollment expiry date.
 * @example isOnTime(iso("2024-06-30"), iso("2024-06-30")) // true
 */
export function isOnTime(expiry: number, signed: number): boolean {
  return Math.floor(signed) <= Math.floor(expiry);
}

/**
 * E2: the overall discount after a renewal signed on `signed`. Late, in-scope deals with a
 * discount lose `reduction` points (never below 0); on-time and out-of-scope deals keep theirs.
 * @example eaLateDiscount(0.15, iso("2024-06-30"), iso("2024-07-02"), "in-scope") // 0.12
 */
export function eaLateDiscount(
  discount: number,
  expiry: number,
  signed: number,
  scope: SegmentScope = "in-scope",
  reduction: number = DEFAULT_LATE_REDUCTION,
): number {
  requireFraction(discount, "discount");
  requireFraction(reduction, "reduction");
  if (isOnTime(expiry, signed) || scope === "out-of-scope" || discount === 0) return discount;
  return clean(Math.max(0, discount - reduction));
}

/**
 * E3: the monthly EPT charge of an online service after expiry: current price + admin fee.
 * @example eptCharge(100) // 103
 */
export function eptCharge(monthlyPrice: number, adminFee: number = DEFAULT_ADMIN_FEE): number {
  requireNumber(monthlyPrice, "monthly_price");
  requireFraction(adminFee, "admin_fee");
  return clean(monthlyPrice * (1 + adminFee));
}

/** E4: true when the renewal was processed no more than one month after expiry. */
export function processedWithinOneMonth(expiry: number, processed: number): boolean {
  return Math.floor(processed) <= edate(Math.floor(expiry), 1);
}

/**
 * E4: the first EPT invoice month (as a month index): the month that contains the day after
 * expiry, when EPT starts. For the usual month-end expiry that is the next month; for a mid-month
 * expiry it is the expiry month itself.
 * @example firstEptDay(iso("2025-06-17")) // 2025-06-18: June 2025 is the first EPT month
 */
export function firstEptDay(expiry: number): number {
  return Math.floor(expiry) + 1;
}

/**
 * E4: whether the EPT invoice of the month containing `invoiceMonth` is credited.
 * EPT months run from the month containing the day after expiry to the month of processing;
 * another month has no EPT invoice (#N/A).
 * @example eptCredit(iso("2021-12-31"), iso("2022-02-18"), iso("2022-01-01"), false) // false
 * @example eptCredit(iso("2025-06-17"), iso("2025-07-07"), iso("2025-06-01"), false) // true (EPT from 18 Jun)
 */
export function eptCredit(expiry: number, processed: number, invoiceMonth: number, backdated = false): boolean {
  const month = monthIndex(invoiceMonth);
  const first = monthIndex(firstEptDay(expiry));
  const last = monthIndex(processed);
  const beforeEpt = Math.floor(processed) < firstEptDay(expiry);
  if (beforeEpt || month < first || month > last) {
    throw new RuleError(
      "na",
      beforeEpt || first > last
        ? "No EPT invoice: the renewal was processed before EPT started (the day after expiry)."
        : "No EPT invoice for that month: EPT months run from the month of the day after expiry to the month the renewal is processed.",
    );
  }
  if (processedWithinOneMonth(expiry, processed) || backdated) return true;
  return month === last;
}

/**
 * E5: the first day the renewed enrollment covers. On-premises (Software Assurance): expiry + 1.
 * Online: expiry + 1 when on time or backdated by amendment, else the later of expiry + 1 and the
 * first day of the month of processing.
 * @example eaRenewalStart(iso("2021-12-31"), iso("2022-02-18"), "online", false) // 2022-02-01
 */
export function eaRenewalStart(
  expiry: number,
  processed: number,
  type: ProductType = "online",
  backdated = false,
): number {
  const dayAfter = Math.floor(expiry) + 1;
  if (type === "on-premises" || backdated || isOnTime(expiry, processed)) return dayAfter;
  return Math.max(dayAfter, firstOfMonth(processed));
}

/**
 * E6: the day online services are de-provisioned (data purged) after opting out of EPT:
 * `grace_days` after the later of expiry and the opt-out processing date.
 * @example olsDeprovisionDate(iso("2024-06-30")) // 2024-09-28
 */
export function olsDeprovisionDate(expiry: number, optOut?: number, graceDays: number = DEFAULT_GRACE_DAYS): number {
  requireNumber(graceDays, "grace_days");
  const from = Math.max(Math.floor(expiry), optOut === undefined ? -Infinity : Math.floor(optOut));
  return from + Math.floor(graceDays);
}
