/**
 * The development manifest, checked offline: well-formed (an XML parser from npm, no system tool),
 * every resid resolves, the runtime is shared, URLs are https and point at files the build produces,
 * least privilege, the schema's element order, and the version from package.json. The release
 * manifest made from it is checked on the built release (test/release/release.test.ts).
 */
import { readFileSync } from "fs";
import { join } from "path";
import { XMLValidator } from "fast-xml-parser";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { DEV_URL, ELEMENT_ORDER, manifestFor, officeVersion, topLevelElements } = require("../../scripts/manifest.js");

const root = join(__dirname, "..", "..");
const xml = readFileSync(join(root, "manifest.xml"), "utf8");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const attr = (re: RegExp) => [...xml.matchAll(re)].map((m) => m[1]);

/** Resources by id: <bt:Url id=… DefaultValue=…>, <bt:Image …>, <bt:String …>. */
const resources = new Map(
  [...xml.matchAll(/<bt:(Url|Image|String) id="([^"]+)" DefaultValue="([^"]*)"/g)].map((m) => [
    m[2],
    { kind: m[1], value: m[3] },
  ]),
);

describe("manifest.xml", () => {
  it("is well-formed XML", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(XMLValidator.validate(xml.replace("</Hosts>", ""))).not.toBe(true);
  });

  it("has its top-level elements in the order the OfficeApp schema requires", () => {
    expect(topLevelElements(xml)).toEqual(ELEMENT_ORDER);
  });

  it("carries package.json's version, so a new release is a new manifest version Office reloads", () => {
    expect(/<Version>([^<]+)<\/Version>/.exec(xml)?.[1]).toBe(officeVersion(pkg.version));
    expect(officeVersion("2.10.3")).toBe("2.10.3.0");
    expect(officeVersion("1.2.0-beta.1")).toBe("1.2.0.0");
  });

  it("is exactly the development manifest scripts/manifest.js makes (one source for both environments)", () => {
    expect(manifestFor(xml, { url: DEV_URL, version: pkg.version, environment: "development" })).toBe(xml);
  });

  it("is the development add-in: its own name and the LICDEV namespace, so the release (LIC) can be installed beside it", () => {
    expect(xml).toMatch(/<DisplayName DefaultValue="Renewal Radar \(dev\)"\/>/);
    expect(resources.get("Functions.Namespace")?.value).toBe("LICDEV");
  });

  it("declares the custom-functions runtime it needs (CustomFunctionsRuntime 1.3: the error codes it returns)", () => {
    expect(xml).toMatch(/<Set Name="CustomFunctionsRuntime" MinVersion="1.3"\/>/);
  });

  it("lists AppDomains as origins (scheme, host and port; Office ignores paths)", () => {
    const domains = [...xml.matchAll(/<AppDomain>([^<]+)<\/AppDomain>/g)].map((m) => m[1]);
    for (const d of domains) expect(new URL(d).origin).toBe(d);
  });

  it("every resid names a resource that exists", () => {
    const resids = attr(/resid="([^"]+)"/g);
    expect(resids.length).toBeGreaterThan(10);
    for (const id of resids) expect(resources.has(id) ? id : `missing ${id}`).toBe(id);
  });

  it("runs the task pane and the custom functions in one shared runtime", () => {
    expect(xml).toMatch(/<Set Name="SharedRuntime" MinVersion="1.1"\/>/);
    const runtime = attr(/<Runtime resid="([^"]+)" lifetime="long"\/>/g);
    expect(runtime).toEqual(["Taskpane.Url"]);
    expect(xml).toMatch(/<Page>\s*<SourceLocation resid="Taskpane.Url"\/>/);
    expect(xml).toMatch(/<FunctionFile resid="Taskpane.Url"\/>/);
    expect(xml).toMatch(/<Action xsi:type="ShowTaskpane">[\s\S]*?<SourceLocation resid="Taskpane.Url"\/>/);
  });

  it("points script, page and metadata at the built files", () => {
    expect(resources.get("Functions.Script.Url")?.value).toMatch(/\/functions\.js$/);
    expect(resources.get("Functions.Metadata.Url")?.value).toMatch(/\/functions\.json$/);
    expect(resources.get("Taskpane.Url")?.value).toMatch(/\/taskpane\.html$/);
    const webpack = readFileSync(join(root, "webpack.config.js"), "utf8");
    expect(webpack).toMatch(/filename: "taskpane\.html"/);
    expect(webpack).toMatch(/output: "functions\.json", input: FUNCTION_FILES/);
    expect(webpack).toMatch(/functions: "\.\/src\/functions\/functions\.ts"/);
  });

  it("uses https for every URL and asks only for ReadWriteDocument", () => {
    const urls = [...xml.matchAll(/(?:DefaultValue|<AppDomain>)="?(https?:[^"<]+)/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(8);
    for (const u of urls) expect(u).toMatch(/^https:\/\//);
    expect(xml).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
  });

  it("has a ribbon button on the Home tab that opens the task pane, with 16/32/80 px icons that exist", () => {
    expect(xml).toMatch(/<OfficeTab id="TabHome">[\s\S]*<Control xsi:type="Button"/);
    for (const size of [16, 32, 80]) {
      const image = resources.get(`Icon.${size}x${size}`);
      expect(image?.value).toMatch(new RegExp(`assets/icon-${size}\\.png$`));
      const png = readFileSync(join(root, "assets", `icon-${size}.png`));
      expect(png.readUInt32BE(16)).toBe(size);
    }
  });
});
