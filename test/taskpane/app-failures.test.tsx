/**
 * @jest-environment jsdom
 *
 * The whole pane over the demo workbook when a step fails: a new review that cannot read the sheet
 * clears the old findings and says what to do; a review whose highlighting fails keeps its findings
 * and says which step failed.
 */
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { formatDay } from "../../src/locale";
import { iso } from "../../src/rules/dates";
import { MemoryWorkbook } from "../../src/excel/memory-workbook";
import { DEFAULT_SETTINGS, type HighlightRequest } from "../../src/excel/host";
import { HostError } from "../../src/excel/read-plan";

const REPORT = [
  ["Customer", "Product", "Subscription ID", "Term", "Start Date", "Status"],
  ["Contoso", "Microsoft 365 E3", "S1", "P1Y", "2025-11-25", "Active"],
  ["Fabrikam", "Microsoft 365 E5", "S2", "P1Y", "2025-11-28", "Suspended"],
];

class FailingPaint extends MemoryWorkbook {
  failPaint = false;
  async highlight(request: HighlightRequest): Promise<void> {
    if (this.failPaint)
      throw new HostError(
        "protected",
        "Excel refused to highlight the risky rows: the sheet or workbook is protected or read-only.",
      );
    return super.highlight(request);
  }
}

function workbook(): FailingPaint {
  const wb = new FailingPaint();
  wb.addSheet(
    "Report",
    REPORT.map((r) => r.slice()),
  );
  wb.addSheet("Empty", []);
  return wb;
}

// jsdom has no ResizeObserver, which Fluent's message bar uses to reflow.
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

const review = async () => userEvent.click(screen.getByRole("button", { name: /^Review/ }));

describe("the pane when a step fails", () => {
  it("a failed new review (an empty sheet) clears the previous findings and says what to do", async () => {
    const wb = workbook();
    render(<App host={wb} />);
    await review();
    await waitFor(() => expect(screen.getAllByText(/date of suspension unknown/).length).toBeGreaterThan(0));
    wb.activate("Empty");
    await review();
    await waitFor(() => expect(screen.getByText(/Sheet “Empty” is empty: paste the report into it/)).toBeTruthy());
    expect(screen.queryAllByText(/date of suspension unknown/)).toHaveLength(0);
  });

  it("a review whose highlighting fails keeps its findings and names the step that failed", async () => {
    const wb = workbook();
    wb.failPaint = true;
    render(<App host={wb} />);
    await review();
    await waitFor(() => expect(screen.getByText(/rows were not highlighted/)).toBeTruthy());
    expect(screen.getByText(/Excel refused to highlight the risky rows/)).toBeTruthy();
    expect(screen.getAllByText(/date of suspension unknown/).length).toBeGreaterThan(0);
  });
});

describe("a guessed date order that matters", () => {
  it("shows a banner with both readings' counts, and one click re-reads the dates the other way", async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet("Report", [
      ["Customer", "Product", "Term", "Start Date"],
      ["A", "P", "P1Y", "12/01/2025"],
    ]);
    // Reviewed as of 2026-11-21: month-first, 1 Dec 2025 renews in 10 days; day-first, 12 Jan 2025 renews in 52.
    await wb.saveSettings({ ...DEFAULT_SETTINGS, asOf: "2026-11-21" });
    render(<App host={wb} />);
    await screen.findByRole("button", { name: /^Review/ });
    await review();
    const banner = await screen.findByTestId("date-order-banner");
    expect(banner.textContent).toMatch(
      /read month\/day\/year \(assumed\): 1 findings.*Read day\/month\/year, the review finds 0/,
    );
    // A date of the report read both ways, so the user can tell which is right.
    expect(screen.getByTestId("date-both-ways").textContent).toBe(
      `For example, Start Date “12/01/2025” is ${formatDay(iso("2025-01-12"))} read day first, or ${formatDay(iso("2025-12-01"))} read month first.`,
    );
    await userEvent.click(screen.getByRole("button", { name: "Read as day/month/year" }));
    await waitFor(() => expect(screen.queryByTestId("date-order-banner")).toBeNull());
  });
});

describe("mapping corrections are kept", () => {
  it("a correction is saved with the workbook and used again for the next review of a report with the same header row", async () => {
    const wb = new MemoryWorkbook();
    const cells = [
      ["Customer", "Product", "Subscription ID", "Term", "Start Date", "Licence Began"],
      ["A", "P", "S1", "P1Y", "2025-01-10", "2025-12-01"],
    ];
    wb.addSheet(
      "Report",
      cells.map((r) => r.slice()),
    );
    wb.addSheet(
      "Copy",
      cells.map((r) => r.slice()),
    );
    await wb.saveSettings({ ...DEFAULT_SETTINGS, asOf: "2026-11-21" });
    render(<App host={wb} />);
    await screen.findByRole("button", { name: /^Review/ });
    await review();
    await screen.findAllByText(/1 row reviewed/);
    await userEvent.click(screen.getByRole("tab", { name: "Mapping" }));
    await userEvent.selectOptions(screen.getByLabelText("Column for Start date"), "5");
    await waitFor(async () => expect((await wb.loadSettings())?.mappings).toBeDefined());
    const saved = (await wb.loadSettings())!.mappings!;
    expect(Object.values(saved)).toEqual([{ start_date: 5 }]);
    // The same layout on another sheet: reviewed with the correction at once.
    wb.activate("Copy");
    await review();
    await screen.findAllByText(/1 row reviewed/);
    await userEvent.click(screen.getByRole("tab", { name: "Mapping" }));
    await waitFor(() => expect(screen.getByText(/Start date \(changed\)/)).toBeTruthy());
    expect((screen.getByLabelText("Column for Start date") as HTMLSelectElement).value).toBe("5");
    await userEvent.click(screen.getByRole("button", { name: "Use the detected mapping" }));
    await waitFor(async () => expect((await wb.loadSettings())!.mappings).toEqual({}));
  });
});
