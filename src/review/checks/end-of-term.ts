/**
 * N5 on a report row (RULES.md §6 of 2026-12-07): a term that has ended with auto-renew off did not
 * renew. Such a row is not stepped to a new term: it is in the Extended Service Term when the term
 * that ended was EST-eligible, else it has expired (PAST_TERM_END), and it gets no other timing
 * finding. A status EST is in EST whatever the dates say. Also: whether a coming term end leads into
 * EST or to an expiry (EST_RISK's wording and money).
 */
import { edate } from "../../rules/dates";
import { expiryDates, isEstEligible, termEndingOn } from "../../rules/end-of-term";
import { estPrice } from "../../rules/pricing";
import type { TermMonths } from "../../cells/terms";
import { showDate, showMoney, showPercent } from "../findings/findings";
import type { NceFacts, RowBase } from "../reading/facts";
import type { CheckContext } from "./context";

/** N5: products that never move into EST — Azure, perpetual software, software subscriptions, trials. */
const NEVER_EST = /\bazure\b|\bperpetual\b|software subscription|\btrial\b/i;

/** Whether a product can ever move into EST (N5's exclusions, by its name). */
export function estPossibleFor(product: string): boolean {
  return !NEVER_EST.test(product);
}

/** The EST monthly charge of a row: seats × the EST price (N5), when seats, price and term are known. */
export function estCharge(f: RowBase, term: number | undefined, c: CheckContext): number | undefined {
  return term !== undefined && f.quantity !== undefined && f.price !== undefined
    ? f.quantity * estPrice(f.price, term as TermMonths, c.params.estFee, c.params.estFeeNoMonthly)
    : undefined;
}

/** "monthly price + 3 %" / "annual-term price + 23 %": what EST costs for this term. */
export function estPriceWords(term: number | undefined, c: CheckContext): string {
  const fee = term === 1 ? c.params.estFee : c.params.estFeeNoMonthly;
  return `${term === 1 ? "monthly" : term !== undefined ? "annual-term" : "term"} price + ${showPercent(fee)}`;
}

/**
 * Whether the term ending the day before `next` can move into EST: false for an excluded product or a
 * term ending before est_start; else by the day it began (`begun`), undefined when that is unknown.
 */
export function eligibleAtEnd(
  f: NceFacts,
  c: CheckContext,
  termEnd: number,
  begun: number | undefined,
): boolean | undefined {
  if (!estPossibleFor(f.product)) return false;
  // N5's test is src/rules' isEstEligible; without the day the term began, only its end can decide (no).
  if (begun === undefined) return termEnd < c.params.estStart ? false : undefined;
  return isEstEligible({ start: begun, end: termEnd }, c.params.estStart);
}

/** Why a term is not EST-eligible, in words. */
export function notEligibleWhy(f: NceFacts, c: CheckContext, termEnd: number): string {
  if (!estPossibleFor(f.product))
    return "Azure, perpetual software, software subscriptions and trials never move into the Extended Service Term";
  if (termEnd < c.params.estStart)
    return `its term ended before ${showDate(c.params.estStart)}, when the Extended Service Term began`;
  return "it was bought or last renewed before 1 Apr 2025";
}

/**
 * PAST_TERM_END for a row whose term ended with auto-renew off (or whose status is EST). Returns
 * true when the row is such a row: it is then not stepped, and no other timing finding is raised.
 */
export function checkPastTermEnd(f: NceFacts, c: CheckContext, term: number | undefined): boolean {
  const end = typeof f.end === "number" ? f.end : typeof f.renewal === "number" ? f.renewal - 1 : undefined;
  const inEst = f.status === "est";
  const ended = f.autoRenew === false && end !== undefined && end < c.asOf;
  if (!inEst && !ended) return false;
  // With an unknown term, only an EST status raises it (§6); the row is still not stepped.
  if (!inEst && term === undefined) return true;
  let eligible = inEst;
  if (!inEst) {
    const start = typeof f.start === "number" ? f.start : undefined;
    let begun: number;
    try {
      begun = start !== undefined ? termEndingOn(start, term!, end!).start : edate(end! + 1, -term!);
    } catch {
      // An end before the start: the start is the term's beginning.
      begun = start ?? end! + 1;
    }
    eligible = estPossibleFor(f.product) && isEstEligible({ start: begun, end: end! }, c.params.estStart);
  }
  if (eligible) inExtendedTerm(f, c, term, end);
  else {
    f.lapsed = true;
    // A cancellation planned for an expired subscription: nothing left to do.
    if (f.action !== "cancel") expired(f, c, term, end!);
  }
  return true;
}

/** A row whose status says EST but which has no dates to go by (§6: in EST whatever the dates say). */
export function checkEstStatus(f: RowBase, c: CheckContext): void {
  if (f.status === "est") inExtendedTerm(f, c, undefined, undefined);
}

function inExtendedTerm(f: RowBase, c: CheckContext, term: number | undefined, end: number | undefined): void {
  const since = end !== undefined && end < c.asOf ? end + 1 : undefined;
  const charge = estCharge(f, term, c);
  const chargeWords = charge !== undefined ? `: ${showMoney(charge)} a month` : "";
  const when = since !== undefined ? ` since ${showDate(since)}` : "";
  const why = f.status === "est" ? "" : " (auto-renew was off at the term end)";
  const billed = `billed monthly at the ${estPriceWords(term, c)}${chargeWords}, until it is converted to a new term or cancelled`;
  const text = `In the Extended Service Term${when}${why}: ${billed} — convert or cancel now (cancellable any time with a prorated refund).`;
  // Every month in EST costs the premium: act by today (§6).
  c.add(f, "PAST_TERM_END", "warning", text, { date: since, actBy: c.asOf, cost: charge });
}

function expired(f: NceFacts, c: CheckContext, term: number | undefined, end: number): void {
  const d = expiryDates(end);
  const asOf = c.asOf;
  const access =
    d.lastAccess >= asOf
      ? `Users keep access until ${showDate(d.lastAccess)}; it is disabled on ${showDate(d.disabled)}`
      : `It was disabled on ${showDate(d.disabled)}`;
  const data =
    d.deleted >= asOf
      ? `its data is deleted on ${showDate(d.deleted)}`
      : `its data was deleted on ${showDate(d.deleted)}`;
  const advice = d.deleted >= asOf ? " Buy it again before then to keep the customer's service and data." : "";
  const lapse = `auto-renew was off and ${notEligibleWhy(f, c, end)}, so it did not move into the Extended Service Term`;
  const text = `Expired on ${showDate(d.expired)}: ${lapse}. ${access} and ${data}.${advice}`;
  const cost =
    term !== undefined && f.quantity !== undefined && f.price !== undefined ? f.quantity * f.price * term : undefined;
  // Act by the last day users have access (as_of once it has passed).
  c.add(f, "PAST_TERM_END", "high", text, { date: d.expired, actBy: Math.max(d.lastAccess, asOf), cost });
}
