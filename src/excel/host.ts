/**
 * The workbook as the task pane sees it. Everything the pane does to a workbook goes through this
 * interface; `ExcelHost` implements it with office.js, `MemoryWorkbook` with an in-page workbook
 * for the browser demo and the browser tests. Components get a host and never call office.js.
 */
import {
  DEFAULT_HORIZON,
  DEFAULT_PARAMETERS,
  RULE_TITLES,
  type Finding,
  type RuleParameters,
  type Severity,
} from "../review";
import { DATE_1904_OFFSET, type DateOrder } from "../rules/dates";
import { columnLetters } from "../util/a1";
import { handledKey, handledState, type HandledMarks } from "./handled";

/** Excel's two date systems: serial 1 is 1900-01-01, or (a Mac option) 1904-01-02. */
export type DateSystem = 1900 | 1904;

/** The 1900-system serial of a day that a workbook in `system` holds as `serial`, and back. */
export function toSerial1900(serial: number, system: DateSystem = 1900): number {
  return system === 1904 ? serial + DATE_1904_OFFSET : serial;
}
export function fromSerial1900(serial: number, system: DateSystem = 1900): number {
  return system === 1904 ? serial - DATE_1904_OFFSET : serial;
}

/** What Clear did: highlight groups removed, and the sheets it could not clear (protected, for one). */
export interface ClearResult {
  removed: number;
  failed: Array<{ sheet: string; reason: string }>;
}

/** The cells of a report and where they sit in the sheet. */
export interface ReportSnapshot {
  sheet: string;
  /** A1 address of the block read, without the sheet name. */
  address: string;
  /** Sheet row number (1-based) of values[0]. */
  firstRow: number;
  /** Column index (0-based, A = 0) of values[*][0]. */
  firstColumn: number;
  values: unknown[][];
  /** The workbook's date system (date cells hold serials in it); 1900 when not said. */
  dateSystem?: DateSystem;
}

export interface HighlightRequest {
  sheet: string;
  firstColumn: number;
  columnCount: number;
  rows: ReadonlyArray<{ row: number; severity: Severity }>;
}

export type ProgressListener = (done: number, total: number) => void;

export interface ReadOptions {
  /** The review will paint highlights: a sheet that cannot take them (protected) is refused up front. */
  highlight?: boolean;
}

/** What the pane keeps with the workbook: the review's day and horizon, RULES.md's parameters (one list, the review's), the default date order. */
export interface PaneSettings extends RuleParameters {
  /** ISO date, or "" for today. */
  asOf: string;
  horizon: number;
  dateOrder: DateOrder;
  highlight: boolean;
  /** The user's mapping corrections by report layout (header row key): role → column, or null for off. */
  mappings?: Record<string, Partial<Record<string, number | null>>>;
  /** The day/month order the user chose for a report layout (header row key), kept for its next review. */
  dateOrders?: Record<string, DateOrder>;
}

/** How many report layouts' corrections are kept with a workbook (the oldest are dropped). */
export const MAX_SAVED_MAPPINGS = 50;

/** The pane's defaults: RULES.md's parameter defaults (from src/rules, through the review), today, month first. */
export const DEFAULT_SETTINGS: PaneSettings = {
  asOf: "",
  horizon: DEFAULT_HORIZON,
  dateOrder: "mdy",
  ...DEFAULT_PARAMETERS,
  highlight: true,
};

/** How many columns a report spans (its longest row). */
export function snapshotWidth(snapshot: ReportSnapshot): number {
  return snapshot.values.reduce((w, row) => Math.max(w, row.length), 0);
}

