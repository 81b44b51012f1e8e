/**
 * A small in-page workbook for the browser demo and the browser tests: sheets of cells with the
 * user's own fills, a selection, and this add-in's highlights kept apart from the user's formats
 * (as conditional formats are in Excel), so clearing them restores exactly what was there.
 */
import { formatIso } from "../locale";
import type { Finding } from "../review";
import {
  FINDINGS_HEADER,
  FINDINGS_LINK_COLUMN,
  HIGHLIGHT_COLORS,
  contiguousRuns,
  findingRow,
  rowsAddress,
  uniqueSheetName,
  type ClearResult,
  type DateSystem,
  type HandledOnSheet,
  type HighlightRequest,
  type PaneSettings,
  type ProgressListener,
  type ReadOptions,
  type ReportSnapshot,
  type WorkbookHost,
} from "./host";
import type { HandledMarks } from "./handled";
import {
  addressTouches,
  chooseTarget,
  findingsSheetError,
  isFindingsSheet,
  protectedError,
  type Rect,
} from "./read-plan";
import { columnLetters } from "../util/a1";

export interface Highlight {
  /** 1-based rows, 0-based columns, inclusive. */
  firstRow: number;
  lastRow: number;
  firstColumn: number;
  lastColumn: number;
  color: string;
}

export interface MemorySheet {
  name: string;
  cells: unknown[][];
  /** The user's own fills, by [row index][column index]. */
  fills: Array<Array<string | undefined>>;
  highlights: Highlight[];
  /** Links written into cells: "row,col" (0-based) → target. */
  links: Map<string, { sheet: string; row: number }>;
  /** Sheet protection (Review > Protect Sheet): no highlights can be painted, unless it allows formatting cells. */
  protected?: boolean;
  /** The protection lets users format cells (conditional formats, so highlights, included). */
  allowFormatCells?: boolean;
}

/** The used range of a sheet's cells: the rows and columns that hold anything; null when empty. */
export function usedRect(cells: readonly (readonly unknown[])[]): Rect | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  cells.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === "" || v === null || v === undefined) return;
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    }),
  );
  return bottom < 0 ? null : { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
}

export interface Selection {
  sheet: string;
  /** 0-based, inclusive. */
  top: number;
  left: number;
  bottom: number;
  right: number;
}

type Listener = () => void;

export class MemoryWorkbook implements WorkbookHost {
  readonly kind = "demo" as const;
  sheets: MemorySheet[] = [];
  activeSheet = "";
  selection: Selection = { sheet: "", top: 0, left: 0, bottom: 0, right: 0 };
  private settings: Partial<PaneSettings> | null = null;
  private handled: HandledMarks = {};
  private listeners = new Set<Listener>();
  /** The browser's theme unless the demo says otherwise. */
  themeOverride: "light" | "dark" | null = null;
  /** The workbook's date system (File > Options > Advanced > Use 1904 date system): its date cells hold serials in it. */
  dateSystem: DateSystem = 1900;
  /** Report watches (watchReport): the sheet and block reviewed, and whom to tell of an edit in it. */
  private watches = new Set<{ sheet: string; address: string; onChange: () => void }>();

  addSheet(name: string, cells: unknown[][] = []): MemorySheet {
    const sheet: MemorySheet = { name, cells, fills: [], highlights: [], links: new Map() };
    this.sheets.push(sheet);
    if (!this.activeSheet) this.activate(name);
    this.changed();
    return sheet;
  }

