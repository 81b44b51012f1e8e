/**
 * What the browser tests share: dist/ served on 127.0.0.1, headless Chromium (scripts/browser-path.js finds it), the demo page
 * opened as a user would, and Review pressed.
 */
import { existsSync, mkdirSync } from "fs";
import { join } from "path";
import type { Server } from "http";
import { chromium, type Browser, type Page } from "playwright-core";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serve } = require("../../scripts/serve.js");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { findBrowser, INSTALL_HINT } = require("../../scripts/browser-path.js");

export const root = join(__dirname, "..", "..");
export const shots = join(root, "test-results");

export interface Session {
  browser: Browser;
  base: string;
  close: () => Promise<void>;
}

export async function start(): Promise<Session> {
  if (!existsSync(join(root, "dist", "demo.html")))
    throw new Error("dist/ is missing: run `npm run build` first (npm test does).");
  const executablePath = findBrowser();
  if (!executablePath) throw new Error(INSTALL_HINT);
  const { server, url } = (await serve()) as { server: Server; url: string };
  const browser = await chromium.launch({
    executablePath,
    timeout: 30000,
    args: [
      "--no-sandbox",
      "--disable-background-networking",
      "--disable-gpu",
      "--disable-component-update",
      "--no-first-run",
    ],
  });
  mkdirSync(shots, { recursive: true });
  return {
    browser,
    base: url,
    close: async () => {
      await browser.close();
      server.close();
    },
  };
}

/** The demo at as_of 2026-11-21, at 1366×768 in British English unless told otherwise. */
export async function openDemo(
  s: Session,
  options: { query?: string; width?: number; height?: number; locale?: string; bypassCSP?: boolean } = {},
): Promise<Page> {
  const page = await s.browser.newPage({
    viewport: { width: options.width ?? 1366, height: options.height ?? 768 },
    locale: options.locale ?? "en-GB",
    // Only for injecting a test tool (axe-core): the page's own CSP forbids inline scripts.
    bypassCSP: options.bypassCSP ?? false,
  });
  await page.goto(`${s.base}demo.html?asOf=2026-11-21${options.query ? `&${options.query}` : ""}`);
  return page;
}

/** Presses Review and waits until the pane is done. */
export async function review(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Review", exact: true }).click();
  await page
    .getByText(/rows? reviewed/)
    .first()
    .waitFor();
  await page.waitForFunction(() => !document.querySelector("main[aria-busy=true]"));
}
