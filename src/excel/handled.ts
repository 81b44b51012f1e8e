/**
 * Findings the user has handled: marked done, snoozed to a day, or given a note. The marks are kept
 * with the workbook (so they travel with the file and a colleague sees them) and found again on the
 * next review by what the finding is about — its subscription, its rule and its act-by date — never
 * by its row, which moves when a report is pasted again. A finding whose act-by date changed is a
 * new finding: a renewal a year on is not "done" because last year's was.
 */
import type { Finding } from "../review";
import { iso, toISO } from "../rules/dates";

/** What the user did with a finding. `changed` is the ISO day of the last change. */
export interface HandledMark {
  /** Marked done: hidden from the list for as long as the finding is the same one. */
  done?: boolean;
  /** Snoozed: hidden until this ISO day, shown again on it. */
  snoozeUntil?: string;
  /** The user's note, shown with the finding and on the findings sheet. */
  note?: string;
  changed: string;
}

/** The marks by finding key (see handledKey). */
export type HandledMarks = Readonly<Record<string, HandledMark>>;

/** How many marks a workbook keeps (the least recently changed are dropped first). */
export const MAX_HANDLED_MARKS = 5000;

/** The longest note kept (a note is a line or two for a colleague, not a document). */
export const MAX_NOTE_LENGTH = 500;

/**
 * The key a finding's mark is kept under: its subscription (the subscription ID, else the customer
 * and product, else its row as a last resort), its rule (with the field, for a data issue) and its
 * act-by date.
 * @example handledKey({ subscriptionId: "S1", rule: "NCE_RENEWAL_SOON", actBy: "2026-12-01", … })
 * // "S1|NCE_RENEWAL_SOON|2026-12-01"
 */
export function handledKey(f: Finding): string {
  const subscription =
    f.subscriptionId?.trim() ||
    (f.customer || f.product ? `${f.customer ?? ""} · ${f.product ?? ""}` : "") ||
    `row ${f.row}`;
  const rule = f.field ? `${f.rule}:${f.field}` : f.rule;
  return `${subscription}|${rule}|${f.actBy ?? ""}`;
}

/** How a finding stands on the review's day: done, snoozed (and until when), or open. */
export type HandledState = { kind: "done" } | { kind: "snoozed"; until: string } | { kind: "open" };

/** The state of a mark on `asOf` (a serial): a snooze ends on its day. */
export function handledState(mark: HandledMark | undefined, asOf: number): HandledState {
  if (mark?.done) return { kind: "done" };
  if (mark?.snoozeUntil && isIsoDay(mark.snoozeUntil) && iso(mark.snoozeUntil) > asOf)
    return { kind: "snoozed", until: mark.snoozeUntil };
  return { kind: "open" };
}

/** Whether the finding is out of the list by default (done, or snoozed past `asOf`). */
export function isHandled(marks: HandledMarks, f: Finding, asOf: number): boolean {
  return handledState(marks[handledKey(f)], asOf).kind !== "open";
}

/** A change the user makes to a finding's mark; `undefined` leaves a part as it is, `null` removes it. */
export interface HandledChange {
  done?: boolean | null;
  snoozeUntil?: string | null;
  note?: string | null;
}

/**
 * The marks with `change` applied to the finding's mark on the day `today` (a serial). A mark left
 * with nothing in it is removed; the note is trimmed and cut to MAX_NOTE_LENGTH; the oldest marks
 * are dropped beyond MAX_HANDLED_MARKS.
 * @example withHandled({}, finding, { done: true }, iso("2026-12-08")) // { "S1|…": { done: true, changed: "2026-12-08" } }
 */
export function withHandled(marks: HandledMarks, f: Finding, change: HandledChange, today: number): HandledMarks {
  const key = handledKey(f);
  const mark: HandledMark = { ...(marks[key] ?? {}), changed: toISO(today) };
  if (change.done !== undefined) {
    if (change.done) mark.done = true;
    else delete mark.done;
    // Done and snoozed are two ways out of the list: choosing one ends the other.
    if (change.done) delete mark.snoozeUntil;
  }
  if (change.snoozeUntil !== undefined) {
    if (change.snoozeUntil && isIsoDay(change.snoozeUntil)) {
      mark.snoozeUntil = change.snoozeUntil;
      delete mark.done;
    } else delete mark.snoozeUntil;
  }
  if (change.note !== undefined) {
    const note = (change.note ?? "").trim().slice(0, MAX_NOTE_LENGTH);
    if (note) mark.note = note;
    else delete mark.note;
  }
  const next: Record<string, HandledMark> = { ...marks };
  delete next[key];
  if (mark.done || mark.snoozeUntil || mark.note) next[key] = mark;
  return keepNewest(next);
}

/** At most MAX_HANDLED_MARKS marks: those changed most recently. */
function keepNewest(marks: Record<string, HandledMark>): HandledMarks {
  const keys = Object.keys(marks);
  if (keys.length <= MAX_HANDLED_MARKS) return marks;
  const newest = keys.sort((a, b) => marks[b].changed.localeCompare(marks[a].changed)).slice(0, MAX_HANDLED_MARKS);
  return Object.fromEntries(newest.map((k) => [k, marks[k]]));
}

function isIsoDay(text: string): boolean {
  try {
    iso(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Marks as read back from the workbook: anything that is not a mark (an older or damaged entry) is
 * left out rather than trusted.
 */
export function readHandledMarks(saved: unknown): HandledMarks {
  if (!saved || typeof saved !== "object") return {};
  const out: Record<string, HandledMark> = {};
  for (const [key, value] of Object.entries(saved as Record<string, unknown>)) {
    if (!value || typeof value !== "object") continue;
    const v = value as Record<string, unknown>;
    if (typeof v.changed !== "string" || !isIsoDay(v.changed)) continue;
    const mark: HandledMark = { changed: v.changed };
    if (v.done === true) mark.done = true;
    if (typeof v.snoozeUntil === "string" && isIsoDay(v.snoozeUntil)) mark.snoozeUntil = v.snoozeUntil;
    if (typeof v.note === "string" && v.note.trim()) mark.note = v.note.trim().slice(0, MAX_NOTE_LENGTH);
    if (mark.done || mark.snoozeUntil || mark.note) out[key] = mark;
  }
  return keepNewest(out);
}
