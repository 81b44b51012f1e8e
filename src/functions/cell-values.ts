/**
 * What Excel hands a custom function in one cell of an argument, and what a function may hand back.
 *
 * In: with `allowErrorForDataTypeAny` and `allowCustomDataForDataTypeAny` in functions.json (both
 * written by scripts/functions-metadata.js), a parameter of type `any` receives plain values, error
 * cells, and data types: a formatted number (what the date functions return, so a LIC result fed
 * into another LIC formula arrives this way), a string or boolean value with properties, an entity.
 * A data type is read as its basic value; an error cell passes its error on.
 *
 * Out: Excel accepts only #VALUE!, #N/A, #DIV/0!, #NUM! and #NULL! from a custom function, so an
 * input error of another kind (#REF!, #NAME?, #SPILL! …) comes back as #VALUE! whose message names it.
 * Dates come back as formatted numbers (CustomFunctionsRuntime 1.4: shown as dates with no cell
 * formatting, still numbers to DATE arithmetic and to other formulas), plain serials on older hosts.
 */

/** The number format of date results: ISO, unambiguous in every locale (the format the formulas read as text too). */
export const DATE_FORMAT = "yyyy-mm-dd";

/** A date result as Excel's formatted number value (Excel.DoubleCellValue with a number format). */
export interface DateCellValue {
  type: "Double";
  basicValue: number;
  numberFormat: string;
}

/** Excel's error texts by the `errorType` of an error cell value (Excel.ErrorCellValueType). */
const ERROR_TYPES: Record<string, string> = {
  NotAvailable: "#N/A",
  Value: "#VALUE!",
  Div0: "#DIV/0!",
  Num: "#NUM!",
  Null: "#NULL!",
  Name: "#NAME?",
  Ref: "#REF!",
  Spill: "#SPILL!",
  Calc: "#CALC!",
  Field: "#FIELD!",
  Busy: "#BUSY!",
  GettingData: "#GETTING_DATA",
  Connect: "#CONNECT!",
  Blocked: "#BLOCKED!",
  External: "#EXTERNAL!",
  Python: "#PYTHON!",
  Placeholder: "#VALUE!",
};
const ERROR_TEXTS = new Set(Object.values(ERROR_TYPES).concat(["#UNKNOWN!"]));

/** The errors a custom function may return (CustomFunctionsRuntime 1.3); others become #VALUE!. */
const RETURNABLE = new Set(["#VALUE!", "#N/A", "#DIV/0!", "#NUM!", "#NULL!"]);

/** What to say about an input error Excel does not let a function return. */
const UNRETURNABLE_HINT: Record<string, string> = {
  "#REF!": "it refers to a deleted cell, row or sheet: fix the reference",
  "#NAME?": "it uses a name or function Excel does not know: check its spelling",
  "#SPILL!": "its spilled range is blocked: clear the cells in the way",
  "#CALC!": "its formula could not be calculated (an empty array?)",
  "#BUSY!": "it is still being calculated: wait, then recalculate",
  "#GETTING_DATA": "it is still loading data: wait, then recalculate",
};

/**
 * The error an argument cell holds as this function returns it, or undefined for an ordinary value.
 * Excel passes an error cell as an error object (`code` "#N/A" …) or, where rich values are on, as
 * an error cell value (`type: "Error"`, `errorType: "NotAvailable"` …).
 */
export function inputError(value: unknown): CustomFunctions.Error | undefined {
  if (value === null || typeof value !== "object") return undefined;
  const v = value as { code?: unknown; type?: unknown; errorType?: unknown; message?: unknown };
  let code: string | undefined;
  if (typeof v.code === "string" && ERROR_TEXTS.has(v.code)) code = v.code;
  else if (v.type === "Error") code = (typeof v.errorType === "string" && ERROR_TYPES[v.errorType]) || "#VALUE!";
  if (code === undefined) return undefined;
  if (!RETURNABLE.has(code)) {
    const hint = UNRETURNABLE_HINT[code] ?? "fix that cell";
    return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, `An input cell shows ${code}: ${hint}.`);
  }
  // Excel keeps a message only on #VALUE! and #N/A; pass the one received, if any.
  const message = typeof v.message === "string" && v.message ? v.message : undefined;
  const errorCode = code as CustomFunctions.ErrorCode;
  return message === undefined ? new CustomFunctions.Error(errorCode) : new CustomFunctions.Error(errorCode, message);
}

/**
 * A cell's plain value: a data type (formatted number, string or boolean with properties) as its
 * basic value, an empty value as null; anything else as it came (errors are read by inputError).
 */
export function basicValue(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  const v = value as { type?: unknown; basicValue?: unknown; text?: unknown };
  switch (v.type) {
    case "Double":
    case "FormattedNumber":
    case "String":
    case "Boolean":
      return v.basicValue;
    case "Empty":
      return null;
    default:
      return value;
  }
}

/** Whether Excel shows a formatted number returned by a custom function as such (CustomFunctionsRuntime 1.4). */
export function hostFormatsNumbers(): boolean {
  try {
    return (
      typeof Office !== "undefined" &&
      Office.context?.requirements?.isSetSupported("CustomFunctionsRuntime", "1.4") === true
    );
  } catch {
    return false;
  }
}

/** A date result: a formatted number where the host shows one, else the plain serial. */
export function dateResult(serial: number, formatted: boolean): number | DateCellValue {
  return formatted ? { type: "Double", basicValue: serial, numberFormat: DATE_FORMAT } : serial;
}