  sheet(name: string): MemorySheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`No sheet named ${name}`);
    return s;
  }

  activate(name: string): void {
    this.activeSheet = name;
    this.selection = { sheet: name, top: 0, left: 0, bottom: 0, right: 0 };
    this.changed();
  }

  select(selection: Selection): void {
    this.activeSheet = selection.sheet;
    this.selection = selection;
    this.changed();
  }

  /** The user types into a cell (0-based row and column): a watch on a report that holds it hears of it. */
  setCell(sheet: string, row: number, column: number, value: unknown): void {
    const s = this.sheet(sheet);
    (s.cells[row] ??= [])[column] = value;
    const address = `${columnLetters(column)}${row + 1}`;
    for (const w of this.watches) if (w.sheet === sheet && addressTouches(address, w.address)) w.onChange();
    this.changed();
  }

  setFill(sheet: string, row: number, column: number, color: string | undefined): void {
    const s = this.sheet(sheet);
    (s.fills[row] ??= [])[column] = color;
    this.changed();
  }

  /** What a cell looks like: this add-in's highlight over the user's fill. */
  effectiveFill(sheet: MemorySheet, row: number, column: number): string | undefined {
    for (let i = sheet.highlights.length - 1; i >= 0; i--) {
      const h = sheet.highlights[i];
      if (row + 1 >= h.firstRow && row + 1 <= h.lastRow && column >= h.firstColumn && column <= h.lastColumn)
        return h.color;
    }
    return sheet.fills[row]?.[column];
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const l of this.listeners) l();
  }

  async readReport(
    onProgress?: ProgressListener,
    signal?: AbortSignal,
    options: ReadOptions = {},
  ): Promise<ReportSnapshot> {
    const sheet = this.sheet(this.activeSheet);
    const sel = this.selection;
    const target = chooseTarget(sheet.name, usedRect(sheet.cells), {
      row: sel.top,
      column: sel.left,
      rows: sel.bottom - sel.top + 1,
      columns: sel.right - sel.left + 1,
    });
    if (options.highlight && sheet.protected && !sheet.allowFormatCells) throw protectedError(sheet.name);
    const { row: top, column: left, rows, columns } = target;
    const values: unknown[][] = [];
    const block = 20000;
    for (let r = top; r < top + rows; r += block) {
      if (signal?.aborted) throw new DOMException("Cancelled", "AbortError");
      for (let i = r; i < Math.min(top + rows, r + block); i++) {
        const row = sheet.cells[i] ?? [];
        values.push(Array.from({ length: columns }, (_, j) => row[left + j] ?? ""));
      }
      if (r === top && isFindingsSheet(values)) throw findingsSheetError(sheet.name);
      onProgress?.(values.length, rows);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    return {
      sheet: sheet.name,
      address: rowsAddress(top + 1, top + rows, left, columns),
      firstRow: top + 1,
      firstColumn: left,
      values,
      dateSystem: this.dateSystem,
    };
  }

  async highlight(request: HighlightRequest): Promise<void> {
    const sheet = this.sheet(request.sheet);
    sheet.highlights = contiguousRuns(request.rows).map(([first, last, severity]) => ({
      firstRow: first,
      lastRow: last,
      firstColumn: request.firstColumn,
      lastColumn: request.firstColumn + request.columnCount - 1,
      color: HIGHLIGHT_COLORS[severity],
    }));
    this.changed();
  }

  async clearHighlights(): Promise<ClearResult> {
    const result: ClearResult = { removed: 0, failed: [] };
    for (const s of this.sheets) {
      if (!s.highlights.length) continue;
      // As Excel does: a protected sheet that does not allow formatting keeps its conditional formats.
      if (s.protected && !s.allowFormatCells) {
        result.failed.push({ sheet: s.name, reason: `Sheet “${s.name}” is protected.` });
        continue;
      }
      result.removed += s.highlights.length;
      s.highlights = [];
    }
    this.changed();
    return result;
  }

  async watchReport(snapshot: ReportSnapshot, onChange: () => void): Promise<() => Promise<void>> {
    const watch = { sheet: snapshot.sheet, address: snapshot.address, onChange };
    this.watches.add(watch);
    return async () => {
      this.watches.delete(watch);
    };
  }

  async goToRow(sheet: string, row: number, firstColumn: number, columnCount: number): Promise<void> {
    this.select({ sheet, top: row - 1, bottom: row - 1, left: firstColumn, right: firstColumn + columnCount - 1 });
  }

  async writeFindings(
    findings: readonly Finding[],
    source: ReportSnapshot,
    columnCount: number,
    handled?: HandledOnSheet,
  ): Promise<string> {
    const name = uniqueSheetName(this.sheets.map((s) => s.name));
    // The demo's grid shows text: dates as the user's locale writes them, as Excel would show them.
    const cells: unknown[][] = [
      FINDINGS_HEADER.slice(),
      ...findings.map((f) => findingRow(f, (d) => formatIso(d), handled)),
    ];
    const sheet: MemorySheet = { name, cells, fills: [], highlights: [], links: new Map() };
    findings.forEach((f, i) =>
      sheet.links.set(`${i + 1},${FINDINGS_LINK_COLUMN}`, { sheet: source.sheet, row: f.row }),
    );
    void columnCount;
    this.sheets.push(sheet);
    // As Excel does: the new sheet becomes the active one.
    this.activate(name);
    return name;
  }

  async loadSettings(): Promise<Partial<PaneSettings> | null> {
    return this.settings;
  }

  async saveSettings(settings: PaneSettings): Promise<void> {
    this.settings = { ...settings };
  }

  async loadHandled(): Promise<HandledMarks> {
    return this.handled;
  }

  async saveHandled(marks: HandledMarks): Promise<void> {
    this.handled = { ...marks };
  }

  /** The demo runs in a browser, which saves downloads; tests set this to false to be Excel on Mac. */
  downloads = true;

  canDownloadFiles(): boolean {
    return this.downloads;
  }

  theme(): "light" | "dark" {
    if (this.themeOverride) return this.themeOverride;
    return typeof window !== "undefined" && window.matchMedia?.("(prefers-color-scheme: dark)").matches
      ? "dark"
      : "light";
  }
}
