/**
 * Reading a report's date cells (RULES.md §6 "Dates in reports"): date cells and Excel serials (also
 * as text), text dates in the column's day/month order (two-digit years too), and ERP-style
 * year-first numbers. One reader a date column, with a cache: reports repeat the same dates.
 */
import { readDateText } from "../../cells/date-text";
import { DATE_1904_OFFSET, fromYMD, isValidYMD, type DateOrder } from "../../rules/dates";
import { BAD, BLANK, isBlankCell, own, type Read } from "./cells";

/**
 * A day serial without its time: as a small integer where it fits (every date Excel knows does), so
 * the day arithmetic and the day-keyed caches downstream stay on small integers.
 */
function wholeDay(serial: number): number {
  const day = Math.floor(serial);
  return day >= -1073741824 && day < 1073741824 ? day | 0 : day;
}

/** Eight digits in a date column: a year-first date written as one number (20261130). */
const COMPACT_TEXT = /^\s*\d{8}\s*$/;

/** A whole number (optionally with a time fraction) in a date column: an Excel serial written as text. */
const SERIAL_TEXT = /^\s*\d{2,7}(\.\d+)?\s*$/;

/**
 * An ERP-style date written as one number, year first (20261130, as SAP and many billing systems
 * export dates): its day serial, or undefined when `n` is no such day (1990–2099).
 */
export function compactDate(n: number): number | undefined {
  if (!Number.isInteger(n) || n < 19900101 || n > 20991231) return undefined;
  const year = Math.floor(n / 10000);
  const month = Math.floor(n / 100) % 100;
  const day = n % 100;
  return isValidYMD(year, month, day) ? fromYMD(year, month, day) : undefined;
}

/** Reads date cells of one column, with a cache: reports repeat the same dates many times. */
export class DateReader {
  private cache = new Map<string, Read<number>>();
  /** What a date cell's number adds to be a 1900-system serial (1462 in a 1904 workbook). */
  private readonly offset: number;
  constructor(
    readonly order: DateOrder,
    dateSystem: 1900 | 1904 = 1900,
  ) {
    this.offset = dateSystem === 1904 ? DATE_1904_OFFSET : 0;
  }
  read(value: unknown): Read<number> {
    if (isBlankCell(value)) return BLANK;
    if (typeof value === "number") {
      const serial = value + this.offset;
      return serial >= 61 && serial < 2958466 ? wholeDay(serial) : (compactDate(value) ?? BAD);
    }
    if (value instanceof Date) {
      if (Number.isNaN(value.getTime())) return BAD;
      // Spreadsheet readers hand dates as UTC midnights of the calendar day.
      return wholeDay(value.getTime() / 86400000 + 25569);
    }
    if (typeof value !== "string") return BAD;
    const hit = this.cache.get(value);
    if (hit !== undefined) return hit;
    let result: Read<number>;
    if (SERIAL_TEXT.test(value)) {
      // An Excel serial saved as text in a CSV (45306 = 2024-01-15): a date, as RULES.md §6 says.
      const serial = wholeDay(Number(value));
      result = serial >= 61 && serial < 2958466 ? serial : BAD;
    } else if (COMPACT_TEXT.test(value)) {
      result = compactDate(Number(value)) ?? BAD;
    } else {
      // Two-digit years too (11/30/26, 19-JAN-24): reports cut to a short date format write them.
      const reading = readDateText(value, this.order, true);
      result = reading.ok ? wholeDay(reading.serial) : BAD;
    }
    if (this.cache.size < 10000) this.cache.set(own(value), result);
    return result;
  }
}
