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
 * - Waits instead of failing: every batch runs with `delayForCellEdit`, so Review and Clear pressed
 *   while the user is typing in a cell start when the user leaves the cell; writes (highlights, the
 *   findings sheet) suspend Excel's recalculation until their sync, so a sheet full of volatile LIC
 *   formulas is not recalculated once per block.
 * - Reads the workbook's date system (1900, or 1904 on some Mac workbooks) with the report, so its
 *   date cells are read, and the findings sheet's dates written, in it.
 */
import { paneLocale } from "../locale";
import { loadDateSystem } from "./date-system-probe";
import { iso } from "../rules/dates";
import type { Finding } from "../review";
import {
  BLOCK_BYTES,
  BLOCK_ROWS,
  PAYLOAD_CODES,
  addressTouches,
  bytesPerRow,
  chooseTarget,
  errorCode,
  explainHostError,
  findingsSheetError,
  isFindingsSheet,
  multiAreaError,
  nextBlockRows,
  protectedError,
  type Rect,
} from "./read-plan";
import {
  FINDINGS_LINK_COLUMN,
  fromSerial1900,
  excelDateFormat,
  findingsFormats,
  FINDINGS_HEADER,
  HIGHLIGHT_COLORS,
  columnLetters,
  contiguousRuns,
  findingRow,
  inertText,
  rowsAddress,
  uniqueSheetName,
  type ClearResult,
  type HandledOnSheet,
  type HighlightRequest,
  type PaneSettings,
  type ProgressListener,
  type ReadOptions,
  type ReportSnapshot,
  type WorkbookHost,
} from "./host";
import { readHandledMarks, type HandledMarks } from "./handled";

/** Most areas in one conditional format (keeps each address short). */
export const AREAS_PER_FORMAT = 150;
/** Marks this add-in's conditional formats: an always-true formula that names the add-in. */
export const MARKER = 'N("RenewalRadar")';
const SETTINGS_KEY = "RenewalRadar.settings";
/** The handled findings' marks, apart from the settings (saved on every mark, and larger). */
const HANDLED_KEY = "RenewalRadar.handled";
/** What is loaded of conditional formats to recognise this add-in's. */
const CF_FIELDS = "items/type,items/customOrNullObject/rule/formula";
/** Rows read first, before anything is known of their weight: small enough for any width. */
export const FIRST_BLOCK_ROWS = 50;

export { BLOCK_BYTES, BLOCK_ROWS, nextBlockRows };

/** Every batch waits while the user is editing a cell instead of failing (ExcelApi 1.11; older hosts ignore it). */
const RUN_OPTIONS = { delayForCellEdit: true };

/** Runs one batch of workbook work; a failure becomes one sentence naming `step`. */
async function runStep<T>(step: string, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await Excel.run(RUN_OPTIONS, batch);
  } catch (error) {
    throw explainHostError(error, step);
  }
}

/** Holds back Excel's recalculation until the next sync (volatile LIC formulas would recalculate per block written). */
function holdCalculation(context: Excel.RequestContext): void {
  context.application.suspendApiCalculationUntilNextSync();
}

/** A loaded range's place and size. */
function rect(range: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number }): Rect {
  return { row: range.rowIndex, column: range.columnIndex, rows: range.rowCount, columns: range.columnCount };
}

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

export class ExcelHost implements WorkbookHost {
  readonly kind = "excel" as const;

  async readReport(
    onProgress?: ProgressListener,
    signal?: AbortSignal,
    options: ReadOptions = {},
  ): Promise<ReportSnapshot> {
    try {
      return await Excel.run(RUN_OPTIONS, (context) => this.read(context, onProgress, signal, options));
    } catch (error) {
      throw explainHostError(error, "read the report");
    }
  }

  private async read(
    context: Excel.RequestContext,
    onProgress: ProgressListener | undefined,
    signal: AbortSignal | undefined,
    options: ReadOptions,
  ): Promise<ReportSnapshot> {
    // First only what can be asked of any sheet: nothing is queued on the used range until it is
    // known not to be a null object (an empty sheet).
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    const used = sheet.getUsedRangeOrNullObject(true);
    const selection = context.workbook.getSelectedRanges();
    sheet.load("name");
    sheet.protection.load("protected,options/allowFormatCells");
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    selection.load("areaCount");
    selection.areas.load("items/rowIndex,items/columnIndex,items/rowCount,items/columnCount");
    const dateSystem = loadDateSystem(context);
    await context.sync();
    if (selection.areaCount > 1) throw multiAreaError();
    const area = selection.areas.items[0];
    const target = chooseTarget(sheet.name, used.isNullObject ? null : rect(used), rect(area));
    // Highlights are conditional formats: a protection that allows formatting cells lets them be painted.
    if (options.highlight && sheet.protection.protected && !sheet.protection.options?.allowFormatCells)
      throw protectedError(sheet.name);
    const values: unknown[][] = [];
    // Blocks are sized by the heaviest rows seen so far (UTF-8 bytes, as Excel on the web counts);
    // a block Excel still finds too large is halved and read again.
    let heaviest = 0;
    let step = Math.min(FIRST_BLOCK_ROWS, target.rows);
    for (let r = 0; r < target.rows;) {
      if (signal?.aborted) throw new DOMException("Cancelled", "AbortError");
      const count = Math.min(step, target.rows - r);
      const block = sheet.getRangeByIndexes(target.row + r, target.column, count, target.columns);
      block.load("values");
      try {
        await context.sync();
      } catch (error) {
        if (PAYLOAD_CODES.has(errorCode(error) ?? "") && count > 1) {
          step = Math.max(1, Math.floor(count / 2));
          continue;
        }
        throw error;
      }
      if (r === 0 && isFindingsSheet(block.values)) throw findingsSheetError(sheet.name);
      for (const row of block.values) values.push(row);
      heaviest = Math.max(heaviest, bytesPerRow(block.values));
      step = nextBlockRows(heaviest);
      r += count;
      onProgress?.(values.length, target.rows);
    }
    return {
      sheet: sheet.name,
      address: rowsAddress(target.row + 1, target.row + target.rows, target.column, target.columns),
      firstRow: target.row + 1,
      firstColumn: target.column,
      values,
      dateSystem: dateSystem(),
    };
  }

