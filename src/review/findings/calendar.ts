/**
 * A calendar of act-by dates: one all-day event per finding that has an act-by date, titled
 * "Customer · Product: what to do", the finding's message as the description. Each event's UID is
 * stable per subscription + rule + act-by date, so importing the file again updates events instead
 * of duplicating them. Written with ical-generator (escaping and line folding are its job).
 */
import ical, { ICalCalendarMethod, foldLines } from "ical-generator";
import { iso, toYMD } from "../../rules/dates";
import type { Finding, RuleId } from "./findings";

/** What to do, per rule, in a calendar title. */
export const ACTION_WORDS: Record<RuleId, string> = {
  CANCEL_WINDOW_OPEN: "last day to reduce or cancel",
  RENEWAL_DUE: "set the end-of-term action",
  REDUCTION_BLOCKED: "reduce seats in the renewal window",
  NEW_ORDER_OVERLAP: "settle the move before the term ends",
  EST_RISK: "cancel at end of term or turn auto-renew on",
  SUSPENDED_DATA_LOSS: "get paid or save the data before deletion",
  EA_LATE: "sign the EA renewal",
  DUPLICATE_SUBSCRIPTION: "cancel the duplicate subscription",
  PAST_TERM_END: "convert to a new term or cancel",
  EA_RENEWAL_DUE: "sign the EA renewal before it expires",
  UNUSED_SEATS: "reduce the unassigned seats in the window",
  DATA_ISSUE: "fix the report",
};

/** A UID part: letters, digits, dots and dashes only. */
const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80) || "x";

/** The event UID of a finding: stable per subscription (or customer + product) + rule + act-by date. */
export function eventUid(f: Finding): string {
  const who = f.subscriptionId
    ? slug(f.subscriptionId)
    : `${slug(f.customer ?? "")}.${slug(f.product ?? "")}.row${f.row}`;
  return `${who}-${f.rule.toLowerCase()}-${f.actBy}@renewal-radar`;
}

/** The event title: "Customer · Product: what to do". */
export function eventTitle(f: Finding): string {
  const who = [f.customer, f.product].filter(Boolean).join(" · ") || `Row ${f.row}`;
  return `${who}: ${ACTION_WORDS[f.rule]}`;
}

/** The iCalendar text of the findings' act-by dates (findings without one are left out). */
export function actByCalendar(findings: Iterable<Finding>, name = "Renewal Radar act-by dates"): string {
  return Array.from(actByCalendarPieces(findings, name)).join("");
}

/**
 * Events made a piece at a time. Few on purpose: a piece's text (~45 KB) stays under V8's
 * large-object size and dies young; 1,000-event pieces (~450 KB) piled up until full collections
 * (435 MB at the peak of a million-row review's calendar).
 */
const EVENTS_A_PIECE = 100;

/**
 * actByCalendar's text in pieces (joined, the same text): the events are made and written 100 at a
 * time, so a million-row review's few hundred thousand never exist at once (as one calendar they
 * took ~3.5 KB each: 1 GB for 100,000).
 */
export function* actByCalendarPieces(
  findings: Iterable<Finding>,
  name = "Renewal Radar act-by dates",
): Generator<string> {
  const calendar = ical({
    name,
    prodId: { company: "Renewal Radar", product: "Renewal Radar", language: "EN" },
    method: ICalCalendarMethod.PUBLISH,
  });
  // The calendar without events is its opening lines and its closing line.
  const empty = calendar.toString();
  const end = empty.lastIndexOf("END:VCALENDAR");
  yield empty.slice(0, end);
  let piece = "";
  let count = 0;
  for (const f of findings) {
    if (!f.actBy) continue;
    const { year, month, day } = toYMD(iso(f.actBy));
    piece += calendar
      .createEvent({
        id: eventUid(f),
        // ical-generator writes an all-day date from the Date's UTC parts: a UTC midnight is that calendar day anywhere.
        start: new Date(Date.UTC(year, month - 1, day)),
        allDay: true,
        summary: eventTitle(f),
        description: f.message,
      })
      .toString();
    if (++count % EVENTS_A_PIECE === 0) {
      calendar.clear();
      // Long lines folded at 75 octets (RFC 5545), as the calendar folds its whole text.
      yield foldLines(piece);
      piece = "";
    }
  }
  calendar.clear();
  yield foldLines(piece) + empty.slice(end);
}
