/**
 * N1–N5 (RULES.md §2) on a report row: the reduce/cancel window, the renewal due, reductions that
 * must wait, a customer moving to another partner, and the Extended Service Term.
 */
import { costOfOverlapDays, termEndBefore, windowLastDay, type RowTerm } from "../../rules/nce";
import { BAD } from "../reading/cells";
import { showDate, showDays, showMoney, showPercent } from "../findings/findings";
import { readBilling } from "../reading/term-cells";
import type { NceFacts } from "../reading/row";
import type { CheckContext } from "./context";
import { checkPastTermEnd, eligibleAtEnd, estCharge, estPriceWords, notEligibleWhy } from "./end-of-term";
import { expiryDates } from "../../rules/end-of-term";

/** How far ahead the timeline of upcoming anniversaries looks. */
export const TIMELINE_DAYS = 90;

/** An active row's next anniversary within TIMELINE_DAYS (the pane's timeline). */
export interface Upcoming {
  row: number;
  date: string;
  days: number;
}

const known = (d: unknown): number | undefined => (typeof d === "number" ? d : undefined);

/**
 * The NCE findings of one row. Returns the row's next anniversary (for the timeline), when known;
 * null when the row was placed without one (its term ended with auto-renew off: N5); undefined
 * when nothing places its renewals.
 * Without a readable term only the renewal itself is known (from an end or renewal date): the
 * window findings (CANCEL_WINDOW_OPEN, REDUCTION_BLOCKED) need the term and are not raised.
 */
export function checkSubscription(f: NceFacts, c: CheckContext): number | null | undefined {
  const { start, renewal, end } = f;
  const term = typeof f.term === "number" ? f.term : undefined;
  // A term that ended with auto-renew off did not renew (N5): in EST or expired, never stepped.
  if (checkPastTermEnd(f, c, term)) return null;
  let current: RowTerm | undefined;
  try {
    current = c.rowTerm(term, known(start), known(renewal), known(end));
  } catch {
    c.issue(f, "start_date", "Renewal dates fall outside Excel's calendar: check the start date.");
    return undefined;
  }
  if (!current) {
    // An unreadable date or term already has its own data issue; a row with no date at all gets one here.
    if (term !== undefined && start !== BAD && renewal !== BAD && end !== BAD) {
      c.issue(f, "start_date", "No start, renewal or end date on this row: renewal dates cannot be worked out.");
    }
    return undefined;
  }
  raise(f, c, current, term);
  return current.next;
}

