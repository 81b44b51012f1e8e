/**
 * NCE prices by term and billing plan — RULES.md §2 N5 (Extended Service Term pricing) and N6
 * (billing-plan premiums since 1 Apr 2025). Prices are monthly prices per seat.
 */
import { RuleError, requireFraction, requireNumber } from "./errors";
import type { BillingPlan, TermMonths } from "./terms";

/** N6: an annual or triennial term billed monthly costs this much more than paid upfront (parameter `monthly_billing_premium`). */
export const DEFAULT_MONTHLY_BILLING_PREMIUM = 0.05;
/** N6: the monthly term costs this much more than the annual term (parameter `monthly_term_premium`). */
export const DEFAULT_MONTHLY_TERM_PREMIUM = 0.2;
/** N5: EST fee over the monthly-term price (parameter `est_fee`). */
export const DEFAULT_EST_FEE = 0.03;
/** N5: EST fee over the annual-term price for a product with no monthly term (parameter `est_fee_no_monthly`). */
export const DEFAULT_EST_FEE_NO_MONTHLY = 0.23;

/** Removes binary noise from a price (36 × 1.05 → 37.8, not 37.800000000000004); prices are not rounded to cents. */
export function cleanPrice(x: number): number {
  return Math.round(x * 1e9) / 1e9;
}

/**
 * N6: the monthly price per seat of a term on a billing plan. `price` is the price of the annual
 * term (for P3Y, the triennial term) paid upfront. P1Y/P3Y billed monthly → price × (1 + 5 %);
 * the monthly term (P1M, billed monthly) → price × (1 + 20 %). Triennial billing on a P1Y term, or
 * any billing but monthly on P1M, is #VALUE!.
 * @example nceUnitPrice(36, 12, "monthly") // 37.8
 * @example nceUnitPrice(36, 1) // 43.2
 */
export function nceUnitPrice(
  price: number,
  term: TermMonths,
  billing: BillingPlan = "upfront",
  monthlyBillingPremium: number = DEFAULT_MONTHLY_BILLING_PREMIUM,
  monthlyTermPremium: number = DEFAULT_MONTHLY_TERM_PREMIUM,
): number {
  requireNumber(price, "price");
  requireFraction(monthlyBillingPremium, "monthly_billing_premium");
  requireFraction(monthlyTermPremium, "monthly_term_premium");
  if (term === 1) {
    if (billing !== "monthly" && billing !== "upfront")
      throw new RuleError(
        "value",
        `A monthly term (P1M) is billed monthly: leave billing blank or use "monthly", not ${billing}.`,
      );
    return cleanPrice(price * (1 + monthlyTermPremium));
  }
  if (term === 12 && billing === "triennial")
    throw new RuleError("value", "An annual term (P1Y) cannot be billed triennially: use monthly or annual billing.");
  return cleanPrice(billing === "monthly" ? price * (1 + monthlyBillingPremium) : price);
}

/**
 * N5: the Extended Service Term's monthly price per seat. `priceTerm` says which price `price` is:
 * the monthly-term price (1, the default) → + `est_fee` (3 %); the annual- or triennial-term price of
 * a product without a monthly term (12, 36) → + `est_fee_no_monthly` (23 %).
 * @example estPrice(43.2) // 44.496
 * @example estPrice(36, 12) // 44.28
 */
export function estPrice(
  price: number,
  priceTerm: TermMonths = 1,
  estFee: number = DEFAULT_EST_FEE,
  estFeeNoMonthly: number = DEFAULT_EST_FEE_NO_MONTHLY,
): number {
  requireNumber(price, "price");
  requireFraction(estFee, "est_fee");
  requireFraction(estFeeNoMonthly, "est_fee_no_monthly");
  return cleanPrice(price * (1 + (priceTerm === 1 ? estFee : estFeeNoMonthly)));
}
