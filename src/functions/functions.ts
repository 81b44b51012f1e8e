/*
 * The custom functions of the LIC namespace (=LIC.NCE_ANNIVERSARY(...) and the rest): the entry
 * point of functions.js. One file per rule family (./nce, ./pricing, ./ea, ./csp-incentives).
 *
 * Thin wrappers: read the Excel arguments (./coerce), broadcast ranges (./broadcast), call the rule
 * (../rules) and turn rule errors into Excel errors. The JSDoc of each function generates
 * functions.json (custom-functions-metadata-plugin); every parameter is a matrix so that one call
 * over a range spills one answer per row.
 *
 * Every function whose as_of / change_date defaults to today is `@volatile`: Excel recalculates it
 * whenever the sheet recalculates, so a left-out date never goes stale (a CAN_REDUCE that said TRUE
 * inside the window says FALSE the day it closes). The build adds `allowErrorForDataTypeAny` to
 * functions.json (scripts/functions-metadata.js), so an error cell in an input range reaches the
 * function and only its own position answers with that error.
 *
 * In Excel, the runtime asks once which date system the workbook uses (./date-system): a 1904
 * workbook's date cells are read, and the dates returned written, in it.
 */
import { detectDateSystem } from "../excel/date-system-probe";
import { setFormulaDateSystem } from "./date-system";

export * from "./nce";
export * from "./end-of-term";
export * from "./pricing";
export * from "./ea";
export * from "./csp-incentives";
export type { CellResult, Matrix } from "./broadcast";
export { setFormulaDateSystem } from "./date-system";

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  void Office.onReady(() => detectDateSystem(setFormulaDateSystem));
}
