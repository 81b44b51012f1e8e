/**
 * `--highlight copy.xlsx`: a copy of an .xlsx report with its risky rows filled by severity (the most
 * severe finding of each row), across the report's width. The input file is only read.
 *
 * Small workbooks are copied through exceljs (read whole, filled, written). A large one is copied
 * part by part at the zip level (fflate, streaming): every part as it was, except the report's sheet
 * — its painted rows' cells get a filled copy of their own style — and the styles part, which gains
 * three fills and those copies. A 100,000-row workbook took exceljs ~30 s and 2.4 GB; this way the
 * memory does not grow with the rows. A workbook whose parts are not as expected (no styles part,
 * an unusual layout) is copied through exceljs whatever its size.
 */
import { createReadStream, createWriteStream } from "fs";
import { once } from "events";
import { stat } from "fs/promises";
import { finished } from "stream/promises";
import { Unzip, UnzipInflate, Zip, ZipDeflate } from "fflate";
import { HIGHLIGHT_COLORS, SEVERITIES, severityRank, type Severity } from "../review";
import { SheetPainter, attr } from "./sheet-painter";

/** A severity's fill colour (as the pane paints it) as ARGB: "#F4B6B6" → "FFF4B6B6". */
const argb = (severity: Severity) => `FF${HIGHLIGHT_COLORS[severity].slice(1)}`;

/** Rows of a report from which the copy is made part by part (smaller ones go through exceljs). */
export const STREAMED_COPY_ROWS = 20000;

/** How far a copy made part by part is: bytes of the input read, of `size`. */
export type CopyProgress = (read: number, size: number) => void;

/**
 * Writes the highlighted copy. `rows`: how many rows the report has (it picks the way, see above);
 * `streamed` forces a way (tests); `onProgress` is told how far a copy made part by part is; `sheet`:
 * the name of the sheet the report is on (default: the first).
 */
export async function writeHighlightedCopy(
  input: string,
  copy: string,
  rowSeverity: ReadonlyMap<number, Severity>,
  width: number,
  rows = 0,
  streamed?: boolean,
  onProgress?: CopyProgress,
  sheet?: string,
): Promise<void> {
  if (streamed ?? rows >= STREAMED_COPY_ROWS) {
    const plan = await planCopy(input, sheet);
    if (plan) return copyParts(input, copy, plan, rowSeverity, width, onProgress);
  }
  return copyWithExcelJs(input, copy, rowSeverity, width, sheet);
}

async function copyWithExcelJs(
  input: string,
  copy: string,
  rowSeverity: ReadonlyMap<number, Severity>,
  width: number,
  name?: string,
): Promise<void> {
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(input);
  const sheet = (name !== undefined ? workbook.getWorksheet(name) : undefined) ?? workbook.worksheets[0];
  for (const [rowNumber, severity] of rowSeverity) {
    const row = sheet.getRow(rowNumber);
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c);
      // A style object of its own: exceljs shares one between a column's cells, and filling it there
      // would paint the whole column.
      cell.style = { ...cell.style, fill: { type: "pattern", pattern: "solid", fgColor: { argb: argb(severity) } } };
    }
  }
  await workbook.xlsx.writeFile(copy);
}

/** Where the parts are (the report sheet's and the styles' part names), and the styles part rewritten (see addFills). */
interface Plan {
  sheet: string;
  styles: string;
  stylesXml: string;
  /** How many cell styles the workbook had. */
  cellStyles: number;
}

const normal = (name: string) => name.replace(/^\/+/, "");
/** A part's name from a relationship target, relative to the workbook part's folder. */
const partOf = (folder: string, target: string) => normal(target.startsWith("/") ? target : folder + target);

/** XML text's five entities as the characters they stand for (a sheet's name in workbook.xml). */
const unescapeXml = (text: string) =>
  text.replace(
    /&(lt|gt|quot|apos|amp);/g,
    (_, e: string) => ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[e]!,
  );

