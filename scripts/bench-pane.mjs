// `npm run bench:pane`: the task pane in headless Chromium (the built demo, dist/) reviewing a
// generated 100,000-row report: time to the first finding on screen and time to all (every finding
// listed and the rows highlighted), against pasting the same report into the demo's sheet (the
// baseline, in the same page). Prints figures; asserts nothing. Needs `npm run build` and chromium.
import { existsSync } from "fs";
import { createRequire } from "module";
import { dirname, join } from "path";
import { fileURLToPath } from "url";

const require = createRequire(import.meta.url);
const { chromium } = require("playwright-core");
const { findBrowser, INSTALL_HINT } = require("./browser-path.js");
const { serve } = require("./serve.js");
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const ROWS = Number(process.env.BENCH_PANE_ROWS ?? 100000);
const RUNS = 3;

if (!existsSync(join(root, "dist", "demo.html"))) {
  console.error("dist/ is missing: run `npm run build` first.");
  process.exit(1);
}
const { server, url } = await serve();
const browser = await chromium.launch({
  executablePath: findBrowser() ?? (console.error(INSTALL_HINT), process.exit(1)),
  args: ["--no-sandbox", "--disable-background-networking", "--disable-gpu", "--no-first-run"],
});
const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = [];
try {
  for (let run = 0; run < RUNS; run++) {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: "en-GB" });
    await page.goto(`${url}demo.html?asOf=2026-11-21`);
    // A distributor-style report: five products a customer, a mix of terms, start dates and plans.
    const paste = await page.evaluate((rows) => {
      const lines = ["Customer,Product,Subscription ID,Qty,Unit Price,Term,Start Date,Auto Renew,Planned Action"];
      const terms = ["P1M", "P1Y", "P1Y", "P1Y", "P3Y"];
      for (let i = 0; i < rows; i++) {
        const m = String((i % 12) + 1).padStart(2, "0");
        const d = String((i % 28) + 1).padStart(2, "0");
        lines.push(
          `Customer ${Math.floor(i / 5)},Product ${i % 5},S${i},${1 + (i % 200)},${(6 + (i % 90)).toFixed(2)},${terms[i % 5]},${2023 + (i % 3)}-${m}-${d},${i % 10 ? "Yes" : "No"},${i % 20 === 0 ? "Reduce" : ""}`,
        );
      }
      const csv = lines.join("\n");
      const t0 = performance.now();
      window.renewalRadarDemo.paste("Big", csv);
      return performance.now() - t0;
    }, ROWS);
    const t0 = Date.now();
    await page.getByRole("button", { name: "Review", exact: true }).click();
    await page.locator("li[data-rule]").first().waitFor({ timeout: 600000 });
    const first = Date.now() - t0;
    await page.waitForFunction(() => !document.querySelector("main[aria-busy=true]"), undefined, { timeout: 600000 });
    const all = Date.now() - t0;
    const findings = await page.getByText(/^[\d,]+ findings$/).textContent();
    results.push({ paste, first, all, findings });
    await page.close();
  }
  const paste = median(results.map((r) => r.paste));
  const first = median(results.map((r) => r.first));
  const all = median(results.map((r) => r.all));
  console.log(
    `Renewal Radar pane benchmark (headless Chromium, ${ROWS.toLocaleString("en-US")} rows, median of ${RUNS} runs; ${results[0].findings})`,
  );
  console.log(`   baseline: pasting the report into the demo's sheet ${Math.round(paste).toLocaleString("en-US")} ms`);
  console.log(
    `   time to the first finding on screen ${first.toLocaleString("en-US")} ms = ${(first / paste).toFixed(2)}x the paste`,
  );
  console.log(
    `   time to all (every finding listed, rows highlighted) ${all.toLocaleString("en-US")} ms = ${(all / paste).toFixed(2)}x the paste`,
  );
} finally {
  await browser.close();
  server.close();
}