function raise(f: NceFacts, c: CheckContext, current: RowTerm, term: number | undefined): void {
  const asOf = c.asOf;
  const { next, window } = current;
  const termEnd = termEndBefore(next);
  const daysToNext = next - asOf;
  const qty = f.quantity;
  const planned = f.plannedQuantity;
  const act = f.action;
  const price = f.price;
  const cut = planned !== undefined && qty !== undefined && planned < qty;
  const reduction = cut || act === "reduce" || act === "cancel";
  const move = act === "move";
  const autoOn = f.autoRenew !== false; // NCE subscriptions auto-renew unless turned off (N5).
  const plan =
    act === "cancel" ? "a cancellation" : cut ? `a reduction from ${qty} to ${planned} seats` : "a reduction";
  const hasTerm = term !== undefined;
  /** Seats a planned cut or cancellation would shed. */
  const shed = cut ? qty! - planned! : act === "cancel" ? qty : undefined;
  const windowLast = hasTerm && window !== null ? windowLastDay(window) : null;
  f.next = next;
  f.windowLast = windowLast;

  if (windowLast !== null) {
    const last = windowLast;
    const opened =
      window === (typeof f.start === "number" ? f.start : null) ? "purchase" : `renewal of ${showDate(window!)}`;
    const text = reduction
      ? `Make ${plan} by ${showDate(last)} (${showDays(last - asOf)}): the 7-day window after the ${opened} ` +
        `closes then, and the next opens only on ${showDate(next)}.`
      : c.text(
          TEXT_WINDOW_OPEN,
          window!,
          next,
          opened === "purchase" ? 1 : 0,
          () =>
            `Reduce/cancel window open until ${showDate(last)} (${showDays(last - asOf)}) after the ${opened}; ` +
            `after that, seats can only be added until ${showDate(next)}.`,
        );
    // At stake: the planned cut for the whole term, else what the renewal just committed.
    const cost = commitment(cut ? shed : qty, price, term);
    c.add(f, "CANCEL_WINDOW_OPEN", reduction ? "high" : "warning", text, { date: last, actBy: last, cost });
  }
  if (daysToNext >= 1 && daysToNext <= c.horizon) {
    const high = autoOn && (reduction || move);
    // Monthly rollovers with nothing planned are routine (§6): info, not a warning.
    const nothingPlanned =
      !reduction && !move && (act === undefined || act === "keep") && (planned === undefined || planned === qty);
    const severity = high ? "high" : term === 1 && autoOn && nothingPlanned ? "info" : "warning";
    const text = high
      ? `Auto-renews on ${showDate(next)} (${showDays(daysToNext)}) although ${move ? "the customer is moving" : plan} ` +
        `is planned: set the end-of-term action by ${showDate(termEnd)}, or act in the 7 days after renewal ` +
        `(until ${showDate(windowLastDay(next))}).`
      : renewsText(f, c, term, next, severity === "info");
    c.add(f, "RENEWAL_DUE", severity, text, { date: next, actBy: termEnd, cost: commitment(qty, price, term) });
  }
  if (hasTerm && reduction && window === null && current.previous !== null) {
    const until =
      shed !== undefined && price !== undefined
        ? ` Until then ${shed} seats cost ${showMoney(owed(shed, price, daysToNext)!)}.`
        : "";
    const text =
      `${capitalise(plan)} is not possible now: seats can only be added until the anniversary. ` +
      `It becomes possible on ${showDate(next)} (${showDays(daysToNext)}), ` +
      `in the window ${showDate(next)} – ${showDate(windowLastDay(next))}.${until}`;
    // High when the next window opens within the horizon: otherwise there is nothing to do yet (§6).
    c.add(f, "REDUCTION_BLOCKED", daysToNext <= c.horizon ? "high" : "warning", text, {
      date: next,
      actBy: windowLastDay(next),
      cost: owed(shed, price, daysToNext),
    });
  }
  if (move) {
    const days = Math.max(0, daysToNext);
    const cost = owed(qty, price, daysToNext);
    const costText =
      cost !== undefined
        ? ` ${qty} seats at ${showMoney(price!)} a month cost ${showMoney(cost)} twice.`
        : " (No unit price in the report: the cost is not worked out.)";
    const text =
      `Customer is moving: the current term runs until ${showDate(termEnd)}, so seats a new partner buys ` +
      `today are paid twice for ${days} days.${costText}`;
    c.add(f, "NEW_ORDER_OVERLAP", "high", text, { date: next, actBy: termEnd, cost });
  }
  if (f.autoRenew === false && daysToNext >= 1 && daysToNext <= c.horizon && act !== "cancel" && !move) {
    estRisk(f, c, current, term, termEnd);
  }
  const due = daysToNext >= 1 && daysToNext <= c.horizon;
  if ((windowLast !== null || due) && !move) unusedSeats(f, c, term, windowLast, next);
}

/**
 * UNUSED_SEATS (§6): licences bought but not assigned to anyone, on an active row whose window is open
 * or whose renewal is within the horizon, with no reduction to the assigned count (or fewer) planned:
 * the customer would pay for them another term. They can go only in a window (N3).
 */
function unusedSeats(
  f: NceFacts,
  c: CheckContext,
  term: number | undefined,
  windowLast: number | null,
  next: number,
): void {
  const { quantity: qty, assigned, plannedQuantity: planned } = f;
  if (f.status !== "active" || qty === undefined || assigned === undefined || assigned >= qty) return;
  if (f.action === "cancel" || (planned !== undefined && planned <= assigned)) return;
  const unused = qty - assigned;
  const last = windowLast ?? windowLastDay(next);
  const when =
    windowLast !== null
      ? `the reduce window is open until ${showDate(last)} (${showDays(last - c.asOf)})`
      : `reduce at the renewal on ${showDate(next)} (window until ${showDate(last)})`;
  const cost = commitment(unused, f.price, term);
  const costWords = cost !== undefined ? `: they cost ${showMoney(cost)} for the next term` : "";
  const text = `Unassigned seats: ${unused} of ${qty} — ${when}${costWords}. Reduce to ${assigned} seats, or assign them.`;
  c.add(f, "UNUSED_SEATS", "warning", text, { date: windowLast !== null ? last : next, actBy: last, cost });
}

/**
 * EST_RISK (N5): auto-renew off and the term ends within the horizon — into the Extended Service Term
 * when the term is eligible (money: the EST monthly charge), else an expiry (money: the renewal that
 * lapses). Eligibility is judged on the term that ends: it began at the latest renewal (or the start).
 */
