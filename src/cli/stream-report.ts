/**
 * Reading a report file row by row, whatever its size: CSV through papaparse's stream parser
 * (decoded chunk by chunk with TextDecoder: UTF-8, UTF-16 with a BOM, Windows-1252), XLSX through
 * exceljs' streaming workbook reader (its visible sheets in turn, for as long as the caller wants
 * them: see SheetEvents). Each row comes as the cells range.values would give; nothing but the
 * current chunk is held.
 */
import { open, stat } from "fs/promises";
import { extname } from "path";
import { Readable } from "stream";
import { StringDecoder } from "string_decoder";
import Papa from "papaparse";
import iconv from "iconv-lite";
import { ReportError, SEPARATOR_SAMPLE, chooseSeparator, decodeAll, looksBinary, sniffEncoding } from "../review";
import { workbookSheets, type WorkbookSheet } from "./xlsx-sheets";

export class ReadError extends Error {}

/** Called with each row, in order; `bytes` is how far into the file of `size` bytes the reader is (0 when unknown: XLSX). */
export type RowSink = (row: unknown[], bytes: number, size: number) => void;

/** Bytes looked at to choose an encoding (and to tell binary data from a report). */
const SNIFF_BYTES = 1 << 20;
/**
 * Bytes decoded into text at a time. Small on purpose: a chunk's text (at most 32K characters, 64 KB
 * even as two-byte text) stays under V8's large-object size (~128 KB), so it is born in the young
 * generation and dies in the next scavenge. 1 MB texts went to the large-object space, freed only by
 * full collections, and a million-row file piled up ~150 MB of them.
 */
const TEXT_BYTES = 1 << 15;
/**
 * Bytes read from the file at a time, into two Buffers used in turn (outside V8's heap): each read
 * is a round trip to the I/O threads, ~0.07 ms even from the page cache, so 32 KB reads left a
 * million-row file's review waiting ~0.4 s in all. The next block is read while this one is parsed.
 */
const READ_BYTES = 1 << 20;

/**
 * The file's bytes from `start`, a block at a time. A block is overwritten once the next one has
 * been asked for: use it up (decode it) before that.
 */
async function* blocks(path: string, start: number): AsyncGenerator<Buffer> {
  const handle = await open(path, "r");
  const buffers = [Buffer.allocUnsafe(READ_BYTES), Buffer.allocUnsafe(READ_BYTES)];
  let k = 0;
  let position = start;
  let pending = handle.read(buffers[k], 0, READ_BYTES, position);
  try {
    for (;;) {
      const { bytesRead } = await pending;
      if (bytesRead === 0) break;
      const block = buffers[k].subarray(0, bytesRead);
      position += bytesRead;
      k ^= 1;
      pending = handle.read(buffers[k], 0, READ_BYTES, position);
      yield block;
    }
  } finally {
    // A read may still be under way when the parser stops early (an error): let it end first.
    await pending.catch(() => undefined);
    await handle.close();
  }
}

/**
 * A workbook's sheets as they are read. A CSV file has none of these calls. A workbook's visible
 * sheets come in turn, each one's rows numbered from 1; hidden sheets are passed over.
 */
export interface SheetEvents {
  /** A sheet starts: its rows follow. */
  onSheet?: (name: string) => void;
  /** A sheet's rows have all come: true to stop reading the workbook, false to go on to the next sheet. Without it, only the first sheet is read. */
  onSheetEnd?: (name: string) => boolean;
}

/** Reads a report file and calls `onRow` for each row. Resolves with the file's size in bytes. */
export async function streamReport(path: string, onRow: RowSink, sheets: SheetEvents = {}): Promise<number> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new ReadError(`${path} is not a file.`);
    size = info.size;
  } catch (error) {
    if (error instanceof ReadError) throw error;
    throw new ReadError(`Cannot open ${path}: no such file or no permission.`);
  }
  const ext = extname(path).toLowerCase();
  if (ext === ".xls") throw new ReadError(`${path} is an old .xls workbook: save it as .xlsx or CSV.`);
  const head = await firstBytes(path, SNIFF_BYTES);
  const zip = head.subarray(0, 4).toString("latin1") === "PK\u0003\u0004";
  const sink: RowSink = (row, bytes) => onRow(row, bytes, size);
  if (ext === ".xlsx" || ext === ".xlsm" || zip) await streamXlsx(path, sink, sheets);
  else await streamCsv(path, head, sink);
  return size;
}

