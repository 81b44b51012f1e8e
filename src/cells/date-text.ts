/**
 * Text dates (RULES.md §1, and §6 for reports): the unambiguous forms a formula accepts, numeric
 * dates in a known day/month order, and the forms reports write (`reportForms`). Day serials and
 * their arithmetic: ./dates.
 */
import { fromYMD, isSerialInRange, isValidYMD, type DateOrder } from "../rules/dates";
import { fold } from "./values";

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

/** Month number of an English month name or abbreviation, or 0. */
export function monthFromName(name: string): number {
  return MONTHS[name.toLowerCase().replace(/\.$/, "")] ?? 0;
}

/**
 * Month names and abbreviations in German, French, Spanish, Italian, Dutch and Portuguese, without
 * accents, January to December (reports only: `reportForms`). A word two languages share names the
 * same month in both.
 */
const LOCAL_MONTHS: Record<string, number> = (() => {
  const months = [
    "januar janner jan janvier janv enero ene gennaio gen januari janeiro",
    "februar feb fevrier fevr fev febrero febbraio februari fevereiro",
    "marz mrz mars marzo maart mrt marco",
    "april apr avril avr abril abr aprile",
    "mai mayo may maggio mag mei maio",
    "juni jun juin junio giugno giu junho",
    "juli jul juillet juil julio luglio lug julho",
    "august aug aout agosto ago augustus",
    "september sep sept septembre septiembre setiembre set settembre setembro",
    "oktober okt octobre oct octubre ottobre ott outubro out",
    "november nov novembre noviembre novembro",
    "dezember dez decembre dec diciembre dic dicembre december dezembro",
  ];
  const map: Record<string, number> = {};
  months.forEach((words, i) => words.split(" ").forEach((word) => (map[word] = i + 1)));
  return map;
})();

/** Month number of a month name in English or (reports) another language, accents ignored; 0 if none. */
function monthFromAnyName(name: string): number {
  const english = monthFromName(name);
  if (english) return english;
  const folded = fold(name).replace(/\.$/, "");
  return LOCAL_MONTHS[folded] ?? 0;
}

/** Fraction of a day from a clock time; NaN when the parts are not a time. */
function timeFraction(h?: string, min?: string, s?: string, ampm?: string): number {
  if (h === undefined) return 0;
  let hours = +h;
  const minutes = min === undefined ? 0 : +min;
  const seconds = s === undefined ? 0 : +s;
  if (ampm) {
    if (hours < 1 || hours > 12) return NaN;
    const pm = ampm.toLowerCase() === "pm";
    hours = (hours % 12) + (pm ? 12 : 0);
  }
  if (hours > 23 || minutes > 59 || seconds > 59) return NaN;
  return (hours * 3600 + minutes * 60 + seconds) / 86400;
}

