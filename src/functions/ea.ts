/*
 * The Enterprise Agreement formulas (RULES.md §4 E2–E6). Thin wrappers over src/rules/ea.ts; see
 * ./functions.ts for what every wrapper does.
 */
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
import { broadcast } from "./broadcast";
import {
  toDate,
  toDateOrUndefined,
  toFlag,
  toFraction,
  toNumber,
  toOptionalFraction,
  toOptionalNumber,
  toProductType,
  toSegment,
} from "./coerce";

/* eslint-disable @typescript-eslint/no-explicit-any */

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
export function eptCredit(
  expiry_date: any[][],
  processed_date: any[][],
  invoice_month: any[][],
  backdated?: any[][],
): any[][] {
  return broadcast([expiry_date, processed_date, invoice_month, backdated], ([e, p, m, b]) =>
    eptCredited(
      toDate(e, "expiry_date"),
      toDate(p, "processed_date"),
      toDate(m, "invoice_month"),
      toFlag(b, "backdated"),
    ),
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
export function eaRenewalStart(
  expiry_date: any[][],
  processed_date: any[][],
  product_type?: any[][],
  backdated?: any[][],
): any[][] {
  return broadcast(
    [expiry_date, processed_date, product_type, backdated],
    ([e, p, t, b]) =>
      renewalStart(toDate(e, "expiry_date"), toDate(p, "processed_date"), toProductType(t), toFlag(b, "backdated")),
    { dates: true },
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
  return broadcast(
    [expiry_date, opt_out_date, grace_days],
    ([e, o, g]) =>
      olsDeprovision(
        toDate(e, "expiry_date"),
        toDateOrUndefined(o, "opt_out_date"),
        toOptionalNumber(g, "grace_days", DEFAULT_GRACE_DAYS),
      ),
    { dates: true },
  );
}