async function firstBytes(path: string, count: number): Promise<Buffer> {
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.alloc(count);
    const { bytesRead } = await handle.read(buffer, 0, count, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

async function streamCsv(path: string, head: Buffer, onRow: RowSink): Promise<void> {
  const { encoding, skip } = sniffEncoding(head, head.length < SNIFF_BYTES);
  const sample = decodeAll(head.subarray(skip, skip + 400000), encoding);
  if (looksBinary(sample)) throw new ReadError(`${path} is not a CSV or XLSX report (it holds binary data).`);
  let read = skip;
  async function* text(): AsyncGenerator<string> {
    // Chunk by chunk: a character cut at a chunk's end is completed by the next one. Node's own
    // StringDecoder for UTF-8 and UTF-16 LE (twice as fast as TextDecoder here), iconv-lite for
    // Windows-1252 (Node's TextDecoder reads it as Latin-1: see review/decode.ts), TextDecoder for UTF-16 BE.
    const decoder =
      encoding === "utf-8" || encoding === "utf-16le"
        ? new StringDecoder(encoding === "utf-8" ? "utf8" : "utf16le")
        : encoding === "windows-1252"
          ? iconv.getDecoder("windows-1252")
          : undefined;
    const other = decoder ? undefined : new TextDecoder(encoding);
    for await (const block of blocks(path, skip)) {
      for (let at = 0; at < block.length; at += TEXT_BYTES) {
        const chunk = block.subarray(at, at + TEXT_BYTES);
        read += chunk.length;
        const t = decoder ? decoder.write(chunk) : other!.decode(chunk, { stream: true });
        if (t) yield t;
      }
    }
    const rest = decoder ? decoder.end() : other!.decode();
    if (rest) yield rest;
  }
  await new Promise<void>((resolve, reject) => {
    Papa.parse<string[]>(Readable.from(text()) as unknown as NodeJS.ReadableStream, {
      skipEmptyLines: false,
      // Chosen from the table in the file's first lines (a `;` file with decimal commas and title lines first).
      delimiter: chooseSeparator(sample.slice(0, SEPARATOR_SAMPLE)),
      chunk: (results) => {
        for (const row of results.data) onRow(row, read, 0);
      },
      complete: () => resolve(),
      error: (error: Error) => reject(new ReadError(`${path} could not be read: ${error.message}`)),
    });
  });
}

/** A sheet as exceljs' streaming reader hands it: its rows, and its name and visibility when it knows them. */
type StreamedSheet = AsyncIterable<{ number: number; values: unknown }> & {
  id?: number | string;
  name?: string;
  state?: string;
};

/**
 * The sheet exceljs hands on, as the workbook's own parts say (./xlsx-sheets): exceljs names a sheet
 * "SheetN" after its part sheetN.xml and gives no visibility when it read the sheet before the
 * workbook part; when it did read the workbook part first, `id` is the sheet's sheetId and `name` its name.
 */
function describedSheet(sheet: StreamedSheet, book: readonly WorkbookSheet[]): { name?: string; hidden: boolean } {
  const id = Number(sheet.id);
  const found =
    book.find((s) => s.name === sheet.name && (s.part === id || s.sheetId === id)) ?? book.find((s) => s.part === id);
  const state = found?.state ?? sheet.state ?? "visible";
  return { name: found?.name ?? sheet.name, hidden: state !== "visible" };
}

/**
 * Times a workbook is read again when exceljs' streaming reader stops early. Its zip iteration can
 * end before the last part is read (a race, ~1 read in 200 here, more under load): before any sheet
 * came, a workbook whose xl/workbook.xml is its last part — as exceljs itself writes them — fails with
 * "Cannot read properties of undefined (reading 'sheets')"; after some sheets came, the iteration
 * just ends, and the sheets after them were never seen (a report behind a cover sheet was then
 * "not found"). The workbook's own parts say how many worksheets it has (./xlsx-sheets): a read that
 * ends short of them is read again from the first sheet not yet handed on — the sheets handed on
 * before are passed over, so no row is handed on twice. A damaged file fails every time.
 */
const XLSX_READS = 3;

/** How far a workbook's reading got: sheets read through (handed on or passed over), and whether the caller stopped it. */
interface XlsxProgress {
  sheetsDone: number;
  /** A sheet is being handed on: a failure now cannot be read again without handing rows on twice. */
  inSheet: boolean;
  stopped: boolean;
}

/** The zip iteration ended before every worksheet was seen (see XLSX_READS). */
class ShortRead extends Error {}

async function streamXlsx(path: string, onRow: RowSink, events: SheetEvents): Promise<void> {
  const progress: XlsxProgress = { sheetsDone: 0, inSheet: false, stopped: false };
  for (let attempt = 1; ; attempt++) {
    try {
      return await streamXlsxOnce(path, onRow, events, progress);
    } catch (error) {
      const retry = !(error instanceof ReadError || error instanceof ReportError) && !progress.inSheet;
      if (!retry || attempt >= XLSX_READS) throw unreadable(path, error);
    }
  }
}

/** Ours as they are; the zip library's own words ("end of central directory record signature not found") mean nothing to a user. */
function unreadable(path: string, error: unknown): Error {
  if (error instanceof ReadError || error instanceof ReportError) return error;
  return new ReadError(
    `${path} is not a readable .xlsx workbook (damaged, password-protected, or another format renamed .xlsx): open it in Excel and save it as .xlsx or CSV.`,
  );
}

async function streamXlsxOnce(
  path: string,
  onRow: RowSink,
  events: SheetEvents,
  progress: XlsxProgress,
): Promise<void> {
  const { default: ExcelJS } = await import("exceljs");
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    worksheets: "emit",
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    entries: "ignore",
  });
  const { sheets: book, date1904 } = await workbookSheets(path);
  // exceljs looks a sheet up in the workbook part's model, and its date system up in the part's
  // properties, as it reads the sheet — and fails ("reading 'sheets'", "reading 'model'") when the
  // sheet comes before that part. Given both from the workbook's own parts, it reads on; `book`
  // names the sheet and says whether it is hidden.
  const early = reader as unknown as { model?: { sheets?: unknown[] }; properties?: { model?: { date1904: boolean } } };
  early.model ??= { sheets: [] };
  early.properties ??= { model: { date1904 } };
  let seen = 0;
  let visible = 0;
  for await (const item of reader) {
    const sheet = item as unknown as StreamedSheet;
    const described = describedSheet(sheet, book);
    const index = seen++;
    // A sheet's part must be read through before the next one comes, also when it is passed over
    // (hidden, or handed on by an earlier read of this workbook).
    if (!described.hidden) visible++;
    if (described.hidden || index < progress.sheetsDone) {
      for await (const row of sheet) void row;
      progress.sheetsDone = Math.max(progress.sheetsDone, index + 1);
      continue;
    }
    progress.inSheet = true;
    const name = described.name ?? `Sheet${visible}`;
    events.onSheet?.(name);
    let next = 1;
    for await (const row of sheet) {
      // Rows the file leaves out are empty rows: keep the numbering of the sheet.
      for (; next < row.number; next++) onRow([], 0, 0);
      const values = Array.isArray(row.values) ? row.values.slice(1) : [];
      onRow(Array.from(values, plainValue), 0, 0);
      next = row.number + 1;
    }
    progress.inSheet = false;
    progress.sheetsDone = index + 1;
    if (events.onSheetEnd ? events.onSheetEnd(name) : true) {
      progress.stopped = true;
      break;
    }
  }
  // The workbook's own parts say how many worksheets exceljs should have handed over.
  const worksheets = book.filter((s) => s.part !== undefined).length;
  if (!progress.stopped && seen < worksheets) throw new ShortRead(`${seen} of ${worksheets} worksheets read`);
  if (!visible) throw new ReadError(`${path} has no worksheet.`);
}

/** What a formula cell reads as when the file holds no value for it (an error result, or never calculated). */
export const FORMULA_WITHOUT_VALUE = "(a formula with no saved value)";

/** An exceljs cell value as range.values would give it: formulas as their result, rich text as text. */
export function plainValue(value: unknown): unknown {
  if (value === null || value === undefined) return "";
  if (value instanceof Date || typeof value !== "object") return value;
  const v = value as { result?: unknown; richText?: { text: string }[]; text?: string; error?: string };
  if ("result" in v) return plainValue(v.result);
  if (v.richText) return v.richText.map((t) => t.text).join("");
  if (typeof v.text === "string") return v.text;
  if (v.error) return v.error;
  // A formula saved without its value, or whose value is an error (exceljs's stream reader keeps no
  // error result): what the cell shows is unknown — said in words, never "[object Object]".
  if ("formula" in v || "sharedFormula" in v) return FORMULA_WITHOUT_VALUE;
  return String(value);
}
