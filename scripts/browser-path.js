/**
 * Where a Chromium-family browser is on this machine, for the browser tests, the pane benchmark and
 * the screenshots (playwright-core drives it; it never downloads one). CHROMIUM_PATH wins; then the
 * usual places on Linux, macOS and Windows. Chromium, Chrome and Edge all work.
 */
const { existsSync } = require("fs");
const { delimiter, join } = require("path");

const NAMES = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "microsoft-edge"];
const FIXED = [
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
  "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
  "C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe",
  "C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe",
  "C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe",
];

/** The browser's path, or null when none is found. */
function findBrowser(env = process.env, exists = existsSync) {
  if (env.CHROMIUM_PATH) return exists(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
  for (const dir of (env.PATH || "").split(delimiter).filter(Boolean)) {
    for (const name of NAMES) {
      const path = join(dir, name);
      if (exists(path)) return path;
    }
  }
  return FIXED.find((p) => exists(p)) ?? null;
}

/** One sentence saying what to install, on each system. */
const INSTALL_HINT =
  "The browser tests need Chromium, Chrome or Edge and none was found: on Debian/Ubuntu `sudo apt-get install -y chromium`, " +
  "on macOS `brew install --cask chromium` (or install Chrome), on Windows install Chrome or Edge — or set CHROMIUM_PATH to the browser's executable.";

module.exports = { findBrowser, INSTALL_HINT };
