// `npm run screenshots`: the README's pictures of the pane beside the demo's sample report, at
// 1366×768 with a 400-px pane and with Excel's narrowest, 320-px pane. Needs `npm run build` and chromium.
import { createRequire } from "module";
import { dirname, join } from "path";
import { fileURLToPath } from "url";

const require = createRequire(import.meta.url);
const { chromium } = require("playwright-core");
const { findBrowser, INSTALL_HINT } = require("./browser-path.js");
const { serve } = require("./serve.js");
const root = join(dirname(fileURLToPath(import.meta.url)), "..");

const { server, url } = await serve();
const browser = await chromium.launch({
  executablePath: findBrowser() ?? (console.error(INSTALL_HINT), process.exit(1)),
  args: ["--no-sandbox", "--disable-background-networking", "--disable-gpu", "--no-first-run"],
});
try {
  for (const [pane, file, clip] of [
    [400, "screenshot.png", false],
    [320, "screenshot-320.png", true],
  ]) {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: "en-GB" });
    await page.goto(`${url}demo.html?asOf=2026-11-21&pane=${pane}`);
    await page.getByRole("button", { name: "Review", exact: true }).click();
    await page.locator("li[data-rule]").first().waitFor();
    await page.waitForFunction(() => !document.querySelector("main[aria-busy=true]"));
    // One finding opened, to show what a line holds.
    await page.locator("li[data-rule] button[aria-expanded=false]").first().click();
    if (clip) await page.locator("aside").screenshot({ path: join(root, "docs", file) });
    else await page.screenshot({ path: join(root, "docs", file) });
    console.log(`docs/${file}`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
