/**
 * The only code that talks to the Excel workbook (office.js).
 *
 * - Reads in blocks of at most 20,000 rows (fewer for wide reports, so a block stays well under
 *   Excel on the web's 5 MB payload limit), loading only `values`, one sync per block.
 * - Highlights with conditional formats, not cell fills: the user's own formats are never touched,
 *   so clearing restores the sheet exactly. Contiguous rows of one severity are one area; areas
 *   are grouped into a few multi-area conditional formats. Each carries a marker formula, so Clear
 *   finds them on any sheet, even after the pane was closed and reopened.
 * - Writes findings to a new sheet as text (number format "@", and Excel's ' prefix on anything
 *   that could start a formula), with links back to the rows.
 */
import { iso } from "../rules/dates";
import type { Finding } from "../review";
import {
  FINDINGS_DATE_COLUMN,
  FINDINGS_HEADER,
  HIGHLIGHT_COLORS,
  columnLetters,
  contiguousRuns,
  findingRow,
  inertText,
  rowsAddress,
  uniqueSheetName,
  type HighlightRequest,
  type PaneSettings,
  type ProgressListener,
  type ReportSnapshot,
  type WorkbookHost,
} from "./host";

/** Most rows read in one request. */
export const BLOCK_ROWS = 20000;
/** Rows sampled with the report's size, to weigh a row before the first block is read. */
export const SAMPLE_ROWS = 50;
/** What a block may weigh: well under Excel on the web's 5 MB request and response limit. */
export const BLOCK_BYTES = 4 * 1024 * 1024;
/** Most areas in one conditional format (keeps each address short). */
export const AREAS_PER_FORMAT = 150;
/** Marks this add-in's conditional formats: an always-true formula that names the add-in. */
export const MARKER = 'N("RenewalRadar")';
const SETTINGS_KEY = "RenewalRadar.settings";
/** What is loaded of conditional formats to recognise this add-in's. */
const CF_FIELDS = "items/type,items/customOrNullObject/rule/formula";

/** Rows in the next block, from what the rows read so far weighed (JSON bytes a row). */
export function nextBlockRows(bytesPerRow: number): number {
  return Math.max(1, Math.min(BLOCK_ROWS, Math.floor(BLOCK_BYTES / Math.max(1, bytesPerRow))));
}

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

export class ExcelHost implements WorkbookHost {
  readonly kind = "excel" as const;