  async highlight(request: HighlightRequest): Promise<void> {
    await runStep("highlight the risky rows", async (context) => {
      const sheet = context.workbook.worksheets.getItem(request.sheet);
      const formats = sheet.getRange().conditionalFormats;
      formats.load(CF_FIELDS);
      await context.sync();
      holdCalculation(context);
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

  async clearHighlights(): Promise<ClearResult> {
    const names = await runStep("clear the highlights", async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      return sheets.items.map((s) => s.name);
    });
    // Sheet by sheet: one protected sheet must not keep the others' highlights.
    const result: ClearResult = { removed: 0, failed: [] };
    for (const name of names) {
      try {
        result.removed += await runStep(`clear the highlights on “${name}”`, async (context) => {
          const formats = context.workbook.worksheets.getItem(name).getRange().conditionalFormats;
          formats.load(CF_FIELDS);
          await context.sync();
          const removed = deleteOurs(formats);
          if (removed) await context.sync();
          return removed;
        });
      } catch (error) {
        result.failed.push({ sheet: name, reason: (error as Error).message });
      }
    }
    return result;
  }

  async watchReport(snapshot: ReportSnapshot, onChange: () => void): Promise<() => Promise<void>> {
    const handler = await runStep("watch the report for changes", async (context) => {
      const sheet = context.workbook.worksheets.getItem(snapshot.sheet);
      const added = sheet.onChanged.add(async (event: Excel.WorksheetChangedEventArgs) => {
        if (addressTouches(event.address, snapshot.address)) onChange();
      });
      await context.sync();
      return added;
    });
    return async () => {
      await Excel.run(handler.context, async (context) => {
        handler.remove();
        await context.sync();
      }).catch(() => undefined);
    };
  }

  async goToRow(sheetName: string, row: number, firstColumn: number, columnCount: number): Promise<void> {
    await runStep("go to the row", async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      sheet.activate();
      sheet.getRange(rowsAddress(row, row, firstColumn, columnCount)).select();
      await context.sync();
    });
  }

  async writeFindings(
    findings: readonly Finding[],
    source: ReportSnapshot,
    columnCount: number,
    handled?: HandledOnSheet,
  ): Promise<string> {
    return runStep("write the findings to a new sheet", async (context) => {
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
      const formats = findingsFormats(excelDateFormat(paneLocale()));
      const linkColumn = columnLetters(FINDINGS_LINK_COLUMN);
      // Dates as the workbook counts them (a 1904 workbook's serials are 1462 lower).
      const serial = (isoText: string) => fromSerial1900(iso(isoText), source.dateSystem);
      const chunk = 2000;
      for (let start = 0; start < findings.length; start += chunk) {
        const part = findings.slice(start, start + chunk);
        const top = start + 2;
        holdCalculation(context);
        const range = sheet.getRange(`A${top}:${last}${top + part.length - 1}`);
        // Text columns first become text cells, so nothing written can turn into a formula.
        // Dates are real dates, shown as the user's locale writes them (as the pane's cards do).
        range.numberFormat = part.map(() => formats);
        range.values = part.map((f) =>
          findingRow(f, serial, handled).map((v) => (typeof v === "string" ? inertText(v) : v)),
        );
        part.forEach((f, i) => {
          sheet.getRange(`${linkColumn}${top + i}`).hyperlink = {
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
    await saveDocumentSetting(SETTINGS_KEY, settings);
  }

  async loadHandled(): Promise<HandledMarks> {
    return readHandledMarks(Office.context.document.settings.get(HANDLED_KEY));
  }

  async saveHandled(marks: HandledMarks): Promise<void> {
    await saveDocumentSetting(HANDLED_KEY, marks);
  }

  canDownloadFiles(): boolean {
    const platform = Office.context?.platform;
    return platform !== Office.PlatformType.Mac && platform !== Office.PlatformType.iOS;
  }

  theme(): "light" | "dark" {
    const bg = Office.context?.officeTheme?.bodyBackgroundColor;
    if (!bg || !/^#?[0-9a-f]{6}$/i.test(bg)) {
      // Hosts without the Office theme API: the system's preference.
      return typeof window !== "undefined" && window.matchMedia?.("(prefers-color-scheme: dark)").matches
        ? "dark"
        : "light";
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
    if (
      f.type === Excel.ConditionalFormatType.custom &&
      !custom.isNullObject &&
      custom.rule.formula?.includes(MARKER)
    ) {
      f.delete();
      removed++;
    }
  }
  return removed;
}

/** Keeps a value with the document (Office's document settings travel in the file) and saves them. */
async function saveDocumentSetting(key: string, value: unknown): Promise<void> {
  Office.context.document.settings.set(key, value);
  await new Promise<void>((resolve, reject) =>
    Office.context.document.settings.saveAsync((r) =>
      r.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(new Error(r.error.message)),
    ),
  );
}