export interface WorkbookHost {
  readonly kind: "excel" | "demo";
  /**
   * Reads the selection, or the active sheet's used range when a single cell in it is selected.
   * Rejects with a HostError (./read-plan) saying what to do for an empty sheet, a selection outside
   * the data, several areas, a protected sheet (when highlighting), a findings sheet, or a cell
   * being edited.
   */
  readReport(onProgress?: ProgressListener, signal?: AbortSignal, options?: ReadOptions): Promise<ReportSnapshot>;
  /** Replaces this add-in's highlights on the sheet by fills for the given rows. Never touches values or the user's formats. */
  highlight(request: HighlightRequest): Promise<void>;
  /**
   * Removes every highlight this add-in painted, sheet by sheet: a sheet that refuses (protected)
   * does not stop the others, and is named in the result.
   */
  clearHighlights(): Promise<ClearResult>;
  /**
   * Calls `onChange` when the user edits a cell of the reviewed report (the findings may be out of
   * date). Resolves to a function that stops watching. At most one watch is needed at a time.
   */
  watchReport(snapshot: ReportSnapshot, onChange: () => void): Promise<() => Promise<void>>;
  /** Selects a row of the report in its sheet. */
  goToRow(sheet: string, row: number, firstColumn: number, columnCount: number): Promise<void>;
  /** Adds a new sheet (never overwriting one) with a row per finding; returns its name. */
  writeFindings(
    findings: readonly Finding[],
    source: ReportSnapshot,
    columnCount: number,
    handled?: HandledOnSheet,
  ): Promise<string>;
  loadSettings(): Promise<Partial<PaneSettings> | null>;
  saveSettings(settings: PaneSettings): Promise<void>;
  /** The findings the user handled (done, snoozed, noted), kept with the workbook; none when none were kept. */
  loadHandled(): Promise<HandledMarks>;
  /** Keeps the handled marks with the workbook (in the file: a colleague opening it sees them). */
  saveHandled(marks: HandledMarks): Promise<void>;
  /** The Office theme (or the browser's, in the demo). */
  theme(): "light" | "dark";
  /**
   * Whether the pane's web view saves a file the pane hands it (a blob download). Excel on Mac and
   * iPad do not: their web view drops the download without a word, so the pane offers the text instead.
   */
  canDownloadFiles(): boolean;
}

export { HIGHLIGHT_COLORS } from "../review";
export { columnLetters };

/** A1 address of whole rows `first..last` across `columnCount` columns from `firstColumn`. */
export function rowsAddress(first: number, last: number, firstColumn: number, columnCount: number): string {
  return `${columnLetters(firstColumn)}${first}:${columnLetters(firstColumn + Math.max(1, columnCount) - 1)}${last}`;
}

/** Groups highlighted rows into contiguous runs of the same severity: [first, last, severity]. */
export function contiguousRuns(
  rows: ReadonlyArray<{ row: number; severity: Severity }>,
): Array<[number, number, Severity]> {
  const sorted = [...rows].sort((a, b) => a.row - b.row);
  const runs: Array<[number, number, Severity]> = [];
  for (const { row, severity } of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[2] === severity && last[1] === row - 1) last[1] = row;
    else if (!last || last[1] !== row) runs.push([row, row, severity]);
  }
  return runs;
}

/**
 * Text that a spreadsheet must show as text: a value starting with =, +, -, @ (or a tab or line
 * break) gets Excel's text prefix, an apostrophe, which is not shown and stops it becoming a formula.
 */
export function inertText(text: string): string {
  return /^[=+\-@\t\r\n]/.test(text) ? `'${text}` : text;
}

/**
 * The rows of the findings sheet: a header then one row per finding, in words (the rule's title; its
 * id in the last column, for filtering), most urgent first. The link column is filled by the host.
 */
