/**
 * What both workbook hosts decide before and while reading a report, without talking to a workbook:
 * which block of cells to read (selection against used range), which sheets cannot be reviewed,
 * how big a read may be, and what an office.js failure means to a user. Pure, so it is tested
 * without Excel and the demo workbook says exactly what Excel would.
 */
import { columnIndex } from "../util/a1";
import {
  FINDINGS_HEADER,
  FINDINGS_HEADER_1_1,
  FINDINGS_HEADER_1_1_1,
  FINDINGS_HEADER_1_2,
  OLD_FINDINGS_HEADER,
  rowsAddress,
} from "./host";

/** A block of cells: 0-based first row and column, and its size. */
export interface Rect {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/** Why a review or a paint cannot go on; `message` is the one sentence the pane shows. */
export type HostProblem =
  | "empty"
  | "outside"
  | "multi-area"
  | "no-cells"
  | "protected"
  | "findings-sheet"
  | "cell-edit"
  | "missing-sheet"
  | "too-large"
  | "failed";

export class HostError extends Error {
  constructor(
    readonly problem: HostProblem,
    message: string,
  ) {
    super(message);
    this.name = "HostError";
  }
}

/** A1 address of a block; a single cell as one reference (D41, not D41:D41). */
function address(r: Rect): string {
  const a = rowsAddress(r.row + 1, r.row + r.rows, r.column, r.columns);
  const [from, to] = a.split(":");
  return from === to ? from : a;
}

/**
 * The block to review: a single selected cell means the whole used range (the cell must be inside
 * it); a larger selection is cut to where the sheet has values (a whole-column selection reads only
 * the used rows). Throws a HostError that says what to select instead.
 */
export function chooseTarget(sheet: string, used: Rect | null, selection: Rect): Rect {
  if (!used)
    throw new HostError(
      "empty",
      `Sheet “${sheet}” is empty: paste the report into it (or go to the sheet that holds it), then press Review.`,
    );
  const top = Math.max(used.row, selection.row);
  const left = Math.max(used.column, selection.column);
  const bottom = Math.min(used.row + used.rows, selection.row + selection.rows);
  const right = Math.min(used.column + used.columns, selection.column + selection.columns);
  const inside = bottom > top && right > left;
  if (selection.rows === 1 && selection.columns === 1) {
    if (!inside) {
      throw new HostError(
        "outside",
        `The selected cell ${address(selection)} is outside the data of “${sheet}” (${address(used)}): ` +
          "click a cell inside the report, or select the report, then press Review.",
      );
    }
    return used;
  }
  if (!inside) {
    throw new HostError(
      "outside",
      `The selection ${address(selection)} holds no values: select the report, or a single cell in it, then press Review.`,
    );
  }
  return { row: top, column: left, rows: bottom - top, columns: right - left };
}

/** Refused before reading: several areas selected. */
export function multiAreaError(): HostError {
  return new HostError(
    "multi-area",
    "Several separate areas are selected: select one block (the report), or a single cell in it, then press Review.",
  );
}

/** Refused before reading: a protected sheet cannot be highlighted. */
export function protectedError(sheet: string): HostError {
  return new HostError(
    "protected",
    `Sheet “${sheet}” is protected, so its rows cannot be highlighted: unprotect it (Review > Unprotect Sheet) ` +
      "or protect it allowing “Format cells”, or turn off “Highlight risky rows” in Settings, then press Review.",
  );
}

/** A1 address ("B5", "B5:C7", with or without "Sheet!" and $) as 0-based inclusive bounds; null if unreadable. */
function bounds(address: string): { top: number; left: number; bottom: number; right: number } | null {
  const cells = address.replace(/^.*!/, "").replace(/\$/g, "").split(":");
  const corners = cells.map((c) => /^([A-Z]+)(\d+)$/i.exec(c.trim()));
  if (corners.some((m) => !m) || corners.length === 0 || corners.length > 2) return null;
  const [a, b = a] = corners as RegExpExecArray[];
  const rows = [Number(a[2]) - 1, Number(b[2]) - 1];
  const cols = [columnIndex(a[1].toUpperCase()), columnIndex(b[1].toUpperCase())];
  return { top: Math.min(...rows), bottom: Math.max(...rows), left: Math.min(...cols), right: Math.max(...cols) };
}

/** Whether a changed range (an onChanged event's address) touches the reviewed block; an unreadable address counts as touching. */
export function addressTouches(changed: string, reviewed: string): boolean {
  const c = bounds(changed);
  const r = bounds(reviewed);
  if (!c || !r) return true;
  return c.top <= r.bottom && c.bottom >= r.top && c.left <= r.right && c.right >= r.left;
}

/** Whether the first rows read are a findings sheet this add-in wrote (its header row). */
export function isFindingsSheet(firstRows: readonly (readonly unknown[])[]): boolean {
  const header = firstRows[0];
  return (
    Boolean(header) &&
    [FINDINGS_HEADER, FINDINGS_HEADER_1_2, FINDINGS_HEADER_1_1_1, FINDINGS_HEADER_1_1, OLD_FINDINGS_HEADER].some(
      (names) => names.every((h, i) => header[i] === h),
    )
  );
}

export function findingsSheetError(sheet: string): HostError {
  return new HostError(
    "findings-sheet",
    `“${sheet}” is a findings sheet Renewal Radar wrote: go to the sheet that holds the report, then press Review.`,
  );
}

/** Bytes `text` takes in UTF-8 (what Excel on the web's 5 MB limit counts), without encoding it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4; // a surrogate pair: one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Most rows read in one request. */
export const BLOCK_ROWS = 20000;
/** What a block may weigh in UTF-8: well under Excel on the web's 5 MB request and response limit. */
export const BLOCK_BYTES = 4 * 1024 * 1024;

/** Rows in the next block for rows that weigh `bytesPerRow` (UTF-8 bytes of their JSON). */
export function nextBlockRows(bytesPerRow: number): number {
  return Math.max(1, Math.min(BLOCK_ROWS, Math.floor(BLOCK_BYTES / Math.max(1, bytesPerRow))));
}

/** UTF-8 bytes a row of these values weighs, on average. */
export function bytesPerRow(values: readonly unknown[][]): number {
  return values.length ? utf8Length(JSON.stringify(values)) / values.length : 1;
}

/** office.js error codes (Excel.ErrorCodes) that a payload too large for one request raises. */
export const PAYLOAD_CODES = new Set([
  "ResponsePayloadSizeLimitExceeded",
  "RequestPayloadSizeLimitExceeded",
  "PayloadTooLarge",
]);

/** The office.js error code of a failure, if any. */
export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

/**
 * One sentence for a failure of `step` ("read the report", "highlight the rows" …), from the
 * office.js error code; our own HostErrors and cancellations pass through unchanged.
 */
export function explainHostError(error: unknown, step: string): Error {
  if (error instanceof HostError || (error as Error)?.name === "AbortError") return error as Error;
  const code = errorCode(error);
  const detail = (error as Error)?.message ?? String(error);
  switch (code) {
    case "InvalidOperationInCellEditMode":
      return new HostError(
        "cell-edit",
        `Excel is editing a cell, so Renewal Radar could not ${step}: press Enter or Esc to finish editing, then try again.`,
      );
    case "AccessDenied":
      return new HostError(
        "protected",
        `Excel refused to ${step}: the sheet or workbook is protected or read-only. ` +
          "Unprotect it (Review > Unprotect Sheet) or save a copy you can edit, then try again.",
      );
    case "ItemNotFound":
      return new HostError(
        "missing-sheet",
        `Could not ${step}: the sheet was renamed or deleted since the review. Press Review again.`,
      );
    case "InvalidSelection":
      // Several areas are refused before any call; this code now means the selection is no cells.
      return new HostError(
        "no-cells",
        `A chart, picture or shape is selected, not cells, so Renewal Radar could not ${step}: click a cell of the report, then try again.`,
      );
    case "ResponsePayloadSizeLimitExceeded":
    case "RequestPayloadSizeLimitExceeded":
      return new HostError(
        "too-large",
        `Could not ${step}: a single row of the report is larger than Excel allows in one request. Remove very long texts from the report, then try again.`,
      );
    default:
      return new HostError(
        "failed",
        `Could not ${step}: ${detail}${code ? ` (${code})` : ""}.`.replace(/\.\s*\./, "."),
      );
  }
}
