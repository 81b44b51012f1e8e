/**
 * @jest-environment jsdom
 *
 * The whole pane over the memory workbook as real Excel behaves (issue: ready for a real Excel):
 * an edit to the reviewed report says the findings may be stale and offers Review again; Clear on a
 * workbook with a protected sheet clears the others and names it; a workbook in the 1904 date
 * system is reviewed on the right days.
 */
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { MemoryWorkbook } from "../../src/excel/memory-workbook";
import { DEFAULT_SETTINGS } from "../../src/excel/host";
import { iso } from "../../src/rules/dates";

// jsdom has no ResizeObserver, which Fluent's message bar uses to reflow.
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

// jsdom's crypto has no randomUUID, which ical-generator calls (browsers and Excel's web views have it).
import { randomUUID } from "crypto";
const webCrypto = globalThis.crypto as unknown as { randomUUID?: () => string };
if (!webCrypto.randomUUID) webCrypto.randomUUID = randomUUID;

const review = async () => userEvent.click(screen.getByRole("button", { name: /^Review$/ }));

/** A report due for renewal on 1 Dec 2026, reviewed as of 21 Nov 2026; dates as the workbook's serials. */
async function workbook(dateSystem: 1900 | 1904 = 1900): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  wb.dateSystem = dateSystem;
  const serial = (isoText: string) => iso(isoText) - (dateSystem === 1904 ? 1462 : 0);
  wb.addSheet("Report", [
    ["Customer", "Product", "Subscription ID", "Term", "Start Date", "Auto Renew", "Status"],
    ["Contoso", "Microsoft 365 E3", "S1", "P1Y", serial("2025-12-01"), "Yes", "Active"],
  ]);
  await wb.saveSettings({ ...DEFAULT_SETTINGS, asOf: "2026-11-21" });
  return wb;
}

describe("the pane in a real workbook", () => {
  it("an edit to the reviewed report says the findings may be out of date, and Review again reviews it", async () => {
    const wb = await workbook();
    render(<App host={wb} />);
    await screen.findByRole("button", { name: /^Review$/ });
    await review();
    await screen.findAllByText(/Contoso/);
    expect(screen.queryByText("The report changed")).toBeNull();
    // An edit outside the report says nothing.
    wb.setCell("Report", 10, 10, "a note");
    expect(screen.queryByText("The report changed")).toBeNull();
    wb.setCell("Report", 1, 0, "Contoso Pty Ltd");
    await screen.findByText("The report changed");
    await userEvent.click(screen.getByRole("button", { name: "Review again" }));
    await waitFor(() => expect(screen.queryByText("The report changed")).toBeNull());
    expect((await screen.findAllByText(/Contoso Pty Ltd/)).length).toBeGreaterThan(0);
  });

  it("Clear on a workbook with a protected sheet clears the others and names the one it could not", async () => {
    const wb = await workbook();
    const other = wb.addSheet("Locked", [["x"]]);
    render(<App host={wb} />);
    await screen.findByRole("button", { name: /^Review$/ });
    await review();
    await screen.findAllByText(/Contoso/);
    other.highlights = [{ firstRow: 1, lastRow: 1, firstColumn: 0, lastColumn: 0, color: "#fff" }];
    other.protected = true;
    await userEvent.click(screen.getByRole("button", { name: "Clear highlights" }));
    await screen.findByText("Highlights cleared, except on some sheets");
    expect(screen.getByText(/Excel refused on “Locked”.*Unprotect Sheet/)).toBeTruthy();
    expect(wb.sheet("Report").highlights).toEqual([]);
    expect(other.highlights).toHaveLength(1);
  });

  it("a workbook in the 1904 date system is reviewed on the days its cells show", async () => {
    for (const system of [1900, 1904] as const) {
      const wb = await workbook(system);
      const view = render(<App host={wb} />);
      await screen.findByRole("button", { name: /^Review$/ });
      await review();
      // Renews on 1 Dec 2026: ten days after the review day, in either date system.
      expect((await screen.findAllByText(/in 10 days|1 Dec 2026|Dec 1, 2026/)).length).toBeGreaterThan(0);
      view.unmount();
    }
  });
});