export const FINDINGS_HEADER = [
  "Act by",
  "Severity",
  "Finding",
  "Row",
  "Customer",
  "Product",
  "Subscription ID",
  "Date",
  "Days",
  "At stake",
  "Renewing",
  "Currency",
  "Message",
  "Handled",
  "Snoozed until",
  "Note",
  "Rule id",
] as const;
/** The headers of findings sheets written before handled findings, the money's currency and its kinds had columns (still recognised). */
export const FINDINGS_HEADER_1_2: readonly string[] = FINDINGS_HEADER.filter(
  (h) => h !== "Handled" && h !== "Snoozed until" && h !== "Note",
);
export const FINDINGS_HEADER_1_1_1: readonly string[] = FINDINGS_HEADER_1_2.filter((h) => h !== "Currency");
export const FINDINGS_HEADER_1_1: readonly string[] = FINDINGS_HEADER_1_1_1.filter((h) => h !== "Renewing");
/** The header of findings sheets written by earlier versions (still recognised as findings sheets). */
export const OLD_FINDINGS_HEADER = [
  "Severity",
  "Rule",
  "Row",
  "Customer",
  "Product",
  "Subscription ID",
  "Date",
  "Days",
  "Cost",
  "Message",
  "Act by",
] as const;

/** Excel number formats of the findings sheet's columns (`date`: the locale's date format code). */
export function findingsFormats(date: string): string[] {
  return [date, "@", "@", "@", "@", "@", "@", date, "0", "#,##0.00", "#,##0.00", "@", "@", "@", date, "@", "@"];
}

/** The user's marks (kept with the workbook) and the review's day, which says whether a snooze still holds. */
export interface HandledOnSheet {
  marks: HandledMarks;
  /** The review's day (serial). */
  asOf: number;
}

/**
 * One finding's row; `date` writes an ISO date as the sheet holds it (a serial in the workbook's date
 * system in Excel, text in the demo). `handled`: the user's marks, written as Done / Snoozed, the day
 * a snooze ends, and the note.
 */
export function findingRow(
  f: Finding,
  date: (isoText: string) => string | number,
  handled?: HandledOnSheet,
): Array<string | number> {
  const mark = handled?.marks[handledKey(f)];
  const state = handledState(mark, handled?.asOf ?? 0);
  return [
    f.actBy ? date(f.actBy) : "",
    f.severity,
    RULE_TITLES[f.rule],
    `Row ${f.row}`,
    f.customer ?? "",
    f.product ?? "",
    f.subscriptionId ?? "",
    f.date ? date(f.date) : "",
    f.days ?? "",
    // Money at stake and value renewing in their own columns: never added together (RULES.md §6).
    f.cost !== undefined && f.moneyKind !== "renewing" ? f.cost : "",
    f.cost !== undefined && f.moneyKind === "renewing" ? f.cost : "",
    f.cost !== undefined ? (f.currency ?? "") : "",
    f.message,
    state.kind === "done" ? "Done" : state.kind === "snoozed" ? "Snoozed" : "",
    state.kind === "snoozed" ? date(state.until) : "",
    mark?.note ?? "",
    f.rule,
  ];
}

/** The findings sheet's column of the row links ("Row 12"). */
export const FINDINGS_LINK_COLUMN = 3;

/**
 * An Excel date format that writes a date as the locale does with a short month ("d mmm yyyy" for
 * en-GB, "mmm d, yyyy" for en-US, "d. mmm yyyy" for de-DE), so the sheet agrees with the pane.
 */
export function excelDateFormat(locale: string): string {
  const parts = new Intl.DateTimeFormat(locale, {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  }).formatToParts(new Date(Date.UTC(2026, 11, 20)));
  let code = "";
  for (const p of parts) {
    if (p.type === "day") code += "d";
    else if (p.type === "month") code += /^\d+$/.test(p.value) ? "m" : "mmm";
    else if (p.type === "year") code += "yyyy";
    else code += p.value.replace(/[^\s,./-]/g, (c) => `\\${c}`);
  }
  return /d/.test(code) && /m/.test(code) && /yyyy/.test(code) ? code : "d mmm yyyy";
}

/** A sheet name not yet used: "Renewal Radar findings", then "(2)", "(3)"… Excel compares names without case. */
export function uniqueSheetName(existing: readonly string[], base = "Renewal Radar findings"): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const name = `${base} (${i})`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}
