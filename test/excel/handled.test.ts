import fc from "fast-check";
import {
  MAX_HANDLED_MARKS,
  MAX_NOTE_LENGTH,
  handledKey,
  handledState,
  isHandled,
  readHandledMarks,
  withHandled,
  type HandledMarks,
} from "../../src/excel/handled";
import { findingRow, FINDINGS_HEADER } from "../../src/excel/host";
import type { Finding } from "../../src/review";
import { iso } from "../../src/rules/dates";

const today = iso("2026-12-08");
const finding = (extra: Partial<Finding> = {}): Finding => ({
  row: 12,
  rule: "RENEWAL_DUE",
  severity: "warning",
  message: "Renews on 1 Jan 2027.",
  actBy: "2026-12-31",
  customer: "Contoso",
  product: "Microsoft 365 E3",
  subscriptionId: "S-1",
  ...extra,
});

describe("a handled finding is found again by what it is about, not where it sits", () => {
  it("a finding marked done is still done when the report is pasted again with its row moved", () => {
    const marks = withHandled({}, finding(), { done: true }, today);
    expect(isHandled(marks, finding({ row: 40, message: "other words" }), today)).toBe(true);
  });

  it("a finding with a new act-by date (next year's renewal) is a new finding, not done", () => {
    const marks = withHandled({}, finding(), { done: true }, today);
    expect(isHandled(marks, finding({ actBy: "2027-12-31" }), today)).toBe(false);
  });

  it("another rule on the same subscription, or another subscription, is not handled by the mark", () => {
    const marks = withHandled({}, finding(), { done: true }, today);
    expect(isHandled(marks, finding({ rule: "PAST_TERM_END" }), today)).toBe(false);
    expect(isHandled(marks, finding({ subscriptionId: "S-2" }), today)).toBe(false);
  });

  it("without a subscription ID a finding is known by its customer and product; two data issues of a row by their field", () => {
    const noId = finding({ subscriptionId: undefined });
    expect(handledKey(noId)).toBe("Contoso · Microsoft 365 E3|RENEWAL_DUE|2026-12-31");
    const a = finding({ rule: "DATA_ISSUE", field: "endDate", actBy: undefined });
    const b = finding({ rule: "DATA_ISSUE", field: "quantity", actBy: undefined });
    expect(handledKey(a)).not.toBe(handledKey(b));
  });

  it("property: whatever the row and message, a finding's mark follows it; a different act-by never matches", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.string(),
        fc.integer({ min: 1, max: 400 }),
        (row, otherRow, message, shift) => {
          const marks = withHandled({}, finding({ row }), { done: true }, today);
          expect(isHandled(marks, finding({ row: otherRow, message }), today)).toBe(true);
          const later = new Date(Date.UTC(2026, 11, 31 + shift)).toISOString().slice(0, 10);
          expect(isHandled(marks, finding({ row, actBy: later }), today)).toBe(false);
        },
      ),
    );
  });
});

