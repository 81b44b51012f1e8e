/**
 * The built task pane in headless Chromium, beside the demo's in-page workbook, as an account
 * manager would use it. Needs `npm run build` first (npm test does it) and Debian's chromium.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync } from "fs";
import { join } from "path";
import type { Server } from "http";
import { chromium, type Browser, type Page } from "playwright-core";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serve } = require("../../scripts/serve.js");

const root = join(__dirname, "..", "..");
const shots = join(root, "test-results");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const HIGH = "#F4B6B6";
const WARNING = "#FFE8A3";
const INFO = "#CFE3F7";
const USER_GREEN = "#C6EFCE";

let server: Server;
let base: string;
let browser: Browser;
let page: Page;
let dialogs: string[];

beforeAll(async () => {
  if (!existsSync(join(root, "dist", "demo.html"))) throw new Error("dist/ is missing: run `npm run build` first (npm test does).");
  ({ server, url: base } = await serve());
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-background-networking", "--disable-gpu", "--disable-component-update", "--no-first-run"],
  });
  mkdirSync(shots, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  dialogs = [];
  page.on("dialog", async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  (page as unknown as { requests: string[] }).requests = requests;
  await page.goto(`${base}demo.html?asOf=2026-11-21`);
});

afterEach(async () => {
  await page?.close();
});

const fill = (cell: string) => page.locator(`td[data-cell="${cell}"]`).getAttribute("data-fill");
const findings = () => page.locator("li[data-rule]");

async function review(): Promise<void> {
  await page.getByRole("button", { name: "Review", exact: true }).click();
  await page.getByText(/rows reviewed/).first().waitFor();
  await page.waitForFunction(() => !document.querySelector("main[aria-busy=true]"));
}

describe("the pane beside the demo workbook", () => {
  it("reviews the sample report: summary, findings most urgent first (act-by date), rows highlighted by severity", async () => {
    await review();
    await expect(page.getByTestId("summary-counts").textContent()).resolves.toMatch(/41 rows reviewed.*14 high.*13 warning.*5 info/);
    await expect(findings().count()).resolves.toBeGreaterThanOrEqual(32);
    const first = findings().first();
    await expect(first.getAttribute("data-severity")).resolves.toBe("high");
    await expect(first.getAttribute("data-row")).resolves.toBe("36");
    await expect(first.textContent()).resolves.toMatch(/Act by 2026-11-21/);
    await expect(first.textContent()).resolves.toMatch(/Auto-renews on 22 Nov 2026 \(tomorrow\) although a cancellation is planned/);
    await expect(page.locator('li[data-row="5"][data-rule="REDUCTION_BLOCKED"]').textContent()).resolves.toMatch(/A reduction from 60 to 40 seats is not possible now/);
    expect(await fill("A5")).toBe(HIGH);
    expect(await fill("M5")).toBe(HIGH);
    expect(await fill("A6")).toBe("");
    expect(await fill("A7")).toBe(WARNING); // a duplicate (warning) over a routine monthly rollover (info)
    expect(await fill("A16")).toBe(INFO); // a monthly rollover with nothing planned: info (§6)
    expect(await fill("A46")).toBe(""); // the totals row
    await page.screenshot({ path: join(shots, "pane-beside-highlighted-report.png") });
  });

  it("filters findings by severity and by rule", async () => {
    await review();
    await page.getByRole("button", { name: /^Warning \(13\)/ }).click();
    await expect(findings().count()).resolves.toBe(19);
    await page.getByRole("button", { name: /^Warning \(13\)/ }).click();
    await page.getByLabel("Filter by rule").selectOption("SUSPENDED_DATA_LOSS");
    await expect(findings().count()).resolves.toBe(3);
    await page.getByText("3 of 32 findings shown").waitFor();
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
    await expect(page.getByText(/Dates read month\/day\/year/).count()).resolves.toBe(1);
    await expect(page.getByText("Chosen by you.").count()).resolves.toBe(1);
  });

  it("Go to row selects the finding's row in the sheet", async () => {
    await review();
    await page.locator('li[data-rule="SUSPENDED_DATA_LOSS"]').first().getByRole("button", { name: "Go to row 25" }).click();
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
    await expect(page.locator('td[data-cell="B1"]').textContent()).resolves.toBe("Rule");
    await expect(page.locator('td[data-cell="C2"] a').textContent()).resolves.toBe("Row 36");
    await page.locator('td[data-cell="C2"] a').click();
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
    await page.getByText("Paste your own report…").click();
    await page.getByLabel(/CSV text, or rows copied/).fill("Customer\tProduct\tSubscription ID\tTerm\tStart Date\nPasted Co\tP1\tS1\tP1Y\t2025-11-22\n");
    await page.getByRole("button", { name: "Add as a new sheet" }).click();
    await page.getByRole("tab", { name: "Pasted 1" }).waitFor();
    await review();
    await expect(findings().first().textContent()).resolves.toMatch(/Renews on 22 Nov 2026 \(tomorrow\)/);
    expect(await fill("A2")).toBe(WARNING);
  });

  it("is usable by keyboard: Tab to Review, Enter runs it", async () => {
    await page.getByRole("button", { name: "Review", exact: true }).focus();
    await page.keyboard.press("Enter");
    await page.getByText(/rows reviewed/).first().waitFor();
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => document.activeElement?.textContent);
    expect(focused).toBe("Clear highlights");
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
      for (let i = 0; i < 100000; i++) lines.push(`C${i % 500},P${i % 40},S${i},10,P1Y,2025-${String((i % 12) + 1).padStart(2, "0")}-15`);
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
    await expect(page.getByTestId("summary-counts").textContent()).resolves.toMatch(/100000 rows reviewed/);
  });

  it("draws the renewal timeline for the next 90 days", async () => {
    await review();
    await page.getByRole("tab", { name: "Timeline" }).click();
    await expect(page.getByRole("img", { name: /anniversaries over 13 weeks/ }).count()).resolves.toBe(1);
    await expect(page.getByText(/anniversaries in the next 90 days/).textContent()).resolves.toMatch(/^\d+ anniversaries/);
  });

  it("follows a dark Office theme", async () => {
    await page.goto(`${base}demo.html?asOf=2026-11-21&theme=dark`);
    const bg = await page.locator("main").evaluate((el) => getComputedStyle(el.parentElement!).backgroundColor);
    const [r, g, b] = bg.match(/\d+/g)!.map(Number);
    expect(r + g + b).toBeLessThan(200);
  });

  it("Add to calendar downloads the act-by dates as an .ics file, made in the page", async () => {
    await review();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Add to calendar" }).click()]);
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

describe("the built add-in", () => {
  const dist = join(root, "dist");
  const FUNCTIONS = [
    "CAN_REDUCE", "COMMITMENT_REMAINING", "COTERM_COST", "COTERM_END", "CPOR_ELIGIBLE", "CSP_DEPROVISION_DATE", "EA_LATE_DISCOUNT",
    "EA_RENEWAL_START", "EPT_CHARGE", "EPT_CREDIT", "EST_PRICE", "NCE_ANNIVERSARY", "NCE_OVERLAP_COST", "NCE_TERM_END",
    "NCE_UNIT_PRICE", "NEXT_REDUCE_DATE", "OLS_DEPROVISION_DATE", "REDUCE_DEADLINE",
  ];
  it(`generated functions.json from the JSDoc: ${FUNCTIONS.length} functions, each with descriptions and a help URL, error cells allowed in`, () => {
    const meta = JSON.parse(readFileSync(join(dist, "functions.json"), "utf8"));
    expect(meta.allowErrorForDataTypeAny).toBe(true);
    expect(meta.functions.filter((f: { options?: { volatile?: boolean } }) => f.options?.volatile)).toHaveLength(6);
    expect(meta.functions.map((f: { id: string }) => f.id).sort()).toEqual(FUNCTIONS);
    for (const f of meta.functions) {
      expect(f.description.length).toBeGreaterThan(20);
      expect(f.helpUrl).toMatch(new RegExp(`^https://.+/help\\.html#${f.id}$`));
      for (const p of f.parameters) {
        expect(p.description.length).toBeGreaterThan(5);
        expect(p.dimensionality).toBe("matrix");
      }
    }
  });

  it("registers every function in functions.js", () => {
    const js = readFileSync(join(dist, "functions.js"), "utf8");
    expect(js.match(/CustomFunctions\.associate\("/g)).toHaveLength(FUNCTIONS.length);
  });

  it("documents each function on the help page with an example", async () => {
    const p = await browser.newPage();
    await p.goto(`${base}help.html#EA_LATE_DISCOUNT`);
    await expect(p.locator("section#EA_LATE_DISCOUNT h2").textContent()).resolves.toMatch(/LIC\.EA_LATE_DISCOUNT\(discount, expiry_date, signed_date, \[segment\], \[reduction\]\)/);
    await expect(p.locator("section").count()).resolves.toBe(FUNCTIONS.length);
    await expect(p.locator("section#NCE_ANNIVERSARY pre").textContent()).resolves.toContain("=LIC.NCE_ANNIVERSARY(");
    await p.close();
  });

  it("built without ADDIN_URL, writes nothing deployable that points at a placeholder host, and the taskpane page loads office.js only", () => {
    expect(existsSync(join(dist, "manifest.prod.xml"))).toBe(false);
    for (const f of readdirSync(dist)) {
      if (/\.(xml|json|html)$/.test(f)) expect(`${f}: ${/example\.(com|org)/.test(readFileSync(join(dist, f), "utf8"))}`).toBe(`${f}: false`);
    }
    const html = readFileSync(join(dist, "taskpane.html"), "utf8");
    const external = [...html.matchAll(/src="?(https?:[^"\s>]+)/g)].map((m) => m[1]);
    expect(external).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
    // The page's CSP lets no script run from anywhere but the add-in and Microsoft's office.js hosts, and no eval.
    const csp = /Content-Security-Policy content="([^"]+)"/.exec(html)?.[1] ?? "";
    expect(csp).toMatch(/script-src 'self' https:\/\/appsforoffice\.microsoft\.com https:\/\/ajax\.aspnetcdn\.com;/);
    expect(csp).not.toMatch(/unsafe-eval/);
  });
});
