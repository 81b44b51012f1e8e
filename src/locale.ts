/**
 * How the pane (and the demo workbook) write dates, counts and money: in the user's locale (the browser's, which Office
 * sets to Office's display language), so cards, messages and the findings sheet agree.
 */
import { iso, toYMD } from "./rules/dates";

/** The pane's locale: the browser's (navigator.language), as Office sets it. */
export function paneLocale(): string {
  return typeof navigator !== "undefined" && navigator.language ? navigator.language : "en-GB";
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
/** A day serial as the locale writes a date with a short month ("20 Dec 2026", "Dec 20, 2026"). */
export function formatDay(serial: number, locale = paneLocale()): string {
  let f = dateFormats.get(locale);
  if (!f)
    dateFormats.set(
      locale,
      (f = new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" })),
    );
  const { year, month, day } = toYMD(serial);
  // A UTC midnight formatted in UTC: the calendar day, whatever the machine's time zone.
  return f.format(new Date(Date.UTC(year, month - 1, day)));
}

const shortFormats = new Map<string, Intl.DateTimeFormat>();
/** Day and month only ("24 Nov", "Nov 24"), for week labels. */
export function formatDayMonth(serial: number, locale = paneLocale()): string {
  let f = shortFormats.get(locale);
  if (!f)
    shortFormats.set(
      locale,
      (f = new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", timeZone: "UTC" })),
    );
  const { year, month, day } = toYMD(serial);
  return f.format(new Date(Date.UTC(year, month - 1, day)));
}

/** An ISO date of a finding as the locale writes it. */
export function formatIso(text: string, locale = paneLocale()): string {
  return formatDay(iso(text), locale);
}

/** A whole count with the locale's thousands separators ("45,055", "45.055"). */
export function formatCount(n: number, locale = paneLocale()): string {
  return n.toLocaleString(locale);
}

/** Money with two decimals and the locale's separators; the report's currency is not known. */
export function formatMoney(n: number, locale = paneLocale()): string {
  return n.toLocaleString(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** Money rounded to whole units, for a card where space is short ("3,255"). */
export function formatWhole(n: number, locale = paneLocale()): string {
  return n.toLocaleString(locale, { maximumFractionDigits: 0 });
}

/** Days left to an act-by date, short: "today", "in 3 days", "2 days late". */
export function daysLeft(days: number): string {
  if (days === 0) return "today";
  if (days === 1) return "tomorrow";
  if (days === -1) return "1 day late";
  return days > 0 ? `in ${days} days` : `${-days} days late`;
}
