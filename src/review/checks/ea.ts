/**
 * E1/E2/E4 (RULES.md §4) and §6 on an EA row: an unsigned renewal coming up (EA_RENEWAL_DUE, the one
 * EA that can still be saved), and a late one (EA_LATE) — high when something is lost (not signed,
 * a discount cut by E2, EPT invoices left uncredited by E4), info when it was late but nothing is.
 */
import { DEFAULT_ADMIN_FEE, eaLateDiscount, isOnTime, processedWithinOneMonth } from "../../rules/ea";
import { BAD } from "../reading/cells";
import { SIGNED_UNDATED } from "../reading/facts";
import { showDate, showDays, showMoney, showPercent } from "../findings/findings";
import type { EaFacts } from "../reading/row";
import type { CheckContext } from "./context";

/** EA_RENEWAL_DUE (expiry 0–ea_horizon days ahead, not signed) and EA_LATE (expired unsigned, or signed after expiry). */
export function checkEnrollment(f: EaFacts, c: CheckContext): void {
  const { expiry, signed } = f;
  // Signed ("Yes") on a day the report does not give: nothing says it was late (decision 40).
  if (typeof expiry !== "number" || signed === BAD || signed === SIGNED_UNDATED) return;
  if (typeof signed === "number") {
    // E1: on time when signed on or before the expiry.
    if (!isOnTime(expiry, signed)) signedLate(f, c, expiry, signed);
    return;
  }
  const ahead = expiry - c.asOf;
  if (ahead < 0) expiredUnsigned(f, c, expiry);
  else if (ahead <= c.params.eaHorizon) renewalDue(f, c, expiry, ahead);
}

/** The discount after a renewal signed on `signed` (E2), where the report gives the discount. */
function discountAfter(f: EaFacts, c: CheckContext, expiry: number, signed: number): number | undefined {
  return f.discount === undefined
    ? undefined
    : eaLateDiscount(f.discount, expiry, signed, f.scope, c.params.lateReduction);
}

/** "The 15 % discount drops to 12 % or less." / "is kept (education is out of scope …)". */
function discountWords(f: EaFacts, after: number | undefined, would = false): string {
  const discount = f.discount;
  if (discount === undefined || after === undefined) return "";
  if (after === discount) {
    if (discount === 0) return " The deal has no discount to lose.";
    return f.scope === "out-of-scope"
      ? ` The ${showPercent(discount)} discount is kept (${f.segment} is out of scope of the late-renewal reduction).`
      : ` The ${showPercent(discount)} discount is kept.`;
  }
  return ` The ${showPercent(discount)} discount ${would ? "would drop" : "drops"} to ${after === 0 ? "0 %" : `${showPercent(after)} or less`}.`;
}

function renewalDue(f: EaFacts, c: CheckContext, expiry: number, ahead: number): void {
  // Signed a day late, E2 would cut the discount: what signing on time keeps.
  const after = discountAfter(f, c, expiry, expiry + 1);
  const when = ahead === 0 ? "today" : `on ${showDate(expiry)} (${showDays(ahead)})`;
  // At stake: the discount points a late signature loses, on the enrollment's yearly amount (E2, §6).
  const cost =
    f.annualValue !== undefined && f.discount !== undefined && after !== undefined && f.discount < 1
      ? (f.annualValue * (f.discount - after)) / (1 - f.discount)
      : undefined;
  const costWords = cost ? ` Signing late would cost about ${showMoney(cost)} a year.` : "";
  const text =
    `Enrollment expires ${when} and the renewal is not signed: get the signed renewal and PO in by ${showDate(expiry)}.` +
    `${discountWords(f, after, true)}${costWords}`;
  c.add(f, "EA_RENEWAL_DUE", ahead <= c.horizon ? "high" : "warning", text, { date: expiry, actBy: expiry, cost });
}

function expiredUnsigned(f: EaFacts, c: CheckContext, expiry: number): void {
  const after = discountAfter(f, c, expiry, c.asOf);
  const text =
    `Enrollment expired on ${showDate(expiry)} (${c.asOf - expiry} days ago) and the renewal is not signed: ` +
    `online services run on EPT at price + ${showPercent(DEFAULT_ADMIN_FEE)}.${discountWords(f, after)}`;
  // Act by today: the expiry has passed (§6).
  c.add(f, "EA_LATE", "high", text, { date: expiry, actBy: c.asOf });
}

function signedLate(f: EaFacts, c: CheckContext, expiry: number, signed: number): void {
  const after = discountAfter(f, c, expiry, signed);
  const credited = processedWithinOneMonth(expiry, signed);
  const credit = credited
    ? "EPT invoices are credited in full (processed within a month)."
    : "Only the EPT invoice of the month of processing is credited unless a backdating amendment is signed.";
  // Something is lost when E2 cut the discount or E4 leaves EPT invoices uncredited.
  const lost = (after !== undefined && f.discount !== undefined && after < f.discount) || !credited;
  const nothingLost = lost ? "" : " Nothing is lost.";
  const text =
    `Renewal signed on ${showDate(signed)}, ${signed - expiry} days after the enrollment expired on ${showDate(expiry)}.` +
    `${discountWords(f, after)} ${credit}${nothingLost}`;
  c.add(f, "EA_LATE", lost ? "high" : "info", text.trim(), { date: expiry, actBy: Math.max(expiry, c.asOf) });
}
