/**
 * The release an administrator deploys: `ADDIN_URL=https://addins.example.org/rr/ npm run release`
 * (npm test runs it before this suite) writes release/ with its own manifest. Checked as Office and
 * a static host would see it: every URL under ADDIN_URL, no localhost, its own Id, package.json's
 * version, origins as AppDomains, the schema's element order, and every file the manifest names.
 */
import { existsSync, readFileSync, readdirSync } from "fs";
import { join } from "path";
import { XMLValidator } from "fast-xml-parser";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ELEMENT_ORDER, ENVIRONMENTS, officeVersion, topLevelElements } = require("../../scripts/manifest.js");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { policyText } = require("../../scripts/csp.js");

const root = join(__dirname, "..", "..");
const out = join(root, "release");
export const RELEASE_URL = "https://addins.example.org/rr/";
const read = (file: string) => readFileSync(join(out, file), "utf8");
const manifest = read("manifest.xml");
const development = readFileSync(join(root, "manifest.xml"), "utf8");
const version = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version;
const urls = [...manifest.matchAll(/(?:DefaultValue="|<AppDomain>)(https?:\/\/[^"<]+)/g)].map((m) => m[1]);
const files = (dir: string): string[] =>
  readdirSync(join(out, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name).replace(/\\/g, "/")]));

describe("npm run release (ADDIN_URL=https://addins.example.org/rr/)", () => {
  it("writes a well-formed manifest whose top-level elements are in the schema's order", () => {
    expect(XMLValidator.validate(manifest)).toBe(true);
    expect(topLevelElements(manifest)).toEqual(ELEMENT_ORDER);
  });

  it("points every URL of the manifest under ADDIN_URL and names localhost nowhere in the release", () => {
    expect(urls.length).toBeGreaterThan(10);
    for (const u of urls.filter((x) => !manifest.includes(`<AppDomain>${x}<`))) expect(u.startsWith(RELEASE_URL) ? "under ADDIN_URL" : u).toBe("under ADDIN_URL");
    for (const f of files("")) {
      if (/\.(xml|json|html|js|css)$/.test(f)) expect(`${f}: ${/localhost/.test(read(f))}`).toBe(`${f}: false`);
    }
  });

  it("lists AppDomains as bare origins", () => {
    const domains = [...manifest.matchAll(/<AppDomain>([^<]+)<\/AppDomain>/g)].map((m) => m[1]);
    expect(domains).toEqual(["https://addins.example.org"]);
  });

  it("is its own add-in: an Id other than development's, the name Renewal Radar and the LIC namespace", () => {
    const id = /<Id>([^<]+)<\/Id>/.exec(manifest)?.[1];
    expect(id).toBe(ENVIRONMENTS.release.id);
    expect(id).not.toBe(/<Id>([^<]+)<\/Id>/.exec(development)?.[1]);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(manifest).toMatch(/<DisplayName DefaultValue="Renewal Radar"\/>/);
    expect(manifest).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="LIC"\/>/);
  });

  it("carries package.json's version", () => {
    expect(/<Version>([^<]+)<\/Version>/.exec(manifest)?.[1]).toBe(officeVersion(version));
  });

  it("contains every file the manifest points at, icons under content-hashed names of the right size", () => {
    for (const u of urls.filter((x) => x.startsWith(RELEASE_URL))) {
      const file = u.slice(RELEASE_URL.length).replace(/#.*$/, "");
      expect(`${file}: ${existsSync(join(out, file))}`).toBe(`${file}: true`);
    }
    for (const size of [16, 32, 80]) {
      const icon = new RegExp(`assets/(icon-${size}\\.[0-9a-f]{10}\\.png)`).exec(manifest)?.[1];
      expect(icon).toBeDefined();
      expect(readFileSync(join(out, "assets", icon!)).readUInt32BE(16)).toBe(size);
    }
  });

  it("serves a support page and a privacy page that says the data never leaves the workbook", () => {
    expect(manifest).toContain(`<SupportUrl DefaultValue="${RELEASE_URL}support.html"/>`);
    expect(read("support.html")).toContain(`Version ${version}`);
    expect(read("support.html")).toMatch(/help\.html/);
    expect(read("privacy.html")).toMatch(/data never leaves your workbook/i);
    expect(read("privacy.html")).toMatch(/no network requests/i);
  });

  it("points each function's help at the release's help page and ships no demo", () => {
    const meta = JSON.parse(read("functions.json"));
    for (const f of meta.functions) expect(f.helpUrl).toBe(`${RELEASE_URL}help.html#${f.id}`);
    expect(existsSync(join(out, "demo.html"))).toBe(false);
    expect(existsSync(join(out, "help.html"))).toBe(true);
  });

  it("gives the task pane page the checked Content-Security-Policy and office.js as its only foreign script", () => {
    const html = read("taskpane.html");
    expect(html).toContain(policyText());
    const external = [...html.matchAll(/src="?(https?:[^"\s>]+)/g)].map((m) => m[1]);
    expect(external).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
  });
});
