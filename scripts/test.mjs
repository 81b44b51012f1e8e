// `npm test`: the unit, component and golden tests under two distant time zones, then the
// production build and a release build (ADDIN_URL=https://addins.example.org/rr/), then the browser
// tests against the built pane in headless Chromium and the checks of the release.
// Ends with one line "N passed, N failed".
//
// Before anything runs it checks that a browser is there (the browser tests need one; playwright
// never downloads one here) and stops at once with what to install, instead of failing minutes later.
import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync } from "fs";
import { createRequire } from "module";
import { tmpdir } from "os";
import { join } from "path";

const require = createRequire(import.meta.url);
const { findBrowser, INSTALL_HINT } = require("./browser-path.js");
if (!findBrowser()) {
  console.error(INSTALL_HINT);
  process.exit(1);
}

const jest = join("node_modules", "jest", "bin", "jest.js");
const webpack = join("node_modules", "webpack-cli", "bin", "cli.js");
const out = mkdtempSync(join(tmpdir(), "rr-test-"));
let passed = 0;
let failed = 0;
let broken = false;

function step(title, args, env = {}, results) {
  console.log(`\n=== ${title}`);
  const r = spawnSync(process.execPath, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (results) {
    try {
      const j = JSON.parse(readFileSync(results, "utf8"));
      passed += j.numPassedTests;
      failed += j.numFailedTests + j.numRuntimeErrorTestSuites;
    } catch {
      broken = true;
    }
  }
  if (r.status !== 0) {
    broken = true;
    console.error(`${title}: failed (exit ${r.status})`);
  }
  return r.status === 0;
}

// The structure a tool checks, first (each takes seconds): types (tsc: webpack and ts-jest only
// transpile), the layering and cycles (ESLint: eslint.config.mjs), and the formatting (Prettier).
const typescript = join("node_modules", "typescript", "bin", "tsc");
const eslint = join("node_modules", "eslint", "bin", "eslint.js");
const prettier = join("node_modules", "prettier", "bin", "prettier.cjs");
// `--unit-only`: the unit tests in one time zone, nothing built, no structure checks (they do not
// depend on the Node version): .ci/run's second Node version.
const unitOnly = process.argv.includes("--unit-only");
const checks = unitOnly
  ? []
  : [
      step("typecheck (tsc --noEmit)", [typescript, "--noEmit", "-p", "."]),
      step("lint (ESLint: layers, cycles)", [eslint, "."]),
      step("format (Prettier --check)", [prettier, "--check", "."]),
    ];
for (const ok of checks) if (!ok) failed++;

for (const tz of unitOnly ? ["Pacific/Kiritimati"] : ["Pacific/Kiritimati", "America/Los_Angeles"]) {
  const file = join(out, `${tz.replace("/", "-")}.json`);
  step(
    `unit tests, Node ${process.versions.node}, TZ=${tz}`,
    [jest, "--json", `--outputFile=${file}`],
    { TZ: tz },
    file,
  );
}
if (unitOnly) {
  console.log(`\ntests: ${passed} passed, ${failed} failed`);
  process.exit(broken || failed ? 1 : 0);
}
const built = step("production build", [webpack, "--mode", "production"]);
const released = step("npm run release (ADDIN_URL=https://addins.example.org/rr/)", [join("scripts", "release.mjs")], {
  ADDIN_URL: "https://addins.example.org/rr/",
});
if (built && released) {
  console.log("Built dist/ and release/.");
  const file = join(out, "browser.json");
  step(
    "browser tests (headless Chromium) and the release's checks",
    [jest, "-c", "jest.browser.config.js", "--json", `--outputFile=${file}`],
    {},
    file,
  );
} else {
  failed++;
}
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(broken || failed ? 1 : 0);
