/**
 * The workbook's date system, as the formulas see it. A workbook in the 1904 date system (an option
 * of Excel on Mac, File › Options › Advanced on Windows) holds each day as a serial 1462 lower than
 * the 1900 system does; the rules count in the 1900 system. So a date cell's number is read 1462
 * later, and a date the formulas return is written 1462 lower: the cell shows the right day.
 *
 * Excel has no property for it in the released API sets: the shared runtime asks once, on start,
 * what DATE(1904,1,1) is (src/excel/excel-host.ts `detectDateSystem`), sets it here, and has Excel
 * recalculate when it is 1904. Until then (and outside Excel) the 1900 system is assumed.
 */
import { DATE_1904_OFFSET } from "../rules/dates";

let offset = 0;

/** Sets the date system of the workbook the formulas run in. */
export function setFormulaDateSystem(system: 1900 | 1904): void {
  offset = system === 1904 ? DATE_1904_OFFSET : 0;
}

/** A date cell's number as a 1900-system serial. */
export function fromWorkbookSerial(serial: number): number {
  return serial + offset;
}

/** A 1900-system serial as the workbook's date cells hold it. */
export function toWorkbookSerial(serial: number): number {
  return serial - offset;
}
