/**
 * N1–N5 (RULES.md §2) on a report row: the reduce/cancel window, the renewal due, reductions that
 * must wait, a customer moving to another partner, and the Extended Service Term.
 */
import { costOfOverlapDays, rowTerm, termEndBefore, windowLastDay, type RowTerm } from "../../rules/nce";
import { BAD } from "../cells";
import { showDate, showDays, showMoney, showPercent } from "../findings";
import type { NceFacts } from "../row";
import type { CheckContext } from "./context";

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
 * The NCE findings of one row. Returns the row's next anniversary (for the timeline), when known.
 * Without a readable term only the renewal itself is known (from an end or renewal date): the
 * window findings (CANCEL_WINDOW_OPEN, REDUCTION_BLOCKED) need the term and are not raised.
 */
export function checkSubscription(f: NceFacts, c: CheckContext): number | undefined {
  const { start, renewal, end } = f;
  const term = typeof f.term === "number" ? f.term : undefined;
  let current: RowTerm | undefined;
  try {
    current = rowTerm(term, c.asOf, { start: known(start), renewal: known(renewal), end: known(end) });
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
  const cut = planned !== undefined && qty !== undefined && planned < qty;
  const reduction = cut || act === "reduce" || act === "cancel";
  const move = act === "move";
  const autoOn = f.autoRenew !== false; // NCE subscriptions auto-renew unless turned off (N5).
  const plan = act === "cancel" ? "a cancellation" : cut ? `a reduction from ${qty} to ${planned} seats` : "a reduction";
  const hasTerm = term !== undefined;

  if (hasTerm && window !== null) {
    const last = windowLastDay(window);
    const opened = window === (typeof f.start === "number" ? f.start : null) ? "purchase" : `renewal of ${showDate(window)}`;
    const text = reduction
      ? `Make ${plan} by ${showDate(last)} (${showDays(last - asOf)}): the 7-day window after the ${opened} closes then, and the next opens only on ${showDate(next)}.`
      : `Reduce/cancel window open until ${showDate(last)} (${showDays(last - asOf)}) after the ${opened}; after that, seats can only be added until ${showDate(next)}.`;
    c.add(f, "CANCEL_WINDOW_OPEN", reduction ? "high" : "warning", text, last);
  }
  if (daysToNext >= 1 && daysToNext <= c.horizon) {
    const high = autoOn && (reduction || move);
    // Monthly rollovers with nothing planned are routine (§6): info, not a warning.
    const nothingPlanned = !reduction && !move && (act === undefined || act === "keep") && (planned === undefined || planned === qty);
    const severity = high ? "high" : term === 1 && autoOn && nothingPlanned ? "info" : "warning";
    const text = high
      ? `Auto-renews on ${showDate(next)} (${showDays(daysToNext)}) although ${move ? "the customer is moving" : plan} is planned: set the end-of-term action by ${showDate(termEnd)}, or act in the 7 days after renewal (until ${showDate(windowLastDay(next))}).`
      : `Renews on ${showDate(next)} (${showDays(daysToNext)}); the end-of-term action can be set until ${showDate(termEnd)}.`;
    c.add(f, "RENEWAL_DUE", severity, text, next);
  }
  if (hasTerm && reduction && window === null && current.previous !== null) {
    const text = `${capitalise(plan)} is not possible now: seats can only be added until the anniversary. It becomes possible on ${showDate(next)} (${showDays(daysToNext)}), in the window ${showDate(next)} – ${showDate(windowLastDay(next))}.`;
    c.add(f, "REDUCTION_BLOCKED", "high", text, next);
  }
  if (move) {
    const days = Math.max(0, daysToNext);
    let costText: string;
    let cost: number | undefined;
    if (qty !== undefined && f.price !== undefined) {
      cost = costOfOverlapDays(qty, f.price, days);
      costText = ` ${qty} seats at ${showMoney(f.price)} a month cost ${showMoney(cost)} twice.`;
    } else {
      costText = " (No unit price in the report: the cost is not worked out.)";
    }
    const text = `Customer is moving: the current term runs until ${showDate(termEnd)}, so seats a new partner buys today are paid twice for ${days} days.${costText}`;
    c.add(f, "NEW_ORDER_OVERLAP", "high", text, next, cost);
  }
  if (f.autoRenew === false && daysToNext >= 1 && daysToNext <= c.horizon && act !== "cancel" && !move) {
    const text = `Auto-renew is off and no cancellation is planned: on ${showDate(next)} it moves to the paid Extended Service Term (monthly price + ${showPercent(c.params.estFee)}). Choose "cancel at end of term" or turn auto-renew on by ${showDate(termEnd)}.`;
    c.add(f, "EST_RISK", "warning", text, termEnd);
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
