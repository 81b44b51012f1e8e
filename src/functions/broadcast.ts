/**
 * Range arguments the way Excel's own functions take them: every argument is a matrix (a single
 * cell arrives as [[value]]), a 1-row or 1-column argument stretches along the other arguments,
 * and the result has the broadcast shape. A position that one argument cannot reach is #N/A, as
 * in Excel; an element whose inputs are invalid gets its own error, the rest still compute.
 */
import { RuleError } from "../rules/errors";

export type Matrix = unknown[][] | null | undefined;

/** What a custom function hands back for one cell. */
export type CellResult = number | boolean | string | CustomFunctions.Error;

/** An Excel error for a rule error (or any unexpected failure: #VALUE!, never a thrown exception). */
export function toExcelError(error: unknown): CustomFunctions.Error {
  const codes = CustomFunctions.ErrorCode;
  if (error instanceof RuleError) {
    const code = error.kind === "num" ? codes.invalidNumber : error.kind === "na" ? codes.notAvailable : codes.invalidValue;
    return new CustomFunctions.Error(code, error.message);
  }
  const message = error instanceof Error ? error.message : String(error);
  return new CustomFunctions.Error(codes.invalidValue, `Could not compute: ${message}`);
}

/** Excel's error texts by the `errorType` of an error cell value (Excel.ErrorCellValue). */
const ERROR_TYPES: Record<string, string> = {
  NotAvailable: "#N/A",
  Value: "#VALUE!",
  Div0: "#DIV/0!",
  Num: "#NUM!",
  Null: "#NULL!",
  Name: "#NAME?",
  Ref: "#REF!",
};
const ERROR_TEXTS = new Set(Object.values(ERROR_TYPES));

/**
 * The Excel error an argument cell holds, or undefined for an ordinary value. With
 * `allowErrorForDataTypeAny` in functions.json, Excel hands an error cell to a parameter of type
 * `any` as an error object (`code` "#N/A" …) — or, where rich values are on, as an error cell value
 * (`type: "Error"`, `errorType: "NotAvailable"` …). Either way the position gets the same error back.
 */
export function inputError(value: unknown): CustomFunctions.Error | undefined {
  if (value === null || typeof value !== "object") return undefined;
  const v = value as { code?: unknown; type?: unknown; errorType?: unknown; message?: unknown };
  let code: string | undefined;
  if (typeof v.code === "string" && ERROR_TEXTS.has(v.code)) code = v.code;
  else if (v.type === "Error" && typeof v.errorType === "string") code = ERROR_TYPES[v.errorType] ?? "#VALUE!";
  if (code === undefined) return undefined;
  // Excel keeps a message only on #VALUE! and #N/A; pass the one received, if any.
  const message = typeof v.message === "string" && v.message ? v.message : undefined;
  return message === undefined ? new CustomFunctions.Error(code as CustomFunctions.ErrorCode) : new CustomFunctions.Error(code as CustomFunctions.ErrorCode, message);
}

/** A marker for "this argument does not reach this position". */
const OUT_OF_SHAPE = Symbol("out-of-shape");

interface Shape {
  rows: number;
  cols: number;
  data: unknown[][] | null;
}

function shapeOf(arg: Matrix): Shape {
  if (!Array.isArray(arg) || arg.length === 0) return { rows: 1, cols: 1, data: null };
  let cols = 0;
  for (const row of arg) cols = Math.max(cols, Array.isArray(row) ? row.length : 1);
  if (cols === 0) return { rows: 1, cols: 1, data: null };
  return { rows: arg.length, cols, data: arg };
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
export function broadcast(args: Matrix[], compute: (values: unknown[]) => CellResult): CellResult[][] {
  const shapes = args.map(shapeOf);
  let rows = 1;
  let cols = 1;
  for (const s of shapes) {
    rows = Math.max(rows, s.rows);
    cols = Math.max(cols, s.cols);
  }
  const values: unknown[] = new Array(args.length);
  const out: CellResult[][] = new Array(rows);
  for (let i = 0; i < rows; i++) {
    const line: CellResult[] = new Array(cols);
    for (let j = 0; j < cols; j++) {
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
        values[a] = v;
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
        line[j] =
          typeof value === "number" && !Number.isFinite(value)
            ? new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidNumber, "The result is too large for Excel: check the inputs.")
            : value;
      } catch (error) {
        line[j] = toExcelError(error);
      }
    }
    out[i] = line;
  }
  return out;
}
