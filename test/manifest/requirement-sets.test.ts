/**
 * The ExcelApi requirement set the manifest declares covers every office.js API the Excel host
 * calls: each API is listed here with the set that introduced it (Microsoft's requirement-set
 * pages), the list is checked against the host's source, and the manifest must declare at least
 * the highest set in it. Calling a newer API without updating the manifest fails this test.
 */
import { readFileSync } from "fs";
import { join } from "path";

const root = join(__dirname, "..", "..");
const host = ["excel-host.ts", "date-system-probe.ts"]
  .map((f) => readFileSync(join(root, "src", "excel", f), "utf8"))
  .join("\n");
const manifest = readFileSync(join(root, "manifest.xml"), "utf8");

/** office.js members the host uses → the ExcelApi set they need ("common" = Common API, not ExcelApi). */
const API_SETS: Record<string, string> = {
  run: "1.1",
  sync: "1.1",
  load: "1.1",
  getActiveWorksheet: "1.1",
  getItem: "1.1",
  getRange: "1.1",
  add: "1.1",
  activate: "1.1",
  select: "1.1",
  values: "1.1",
  numberFormat: "1.1",
  format: "1.1",
  font: "1.1",
  bold: "1.1",
  fill: "1.1",
  color: "1.1",
  protection: "1.2",
  protected: "1.2",
  autofitColumns: "1.2",
  getUsedRangeOrNullObject: "1.4",
  conditionalFormats: "1.6",
  custom: "1.6",
  rule: "1.6",
  formula: "1.6",
  delete: "1.6",
  getRangeByIndexes: "1.7",
  freezePanes: "1.7",
  freezeRows: "1.7",
  hyperlink: "1.7",
  getSelectedRanges: "1.9",
  getRanges: "1.9",
  // The date system probe (DATE(1904,1,1)) and Excel's calculation held during writes.
  functions: "1.2",
  application: "1.1",
  calculate: "1.1",
  suspendApiCalculationUntilNextSync: "1.6",
  allowFormatCells: "1.2",
  options: "1.2",
  // The stale-findings watch.
  onChanged: "1.7",
  remove: "1.7",
  address: "1.7",

  // Office (Common API), not ExcelApi: settings and theme live in the document and context.
  settings: "common",
  saveAsync: "common",
  officeTheme: "common",
  platform: "common",
  onReady: "common",
};

/** Names called or read after a dot in the host that are office.js members (not JavaScript's own). */
const JS_OWN = new Set([
  "iOS",
  "full",
  "removed",
  "failed",
  "reason",
  "catch",
  "dateSystem",
  "highlight",
  "actBy",
  "date",
  "firstColumn",
  "sheet",
  "columns",
  "column",
  "row",
  "rows",
  "map",
  "slice",
  "replace",
  "min",
  "max",
  "test",
  "set",
  "read",
  "push",
  "join",
  "includes",
  "has",
  "get",
  "forEach",
  "floor",
  "filter",
  "matchMedia",
  "matches",
  "isNullObject",
  "items",
  "name",
  "message",
  "status",
  "error",
  "type",
  "areaCount",
  "areas",
  "rowIndex",
  "columnIndex",
  "rowCount",
  "columnCount",
  "context",
  "document",
  "workbook",
  "worksheets",
  "customOrNullObject",
  "bodyBackgroundColor",
  "aborted",
  "length",
  "code",
  "AsyncResultStatus",
  "Succeeded",
  "ConditionalFormatType",
  "value",
]);

const version = (v: string) =>
  v
    .split(".")
    .map(Number)
    .reduce((a, n) => a * 100 + n, 0);

describe("ExcelApi requirement set", () => {
  it("asks Excel.run to wait for a cell edit (delayForCellEdit, ExcelApi 1.11), an option older hosts ignore, so it needs no higher set", () => {
    expect(host).toMatch(/const RUN_OPTIONS = \{ delayForCellEdit: true \}/);
  });

  const used = new Set(
    // Comments and double-quoted strings ("RenewalRadar.handled", a settings key) are not member accesses.
    [
      ...host
        .replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "")
        .replace(/"(?:[^"\\\n]|\\.)*"/g, '""')
        .matchAll(/\.([a-zA-Z]+)\b/g),
    ]
      .map((m) => m[1])
      .filter((n) => !JS_OWN.has(n) && !/^[A-Z]/.test(n) && n.length > 2),
  );

  it("every office.js member the host uses is listed with the set it needs", () => {
    for (const name of used)
      expect(`${name}: ${API_SETS[name] ?? "not listed — add it with its requirement set"}`).toBe(
        `${name}: ${API_SETS[name]}`,
      );
  });

  it("every listed member is still used (the list stays honest)", () => {
    for (const name of Object.keys(API_SETS)) expect(`${name} used: ${used.has(name)}`).toBe(`${name} used: true`);
  });

  it("the manifest declares ExcelApi at least as high as the highest set used (1.9: getSelectedRanges, getRanges), beside SharedRuntime 1.1", () => {
    const declared = /<Set Name="ExcelApi" MinVersion="([\d.]+)"\/>/.exec(manifest)?.[1];
    expect(declared).toBeDefined();
    const needed = Object.values(API_SETS)
      .filter((v) => v !== "common")
      .sort((a, b) => version(b) - version(a))[0];
    expect(needed).toBe("1.9");
    expect(version(declared!)).toBeGreaterThanOrEqual(version(needed));
    expect(manifest).toMatch(/<Set Name="SharedRuntime" MinVersion="1.1"\/>/);
  });
});
