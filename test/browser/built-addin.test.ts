/**
 * The built add-in (dist/): generated custom-function metadata, registration, the help page, and no
 * placeholder hosts or foreign scripts. Needs `npm run build` first (npm test does it).
 */
import { existsSync, readFileSync, readdirSync } from "fs";
import { join } from "path";
import { root, start, type Session } from "./harness";

let session: Session;
beforeAll(async () => {
  session = await start();
});
afterAll(async () => {
  await session?.close();
});

describe("the built add-in", () => {
  const dist = join(root, "dist");
  const FUNCTIONS = [
    "CAN_REDUCE",
    "COMMITMENT_REMAINING",
    "COTERM_COST",
    "COTERM_END",
    "CPOR_ELIGIBLE",
    "CSP_DEPROVISION_DATE",
    "EA_LATE_DISCOUNT",
    "EA_RENEWAL_START",
    "EPT_CHARGE",
    "EPT_CREDIT",
    "EST_ELIGIBLE",
    "EST_PRICE",
    "NCE_ANNIVERSARY",
    "NCE_END_OF_TERM",
    "NCE_OVERLAP_COST",
    "NCE_TERM_END",
    "NCE_UNIT_PRICE",
    "NEXT_REDUCE_DATE",
    "OLS_DEPROVISION_DATE",
    "REDUCE_DEADLINE",
  ];
  it(`generated functions.json from the JSDoc: ${FUNCTIONS.length} functions, each with descriptions and a help URL, error cells allowed in`, () => {
    const meta = JSON.parse(readFileSync(join(dist, "functions.json"), "utf8"));
    expect(meta.allowErrorForDataTypeAny).toBe(true);
    expect(meta.functions.filter((f: { options?: { volatile?: boolean } }) => f.options?.volatile)).toHaveLength(8);
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
    const p = await session.browser.newPage();
    await p.goto(`${session.base}help.html#EA_LATE_DISCOUNT`);
    await expect(p.locator("section#EA_LATE_DISCOUNT h2").textContent()).resolves.toMatch(
      /LIC\.EA_LATE_DISCOUNT\(discount, expiry_date, signed_date, \[segment\], \[reduction\]\)/,
    );
    await expect(p.locator("section").count()).resolves.toBe(FUNCTIONS.length);
    await expect(p.locator("section#NCE_ANNIVERSARY pre").textContent()).resolves.toContain("=LIC.NCE_ANNIVERSARY(");
    await p.close();
  });

  it("built without ADDIN_URL, writes nothing deployable that points at a placeholder host, and the taskpane page loads office.js only", () => {
    expect(existsSync(join(dist, "manifest.prod.xml"))).toBe(false);
    for (const f of readdirSync(dist)) {
      if (/\.(xml|json|html)$/.test(f))
        expect(`${f}: ${/example\.(com|org)/.test(readFileSync(join(dist, f), "utf8"))}`).toBe(`${f}: false`);
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
