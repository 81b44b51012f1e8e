/**
 * Range arguments the way Excel's own functions take them: every argument is a matrix (a single
 * cell arrives as [[value]]), a 1-row or 1-column argument stretches along the other arguments,
 * and the result has the broadcast shape. A position that one argument cannot reach is #N/A, as
 * in Excel; an element whose inputs are invalid gets its own error, the rest still compute.
 *
 * Blank in, blank out: a position with no data gives an empty cell, not an error — no data meaning
 * every range argument is blank there (a single cell stretched over the rows, such as a typed "P1Y",
 * is a constant, not data), or, when every argument is a single cell, every argument is blank. Blank
 * rows at the bottom are not returned at all, so `=LIC.NCE_ANNIVERSARY(A:A, "P1Y")` spills as far as
 * the dates go, not a million rows.
 */
import { RuleError } from "../rules/errors";
import { isBlank } from "../cells/values";
import { basicValue, dateResult, hostFormatsNumbers, inputError, type DateCellValue } from "./cell-values";
import { toWorkbookSerial } from "./date-system";

export { inputError };

export type Matrix = unknown[][] | null | undefined;

/** What a custom function hands back for one cell ("" is an empty-looking cell: a blank row's answer). */
export type CellResult = number | boolean | string | DateCellValue | CustomFunctions.Error;

/** An Excel error for a rule error (or any unexpected failure: #VALUE!, never a thrown exception). */
export function toExcelError(error: unknown): CustomFunctions.Error {
  const codes = CustomFunctions.ErrorCode;
  if (error instanceof RuleError) {
    const code =
      error.kind === "num" ? codes.invalidNumber : error.kind === "na" ? codes.notAvailable : codes.invalidValue;
    return new CustomFunctions.Error(code, error.message);
  }
  const message = error instanceof Error ? error.message : String(error);
  return new CustomFunctions.Error(codes.invalidValue, `Could not compute: ${message}`);
}

/** A marker for "this argument does not reach this position". */
const OUT_OF_SHAPE = Symbol("out-of-shape");

interface Shape {
  rows: number;
  cols: number;
  data: unknown[][] | null;
  /** More than one cell: a range whose cells are a row's data (a single cell is a constant). */
  range: boolean;
}

function shapeOf(arg: Matrix): Shape {
  if (!Array.isArray(arg) || arg.length === 0) return { rows: 1, cols: 1, data: null, range: false };
  let cols = 0;
  for (const row of arg) cols = Math.max(cols, Array.isArray(row) ? row.length : 1);
  if (cols === 0) return { rows: 1, cols: 1, data: null, range: false };
  return { rows: arg.length, cols, data: arg, range: arg.length > 1 || cols > 1 };
}

/** A cell with nothing in it: left out, empty, spaces only, or an empty data-type value. */
function isEmptyCell(value: unknown): boolean {
  return value === undefined || isBlank(basicValue(value));
}

/** The arguments whose cells say whether a position holds data: the ranges, or every argument when none is one. */
function dataShapes(shapes: readonly Shape[]): Shape[] {
  const ranges = shapes.filter((s) => s.range);
  return ranges.length > 0 ? ranges : shapes.slice();
}

/** Whether position (i, j) holds no data: every one of `decisive` (dataShapes) is blank there. */
function isBlankPosition(decisive: readonly Shape[], i: number, j: number): boolean {
  return decisive.every((s) => {
    const v = pick(s, i, j);
    return v === OUT_OF_SHAPE || isEmptyCell(v);
  });
}

/** How many rows to answer: the broadcast rows less the blank rows at the bottom (at least one). */
function rowsWithData(decisive: readonly Shape[], rows: number, cols: number): number {
  let last = rows;
  while (last > 1) {
    let blank = true;
    for (let j = 0; j < cols && blank; j++) blank = isBlankPosition(decisive, last - 1, j);
    if (!blank) break;
    last--;
  }
  return last;
}

/** What a function's answers are: dates come back formatted as dates where the host can show them. */
export interface BroadcastOptions {
  dates?: boolean;
}

function pick(shape: Shape, i: number, j: number): unknown {
  if (shape.data === null) return undefined;
  const r = shape.rows === 1 ? 0 : i;
  const c = shape.cols === 1 ? 0 : j;
  if (r >= shape.rows || c >= shape.cols) return OUT_OF_SHAPE;
  const row = shape.data[r];
  if (!Array.isArray(row)) return c === 0 ? row : OUT_OF_SHAPE;
  return c < row.length ? row[c] : OUT_OF_SHAPE;
}

/**
 * Applies `compute` to every position of the broadcast shape of `args`. `compute` receives one
 * value per argument (undefined for a left-out argument) in an array it must not keep.
 */
export function broadcast(
  args: Matrix[],
  compute: (values: unknown[]) => CellResult,
  options: BroadcastOptions = {},
): CellResult[][] {
  const shapes = args.map(shapeOf);
  let rows = 1;
  let cols = 1;
  for (const s of shapes) {
    rows = Math.max(rows, s.rows);
    cols = Math.max(cols, s.cols);
  }
  const decisive = dataShapes(shapes);
  rows = rowsWithData(decisive, rows, cols);
  const formatted = options.dates === true && hostFormatsNumbers();
  const values: unknown[] = new Array(args.length);
  const out: CellResult[][] = new Array(rows);
  for (let i = 0; i < rows; i++) {
    const line: CellResult[] = new Array(cols);
    for (let j = 0; j < cols; j++) {
      // No data here (even where a shorter range has run out): an empty cell.
      if (isBlankPosition(decisive, i, j)) {
        line[j] = "";
        continue;
      }
      let reachable = true;
      let received: CustomFunctions.Error | undefined;
      for (let a = 0; a < shapes.length; a++) {
        const v = pick(shapes[a], i, j);
        if (v === OUT_OF_SHAPE) {
          reachable = false;
          break;
        }
        // An error cell in an argument: this position answers with that same error.
        if (received === undefined && v !== null && typeof v === "object") received = inputError(v);
        values[a] = basicValue(v);
      }
      if (reachable && received !== undefined) {
        line[j] = received;
        continue;
      }
      if (!reachable) {
        line[j] = new CustomFunctions.Error(
          CustomFunctions.ErrorCode.notAvailable,
          "The ranges have different sizes: give ranges of the same size, or a single cell.",
        );
        continue;
      }
      try {
        const value = compute(values);
        if (typeof value === "number" && !Number.isFinite(value)) {
          line[j] = new CustomFunctions.Error(
            CustomFunctions.ErrorCode.invalidNumber,
            "The result is too large for Excel: check the inputs.",
          );
        } else {
          line[j] = options.dates && typeof value === "number" ? dateResult(toWorkbookSerial(value), formatted) : value;
        }
      } catch (error) {
        line[j] = toExcelError(error);
      }
    }
    out[i] = line;
  }
  return out;
}
