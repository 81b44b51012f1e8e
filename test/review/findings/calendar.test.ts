/**
 * The act-by calendar, parsed back with ical.js (a different library from the one that writes it):
 * one all-day event per finding with an act-by date, on that calendar day in any time zone, titled
 * "Customer · Product: what to do", the message as description, UIDs stable across reviews.
 */
import ICAL from "ical.js";
import { readFileSync } from "fs";
import { join } from "path";
import { reviewReport } from "../../../src/review";
import { actByCalendar, actByCalendarPieces, eventUid } from "../../../src/review/findings/calendar";
import { parseCsv } from "../../../src/review/reading/csv";
import { iso } from "../../../src/rules/dates";
import type { Finding } from "../../../src/review";

function events(text: string) {
  const component = new ICAL.Component(ICAL.parse(text));
  return component.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
}

describe("the act-by calendar", () => {
  const cells = parseCsv(readFileSync(join(__dirname, "..", "cases", "coterm-actual-end", "input.csv"), "utf8"));
  const result = reviewReport(cells, { asOf: iso("2026-11-21") });

  it("has one all-day event per finding with an act-by date, on that day, with title and description", () => {
    const list = events(actByCalendar(result.findings));
    const dated = result.findings.filter((f) => f.actBy);
    expect(list).toHaveLength(dated.length);
    const renewal = list.find((e) => e.summary === "Aster Co · Microsoft 365 E3: set the end-of-term action")!;
    expect(renewal.startDate.isDate).toBe(true);
    expect(renewal.startDate.toString()).toBe("2026-11-30");
    expect(renewal.description).toMatch(/^Renews on 1 Dec 2026 \(in 10 days\)/);
  });

  it("keeps commas, semicolons, quotes and long texts intact (escaping and line folding)", () => {
    const f: Finding = {
      row: 2,
      rule: "EST_RISK",
      severity: "warning",
      actBy: "2026-12-04",
      customer: 'Smith, Jones; "Partners"',
      product: "Microsoft 365 E3",
      subscriptionId: "S1",
      message: `Auto-renew is off; choose "cancel at end of term", now. ${"x".repeat(200)}`,
    };
    const text = actByCalendar([f]);
    const [e] = events(text);
    expect(e.summary).toBe('Smith, Jones; "Partners" · Microsoft 365 E3: cancel at end of term or turn auto-renew on');
    expect(e.description).toBe(f.message);
    // RFC 5545: lines longer than 75 octets are folded.
    for (const line of text.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });

  it("is the same calendar whether made at once or a hundred events at a time: every event, once, folded", () => {
    const many: Finding[] = Array.from({ length: 2500 }, (_, i) => ({
      row: i + 2,
      rule: "RENEWAL_DUE",
      severity: "info",
      actBy: `2026-12-${String(1 + (i % 28)).padStart(2, "0")}`,
      customer: `Customer ${i}`,
      product: "Microsoft 365 E3",
      subscriptionId: `S${i}`,
      message: `Renews soon; the end-of-term action can be set until then, event number ${i} of many.`,
    }));
    const pieces = Array.from(actByCalendarPieces(many));
    expect(pieces.length).toBeGreaterThan(3);
    const text = pieces.join("");
    expect(text.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(text.endsWith("END:VEVENT\r\nEND:VCALENDAR")).toBe(true);
    const list = events(text);
    expect(list.map((e) => e.uid)).toEqual(many.map(eventUid));
    expect(list[2499].description).toBe(many[2499].message);
    for (const line of text.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });

  it("gives the same UID to the same subscription, rule and date in a later review, so importing again updates", () => {
    const again = reviewReport(cells, { asOf: iso("2026-11-22") });
    const uids = new Set(events(actByCalendar(result.findings)).map((e) => e.uid));
    const later = events(actByCalendar(again.findings)).map((e) => e.uid);
    expect(later.filter((u) => uids.has(u)).length).toBeGreaterThan(0);
    expect(new Set(later).size).toBe(later.length);
    expect(
      eventUid({
        row: 9,
        rule: "RENEWAL_DUE",
        severity: "warning",
        message: "m",
        actBy: "2026-12-01",
        subscriptionId: "AB 12/x",
      }),
    ).toBe("ab-12-x-renewal_due-2026-12-01@renewal-radar");
  });
});
