/**
 * A workbook's hidden sheets are never the report, whatever order its parts are stored in and however
 * its relationships name the sheets' parts (openpyxl and Dynamics 365 write absolute targets; many
 * tools store xl/workbook.xml after the sheets).
 */
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { unzipSync, zipSync } from "fflate";
import { reviewStream } from "../../src/cli/review-stream";
import { sheetsOf, workbookSheets } from "../../src/cli/xlsx-sheets";
import { iso } from "../../src/rules/dates";

const tmp = mkdtempSync(join(tmpdir(), "rr-sheets-"));

/** A workbook: a visible cover, a hidden lookup sheet with a header row, the report on the third sheet. */
async function coverHiddenReport(): Promise<Buffer> {
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Cover").addRow(["Renewals for December"]);
  const lookup = wb.addWorksheet("Lookup", { state: "hidden" });
  lookup.addRow(["Customer", "Product", "Term", "Start Date", "Qty"]);
  for (let i = 0; i < 3; i++)
    lookup.addRow([`Lookup ${i}`, "Microsoft 365 E3", "P1Y", new Date(Date.UTC(2025, 10, 22)), 5]);
  const report = wb.addWorksheet("Subscriptions");
  report.addRow(["Customer", "Product", "Subscription ID", "Term", "Start Date", "Qty"]);
  report.addRow(["Xlsx Co", "Power BI Pro", "X1", "P1Y", new Date(Date.UTC(2025, 10, 22)), 12]);
  report.addRow(["Xlsx Co", "Visio Plan 2", "X2", "P1Y", new Date(Date.UTC(2025, 11, 20)), 3]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The same workbook's parts stored again: `order` puts parts first; `absolute` writes "/xl/worksheets/…" targets. */
function restored(bytes: Buffer, options: { first?: string[]; last?: string[]; absolute?: boolean }): Buffer {
  const parts = unzipSync(bytes);
  if (options.absolute) {
    const rels = "xl/_rels/workbook.xml.rels";
    parts[rels] = new TextEncoder().encode(
      new TextDecoder().decode(parts[rels]).replace(/Target="(?:\/xl\/)?worksheets\//g, 'Target="/xl/worksheets/'),
    );
  }
  const names = Object.keys(parts);
  const first = options.first ?? [];
  const last = options.last ?? [];
  const ordered = [...first, ...names.filter((n) => !first.includes(n) && !last.includes(n)), ...last];
  return Buffer.from(zipSync(Object.fromEntries(ordered.map((n) => [n, parts[n]]))));
}

describe("a workbook with a visible cover, a hidden sheet and the report on its third sheet", () => {
  const options = { asOf: iso("2026-11-21") };

  it.each([
    ["as exceljs writes it", {}],
    [
      "with the workbook part stored last, after shared strings and relationships",
      {
        first: ["xl/sharedStrings.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"],
        last: ["xl/workbook.xml"],
      },
    ],
    ["with absolute relationship targets (openpyxl, Dynamics 365)", { absolute: true }],
    [
      "with absolute targets and the workbook part last",
      {
        absolute: true,
        first: ["xl/sharedStrings.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"],
        last: ["xl/workbook.xml"],
      },
    ],
  ])(
    "is reviewed from its third sheet, the hidden one neither read nor named (%s)",
    async (_how, how) => {
      const file = join(tmp, `book-${Math.random().toString(36).slice(2)}.xlsx`);
      writeFileSync(file, restored(await coverHiddenReport(), how));
      const result = await reviewStream(file, options);
      expect(result.sheet).toBe("Subscriptions");
      expect(result.rows).toBe(2);
      expect(result.sheetsSkipped).toEqual(["Cover"]);
      expect(result.findings.map((f) => f.customer)).not.toContain("Lookup 0");
    },
    30000,
  );

  it("reads each sheet's name, visibility and part from the workbook's own parts", async () => {
    const file = join(tmp, "parts.xlsx");
    writeFileSync(file, restored(await coverHiddenReport(), { absolute: true, last: ["xl/workbook.xml"] }));
    expect(await workbookSheets(file)).toEqual({
      sheets: [
        { name: "Cover", state: "visible", sheetId: 1, part: 1, tab: 0 },
        { name: "Lookup", state: "hidden", sheetId: 2, part: 2, tab: 1 },
        { name: "Subscriptions", state: "visible", sheetId: 3, part: 3, tab: 2 },
      ],
      date1904: false,
    });
  });

  it("decodes a sheet name's entities and a very hidden state", () => {
    const book =
      '<workbook><sheets><sheet name="R&amp;D" sheetId="4" state="veryHidden" r:id="rId9"/></sheets></workbook>';
    const rels = '<Relationships><Relationship Id="rId9" Target="worksheets/sheet7.xml"/></Relationships>';
    expect(sheetsOf(book, rels)).toEqual([{ name: "R&D", state: "veryHidden", sheetId: 4, part: 7, tab: 0 }]);
  });

  it("gives no sheets for a file that is no zip (the reader then decides alone)", async () => {
    const file = join(tmp, "not-a-zip.xlsx");
    writeFileSync(file, readFileSync(__filename));
    expect(await workbookSheets(file)).toEqual({ sheets: [], date1904: false });
  });
});
