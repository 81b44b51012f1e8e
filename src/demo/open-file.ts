/**
 * The demo takes your own report: a CSV (any encoding the review reads) or an .xlsx workbook's first
 * visible sheet, read in the page — nothing is uploaded. An .xlsx is unzipped with fflate and its
 * sheet read with the browser's DOMParser: numbers as numbers (date cells are serials, as Excel's
 * range.values gives them), shared and inline strings as text, booleans as TRUE/FALSE.
 */
import { strFromU8, unzipSync } from "fflate";
import { decodeReport, parseCsv } from "../review";
import { columnIndex } from "../util/a1";
import { sheetsOf } from "../util/xlsx-parts";

export interface OpenedReport {
  /** The sheet's name for the demo workbook: the file's name, and the sheet's for a workbook. */
  name: string;
  cells: unknown[][];
}

/** Reads a dropped or chosen file's bytes as the report's cells. Throws an Error saying what to do. */
export function readReportFile(fileName: string, bytes: Uint8Array): OpenedReport {
  const base = fileName.replace(/\.[^.]+$/, "").slice(0, 24) || "Report";
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4;
  if (/\.xls$/i.test(fileName)) throw new Error("An old .xls workbook: save it as .xlsx or CSV.");
  if (!zip) return { name: base, cells: parseCsv(decodeReport(bytes).text) };
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, {
      filter: (f) => f.name.startsWith("xl/") && !f.name.startsWith("xl/media/"),
    });
  } catch {
    throw new Error(`${fileName} is not a readable .xlsx workbook: open it in Excel and save it as .xlsx or CSV.`);
  }
  const text = (name: string) => (parts[name] ? strFromU8(parts[name]) : "");
  const sheet = sheetsOf(text("xl/workbook.xml"), text("xl/_rels/workbook.xml.rels")).find(
    (s) => s.state === "visible" && s.part !== undefined,
  );
  if (!sheet) throw new Error(`${fileName} has no visible worksheet.`);
  const shared = sharedStrings(text("xl/sharedStrings.xml"));
  return {
    name: `${base} – ${sheet.name}`.slice(0, 31),
    cells: sheetCells(text(`xl/worksheets/sheet${sheet.part}.xml`), shared),
  };
}

function parse(xml: string): Document {
  return new DOMParser().parseFromString(xml, "application/xml");
}

/** The shared strings' texts, in order (rich text runs joined). */
function sharedStrings(xml: string): string[] {
  if (!xml) return [];
  return Array.from(parse(xml).getElementsByTagName("si"), (si) =>
    Array.from(si.getElementsByTagName("t"), (t) => t.textContent ?? "").join(""),
  );
}

/** A worksheet part's cells as rows (rows and columns the file leaves out are blank). */
function sheetCells(xml: string, shared: readonly string[]): unknown[][] {
  const rows: unknown[][] = [];
  for (const row of Array.from(parse(xml).getElementsByTagName("row"))) {
    const r = Number(row.getAttribute("r")) - 1;
    const cells: unknown[] = [];
    for (const c of Array.from(row.getElementsByTagName("c"))) {
      const ref = /^([A-Z]+)\d+$/.exec(c.getAttribute("r") ?? "");
      const column = ref ? columnIndex(ref[1]) : cells.length;
      const v = c.getElementsByTagName("v")[0]?.textContent ?? "";
      const type = c.getAttribute("t");
      cells[column] =
        type === "s"
          ? (shared[Number(v)] ?? "")
          : type === "inlineStr"
            ? Array.from(c.getElementsByTagName("t"), (t) => t.textContent ?? "").join("")
            : type === "b"
              ? v === "1"
              : type === "str" || type === "e"
                ? v
                : v === ""
                  ? ""
                  : Number(v);
    }
    rows[r >= 0 ? r : rows.length] = Array.from(cells, (x) => (x === undefined ? "" : x));
  }
  return Array.from(rows, (x) => x ?? []);
}
