/**
 * `--highlight copy.xlsx` made part by part (large workbooks) gives the same copy as made through
 * exceljs: the same fills on the same cells, values, number formats and fonts kept, other sheets kept.
 */
import fc from "fast-check";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import type { Workbook } from "exceljs";
import type { Severity } from "../../src/review/findings/findings";
import { SheetPainter } from "../../src/cli/sheet-painter";
import { writeHighlightedCopy } from "../../src/cli/xlsx-highlight";

const tmp = mkdtempSync(join(tmpdir(), "rr-highlight-"));
const severities = new Map<number, Severity>([
  [2, "warning"],
  [4, "high"],
  [5, "info"],
]);

async function load(path: string): Promise<Workbook> {
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** What a user sees of the first sheet's first rows: value, fill, number format, bold, per cell. */
async function looks(path: string, rows: number, columns: number): Promise<unknown[]> {
  const wb = await load(path);
  const sheet = wb.worksheets[0];
  const out: unknown[] = [];
  for (let r = 1; r <= rows; r++) {
    for (let c = 1; c <= columns; c++) {
      const cell = sheet.getRow(r).getCell(c);
      const fill = (cell.fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb;
      out.push([
        r,
        c,
        cell.value instanceof Date ? cell.value.toISOString() : cell.value,
        fill,
        cell.numFmt,
        cell.font?.bold ?? false,
      ]);
    }
  }
  return out;
}

async function bothWays(input: string, width: number) {
  const viaExcelJs = join(tmp, "via-exceljs.xlsx");
  const streamed = join(tmp, "streamed.xlsx");
  const before = readFileSync(input);
  await writeHighlightedCopy(input, viaExcelJs, severities, width, 0, false);
  await writeHighlightedCopy(input, streamed, severities, width, 0, true);
  expect(readFileSync(input).equals(before)).toBe(true);
  return { viaExcelJs, streamed };
}

describe("a highlighted copy made part by part", () => {
  it("fills the same cells as exceljs does and keeps values, dates, number formats, fonts and the other sheets", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Report");
    ws.addRow(["Customer", "Product", "Seats", "Start Date", "Price"]).font = { bold: true };
    for (let i = 0; i < 6; i++)
      ws.addRow([
        `Customer ${i}`,
        i === 3 ? null : "Microsoft 365 E3",
        i + 1,
        new Date(Date.UTC(2025, i, 15)),
        36.5 + i,
      ]);
    ws.getColumn(4).numFmt = "yyyy-mm-dd";
    ws.getColumn(5).numFmt = "#,##0.00";
    ws.getCell("B5").value = null; // a gap in a painted row
    ws.getCell("C5").font = { bold: true };
    wb.addWorksheet("Notes").getCell("A1").value = "keep me";
    const input = join(tmp, "styled.xlsx");
    await wb.xlsx.writeFile(input);
    const { viaExcelJs, streamed } = await bothWays(input, 5);
    const seen = await looks(streamed, 7, 6);
    expect(seen).toEqual(await looks(viaExcelJs, 7, 6));
    expect(seen).toContainEqual([2, 1, "Customer 0", "FFFFE8A3", undefined, false]);
    expect(seen).toContainEqual([4, 4, "2025-03-15T00:00:00.000Z", "FFF4B6B6", "yyyy-mm-dd", false]);
    expect(seen).toContainEqual([5, 3, 4, "FFCFE3F7", undefined, true]);
    expect(seen).toContainEqual([3, 1, "Customer 1", undefined, undefined, false]);
    // A row not painted keeps no fill, also in a column whose cells share the column's style.
    expect(seen).toContainEqual([3, 4, "2025-02-15T00:00:00.000Z", undefined, "yyyy-mm-dd", false]);
    expect((await load(streamed)).getWorksheet("Notes")!.getCell("A1").value).toBe("keep me");
  });

  it("paints the sheet it is told (by its name, as written in the workbook: R&D), both ways", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Cover").addRow(["Report of the month"]);
    const ws = wb.addWorksheet("R&D <Subs>");
    for (let i = 0; i < 6; i++) ws.addRow([`Customer ${i}`, "Power BI Pro", i]);
    const input = join(tmp, "named.xlsx");
    await wb.xlsx.writeFile(input);
    for (const streamedWay of [false, true]) {
      const copy = join(tmp, `named-${streamedWay}.xlsx`);
      await writeHighlightedCopy(input, copy, severities, 3, 0, streamedWay, undefined, "R&D <Subs>");
      const out = await load(copy);
      const fill = (sheet: string, row: number) =>
        (out.getWorksheet(sheet)!.getRow(row).getCell(1).fill as { fgColor?: { argb?: string } } | undefined)?.fgColor
          ?.argb;
      expect([streamedWay, fill("R&D <Subs>", 2), fill("R&D <Subs>", 4), fill("R&D <Subs>", 3)]).toEqual([
        streamedWay,
        "FFFFE8A3",
        "FFF4B6B6",
        undefined,
      ]);
      expect(fill("Cover", 1)).toBeUndefined();
    }
  });

  it("copies a workbook written as a stream (inline strings) the same way", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const input = join(tmp, "inline.xlsx");
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({
      filename: input,
      useStyles: true,
      useSharedStrings: false,
    });
    const ws = writer.addWorksheet("Report");
    ws.addRow(["Customer", "Product", "Seats"]).commit();
    for (let i = 0; i < 8; i++) ws.addRow([`Customer ${i}`, "Power BI Pro", i]).commit();
    await ws.commit();
    await writer.commit();
    const { viaExcelJs, streamed } = await bothWays(input, 3);
    expect(await looks(streamed, 9, 4)).toEqual(await looks(viaExcelJs, 9, 4));
  });

  it("reads a sheet whose rows and cells carry no position and whose elements have a namespace prefix", async () => {
    const ns =
      'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
    const cells = (values: string[]) =>
      values.map((v) => `<x:c t="inlineStr"><x:is><x:t>${v}</x:t></x:is></x:c>`).join("");
    const rows = [
      ["Customer", "Product"],
      ["A", "P1"],
      ["B", "P2"],
      ["C", "P3"],
      ["D", "P4"],
      ["E", "P5"],
    ]
      .map((r) => `<x:row>${cells(r)}</x:row>`)
      .join("");
    const files = {
      "[Content_Types].xml": strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/data.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
      ),
      "_rels/.rels": strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      ),
      "xl/workbook.xml": strToU8(
        `<?xml version="1.0" encoding="UTF-8"?><x:workbook ${ns}><x:sheets><x:sheet name="Data" sheetId="1" r:id="rId7"/></x:sheets></x:workbook>`,
      ),
      "xl/_rels/workbook.xml.rels": strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/data.xml"/><Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
      ),
      "xl/styles.xml": strToU8(
        `<?xml version="1.0" encoding="UTF-8"?><x:styleSheet ${ns}><x:fonts count="1"><x:font><x:sz val="11"/><x:name val="Calibri"/></x:font></x:fonts><x:fills count="2"><x:fill><x:patternFill patternType="none"/></x:fill><x:fill><x:patternFill patternType="gray125"/></x:fill></x:fills><x:borders count="1"><x:border/></x:borders><x:cellStyleXfs count="1"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></x:cellStyleXfs><x:cellXfs count="1"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></x:cellXfs></x:styleSheet>`,
      ),
      "xl/worksheets/data.xml": strToU8(
        `<?xml version="1.0" encoding="UTF-8"?><x:worksheet ${ns}><x:sheetData>${rows}</x:sheetData></x:worksheet>`,
      ),
    };
    const input = join(tmp, "prefixed.xlsx");
    writeFileSync(input, zipSync(files));
    const streamed = join(tmp, "prefixed-copy.xlsx");
    await writeHighlightedCopy(input, streamed, severities, 3, 0, true);
    // exceljs does not read prefixed parts: the copy is checked as text.
    const parts = unzipSync(readFileSync(streamed));
    expect(Object.keys(parts).sort()).toEqual(Object.keys(files).sort());
    const sheet = strFromU8(parts["xl/worksheets/data.xml"]);
    const row = (n: number) => sheet.split("<x:row")[n];
    // One style before (0); painted copies: 1 high, 2 warning, 3 info.
    expect(row(2)).toBe(
      '><x:c t="inlineStr" s="2"><x:is><x:t>A</x:t></x:is></x:c><x:c t="inlineStr" s="2"><x:is><x:t>P1</x:t></x:is></x:c><x:c r="C2" s="2"/></x:row>',
    );
    expect(row(4)).toContain("<x:t>C</x:t>");
    expect(row(4)).toContain('s="1"');
    expect(row(3)).not.toContain(" s=");
    const styles = strFromU8(parts["xl/styles.xml"]);
    expect(styles).toContain('<x:fills count="5">');
    expect(styles).toContain('<x:fill><x:patternFill patternType="solid"><x:fgColor rgb="FFF4B6B6"/>');
    expect(styles).toContain('<x:cellXfs count="4">');
    expect(styles).toContain('<x:xf numFmtId="0" fontId="0" borderId="0" xfId="0" fillId="3" applyFill="1"/>');
    for (const [name, bytes] of Object.entries(files))
      if (!/data\.xml|styles\.xml/.test(name)) expect(strFromU8(parts[name])).toBe(strFromU8(bytes));
  });

  it("paints a sheet the same whatever pieces its text comes in", () => {
    const rows = Array.from(
      { length: 12 },
      (_, i) =>
        `<row r="${i + 1}" spans="1:3"><c r="A${i + 1}" s="1" t="s"><v>${i}</v></c><c r="C${i + 1}"><v>${i * 2}</v></c></row>`,
    ).join("");
    const text = `<?xml version="1.0"?><worksheet><sheetData>${rows}<row r="13"/></sheetData><mergeCells count="0"/></worksheet>`;
    const paint = () => new SheetPainter((row) => (row % 3 === 0 ? row % 2 : -1), 2, 3);
    const whole = paint().push(text, true);
    expect(whole).toContain(
      '<row r="3"><c r="A3" t="s" s="5"><v>2</v></c><c r="B3" s="4"/><c r="C3" s="4"><v>4</v></c></row>',
    );
    expect(whole).toContain('<row r="1" spans="1:3"><c r="A1" s="1" t="s">');
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: text.length - 1 }), { maxLength: 20 }), (cuts) => {
        const at = [...new Set(cuts)].sort((a, b) => a - b);
        const painter = paint();
        let out = "";
        let from = 0;
        for (const cut of at) {
          out += painter.push(text.slice(from, cut), false);
          from = cut;
        }
        out += painter.push(text.slice(from), true);
        expect(out).toBe(whole);
      }),
      { numRuns: 300 },
    );
  });
});
