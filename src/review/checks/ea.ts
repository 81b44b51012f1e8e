/**
 * E1/E2/E4 (RULES.md §4): a late EA renewal loses discount points, and EPT invoices are credited
 * only in part.
 */
import { DEFAULT_ADMIN_FEE, eaLateDiscount, isOnTime, processedWithinOneMonth } from "../../rules/ea";
import { BAD } from "../cells";
import { SIGNED_UNDATED } from "../facts";
import { showDate, showPercent } from "../findings";
import type { EaFacts } from "../row";
import type { CheckContext } from "./context";

/** EA_LATE: expired on or before as_of and not signed, or signed after expiry. */
export function checkEnrollment(f: EaFacts, c: CheckContext): void {
  const { expiry, signed, discount } = f;
  // Signed ("Yes") on a day the report does not give: nothing says it was late (decision 40).
  if (typeof expiry !== "number" || signed === BAD || signed === SIGNED_UNDATED) return;
  // E1: late when signed after expiry; unsigned, late once expiry is on or before as_of (§6).
  const late = typeof signed === "number" ? !isOnTime(expiry, signed) : expiry <= c.asOf;
  if (!late) return;
  let discountText = "";
  if (discount !== undefined) {
    const after = eaLateDiscount(
      discount,
      expiry,
      typeof signed === "number" ? signed : expiry + 1,
      f.scope,
      c.params.lateReduction,
    );
    discountText =
      after === discount
        ? f.scope === "out-of-scope"
          ? ` The ${showPercent(discount)} discount is kept (${f.segment} is out of scope of the late-renewal reduction).`
          : ` The ${showPercent(discount)} discount is kept.`
        : ` The ${showPercent(discount)} discount drops to ${after === 0 ? "0 %" : `${showPercent(after)} or less`}.`;
  }
  let text: string;
  if (typeof signed === "number") {
    const credit = processedWithinOneMonth(expiry, signed)
      ? "EPT invoices are credited in full (processed within a month)."
      : "Only the EPT invoice of the month of processing is credited unless a backdating amendment is signed.";
    text = `Renewal signed on ${showDate(signed)}, ${signed - expiry} days after the enrollment expired on ${showDate(expiry)}.${discountText} ${credit}`;
  } else {
    const ago = c.asOf - expiry;
    text =
      ago === 0
        ? `Enrollment expires today (${showDate(expiry)}) and the renewal is not signed: sign and send the PO today.${discountText ? discountText.replace("drops to", "would drop to") : ""}`
        : `Enrollment expired on ${showDate(expiry)} (${ago} days ago) and the renewal is not signed: online services run on EPT at price + ${showPercent(DEFAULT_ADMIN_FEE)}.${discountText}`;
  }
  // Act by the expiry date, or today when it has passed (§6).
  c.add(f, "EA_LATE", "high", text.trim(), { date: expiry, actBy: Math.max(expiry, c.asOf) });
}
