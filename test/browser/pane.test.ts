/**
 * The built task pane in headless Chromium, beside the demo's in-page workbook, as an account
 * manager would use it. Needs `npm run build` first (npm test does it) and Debian's chromium.
 */
import { readFileSync } from "fs";
import { join } from "path";
import type { Page } from "playwright-core";
import { openDemo, review as pressReview, shots, start, type Session } from "./harness";

const HIGH = "#F4B6B6";
const WARNING = "#FFE8A3";
const INFO = "#CFE3F7";
const USER_GREEN = "#C6EFCE";

let session: Session;
let base: string;
let page: Page;
let dialogs: string[];

beforeAll(async () => {
  session = await start();
  base = session.base;
});

afterAll(async () => {
  await session?.close();
});

beforeEach(async () => {
  // A British English Office: dates read "21 Nov 2026" (another locale is tried in its own test).
  page = await openDemo(session);
  dialogs = [];
  page.on("dialog", async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  (page as unknown as { requests: string[] }).requests = requests;
  await page.reload();
});

afterEach(async () => {
  await page?.close();
});

const fill = (cell: string) => page.locator(`td[data-cell="${cell}"]`).getAttribute("data-fill");
const findings = () => page.locator("li[data-rule]");

const review = () => pressReview(page);

describe("the pane beside the demo workbook", () => {
  it("reviews the sample report: summary, findings most urgent first (act-by date), rows highlighted by severity", async () => {
    await review();
    await expect(page.getByTestId("summary-counts").textContent()).resolves.toMatch(
      // Row 34's reduction becomes possible only in 2029: warning, not high (RULES.md §6 of 2026-12-07).
      /41 rows reviewed.*13 high.*14 warning.*5 info/,
    );
    await expect(findings().count()).resolves.toBeGreaterThanOrEqual(32);
    const first = findings().first();
    await expect(first.getAttribute("data-severity")).resolves.toBe("high");
    await expect(first.getAttribute("data-row")).resolves.toBe("36");
    await expect(first.textContent()).resolves.toMatch(/Set the end-of-term actionby 21 Nov · today/);
    await expect(first.textContent()).resolves.toMatch(
      /Auto-renews on 22 Nov 2026 \(tomorrow\) although a cancellation is planned/,
    );
    await expect(page.locator('li[data-row="5"][data-rule="REDUCTION_BLOCKED"]').textContent()).resolves.toMatch(
      /A reduction from 60 to 40 seats is not possible now/,
    );
    expect(await fill("A5")).toBe(HIGH);
    expect(await fill("M5")).toBe(HIGH);
    expect(await fill("A6")).toBe("");
    expect(await fill("A7")).toBe(WARNING); // a duplicate (warning) over a routine monthly rollover (info)
    expect(await fill("A16")).toBe(INFO); // a monthly rollover with nothing planned: info (§6)
    expect(await fill("A46")).toBe(""); // the totals row
    await page.screenshot({ path: join(shots, "pane-beside-highlighted-report.png") });
  });

  it("filters findings by severity and by rule, with visible on and off states and the filter in use named", async () => {
    await review();
    const warning = page.getByRole("button", { name: "Warning (14)" });
    const onBackground = await warning.evaluate((el) => getComputedStyle(el).backgroundColor);
    await warning.click();
    await expect(warning.getAttribute("aria-pressed")).resolves.toBe("false");
    // Off looks plainly different from on (an outline button, not a filled one) — once the button's
    // colour transition has run (read at once, it can still show the "on" colour).
    const handle = await warning.elementHandle();
    await page
      .waitForFunction(
        ([el, on]) => getComputedStyle(el as Element).backgroundColor !== on,
        [handle, onBackground] as const,
        { timeout: 3000 },
      )
      .catch(() => undefined);
    expect(await warning.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(onBackground);
    await expect(findings().count()).resolves.toBe(18);
    await page.getByText(/18 of 32 findings shown · Warning hidden/).waitFor();
    await warning.click();
    await page.getByLabel("Filter by rule").selectOption("SUSPENDED_DATA_LOSS");
    await expect(findings().count()).resolves.toBe(3);
    await page.getByText(/3 of 32 findings shown · Suspended: data will be deleted/).waitFor();
    await page.getByRole("button", { name: "Show all" }).click();
    await expect(findings().count()).resolves.toBe(32);
  });

  it("a corrected column mapping changes the findings", async () => {
    await review();
    await expect(page.locator('li[data-rule="NEW_ORDER_OVERLAP"]').count()).resolves.toBe(4);
    await page.getByRole("tab", { name: "Mapping" }).click();
    await page.getByLabel("Column for Planned action").selectOption("");
    await page.waitForFunction(() => !document.querySelector("main[aria-busy=true]"));
    await page.getByRole("tab", { name: "Findings" }).click();
    await expect(page.locator('li[data-rule="NEW_ORDER_OVERLAP"]').count()).resolves.toBe(0);
    expect(await fill("A11")).toBe(""); // Transfer out row: no longer at risk
    await page.getByRole("tab", { name: "Mapping" }).click();
    await page.getByText("Planned action (changed)").waitFor();
  });

  it("the date-order switch re-reads the dates", async () => {
    await review();
    await page.getByRole("tab", { name: "Mapping" }).click();
    await page.getByRole("switch").click();
    await page.waitForFunction(() => !document.querySelector("main[aria-busy=true]"));
    await expect(page.getByTestId("summary-counts").textContent()).resolves.toMatch(
      /dates M\/D\/Y$|dates M\/D\/YHide details|dates M\/D\/YDetails/,
    );
    await expect(page.getByText("Chosen by you.").count()).resolves.toBe(1);
  });

  it("Go to row selects the finding's row in the sheet", async () => {
    await review();
    await page
      .locator('li[data-rule="SUSPENDED_DATA_LOSS"]')
      .first()
      .getByRole("button", { name: "Go to row 25" })
      .click();
    await expect(page.locator('tr[data-row="25"]').getAttribute("aria-selected")).resolves.toBe("true");
  });

  it("Clear restores the sheet's formats exactly, the user's own colours included, even after the pane was closed and reopened", async () => {
    expect(await fill("A5")).toBe(USER_GREEN);
    await review();
    expect(await fill("A5")).toBe(HIGH);
    await page.getByRole("button", { name: "Close pane" }).click();
    await page.getByRole("button", { name: "Open Renewal Radar" }).click();
    expect(await fill("A5")).toBe(HIGH);
    await page.getByRole("button", { name: "Clear highlights" }).click();
    await page.getByText("Highlights cleared").waitFor();
    expect(await fill("A5")).toBe(USER_GREEN);
    expect(await fill("B5")).toBe(USER_GREEN);
    expect(await fill("C5")).toBe("");
    expect(await page.locator('td[data-fill]:not([data-fill=""])').count()).toBe(2);
    // Clearing again, with nothing painted, says so rather than "cleared".
    await page.getByRole("button", { name: "Clear highlights" }).click();
    await page.getByText("Nothing to clear").waitFor();
  });

  it("the review never changes a value of the report", async () => {
    const before = await page.locator("table.grid").innerText();
    await review();
    await page.getByRole("button", { name: "Clear highlights" }).click();
    expect(await page.locator("table.grid").innerText()).toBe(before);
  });

  it("writes findings to a new sheet, and a second time to another new sheet", async () => {
    await review();
    await page.getByRole("button", { name: "Write findings to a sheet" }).click();
    await page.getByText(/32 findings are on the new sheet “Renewal Radar findings”/).waitFor();
    // The demo, as Excel, shows the sheet it wrote.
    await expect(page.locator('table.grid[data-sheet="Renewal Radar findings"]').count()).resolves.toBe(1);
    await page.getByRole("button", { name: "Write findings to a sheet" }).click();
    await page.getByText(/“Renewal Radar findings \(2\)”/).waitFor();
    await page.getByRole("tab", { name: "Renewal Radar findings", exact: true }).click();
    // In words: the rule's title, its id in its own column; dates as the pane writes them.
    await expect(page.locator('td[data-cell="A1"]').textContent()).resolves.toBe("Act by");
    await expect(page.locator('td[data-cell="C1"]').textContent()).resolves.toBe("Finding");
    // Money at stake and value renewing in columns of their own (RULES.md §6 of 2026-12-07), the rule's id last.
    await expect(page.locator('td[data-cell="J1"]').textContent()).resolves.toBe("At stake");
    await expect(page.locator('td[data-cell="K1"]').textContent()).resolves.toBe("Renewing");
    await expect(page.locator('td[data-cell="L1"]').textContent()).resolves.toBe("Currency");
    await expect(page.locator('td[data-cell="N1"]').textContent()).resolves.toBe("Handled");
    await expect(page.locator('td[data-cell="P1"]').textContent()).resolves.toBe("Note");
    await expect(page.locator('td[data-cell="Q1"]').textContent()).resolves.toBe("Rule id");
    await expect(page.locator('td[data-cell="A2"]').textContent()).resolves.toBe("21 Nov 2026");
    await expect(page.locator('td[data-cell="C2"]').textContent()).resolves.toBe("Renewal due");
    await expect(page.locator('td[data-cell="Q2"]').textContent()).resolves.toBe("RENEWAL_DUE");
    await expect(page.locator('td[data-cell="D2"] a').textContent()).resolves.toBe("Row 36");
    await page.locator('td[data-cell="D2"] a').click();
    await expect(page.locator('table.grid[data-sheet="Report"]').count()).resolves.toBe(1);
    await expect(page.locator('tr[data-row="36"]').getAttribute("aria-selected")).resolves.toBe("true");
  });

  it("shows cell text with <script> and <img onerror> as text, never as HTML", async () => {
    await page.evaluate(() => {
      (window as any).renewalRadarDemo.paste(
        "Hostile",
        'Customer,Product,Subscription ID,Term,Start Date\n"<img src=x onerror=alert(1)>","<script>alert(2)</script>",S1,"<b>bold</b>",2026-03-01\n',
      );
    });
    await expect(page.locator('td[data-cell="A2"]').textContent()).resolves.toBe("<img src=x onerror=alert(1)>");
    await review();
    await expect(findings().first().textContent()).resolves.toContain("“<b>bold</b>”");
    expect(await page.locator("aside img, aside script, aside b, table.grid img").count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it("reviews a report a person pastes into the demo (tab-separated, as copied from a spreadsheet)", async () => {
    await page.getByText("Try your own report…").click();
    await page
      .getByLabel(/paste CSV text, or rows copied/)
      .fill("Customer\tProduct\tSubscription ID\tTerm\tStart Date\nPasted Co\tP1\tS1\tP1Y\t2025-11-22\n");
    await page.getByRole("button", { name: "Add as a new sheet" }).click();
    await page.getByRole("tab", { name: "Pasted 1" }).waitFor();
    await review();
    await expect(findings().first().textContent()).resolves.toMatch(/Renews on 22 Nov 2026 \(tomorrow\)/);
    expect(await fill("A2")).toBe(WARNING);
  });

  it("reviews a CSV file a person opens, and an .xlsx dropped on the page — read in the page, the box closed after use", async () => {
    await page.getByText("Try your own report…").click();
    await page.getByLabel(/Open a CSV or \.xlsx file/).setInputFiles({
      name: "my-renewals.csv",
      mimeType: "text/csv",
      buffer: Buffer.from("Customer,Product,Subscription ID,Term,Start Date\nOpened Co,P1,S1,P1Y,2025-11-22\n"),
    });
    await page
      .getByTestId("demo-file-status")
      .getByText(/added from my-renewals\.csv/)
      .waitFor();
    expect(await page.getByLabel(/Open a CSV or \.xlsx file/).isVisible()).toBe(false);
    await review();
    await expect(findings().first().textContent()).resolves.toContain("Opened Co");
    // An .xlsx dropped anywhere on the page: its first visible sheet (exceljs writes it; nothing is uploaded).
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Hidden", { state: "hidden" }).addRow(["Customer", "Product", "Term", "Start Date"]);
    const sheet = wb.addWorksheet("Renewals");
    sheet.addRow(["Customer", "Product", "Subscription ID", "Term", "Start Date"]);
    sheet.addRow(["Dropped Co", "P1", "S9", "P1Y", new Date(Date.UTC(2025, 10, 22))]);
    const bytes = Array.from(new Uint8Array(await wb.xlsx.writeBuffer()));
    await page.evaluate((data) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], "dropped.xlsx"));
      document.querySelector("aside")!.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true }));
    }, bytes);
    await page
      .getByTestId("demo-file-status")
      .getByText(/dropped – Renewals.*added from dropped\.xlsx/)
      .waitFor();
    await review();
    await expect(findings().first().textContent()).resolves.toContain("Dropped Co");
  });

  it("takes a report pasted with Ctrl+V outside a text field as a new sheet", async () => {
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData(
        "text/plain",
        "Customer\tProduct\tSubscription ID\tTerm\tStart Date\nClipboard Co\tP1\tS1\tP1Y\t2025-11-22\n",
      );
      document.body.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true }));
    });
    await page
      .getByTestId("demo-file-status")
      .getByText(/added from the clipboard/)
      .waitFor();
    await review();
    await expect(findings().first().textContent()).resolves.toContain("Clipboard Co");
  });

  it("is usable by keyboard: Tab to Review, Enter runs it, and the focus moves to the result", async () => {
    await page.getByRole("button", { name: "Review", exact: true }).focus();
    await page.keyboard.press("Enter");
    await page
      .getByText(/rows reviewed/)
      .first()
      .waitFor();
    await expect(page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).resolves.toBe(
      "Review summary",
    );
    // A screen reader hears the result (a polite live region).
    await expect(page.getByTestId("review-announcement").textContent()).resolves.toMatch(
      /^Review done: [\d,]+ rows reviewed, [\d,]+ findings \(\d+ high/,
    );
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => document.activeElement?.textContent);
    expect(focused).toBe("Details");
  });

  it("keeps settings with the workbook and uses them: a 5-day horizon finds fewer renewals", async () => {
    await review();
    const before = await page.locator('li[data-rule="RENEWAL_DUE"]').count();
    await page.getByRole("tab", { name: "Settings" }).click();
    await page.locator('input[name="horizon"]').fill("5");
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.getByText("Settings saved").waitFor();
    await page.waitForFunction(() => !document.querySelector("main[aria-busy=true]"));
    await page.getByRole("tab", { name: "Findings" }).click();
    const after = await page.locator('li[data-rule="RENEWAL_DUE"]').count();
    expect(after).toBeLessThan(before);
    await page.getByRole("tab", { name: "Settings" }).click();
    await page.locator('input[name="horizon"]').fill("-1");
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.getByText("Enter a whole number from 0 to 3660.").waitFor();
  });

  it("shows progress on a 100,000-row report and can cancel it, changing nothing", async () => {
    await page.evaluate(() => {
      const lines = ["Customer,Product,Subscription ID,Qty,Term,Start Date"];
      for (let i = 0; i < 100000; i++)
        lines.push(`C${i % 500},P${i % 40},S${i},10,P1Y,2025-${String((i % 12) + 1).padStart(2, "0")}-15`);
      (window as any).renewalRadarDemo.paste("Big", lines.join("\n"));
    });
    await page.getByRole("button", { name: "Review", exact: true }).click();
    await page.getByRole("button", { name: "Cancel (Esc)" }).click();
    await page.getByText("Cancelled", { exact: true }).waitFor();
    expect(await page.locator('td[data-fill]:not([data-fill=""])').count()).toBe(0);
    // Escape cancels too, from the keyboard.
    await page.getByRole("button", { name: "Review", exact: true }).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "Cancel (Esc)" }).waitFor();
    await page.keyboard.press("Escape");
    await page.getByText("Cancelled", { exact: true }).waitFor();
    expect(await page.locator('td[data-fill]:not([data-fill=""])').count()).toBe(0);
    // And reviewed to the end, it stays responsive and finishes.
    await review();
    await expect(page.getByTestId("summary-counts").textContent()).resolves.toMatch(/100,000 rows reviewed/);
  });

  it("draws the renewal timeline for the next 90 days: 13 dated weeks with their counts", async () => {
    await review();
    await page.getByRole("tab", { name: "Timeline" }).click();
    const weeks = page.getByRole("group", { name: "Anniversaries per week" }).getByRole("button");
    await expect(weeks.count()).resolves.toBe(13);
    await expect(weeks.first().getAttribute("aria-label")).resolves.toMatch(
      /^Week of 22 Nov – 28 Nov: \d+ anniversaries/,
    );
    await expect(page.getByText(/anniversaries in the next 90 days/).textContent()).resolves.toMatch(
      /^\d+ anniversaries/,
    );
  });

  it("follows a dark Office theme", async () => {
    await page.goto(`${base}demo.html?asOf=2026-11-21&theme=dark`);
    const bg = await page.locator("main").evaluate((el) => getComputedStyle(el.parentElement!).backgroundColor);
    const [r, g, b] = bg.match(/\d+/g)!.map(Number);
    expect(r + g + b).toBeLessThan(200);
  });

  it("Add to calendar downloads the act-by dates as an .ics file, made in the page", async () => {
    await review();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Add to calendar" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("renewal-radar-act-by.ics");
    const text = readFileSync((await download.path())!, "utf8");
    expect(text).toMatch(/^BEGIN:VCALENDAR/);
    expect(text).toMatch(/SUMMARY:Kestrel Logistics · /);
    await page.getByText(/act-by dates are in “renewal-radar-act-by\.ics”/).waitFor();
  });

  it("makes no network request beyond its own files", async () => {
    await review();
    const requests = (page as unknown as { requests: string[] }).requests;
    expect(requests.filter((u) => !u.startsWith(base) && !u.startsWith("data:"))).toEqual([]);
  });
});
