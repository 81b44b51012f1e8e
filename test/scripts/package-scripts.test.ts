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
        expect(`${name}: ${m[1]} ${existsSync(join(root, m[1])) ? "exists" : "is missing"}`).toBe(`${name}: ${m[1]} exists`);
      }
      for (const m of command.matchAll(/-c\s+([\w./-]+)/g)) expect(`${name}: ${m[1]} ${existsSync(join(root, m[1]))}`).toBe(`${name}: ${m[1]} true`);
    }
  });

  it("webpack prints only errors and warnings, not its full statistics, in npm start, npm test and npm run build", () => {
    const config = require(join(root, "webpack.config.js"))({}, { mode: "production" });
    expect(config.stats).toBe("errors-warnings");
  });
});