/** Reads the small parts that say where the report's sheet (`name`, else the first) and the styles are. Undefined: not as expected. */
async function planCopy(input: string, sheetName?: string): Promise<Plan | undefined> {
  const wanted = new Set(["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"]);
  const parts = new Map<string, string>();
  await eachPart(input, (name) => (wanted.has(normal(name)) ? (text) => parts.set(normal(name), text) : undefined));
  const workbook = parts.get("xl/workbook.xml");
  const rels = parts.get("xl/_rels/workbook.xml.rels");
  if (!workbook || !rels) return undefined;
  const sheets = workbook.match(/<(?:[\w.-]+:)?sheet\b[^>]*>/g) ?? [];
  const named =
    sheetName === undefined ? undefined : sheets.find((tag) => unescapeXml(attr(tag, "name") ?? "") === sheetName);
  const reportSheet = named ?? sheets[0];
  const id = reportSheet && (attr(reportSheet, "r:id") ?? attr(reportSheet, "[\\w.-]+:id"));
  const relations = rels.match(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g) ?? [];
  const target = (test: (rel: string) => boolean) => {
    const rel = relations.find(test);
    return rel && attr(rel, "Target");
  };
  const sheetTarget = id && target((rel) => attr(rel, "Id") === id);
  const stylesTarget = target((rel) => /\/styles"/.test(rel));
  if (!sheetTarget || !stylesTarget) return undefined;
  const styles = partOf("xl/", stylesTarget);
  const stylesXml = styles === "xl/styles.xml" ? parts.get(styles) : undefined;
  const painted = stylesXml === undefined ? undefined : addFills(stylesXml);
  if (!painted) return undefined;
  return { sheet: partOf("xl/", sheetTarget), styles, stylesXml: painted.xml, cellStyles: painted.styles };
}

/** Calls `take(name)` for each part; a part whose name gets a function back is read whole and handed to it as text. */
async function eachPart(input: string, take: (name: string) => ((text: string) => void) | undefined): Promise<void> {
  let failure: Error | undefined;
  const unzip = new Unzip((file) => {
    const done = take(file.name);
    if (!done) return;
    const decoder = new TextDecoder();
    let text = "";
    file.ondata = (error, data, final) => {
      if (error) failure = error;
      else {
        text += decoder.decode(data, { stream: !final });
        if (final) done(text);
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  for await (const chunk of createReadStream(input)) unzip.push(chunk as Uint8Array);
  unzip.push(new Uint8Array(0), true);
  if (failure) throw failure;
}

/**
 * The styles part with three solid fills added (high, warning, info) and, for each, a copy of every
 * cell style using it: style k painted with severity v is style m + v × m + k (m styles before).
 * Undefined when the part has no fills or cell styles to add to.
 */
function addFills(xml: string): { xml: string; styles: number } | undefined {
  const fills = /<((?:[\w.-]+:)?)fills\b([^>]*)>([\s\S]*?)<\/\1fills>/.exec(xml);
  const xfs = /<((?:[\w.-]+:)?)cellXfs\b([^>]*)>([\s\S]*?)<\/\1cellXfs>/.exec(xml);
  if (!fills || !xfs) return undefined;
  const p = fills[1];
  const fillCount = (fills[3].match(new RegExp(`<${p}fill\\b`, "g")) ?? []).length;
  const newFills = SEVERITIES.map(
    (s) =>
      `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb(s)}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`,
  ).join("");
  const q = xfs[1];
  const list = xfs[3].match(new RegExp(`<${q}xf\\b[^>]*?(?:/>|>[\\s\\S]*?</${q}xf>)`, "g")) ?? [];
  if (!list.length) return undefined;
  const painted = SEVERITIES.flatMap((_, v) =>
    list.map((xf) => {
      const start = /^<[^>]*?(?=\/?>)/.exec(xf)![0];
      const plain = start.replace(/\s(fillId|applyFill)="[^"]*"/g, "");
      return `${plain} fillId="${fillCount + v}" applyFill="1"${xf.slice(start.length)}`;
    }),
  );
  const withCount = (open: string, count: number) =>
    /\scount="/.test(open) ? open.replace(/\scount="[^"]*"/, ` count="${count}"`) : `${open} count="${count}"`;
  let out =
    xml.slice(0, fills.index) +
    `<${p}fills${withCount(fills[2], fillCount + 3)}>${fills[3]}${newFills}</${p}fills>` +
    xml.slice(fills.index + fills[0].length);
  const at = out.indexOf(xfs[0]);
  out =
    out.slice(0, at) +
    `<${q}cellXfs${withCount(xfs[2], list.length * 4)}>${xfs[3]}${painted.join("")}</${q}cellXfs>` +
    out.slice(at + xfs[0].length);
  return { xml: out, styles: list.length };
}

/** Copies every part, the sheet's painted rows and the styles rewritten. */
async function copyParts(
  input: string,
  copy: string,
  plan: Plan,
  rowSeverity: ReadonlyMap<number, Severity>,
  width: number,
  onProgress?: CopyProgress,
): Promise<void> {
  const size = (await stat(input)).size;
  let read = 0;
  const out = createWriteStream(copy);
  let failure: Error | undefined;
  const zip = new Zip((error, data, final) => {
    if (error) failure = error;
    else {
      out.write(data);
      if (final) out.end();
    }
  });
  const painter = new SheetPainter(
    (row) => {
      const s = rowSeverity.get(row);
      return s === undefined ? -1 : severityRank(s);
    },
    plan.cellStyles,
    width,
  );
  const encoder = new TextEncoder();
  const unzip = new Unzip((file) => {
    const name = normal(file.name);
    const entry = new ZipDeflate(file.name, { level: 6 });
    zip.add(entry);
    const decoder = new TextDecoder();
    file.ondata = (error, data, final) => {
      if (error) failure = error;
      else if (name === plan.sheet)
        entry.push(encoder.encode(painter.push(decoder.decode(data, { stream: !final }), final)), final);
      else if (name === plan.styles) entry.push(final ? encoder.encode(plan.stylesXml) : new Uint8Array(0), final);
      else entry.push(data, final);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  for await (const chunk of createReadStream(input)) {
    unzip.push(chunk as Uint8Array);
    read += (chunk as Uint8Array).length;
    onProgress?.(read, size);
    if (failure) break;
    if (out.writableNeedDrain) await once(out, "drain");
  }
  if (!failure) {
    unzip.push(new Uint8Array(0), true);
    zip.end();
  } else out.destroy();
  await finished(out).catch((error) => (failure ??= error));
  if (failure) throw failure;
}