const TIME = String.raw`(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*([AaPp][Mm])?)?`;
const ZONE = String.raw`\s*(?:Z|[+-]\d{2}:?\d{2})?`;
const ISO_RE = new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})${TIME}${ZONE}$`);
/** Year first with slashes or dots (2024/01/15, 2024.01.15): year-month-day, never ambiguous. */
const YMD_RE = new RegExp(String.raw`^(\d{4})([/.])(\d{1,2})\2(\d{1,2})${TIME}$`);
const DAY_MON_YEAR_RE = new RegExp(String.raw`^(\d{1,2})[\s-]+([A-Za-z]{3,9}\.?)[\s,-]+(\d{4})${TIME}$`);
const MON_DAY_YEAR_RE = new RegExp(String.raw`^([A-Za-z]{3,9}\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${TIME}$`);
/** Numeric dates with the order unknown: 03/04/2024, 3-4-2024, 03.04.2024, with an optional time. */
const NUMERIC_RE = new RegExp(String.raw`^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})${TIME}$`);
/** Reports' two-digit years (see readDateText's `reportForms`): 11/30/26, 30.11.26, 19-JAN-24. */
const NUMERIC_SHORT_RE = new RegExp(String.raw`^(\d{1,2})([/.-])(\d{1,2})\2(\d{2})${TIME}$`);
const DAY_MON_SHORT_RE = new RegExp(String.raw`^(\d{1,2})[\s-]+([A-Za-z]{3,9}\.?)[\s-]+(\d{2})${TIME}$`);
/** Reports' dates with the day ordinal or slashes around the month name: 30th November 2026, 30/Nov/2026. */
const DAY_MON_LOOSE_RE = new RegExp(
  String.raw`^(\d{1,2})(?:st|nd|rd|th)?[\s/-]+([A-Za-z]{3,9}\.?)[\s,/-]+(\d{4})${TIME}$`,
);
/** Reports' dates with a month name in another language: "30. Nov. 2026", "30 déc. 2026", "30 de noviembre de 2026", "30-dic-2026", "30-dic-26". */
const LOCAL_DAY_MON_YEAR_RE = new RegExp(
  String.raw`^(\d{1,2})\.?(?:\s+de)?[\s/-]+(\p{L}{3,10}\.?)(?:\s+de)?[\s,/-]+(\d{4}|\d{2})${TIME}$`,
  "u",
);
/** A weekday before a report's date, as Excel's long date format writes it: "Monday, November 30, 2026". */
const WEEKDAY_RE = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?,?\s+/i;
/**
 * A zone named after a report's date: a JavaScript date's "… 00:00:00 GMT+0000 (Coordinated Universal
 * Time)", a database export's "2026-11-30 00:00:00 UTC". The date is read as written (§1: no zone).
 */
const JS_ZONE_RE = /\s+(?:UTC|GMT)(?:\s*[+-]\d{1,2}(?::?\d{2})?)?(?:\s*\([^)]*\))?$/i;
/** A report's date-time with a comma between the year and the time. */
const YEAR_COMMA_TIME_RE = /(\d{4}),\s+(?=\d{1,2}:\d{2})/;
/** A zone offset after a report's time of day. */
const TIME_OFFSET_RE = /(\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[AaPp][Mm])?)\s*(?:Z|[+-]\d{2}:?\d{2})$/;
/** Numeric dates with a four- or two-digit year: a report column's day/month order is decided from either. */
const NUMERIC_ANY_RE = new RegExp(String.raw`^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})${TIME}$`);

/** The result of reading a date text: a serial (maybe with a time fraction) or why not. */
export type DateReading =
  | { ok: true; serial: number }
  | { ok: false; reason: "ambiguous" | "invalid" | "not-a-date" | "out-of-range"; first?: number; second?: number };

function finish(year: number, month: number, day: number, fraction: number): DateReading {
  if (!isValidYMD(year, month, day) || Number.isNaN(fraction)) return { ok: false, reason: "invalid" };
  const serial = fromYMD(year, month, day) + fraction;
  if (!isSerialInRange(serial)) return { ok: false, reason: "out-of-range" };
  return { ok: true, serial };
}

/**
 * Reads the unambiguous date texts of RULES.md §1: ISO (`2024-01-15`, with or without a time or
 * `T…Z`; also `2024/01/15`), `15-Jan-2024` (any case: `19-JAN-2024`), `15 January 2024`,
 * `Jan 15 2024`, `January 15, 2025`. Numeric texts such
 * as `03/04/2024` are read only when `order` says which part is the day; without it they are
 * "ambiguous". A time of day becomes the serial's fraction; a zone suffix is not converted (the
 * written calendar day is the day).
 *
 * `reportForms` (reports only, RULES.md §6 "legacy files"; never the formulas): also the forms
 * exports write — two-digit years as a short date format cuts them (`11/30/26`, `30.11.26` in `order`,
 * `19-JAN-24`), read as 20yy: every subscription and enrollment date is in 2000–2099 (Excel's own
 * pivot would read `30` as 1930: a three-year term written in 2027 ends in 2030); a weekday before
 * the date, as Excel's long date format writes it (`Monday, November 30, 2026`); `30th November
 * 2026`, `30/Nov/2026`; and a JavaScript date's text (`Mon Nov 30 2026 00:00:00 GMT+0000 (…)`).
 * @example readDateText("15-Jan-2024") // { ok: true, serial: 45306 }
 * @example readDateText("1/15/24", "mdy", true) // { ok: true, serial: 45306 }
 */
export function readDateText(text: string, order?: DateOrder, reportForms = false): DateReading {
  let t = text.trim();
  // A weekday or a zone name decorates the date; what is left is read as usual.
  if (reportForms && (WEEKDAY_RE.test(t) || JS_ZONE_RE.test(t))) t = t.replace(WEEKDAY_RE, "").replace(JS_ZONE_RE, "");
  // A comma before the time ("Dec 10, 2026, 12:00 AM", as toLocaleString writes) and an offset after
  // it ("12/10/2026 12:00:00 AM +00:00", a .NET DateTimeOffset): the date is read as written.
  if (reportForms && /:\d\d/.test(t)) t = t.replace(YEAR_COMMA_TIME_RE, "$1 ").replace(TIME_OFFSET_RE, "$1");
  let m = ISO_RE.exec(t);
  if (m) return finish(+m[1], +m[2], +m[3], timeFraction(m[4], m[5], m[6], m[7]));
  m = YMD_RE.exec(t);
  if (m) return finish(+m[1], +m[3], +m[4], timeFraction(m[5], m[6], m[7], m[8]));
  m = DAY_MON_YEAR_RE.exec(t);
  // (In a report a name that is no English month may be another language's: read below.)
  if (m && (!reportForms || monthFromName(m[2]))) return dayMonthYear(m, +m[3]);
  m = MON_DAY_YEAR_RE.exec(t);
  if (m) {
    const month = monthFromName(m[1]);
    return month
      ? finish(+m[3], month, +m[2], timeFraction(m[4], m[5], m[6], m[7]))
      : { ok: false, reason: "not-a-date" };
  }
  m = NUMERIC_RE.exec(t);
  if (m) return numeric(m, +m[4], order);
  if (reportForms) {
    m = DAY_MON_SHORT_RE.exec(t);
    if (m && monthFromName(m[2])) return dayMonthYear(m, 2000 + +m[3]);
    m = NUMERIC_SHORT_RE.exec(t);
    if (m) return numeric(m, 2000 + +m[4], order);
    m = DAY_MON_LOOSE_RE.exec(t);
    if (m && monthFromName(m[2])) return dayMonthYear(m, +m[3]);
    m = LOCAL_DAY_MON_YEAR_RE.exec(t);
    if (m) {
      const month = monthFromAnyName(m[2]);
      const year = m[3].length === 2 ? 2000 + +m[3] : +m[3];
      return month
        ? finish(year, month, +m[1], timeFraction(m[4], m[5], m[6], m[7]))
        : { ok: false, reason: "not-a-date" };
    }
  }
  return { ok: false, reason: "not-a-date" };
}

/** `15-Jan-2024` matched (day, month name, year, time): the day, or why not. */
function dayMonthYear(m: RegExpExecArray, year: number): DateReading {
  const month = monthFromName(m[2]);
  return month ? finish(year, month, +m[1], timeFraction(m[4], m[5], m[6], m[7])) : { ok: false, reason: "not-a-date" };
}

/** `03/04/2024` matched (first, separator, second, year, time): read in `order`, else ambiguous. */
function numeric(m: RegExpExecArray, year: number, order?: DateOrder): DateReading {
  const first = +m[1];
  const second = +m[3];
  if (!order) return { ok: false, reason: "ambiguous", first, second };
  const fraction = timeFraction(m[5], m[6], m[7], m[8]);
  return order === "mdy" ? finish(year, first, second, fraction) : finish(year, second, first, fraction);
}

/**
 * The two leading numbers of a numeric date text (`03/04/2024`, `03/04/24` → [3, 4]), or null. Used
 * to decide a report column's day/month order from its values.
 */
export function numericDateParts(text: string): [number, number] | null {
  const m = NUMERIC_ANY_RE.exec(text.trim());
  return m ? [+m[1], +m[3]] : null;
}

/**
 * Whether a numeric date text is written with dots (`03.04.2024`): the DD.MM.YYYY convention of
 * day-first countries (no month-first locale writes dates with dots).
 */
export function isDottedDate(text: string): boolean {
  const m = NUMERIC_ANY_RE.exec(text.trim());
  return m !== null && m[2] === ".";
}
