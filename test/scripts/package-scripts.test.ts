/**
 * The npm scripts a newcomer runs point at files that exist, and the build is quiet.
 */
import { existsSync, readFileSync } from "fs";
import { join } from "path";

const root = join(__dirname, "..", "..");
const scripts: Record<string, string> = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).scripts;

describe("package.json scripts", () => {
  it("every file a script names exists (test:browser included)", () => {
    for (const [name, command] of Object.entries(scripts)) {
      for (const m of command.matchAll(/(?:^|\s)((?:\.\/)?(?:scripts|src|bench|test)\/[\w./-]+\.(?:m?js|cjs|ts))/g)) {
        expect(`${name}: ${m[1]} ${existsSync(join(root, m[1])) ? "exists" : "is missing"}`).toBe(
          `${name}: ${m[1]} exists`,
        );
      }
      for (const m of command.matchAll(/-c\s+([\w./-]+)/g))
        expect(`${name}: ${m[1]} ${existsSync(join(root, m[1]))}`).toBe(`${name}: ${m[1]} true`);
    }
  });

  it("webpack prints only errors and warnings, not its full statistics, in npm start, npm test and npm run build", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const config = require(join(root, "webpack.config.js"))({}, { mode: "production" });
    expect(config.stats).toBe("errors-warnings");
  });
});

describe("a newcomer's machine", () => {
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));

  it("names the maintained Node LTS lines, 22 and 24, as the engines (Node 20 ended in April 2026)", () => {
    expect(pkg.engines.node).toBe("^22.12.0 || ^24.0.0");
  });

  it("runs the Office tools npm start fetches with npx at pinned versions, never whatever is newest", () => {
    const tools = readFileSync(join(root, "scripts", "office-tools.mjs"), "utf8");
    const pinned = [...tools.matchAll(/"(office-addin-[\w-]+)@(\d+\.\d+\.\d+)"/g)].map((m) => m[1]);
    expect(pinned.sort()).toEqual(["office-addin-debugging", "office-addin-dev-certs"]);
    for (const file of ["start.mjs", "start-web.mjs"]) {
      const text = readFileSync(join(root, "scripts", file), "utf8");
      expect(text).not.toMatch(/"--yes", "office-addin/);
    }
  });

  it("finds the browser from CHROMIUM_PATH, then PATH, then the usual places on macOS and Windows", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { findBrowser, INSTALL_HINT } = require(join(root, "scripts", "browser-path.js"));
    const only = (paths: string[]) => (p: string) => paths.includes(p);
    expect(
      findBrowser({ CHROMIUM_PATH: "/opt/c/chrome", PATH: "/usr/bin" }, only(["/opt/c/chrome", "/usr/bin/chromium"])),
    ).toBe("/opt/c/chrome");
    expect(findBrowser({ CHROMIUM_PATH: "/missing" }, only(["/usr/bin/chromium"]))).toBeNull();
    expect(findBrowser({ PATH: "/usr/bin" }, only(["/usr/bin/chromium"]))).toBe("/usr/bin/chromium");
    const mac = "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome";
    expect(findBrowser({ PATH: "/usr/bin" }, only([mac]))).toBe(mac);
    expect(
      findBrowser({ PATH: "" }, only(["C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe"])),
    ).toMatch(/msedge\.exe$/);
    expect(findBrowser({ PATH: "/usr/bin" }, only([]))).toBeNull();
    expect(INSTALL_HINT).toMatch(/apt-get install -y chromium/);
    expect(INSTALL_HINT).toMatch(/macOS/);
    expect(INSTALL_HINT).toMatch(/Windows/);
  });

  it("npm test stops at once, saying what to install, when no browser is there", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { spawnSync } = require("child_process");
    const started = Date.now();
    const r = spawnSync(process.execPath, [join(root, "scripts", "test.mjs")], {
      env: { ...process.env, CHROMIUM_PATH: "/nonexistent/chromium" },
      encoding: "utf8",
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/need Chromium, Chrome or Edge/);
    expect(r.stdout).not.toMatch(/unit tests/);
    expect(Date.now() - started).toBeLessThan(20000);
  });
});