  async readReport(onProgress?: ProgressListener, signal?: AbortSignal): Promise<ReportSnapshot> {
    return Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const selected = context.workbook.getSelectedRange();
      const used = sheet.getUsedRangeOrNullObject(true);
      // A selection of whole columns or rows is read only where the sheet has values.
      const within = selected.getIntersectionOrNullObject(used);
      sheet.load("name");
      selected.load("rowCount,columnCount");
      for (const r of [used, within]) r.load("address,rowIndex,columnIndex,rowCount,columnCount");
      // A few rows of each candidate come with the sizes, so the first block is sized by weight.
      const samples = [within, used].map((r) => {
        const sample = r.getRow(0).getResizedRange(SAMPLE_ROWS - 1, 0);
        sample.load("values");
        return sample;
      });
      await context.sync();
      const single = selected.rowCount * selected.columnCount === 1;
      if (used.isNullObject) throw new Error(`Sheet ${sheet.name} is empty: paste a report first.`);
      if (!single && within.isNullObject) throw new Error("The selection holds no values: select the report, or a single cell to review the whole sheet.");
      const target = single ? used : within;
      const rows = target.rowCount;
      const columns = target.columnCount;
      const sample = samples[single ? 1 : 0].values;
      let step = nextBlockRows(JSON.stringify(sample).length / Math.max(1, sample.length));
      const values: unknown[][] = [];
      for (let r = 0; r < rows; ) {
        if (signal?.aborted) throw new DOMException("Cancelled", "AbortError");
        const count = Math.min(step, rows - r);
        const block = target.getCell(r, 0).getResizedRange(count - 1, columns - 1);
        block.load("values");
        await context.sync();
        for (const row of block.values) values.push(row);
        // Size the next block from what this one weighed, so every response stays under 5 MB.
        step = nextBlockRows(JSON.stringify(block.values).length / count);
        r += count;
        onProgress?.(values.length, rows);
      }
      return {
        sheet: sheet.name,
        address: rowsAddress(target.rowIndex + 1, target.rowIndex + rows, target.columnIndex, columns),
        firstRow: target.rowIndex + 1,
        firstColumn: target.columnIndex,
        values,
      };
    });
  }

  async highlight(request: HighlightRequest): Promise<void> {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(request.sheet);
      const formats = sheet.getRange().conditionalFormats;
      formats.load(CF_FIELDS);
      await context.sync();
      deleteOurs(formats);
      const runs = contiguousRuns(request.rows);
      for (const severity of ["info", "warning", "high"] as const) {
        const areas = runs
          .filter((r) => r[2] === severity)
          .map(([first, last]) => rowsAddress(first, last, request.firstColumn, request.columnCount));
        for (let i = 0; i < areas.length; i += AREAS_PER_FORMAT) {
          const target = sheet.getRanges(areas.slice(i, i + AREAS_PER_FORMAT).join(","));
          const format = target.conditionalFormats.add(Excel.ConditionalFormatType.custom);
          format.custom.rule.formula = `=${MARKER}=0`;
          format.custom.format.fill.color = HIGHLIGHT_COLORS[severity];
        }
      }
      await context.sync();
    });
  }

  async clearHighlights(): Promise<number> {
    return Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      const all = sheets.items.map((s) => {
        const formats = s.getRange().conditionalFormats;
        formats.load(CF_FIELDS);
        return formats;
      });
      await context.sync();
      let removed = 0;
      for (const formats of all) removed += deleteOurs(formats);
      await context.sync();
      return removed;
    });
  }

  async goToRow(sheetName: string, row: number, firstColumn: number, columnCount: number): Promise<void> {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      sheet.activate();
      sheet.getRange(rowsAddress(row, row, firstColumn, columnCount)).select();
      await context.sync();
    });
  }

  async writeFindings(findings: readonly Finding[], source: ReportSnapshot, columnCount: number): Promise<string> {
    return Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      const name = uniqueSheetName(sheets.items.map((s) => s.name));
      const sheet = sheets.add(name);
      const width = FINDINGS_HEADER.length;
      const last = columnLetters(width - 1);
      const header = sheet.getRange(`A1:${last}1`);
      header.values = [FINDINGS_HEADER.slice()];
      header.format.font.bold = true;
      sheet.freezePanes.freezeRows(1);
      const chunk = 2000;
      for (let start = 0; start < findings.length; start += chunk) {
        const part = findings.slice(start, start + chunk);
        const top = start + 2;
        const range = sheet.getRange(`A${top}:${last}${top + part.length - 1}`);
        // Text columns first become text cells, so nothing written can turn into a formula.
        range.numberFormat = part.map(() => ["@", "@", "@", "@", "@", "@", "yyyy-mm-dd", "0", "#,##0.00", "@"]);
        range.values = part.map((f) => {
          const row = findingRow(f);
          return row.map((v, i) => (i === FINDINGS_DATE_COLUMN ? (f.date ? iso(f.date) : "") : typeof v === "string" ? inertText(v) : v));
        });
        part.forEach((f, i) => {
          sheet.getRange(`C${top + i}`).hyperlink = {
            documentReference: `${quoteSheet(source.sheet)}!${rowsAddress(f.row, f.row, source.firstColumn, columnCount)}`,
            textToDisplay: `Row ${f.row}`,
            screenTip: `Go to row ${f.row} of ${source.sheet}`,
          };
        });
        await context.sync();
      }
      sheet.getRange(`A1:${last}${findings.length + 1}`).format.autofitColumns();
      sheet.activate();
      await context.sync();
      return name;
    });
  }

  async loadSettings(): Promise<Partial<PaneSettings> | null> {
    const saved = Office.context.document.settings.get(SETTINGS_KEY);
    return saved && typeof saved === "object" ? (saved as Partial<PaneSettings>) : null;
  }

  async saveSettings(settings: PaneSettings): Promise<void> {
    Office.context.document.settings.set(SETTINGS_KEY, settings);
    await new Promise<void>((resolve, reject) =>
      Office.context.document.settings.saveAsync((r) => (r.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(new Error(r.error.message)))),
    );
  }

  theme(): "light" | "dark" {
    const bg = Office.context?.officeTheme?.bodyBackgroundColor;
    if (!bg || !/^#?[0-9a-f]{6}$/i.test(bg)) {
      // Hosts without the Office theme API: the system's preference.
      return typeof window !== "undefined" && window.matchMedia?.("(prefers-color-scheme: dark)").matches ? "dark" : "light";
    }
    const hex = bg.replace("#", "");
    const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
    return 0.299 * r + 0.587 * g + 0.114 * b < 128 ? "dark" : "light";
  }
}

/** Runs `start` once office.js is ready (the task pane's entry point; the only Office call outside ExcelHost). */
export function onOfficeReady(start: () => void): void {
  void Office.onReady(() => start());
}

/** Deletes this add-in's conditional formats from a loaded collection; returns how many. */
function deleteOurs(formats: Excel.ConditionalFormatCollection): number {
  let removed = 0;
  for (const f of formats.items) {
    const custom = f.customOrNullObject;
    if (f.type === Excel.ConditionalFormatType.custom && !custom.isNullObject && custom.rule.formula?.includes(MARKER)) {
      f.delete();
      removed++;
    }
  }
  return removed;
}
