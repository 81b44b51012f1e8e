/**
 * A workbook's sheets as its own parts say (`xl/workbook.xml` and its relationships): each sheet's
 * name, whether it is hidden, and the part that holds it. exceljs' streaming reader knows a sheet's
 * name and visibility only when the workbook part comes before the sheet's in the zip — files
 * written by exceljs itself, by Dynamics 365 and by other tools put it last — so a hidden sheet was
 * read as the report. The two small parts are read here straight from the zip's central directory,
 * in whatever order the parts are stored, without reading the rest of the file.
 */
import { open } from "fs/promises";
import { inflateSync } from "fflate";
import { attributes, sheetsOf, type WorkbookSheet } from "../util/xlsx-parts";

export { sheetsOf, type WorkbookSheet };

/** The end-of-central-directory record is within the last 64 KB + its own 22 bytes. */
const TAIL_BYTES = 65557;

/**
 * The workbook's sheets, in tab order, and whether it counts dates from 1904; no sheets when the
 * parts cannot be found (the reader then decides alone).
 */
export async function workbookSheets(path: string): Promise<{ sheets: WorkbookSheet[]; date1904: boolean }> {
  try {
    const parts = await readZipParts(path, ["xl/workbook.xml", "xl/_rels/workbook.xml.rels"]);
    const book = parts.get("xl/workbook.xml");
    if (!book) return { sheets: [], date1904: false };
    const properties = attributes(/<(?:\w+:)?workbookPr\b[^>]*>/.exec(book)?.[0] ?? "");
    return {
      sheets: sheetsOf(book, parts.get("xl/_rels/workbook.xml.rels") ?? ""),
      date1904: properties.date1904 === "1" || properties.date1904 === "true",
    };
  } catch {
    return { sheets: [], date1904: false };
  }
}

/** The named parts of a zip file, as text, read through its central directory. */
async function readZipParts(path: string, names: readonly string[]): Promise<Map<string, string>> {
  const handle = await open(path, "r");
  try {
    const { size } = await handle.stat();
    const tailLength = Math.min(size, TAIL_BYTES);
    const tail = Buffer.alloc(tailLength);
    await handle.read(tail, 0, tailLength, size - tailLength);
    let end = -1;
    for (let i = tailLength - 22; i >= 0; i--)
      if (tail.readUInt32LE(i) === 0x06054b50) {
        end = i;
        break;
      }
    if (end < 0) return new Map();
    const directorySize = tail.readUInt32LE(end + 12);
    const directoryOffset = tail.readUInt32LE(end + 16);
    const directory = Buffer.alloc(directorySize);
    await handle.read(directory, 0, directorySize, directoryOffset);
    const out = new Map<string, string>();
    for (let at = 0; at + 46 <= directory.length && directory.readUInt32LE(at) === 0x02014b50;) {
      const method = directory.readUInt16LE(at + 10);
      const compressed = directory.readUInt32LE(at + 20);
      const nameLength = directory.readUInt16LE(at + 28);
      const extraLength = directory.readUInt16LE(at + 30);
      const commentLength = directory.readUInt16LE(at + 32);
      const local = directory.readUInt32LE(at + 42);
      const name = directory.toString("utf8", at + 46, at + 46 + nameLength);
      at += 46 + nameLength + extraLength + commentLength;
      if (!names.includes(name) || (method !== 0 && method !== 8)) continue;
      const header = Buffer.alloc(30);
      await handle.read(header, 0, 30, local);
      if (header.readUInt32LE(0) !== 0x04034b50) continue;
      const data = Buffer.alloc(compressed);
      await handle.read(data, 0, compressed, local + 30 + header.readUInt16LE(26) + header.readUInt16LE(28));
      const bytes = method === 8 ? inflateSync(data) : data;
      out.set(name, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8"));
    }
    return out;
  } finally {
    await handle.close();
  }
}
