/*
 * The NCE price formulas (RULES.md §2 N5 EST pricing, N6 billing plans). Thin wrappers over
 * src/rules/pricing.ts; see ./functions.ts for what every wrapper does.
 */
import {
  DEFAULT_EST_FEE,
  DEFAULT_EST_FEE_NO_MONTHLY,
  DEFAULT_MONTHLY_BILLING_PREMIUM,
  DEFAULT_MONTHLY_TERM_PREMIUM,
  estPrice as estMonthly,
  nceUnitPrice as unitPrice,
} from "../rules/pricing";
import { broadcast } from "./broadcast";
import { toBilling, toNumber, toOptionalFraction, toOptionalTerm, toTerm } from "./coerce";

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * Monthly price per seat of an NCE term on a billing plan (rule N6): price is the annual-term price paid upfront (for P3Y the triennial price); annual/triennial billed monthly +5%, the monthly term +20%.
 * @customfunction NCE_UNIT_PRICE
 * @helpurl https://localhost:3000/help.html#NCE_UNIT_PRICE
 * @param price Monthly price per seat of the annual term paid upfront (for a P3Y term, of the triennial term).
 * @param term Term: P1M, P1Y or P3Y.
 * @param [billing] Billing plan: monthly, annual, triennial or upfront. Blank is upfront.
 * @param [monthly_billing_premium] Premium for billing an annual or triennial term monthly, as a percentage (default 5%).
 * @param [monthly_term_premium] Premium of the monthly term over the annual term, as a percentage (default 20%).
 * @returns Monthly price per seat.
 */
export function nceUnitPrice(
  price: any[][],
  term: any[][],
  billing?: any[][],
  monthly_billing_premium?: any[][],
  monthly_term_premium?: any[][],
): any[][] {
  return broadcast([price, term, billing, monthly_billing_premium, monthly_term_premium], ([p, t, b, mb, mt]) =>
    unitPrice(
      toNumber(p, "price"),
      toTerm(t),
      toBilling(b),
      toOptionalFraction(mb, "monthly_billing_premium", DEFAULT_MONTHLY_BILLING_PREMIUM),
      toOptionalFraction(mt, "monthly_term_premium", DEFAULT_MONTHLY_TERM_PREMIUM),
    ),
  );
}

/**
 * Monthly price per seat in the Extended Service Term after auto-renew is turned off (rule N5): the monthly-term price +3%, or for a product without a monthly term the annual-term price +23%.
 * @customfunction EST_PRICE
 * @helpurl https://localhost:3000/help.html#EST_PRICE
 * @param price Monthly price per seat: of the monthly term, or (with price_term P1Y/P3Y) of the annual or triennial term.
 * @param [price_term] Term the price belongs to: P1M (default) or, for a product without a monthly term, P1Y/P3Y.
 * @param [est_fee] EST fee over the monthly-term price, as a percentage (default 3%).
 * @param [est_fee_no_monthly] EST fee over the annual-term price for products without a monthly term (default 23%).
 * @returns EST monthly price per seat.
 */
export function estPrice(
  price: any[][],
  price_term?: any[][],
  est_fee?: any[][],
  est_fee_no_monthly?: any[][],
): any[][] {
  return broadcast([price, price_term, est_fee, est_fee_no_monthly], ([p, t, f, fn]) =>
    estMonthly(
      toNumber(p, "price"),
      toOptionalTerm(t, 1),
      toOptionalFraction(f, "est_fee", DEFAULT_EST_FEE),
      toOptionalFraction(fn, "est_fee_no_monthly", DEFAULT_EST_FEE_NO_MONTHLY),
    ),
  );
}