describe("done, snoozed and noted", () => {
  it("a snooze hides the finding until its day, and the finding is back on that day", () => {
    const marks = withHandled({}, finding(), { snoozeUntil: "2026-12-15" }, today);
    expect(handledState(marks[handledKey(finding())], iso("2026-12-14"))).toEqual({
      kind: "snoozed",
      until: "2026-12-15",
    });
    expect(isHandled(marks, finding(), iso("2026-12-14"))).toBe(true);
    expect(isHandled(marks, finding(), iso("2026-12-15"))).toBe(false);
  });

  it("done ends a snooze, a snooze reopens a done finding, and reopening leaves the note", () => {
    let marks: HandledMarks = withHandled({}, finding(), { snoozeUntil: "2026-12-15", note: "Called Jo" }, today);
    marks = withHandled(marks, finding(), { done: true }, today);
    expect(marks[handledKey(finding())]).toEqual({ done: true, note: "Called Jo", changed: "2026-12-08" });
    marks = withHandled(marks, finding(), { snoozeUntil: "2026-12-20" }, today);
    expect(marks[handledKey(finding())].done).toBeUndefined();
    marks = withHandled(marks, finding(), { snoozeUntil: null }, today);
    expect(marks[handledKey(finding())]).toEqual({ note: "Called Jo", changed: "2026-12-08" });
    expect(isHandled(marks, finding(), today)).toBe(false);
  });

  it("a note alone keeps the finding in the list; removing the last thing removes the mark", () => {
    let marks = withHandled({}, finding(), { note: "  Waiting for the PO  " }, today);
    expect(marks[handledKey(finding())].note).toBe("Waiting for the PO");
    expect(isHandled(marks, finding(), today)).toBe(false);
    marks = withHandled(marks, finding(), { note: null }, today);
    expect(marks).toEqual({});
  });

  it("a long note is cut to the longest kept; a snooze to a day that does not exist is not kept", () => {
    const marks = withHandled({}, finding(), { note: "x".repeat(MAX_NOTE_LENGTH + 50) }, today);
    expect(marks[handledKey(finding())].note).toHaveLength(MAX_NOTE_LENGTH);
    expect(withHandled({}, finding(), { snoozeUntil: "2026-02-30" }, today)).toEqual({});
  });

  it("a workbook keeps the most recently changed marks when there are too many", () => {
    const many: Record<string, { done: true; changed: string }> = {};
    for (let i = 0; i < MAX_HANDLED_MARKS; i++) many[`S${i}|RENEWAL_DUE|`] = { done: true, changed: "2026-01-01" };
    const marks = withHandled(many, finding(), { done: true }, today);
    expect(Object.keys(marks)).toHaveLength(MAX_HANDLED_MARKS);
    expect(isHandled(marks, finding(), today)).toBe(true);
  });

  it("marks read back from a workbook leave out anything that is not a mark", () => {
    const saved = {
      good: { done: true, changed: "2026-12-01" },
      snoozed: { snoozeUntil: "2026-12-20", changed: "2026-12-01" },
      noDay: { done: true },
      badSnooze: { snoozeUntil: "soon", changed: "2026-12-01" },
      text: "done",
    };
    expect(readHandledMarks(saved)).toEqual({
      good: { done: true, changed: "2026-12-01" },
      snoozed: { snoozeUntil: "2026-12-20", changed: "2026-12-01" },
    });
    expect(readHandledMarks("nonsense")).toEqual({});
    expect(readHandledMarks(undefined)).toEqual({});
  });
});

describe("the findings sheet shows what was handled", () => {
  const column = (name: string) => FINDINGS_HEADER.indexOf(name as (typeof FINDINGS_HEADER)[number]);

  it("writes Done, Snoozed with its day, and the note in their own columns; an open finding leaves them blank", () => {
    const f = finding();
    const other = finding({ subscriptionId: "S-2" });
    let marks = withHandled({}, f, { done: true, note: "Renewed by phone" }, today);
    marks = withHandled(marks, other, { snoozeUntil: "2026-12-20" }, today);
    const done = findingRow(f, (d) => `date ${d}`, { marks, asOf: today });
    expect(done[column("Handled")]).toBe("Done");
    expect(done[column("Note")]).toBe("Renewed by phone");
    const snoozed = findingRow(other, (d) => `date ${d}`, { marks, asOf: today });
    expect(snoozed[column("Handled")]).toBe("Snoozed");
    expect(snoozed[column("Snoozed until")]).toBe("date 2026-12-20");
    const open = findingRow(finding({ subscriptionId: "S-3" }), (d) => d, { marks, asOf: today });
    expect([open[column("Handled")], open[column("Snoozed until")], open[column("Note")]]).toEqual(["", "", ""]);
    // A snooze that has ended is not written as snoozed.
    expect(findingRow(other, (d) => d, { marks, asOf: iso("2026-12-20") })[column("Handled")]).toBe("");
  });

  it("keeps the rule id in the last column, and each row as wide as the header", () => {
    const row = findingRow(finding(), (d) => d);
    expect(row).toHaveLength(FINDINGS_HEADER.length);
    expect(row[row.length - 1]).toBe("RENEWAL_DUE");
  });
});
