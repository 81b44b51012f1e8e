/**
 * @jest-environment jsdom
 *
 * Handled findings (issue: the work list at a task pane's width, item 4): an account manager marks a
 * finding done, snoozes one and keeps a note; the marks are kept with the workbook, found again on
 * the next review and by a colleague opening the same workbook, hidden from the list until Show
 * handled, and written on the findings sheet.
 */
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { MemoryWorkbook } from "../../src/excel/memory-workbook";
import { DEFAULT_SETTINGS, FINDINGS_HEADER } from "../../src/excel/host";
import { iso } from "../../src/rules/dates";

(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

const review = async () => userEvent.click(screen.getByRole("button", { name: /^Review$/ }));
const listed = () => Array.from(document.querySelectorAll("li[data-rule]")).map((li) => li.textContent ?? "");

/** Three annual subscriptions renewing in December 2026, reviewed as of 21 Nov 2026. */
async function workbook(): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  wb.addSheet("Report", [
    ["Customer", "Product", "Subscription ID", "Term", "Start Date", "Auto Renew", "Status"],
    ["Contoso", "Microsoft 365 E3", "S1", "P1Y", iso("2025-12-01"), "Yes", "Active"],
    ["Fabrikam", "Microsoft 365 E5", "S2", "P1Y", iso("2025-12-05"), "Yes", "Active"],
    ["Tailspin", "Teams Essentials", "S3", "P1Y", iso("2025-12-09"), "Yes", "Active"],
  ]);
  await wb.saveSettings({ ...DEFAULT_SETTINGS, asOf: "2026-11-21" });
  return wb;
}

/** Opens the finding of `customer` (its line's button). */
async function open(customer: string): Promise<HTMLElement> {
  const item = Array.from(document.querySelectorAll<HTMLElement>("li[data-rule]")).find((li) =>
    li.textContent?.includes(customer),
  )!;
  await userEvent.click(within(item).getAllByRole("button")[0]);
  return within(item).getByRole("group", { name: "Handle this finding" });
}

describe("handled findings", () => {
  it("a finding marked done leaves the list, stays done after Review again, and Show handled brings it back marked Done", async () => {
    const wb = await workbook();
    render(<App host={wb} />);
    await screen.findByRole("button", { name: /^Review$/ });
    await review();
    await screen.findAllByText(/Contoso/);
    expect(listed()).toHaveLength(3);
    const controls = await open("Contoso");
    await userEvent.click(within(controls).getByRole("button", { name: "Mark done" }));
    await waitFor(() => expect(listed()).toHaveLength(2));
    expect(listed().some((t) => t.includes("Contoso"))).toBe(false);
    expect(screen.getByText(/^2 findings · 1 handled, hidden$/)).toBeTruthy();
    expect(screen.getByTestId("last-handled").textContent).toBe("Marked done: Contoso. Hidden until Show handled.");
    // Reviewed again (the report pasted anew): still done.
    await review();
    await waitFor(() => expect(screen.getByText(/1 handled, hidden/)).toBeTruthy());
    expect(listed()).toHaveLength(2);
    await userEvent.click(screen.getByRole("button", { name: "Show handled" }));
    expect(listed()).toHaveLength(3);
    const contoso = Array.from(document.querySelectorAll("li[data-rule]")).find((li) =>
      li.textContent?.includes("Contoso"),
    )!;
    expect(within(contoso as HTMLElement).getByTestId("handled").textContent).toBe("Done");
  });

  it("a snoozed finding is hidden until its day, and the snooze is kept with the workbook", async () => {
    const wb = await workbook();
    render(<App host={wb} />);
    await screen.findByRole("button", { name: /^Review$/ });
    await review();
    await screen.findAllByText(/Fabrikam/);
    const controls = await open("Fabrikam");
    const until = within(controls).getByLabelText("Snooze until") as HTMLInputElement;
    // A week after the review's day is offered first.
    expect(until.value).toBe("2026-11-28");
    await userEvent.clear(until);
    await userEvent.type(until, "2026-11-21");
    expect(within(controls).getByRole("button", { name: "Snooze" })).toHaveProperty("disabled", true);
    expect(within(controls).getByText(/Choose a day after/)).toBeTruthy();
    await userEvent.clear(until);
    await userEvent.type(until, "2026-12-01");
    await userEvent.click(within(controls).getByRole("button", { name: "Snooze" }));
    await waitFor(() => expect(listed()).toHaveLength(2));
    expect(Object.values(await wb.loadHandled())).toEqual([{ snoozeUntil: "2026-12-01", changed: expect.any(String) }]);
  });

  it("a note is shown with its finding, kept for a colleague who opens the workbook, and written on the findings sheet", async () => {
    const wb = await workbook();
    const first = render(<App host={wb} />);
    await screen.findByRole("button", { name: /^Review$/ });
    await review();
    await screen.findAllByText(/Tailspin/);
    const controls = await open("Tailspin");
    await userEvent.type(within(controls).getByRole("textbox", { name: /Note/ }), "Customer moving to E5 <b>");
    await userEvent.click(within(controls).getByRole("button", { name: "Save note" }));
    await screen.findByText("Note: Customer moving to E5 <b>");
    await userEvent.click(within(controls).getByRole("button", { name: "Mark done" }));
    first.unmount();

    // A colleague opens the same workbook: the mark and the note are there.
    render(<App host={wb} />);
    await screen.findByRole("button", { name: /^Review$/ });
    await review();
    await waitFor(() => expect(screen.getByText(/1 handled, hidden/)).toBeTruthy());
    await userEvent.click(screen.getByRole("button", { name: "Write findings to a sheet" }));
    await screen.findByText("Findings written");
    const sheet = wb.sheets[wb.sheets.length - 1];
    const header = sheet.cells[0] as string[];
    const tailspin = sheet.cells.find((r) => (r as unknown[]).includes("Tailspin")) as unknown[];
    expect(tailspin[header.indexOf("Handled")]).toBe("Done");
    expect(tailspin[header.indexOf("Note")]).toBe("Customer moving to E5 <b>");
    expect(header).toEqual([...FINDINGS_HEADER]);
    // Every finding is on the sheet, handled or not.
    expect(sheet.cells).toHaveLength(4);
  });

  it("a mark the workbook refuses to keep (read-only file) still applies now, and the pane says it was not kept", async () => {
    const wb = await workbook();
    wb.saveHandled = () => Promise.reject(new Error("The workbook is read-only."));
    render(<App host={wb} />);
    await screen.findByRole("button", { name: /^Review$/ });
    await review();
    await screen.findAllByText(/Contoso/);
    const controls = await open("Contoso");
    await userEvent.click(within(controls).getByRole("button", { name: "Mark done" }));
    await screen.findByText("Not kept with the workbook");
    expect(
      screen.getByText(/The change applies now but could not be saved with the workbook: The workbook is read-only\./),
    ).toBeTruthy();
    expect(listed()).toHaveLength(2);
  });
});
