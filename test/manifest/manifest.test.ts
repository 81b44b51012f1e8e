/**
 * The add-in manifest, checked offline: well-formed (xmllint), every resid resolves, the runtime is
 * shared, URLs are https and point at files the build produces, least privilege.
 */
import { execFileSync } from "child_process";
import { readFileSync } from "fs";
import { join } from "path";

const root = join(__dirname, "..", "..");
const xml = readFileSync(join(root, "manifest.xml"), "utf8");
const attr = (re: RegExp) => [...xml.matchAll(re)].map((m) => m[1]);

/** Resources by id: <bt:Url id=… DefaultValue=…>, <bt:Image …>, <bt:String …>. */
const resources = new Map(
  [...xml.matchAll(/<bt:(Url|Image|String) id="([^"]+)" DefaultValue="([^"]*)"/g)].map((m) => [m[2], { kind: m[1], value: m[3] }]),
);

describe("manifest.xml", () => {
  it("is well-formed XML (xmllint --noout)", () => {
    expect(() => execFileSync("xmllint", ["--noout", join(root, "manifest.xml")], { stdio: "pipe" })).not.toThrow();
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

  it("declares the LIC namespace and points script, page and metadata at the built files", () => {
    expect(resources.get("Functions.Namespace")?.value).toBe("LIC");
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