describe("Add to calendar on every platform", () => {
  /** The pane in Excel on Mac (whose web view saves no downloads), after a review. */
  const reviewedOnMac = async () => {
    const wb = await workbook();
    wb.downloads = false;
    render(<App host={wb} />);
    await screen.findByRole("button", { name: /^Review$/ });
    await review();
    await screen.findAllByText(/Contoso/);
  };

  it("in Excel on Mac (no downloads) shows the calendar as text to copy with the steps, and never says a file was downloaded", async () => {
    await reviewedOnMac();
    // jsdom has no blob URLs; a download would need one.
    const created = jest.fn(() => "blob:calendar");
    (URL as unknown as { createObjectURL: unknown }).createObjectURL = created;
    await userEvent.click(screen.getByRole("button", { name: "Add to calendar" }));
    expect(created).not.toHaveBeenCalled();
    expect(screen.queryByText(/downloaded/i)).toBeNull();
    await screen.findByText(/cannot save files from an add-in/);
    const text = (screen.getByLabelText(/Calendar \(iCalendar text\)/) as HTMLTextAreaElement).value;
    expect(text).toMatch(/^BEGIN:VCALENDAR/);
    expect(text).toMatch(/Contoso/);
    expect(screen.getByText(/Make Plain Text/)).toBeTruthy();
    const writes: string[] = [];
    // user-event brings its own clipboard: a plain click keeps the one Excel's web view would have.
    Object.defineProperty(navigator, "clipboard", {
      value: { writeText: async (t: string) => void writes.push(t) },
      configurable: true,
    });
    fireEvent.click(screen.getByRole("button", { name: "Copy the calendar" }));
    await screen.findByText(/^Copied\./);
    // The text box shows lines; the copy is the calendar itself, with iCalendar's CRLF line ends.
    expect(writes).toHaveLength(1);
    expect(writes[0]).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(writes[0].replace(/\r\n/g, "\n")).toBe(text.replace(/\r\n/g, "\n"));
    await userEvent.click(screen.getByRole("button", { name: "Close" }));
    expect(screen.queryByText(/cannot save files from an add-in/)).toBeNull();
  });

  it("where the clipboard is refused, selects the text and says to press ⌘C", async () => {
    await reviewedOnMac();
    await userEvent.click(screen.getByRole("button", { name: "Add to calendar" }));
    const copy = await screen.findByRole("button", { name: "Copy the calendar" });
    Object.defineProperty(navigator, "clipboard", {
      value: { writeText: async () => Promise.reject(new Error("denied")) },
      configurable: true,
    });
    fireEvent.click(copy);
    await screen.findByText(/press ⌘C/);
  });
});

describe("never a silent all-clear (RULES.md §6)", () => {
  it("a sheet with only a header row says nothing was reviewed, as prominently as a finding", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet("Report", [["Customer", "Product", "Term", "Start Date", "Status"]]);
    await wb.saveSettings({ ...DEFAULT_SETTINGS, asOf: "2026-11-21" });
    render(<App host={wb} />);
    await screen.findByRole("button", { name: /^Review$/ });
    await review();
    await screen.findAllByText("Not reviewed for renewals");
    expect(screen.getByTestId("not-reviewed").textContent).toMatch(/No data rows/);
    // Where a finding would be, and in what a screen reader hears: "0 rows reviewed, 0 findings" and why.
    expect(screen.getByTestId("list-not-reviewed").textContent).toMatch(/No data rows/);
    expect(screen.getByTestId("review-announcement").textContent).toMatch(
      /^Review done: 0 rows reviewed, 0 findings\. Not reviewed for renewals: No data rows/,
    );
  });

  it("after Review, a screen reader hears the result and the focus moves to it", async () => {
    render(<App host={await workbook()} />);
    await screen.findByRole("button", { name: /^Review$/ });
    expect(screen.getByTestId("review-announcement").textContent).toBe("");
    await review();
    await screen.findAllByText(/Contoso/);
    expect(screen.getByTestId("review-announcement").textContent).toBe(
      "Review done: 1 row reviewed, 1 finding (0 high, 1 warning, 0 info).",
    );
    expect(document.activeElement).toBe(screen.getByTestId("review-summary"));
  });

  it("a report without dates says no timing rule could run, naming what is missing; a reviewed report has no such warning", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet("Report", [
      ["Customer", "Product", "Subscription ID", "Qty", "Status"],
      ["Acme", "Microsoft 365 E3", "S1", 10, "Active"],
    ]);
    await wb.saveSettings({ ...DEFAULT_SETTINGS, asOf: "2026-11-21" });
    const view = render(<App host={wb} />);
    await screen.findByRole("button", { name: /^Review$/ });
    await review();
    expect((await screen.findByTestId("not-reviewed")).textContent).toMatch(/start, renewal, end or expiry date/);
    expect(screen.getByTestId("list-not-reviewed").textContent).toMatch(/start, renewal, end or expiry date/);
    view.unmount();
    render(<App host={await workbook()} />);
    await screen.findByRole("button", { name: /^Review$/ });
    await review();
    await screen.findAllByText(/Contoso/);
    expect(screen.queryByTestId("not-reviewed")).toBeNull();
    // A renewal's value is shown as renewing, never as money at stake.
    expect(screen.queryByTestId("money-at-stake")).toBeNull();
  });
});
