/**
 * Calendar days as integers — RULES.md §1.
 *
 * A date is an Excel serial number in the 1900 date system (1900-03-01 is 61, 2024-01-15 is
 * 45306). All arithmetic here is integer arithmetic on proleptic Gregorian days: no `Date`
 * object, no time zone, so the machine's zone can never shift a day. Serial 60 is Excel's
 * fictitious 1900-02-29 and everything below 61 is out of range (#NUM!).
 */
import { RuleError } from "./errors";

/** The first serial the rules accept: 1900-03-01. */
export const MIN_SERIAL = 61;
/** The last serial Excel can show: 9999-12-31. */
export const MAX_SERIAL = 2958465;
/** Serial of 1970-01-01 (the Unix epoch). */
const UNIX_EPOCH_SERIAL = 25569;

export interface YMD {
  year: number;
  /** 1 … 12 */
  month: number;
  /** 1 … 31 */
  day: number;
}

/** True in a Gregorian leap year. @example isLeapYear(2024) // true; isLeapYear(1900) // false */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month (1-based). @example daysInMonth(2024, 2) // 29 */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1];
}

/**
 * Days between Excel's two date systems: a workbook in the 1904 date system holds every day as a
 * serial this much lower (1904-01-01 is 0 there, 1462 in the 1900 system every rule counts in).
 * @example 46356 - DATE_1904_OFFSET // 2026-11-30 as a 1904 workbook holds it
 */
export const DATE_1904_OFFSET = 1462;

/**
 * Serial of a calendar date (no range check; see {@link checkSerial}).
 * @example fromYMD(2024, 1, 15) // 45306
 */
export function fromYMD(year: number, month: number, day: number): number {
  // Days from civil (H. Hinnant), shifted from the Unix epoch to Excel's.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468 + UNIX_EPOCH_SERIAL;
}

/**
 * Calendar date of a serial (the fraction, if any, is ignored).
 * @example toYMD(45306) // { year: 2024, month: 1, day: 15 }
 */
export function toYMD(serial: number): YMD {
  civil(serial);
  return { year: cYear, month: cMonth, day: cDay };
}

// The calendar date of the last `civil` call. Hot paths (EDATE over 100,000 rows) read these
// instead of allocating an object per call; single-threaded, read right after the call.
let cYear = 0;
let cMonth = 0;
let cDay = 0;

/** Civil from days (H. Hinnant): sets cYear, cMonth, cDay for a serial. */
function civil(serial: number): void {
  const z = Math.floor(serial) - UNIX_EPOCH_SERIAL + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  cDay = doy - Math.floor((153 * mp + 2) / 5) + 1;
  cMonth = mp < 10 ? mp + 3 : mp - 9;
  cYear = yoe + era * 400 + (cMonth <= 2 ? 1 : 0);
}

/** True when `serial` is a whole or fractional day the rules accept (61 … 9999-12-31). */
export function isSerialInRange(serial: number): boolean {
  return serial >= MIN_SERIAL && serial < MAX_SERIAL + 1;
}

/**
 * Returns the serial if it is in range, else throws #NUM! naming the argument.
 * @example checkSerial(45306, "start_date") // 45306
 */
export function checkSerial(serial: number, name: string): number {
  if (!Number.isFinite(serial))
    throw new RuleError("value", `${name} is not a date: use a date cell or ISO text such as 2024-01-15.`);
  if (serial < MIN_SERIAL)
    throw new RuleError(
      "num",
      `${name} (${serial}) is before 1900-03-01: Excel serials below 61 include the fictitious 1900-02-29 and are not accepted.`,
    );
  if (serial >= MAX_SERIAL + 1) throw new RuleError("num", `${name} (${serial}) is after 9999-12-31.`);
  return serial;
}

/**
 * Excel's EDATE: the same day `months` months later, clamped to the month's last day.
 * Throws #NUM! when the result leaves Excel's calendar.
 * @example edate(fromYMD(2021, 1, 31), 1) // serial of 2021-02-28
 */
export function edate(serial: number, months: number): number {
  civil(serial);
  const day = cDay;
  const total = cYear * 12 + (cMonth - 1) + months;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  const d = Math.min(day, daysInMonth(y, m));
  const result = fromYMD(y, m, d);
  if (result < MIN_SERIAL || result > MAX_SERIAL) {
    throw new RuleError("num", "The date falls outside Excel's calendar (1900-03-01 … 9999-12-31).");
  }
  return result;
}

/** Months since year 0 of the serial's month: lets rules compare calendar months cheaply. */
export function monthIndex(serial: number): number {
  civil(serial);
  return cYear * 12 + cMonth - 1;
}

/** The first day of the serial's month. @example firstOfMonth(fromYMD(2022, 2, 18)) // 2022-02-01 */
export function firstOfMonth(serial: number): number {
  const { year, month } = toYMD(serial);
  return fromYMD(year, month, 1);
}

/** ISO text of a serial's day. @example toISO(45306) // "2024-01-15" */
export function toISO(serial: number): string {
  const { year, month, day } = toYMD(serial);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * Serial of an ISO date text (`YYYY-MM-DD`, no time). Throws on anything else; for tests and
 * settings, where the input is ours.
 * @example iso("2024-01-15") // 45306
 */
export function iso(text: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m || !isValidYMD(+m[1], +m[2], +m[3])) throw new RuleError("value", `Not an ISO date: ${text}`);
  return fromYMD(+m[1], +m[2], +m[3]);
}

/** True when the parts name a real calendar day. @example isValidYMD(2025, 2, 31) // false */
export function isValidYMD(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/**
 * Today as the user's local calendar date (RULES.md §1: "today" is the user's local date).
 * This is the only place a time zone is read, and only to name the day; arithmetic stays in serials.
 */
export function todaySerial(now: Date = new Date()): number {
  return fromYMD(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** The order of a numeric date's first two parts: month/day/year or day/month/year. */
export type DateOrder = "mdy" | "dmy";
