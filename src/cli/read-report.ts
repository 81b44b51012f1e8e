/**
 * Reading a report file into cells, the same 2-D array Excel's range.values gives the pane:
 * CSV with papaparse (quotes, BOM, ragged rows), XLSX (first sheet) with exceljs.
 */
import { readFile, stat } from "fs/promises";
import { extname } from "path";
import { parseCsv } from "../review/csv";
import { decodeReport, looksBinary } from "../review/decode";

/** Files above this size are refused with a clear message rather than exhausting memory. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

export class ReadError extends Error {}

export async function readReport(path: string): Promise<unknown[][]> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new ReadError(`${path} is not a file.`);
    size = info.size;
  } catch (error) {
    if (error instanceof ReadError) throw error;
    throw new ReadError(`Cannot open ${path}: no such file or no permission.`);
  }
  if (size > MAX_FILE_BYTES) throw new ReadError(`${path} is ${Math.round(size / 1048576)} MB: reports over ${MAX_FILE_BYTES / 1048576} MB are not read. Split it.`);
  const ext = extname(path).toLowerCase();
  if (ext === ".xlsx" || ext === ".xlsm") return readXlsx(path);
  if (ext === ".xls") throw new ReadError(`${path} is an old .xls workbook: save it as .xlsx or CSV.`);
  const buffer = await readFile(path);
  if (buffer.subarray(0, 4).toString("latin1") === "PK\u0003\u0004") return readXlsx(path);
  const { text } = decodeReport(buffer);
  if (looksBinary(text)) throw new ReadError(`${path} is not a CSV or XLSX report (it holds binary data).`);
  return parseCsv(text);
}

async function readXlsx(path: string): Promise<unknown[][]> {
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch {
    // The zip library's own words ("end of central directory record signature not found") mean nothing to a user.
    throw new ReadError(`${path} is not a readable .xlsx workbook (damaged, password-protected, or another format renamed .xlsx): open it in Excel and save it as .xlsx or CSV.`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new ReadError(`${path} has no worksheet.`);
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const values: unknown[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      values[col - 1] = plainValue(cell.value);
    });
    rows[number - 1] = Array.from(values, (v) => (v === undefined ? "" : v));
  });
  return Array.from(rows, (r) => r ?? []);
}

/** An exceljs cell value as range.values would give it: formulas as their result, rich text as text. */
function plainValue(value: unknown): unknown {
  if (value === null || value === undefined) return "";
  if (value instanceof Date || typeof value !== "object") return value;
  const v = value as { result?: unknown; richText?: { text: string }[]; text?: string; error?: string };
  if ("result" in v) return plainValue(v.result);
  if (v.richText) return v.richText.map((t) => t.text).join("");
  if (typeof v.text === "string") return v.text;
  if (v.error) return v.error;
  return String(value);
}
