// `npm test`: the unit, component and golden tests under two distant time zones, then the
// production build, then the browser tests against the built pane in headless Chromium.
// Ends with one line "N passed, N failed".
import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

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

for (const tz of ["Pacific/Kiritimati", "America/Los_Angeles"]) {
  const file = join(out, `${tz.replace("/", "-")}.json`);
  step(`unit tests, TZ=${tz}`, [jest, "--json", `--outputFile=${file}`], { TZ: tz }, file);
}
if (step("production build", [webpack, "--mode", "production"])) {
  console.log("Built dist/.");
  const file = join(out, "browser.json");
  step("browser tests (headless Chromium)", [jest, "-c", "jest.browser.config.js", "--json", `--outputFile=${file}`], {}, file);
} else {
  failed++;
}
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(broken || failed ? 1 : 0);