function estRisk(f: NceFacts, c: CheckContext, current: RowTerm, term: number | undefined, termEnd: number): void {
  const next = current.next;
  const begun = current.previous ?? (typeof f.start === "number" && term !== undefined ? f.start : undefined);
  const eligible = eligibleAtEnd(f, c, termEnd, begun);
  const choose = `Choose "cancel at end of term" or turn auto-renew on by ${showDate(termEnd)}.`;
  let text: string;
  let cost: number | undefined;
  if (eligible === false) {
    const d = expiryDates(termEnd);
    cost = commitment(f.quantity, f.price, term);
    text =
      `Auto-renew is off and no cancellation is planned: on ${showDate(next)} it expires, because ${notEligibleWhy(f, c, termEnd)} ` +
      `(no Extended Service Term). Users keep access until ${showDate(d.lastAccess)}; its data is deleted ` +
      `on ${showDate(d.deleted)}. Turn auto-renew on by ${showDate(termEnd)} to keep it, or let it go.`;
  } else {
    cost = estCharge(f, term, c);
    const charge = cost !== undefined ? `: ${showMoney(cost)} a month` : "";
    const condition =
      eligible === undefined ? " if it was bought or last renewed on or after 1 Apr 2025 (else it expires)" : "";
    text =
      `Auto-renew is off and no cancellation is planned: on ${showDate(next)} it moves to the paid Extended ` +
      `Service Term${condition} (${estPriceWords(term, c)}${charge}). ${choose}`;
  }
  c.add(f, "EST_RISK", "warning", text, { date: termEnd, actBy: termEnd, cost });
}

/** §6 money: seats × monthly price × months (a commitment), when all are known. */
function commitment(
  seats: number | undefined,
  price: number | undefined,
  months: number | undefined,
): number | undefined {
  return seats !== undefined && price !== undefined && months !== undefined ? seats * price * months : undefined;
}

/** §6 money: seats × price × 12 × days / 365 — what those seats still cost until the renewal. */
function owed(seats: number | undefined, price: number | undefined, days: number): number | undefined {
  return seats !== undefined && price !== undefined ? costOfOverlapDays(seats, price, Math.max(0, days)) : undefined;
}

/** "Renews on …" with the N6 advice (none on a routine monthly rollover), kept by the numbers it depends on. */
function renewsText(f: NceFacts, c: CheckContext, term: number | undefined, next: number, routine: boolean): string {
  const advice = routine ? undefined : adviceFor(f, term);
  const words = () =>
    `Renews on ${showDate(next)} (${showDays(next - c.asOf)}); the end-of-term action can be set until ` +
    `${showDate(termEndBefore(next))}.${premiumAdvice(advice, c)}`;
  return c.text(TEXT_RENEWS, next, routine ? 0 : 1, adviceKey(advice), words);
}

/** Kinds of wording kept by CheckContext.text (each keyed by the numbers its words depend on). */
const TEXT_WINDOW_OPEN = 1;
const TEXT_RENEWS = 2;

/**
 * Which N6 advice a renewal gets, decided once for its key and its words: the monthly term's price
 * (a number), a longer term billed monthly ("billed monthly"), or none (undefined).
 */
type Advice = number | "billed monthly" | undefined;

function adviceFor(f: NceFacts, term: number | undefined): Advice {
  if (term === 1 && f.price !== undefined) return f.price;
  return (term === 12 || term === 36) && readBilling(f.billingCell) === "monthly" ? "billed monthly" : undefined;
}

/**
 * The advice as a whole number for CheckContext.text: none 0, billed monthly 1, a monthly-term price
 * 2 + its cents. NaN for a price that is no whole number of cents: its wording is then not kept.
 */
function adviceKey(advice: Advice): number {
  if (advice === undefined) return 0;
  if (advice === "billed monthly") return 1;
  const cents = Math.round(advice * 100);
  return cents / 100 === advice ? 2 + cents : NaN;
}

/** N6 advice on a renewal: what the billing plan or term costs against the alternative, where the report says. */
function premiumAdvice(advice: Advice, c: CheckContext): string {
  if (advice === undefined) return "";
  if (advice === "billed monthly")
    return ` Billed monthly it costs ${showPercent(c.params.monthlyBillingPremium)} more than paying upfront.`;
  const annual = advice / (1 + c.params.monthlyTermPremium);
  return (
    ` An annual term would cost about ${showMoney(annual)} a seat a month instead of ${showMoney(advice)} ` +
    `(the monthly term costs ${showPercent(c.params.monthlyTermPremium)} more).`
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
