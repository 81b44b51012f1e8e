/**
 * What a review reports: findings on rows (RULES.md §6 table) and their wording.
 */
import { format } from "date-fns";
import { toYMD } from "../../rules/dates";

export const RULE_IDS = [
  "SUSPENDED_DATA_LOSS",
  "EA_LATE",
  "REDUCTION_BLOCKED",
  "NEW_ORDER_OVERLAP",
  "CANCEL_WINDOW_OPEN",
  "RENEWAL_DUE",
  "EST_RISK",
  "DUPLICATE_SUBSCRIPTION",
  "PAST_TERM_END",
  "EA_RENEWAL_DUE",
  "UNUSED_SEATS",
  "DATA_ISSUE",
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** What each finding means, in a line, for the pane's filters and the README. */
export const RULE_TITLES: Record<RuleId, string> = {
  SUSPENDED_DATA_LOSS: "Suspended: data will be deleted",
  EA_LATE: "EA renewal late",
  REDUCTION_BLOCKED: "Reduction not possible now",
  NEW_ORDER_OVERLAP: "Customer leaving: seats paid twice",
  CANCEL_WINDOW_OPEN: "Reduce/cancel window open",
  RENEWAL_DUE: "Renewal due",
  EST_RISK: "Extended Service Term risk",
  DUPLICATE_SUBSCRIPTION: "Duplicate subscription",
  PAST_TERM_END: "Term ended with auto-renew off",
  EA_RENEWAL_DUE: "EA renewal due",
  UNUSED_SEATS: "Seats nobody uses",
  DATA_ISSUE: "Data issue",
};

export type Severity = "high" | "warning" | "info";
export const SEVERITIES: readonly Severity[] = ["high", "warning", "info"];

/**
 * Fill colours of highlighted rows, by severity (the pane's highlights, its timeline, the command
 * line's highlighted copy): readable on white, distinct for colour-blind users by lightness too.
 */
export const HIGHLIGHT_COLORS: Record<Severity, string> = {
  high: "#F4B6B6",
  warning: "#FFE8A3",
  info: "#CFE3F7",
};

export interface Finding {
  /** The row's number as the sheet (or the file) numbers it. */
  row: number;
  rule: RuleId;
  severity: Severity;
  /** One line a person can act on: what, why, by which date, what it costs. */
  message: string;
  /** The date that matters (ISO), when there is one. */
  date?: string;
  /** Days from as_of to that date (negative: in the past). */
  days?: number;
  /** The last day on which acting still helps (ISO), RULES.md §6's act-by table. */
  actBy?: string;
  /** The finding's money (RULES.md §6's table), when the report gives a unit price. */
  cost?: number;
  /** Which kind `cost` is (RULES.md §6 of 2026-12-07): money at stake, or value renewing — never added together. */
  moneyKind?: "atStake" | "renewing";
  /** The currency of `cost` (ISO 4217 code, "$" for a bare dollar sign), where the report shows one. */
  currency?: string;
  customer?: string;
  product?: string;
  subscriptionId?: string;
  /** For DATA_ISSUE: the role whose value could not be read. */
  field?: string;
}

const RULE_RANKS = new Map<string, number>(RULE_IDS.map((r, i) => [r, i]));

/**
 * A severity's place (high 0, warning 1, info 2) and a rule's (its place in RULE_IDS), compared or
 * looked up in a map: a lookup by property name over hundreds of thousands of findings had gone
 * megamorphic (the slowest kind of property access).
 */
export function severityRank(severity: Severity): number {
  return severity === "high" ? 0 : severity === "warning" ? 1 : 2;
}
export function ruleRank(rule: RuleId): number {
  return RULE_RANKS.get(rule) ?? RULE_IDS.length;
}

/**
 * Most urgent first (RULES.md §6): by act-by date (findings without one after those with one), then
 * most severe, then by row, then in the rule order above. Written once, as two numbers a finding:
 * the act-by date (yyyymmdd) with the severity, and the row with the rule.
 */
function urgency(f: Finding, days: Map<string, number>): void {
  urgencyFirst = urgencyFirstOf(f.actBy, severityRank(f.severity), days);
  urgencySecond = urgencySecondOf(f.row, ruleRank(f.rule));
}
// urgency's two numbers (no pair allocated a finding).
let urgencyFirst = 0;
let urgencySecond = 0;

/** After every act-by date (yyyymmdd is at most 99991231). */
const NO_ACT_BY = 1e9;

/** "2026-12-03" → 20261203, in the order of the text; a text that is no ISO date goes after every date, before none. */
function actByNumber(iso: string): number {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return NO_ACT_BY - 1;
  return Number(iso.slice(0, 4)) * 10000 + Number(iso.slice(5, 7)) * 100 + Number(iso.slice(8, 10));
}

const comparedDays = new Map<string, number>();
/** The urgency order (above) of two findings, for sort(). */
export function compareFindings(a: Finding, b: Finding): number {
  if (comparedDays.size > 10000) comparedDays.clear();
  urgency(a, comparedDays);
  const a1 = urgencyFirst;
  const a2 = urgencySecond;
  urgency(b, comparedDays);
  return a1 - urgencyFirst || a2 - urgencySecond;
}

/**
 * Sorts findings in place in the urgency order (above), as compareFindings would, faster: the keys
 * are worked out once a finding (see orderByUrgency).
 * @example sortFindings(result.findings) // the same order as result.findings.sort(compareFindings)
 */
export function sortFindings(findings: Finding[]): void {
  const n = findings.length;
  const first = new Float64Array(n);
  const second = new Float64Array(n);
  const days = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    urgency(findings[i], days);
    first[i] = urgencyFirst;
    second[i] = urgencySecond;
  }
  const order = orderByUrgency(first, second);
  const copy = findings.slice();
  for (let k = 0; k < n; k++) findings[k] = copy[order[k]];
}

/**
 * The urgency order's two numbers of a finding, from its parts (a review's store keeps findings as
 * columns: ./finding-store): the first from the act-by date (ISO, or undefined) and the severity's
 * rank; the second from the row and the rule's rank. `days` caches the dates' numbers.
 */
export function urgencyFirstOf(actBy: string | undefined, severity: number, days: Map<string, number>): number {
  let day = NO_ACT_BY;
  if (actBy !== undefined) {
    const known = days.get(actBy);
    day = known ?? actByNumber(actBy);
    if (known === undefined) days.set(actBy, day);
  }
  return day * 4 + severity;
}
export function urgencySecondOf(row: number, rule: number): number {
  return row * 64 + rule;
}

/**
 * The order (indexes) that sorts findings by their urgency numbers `first`, then `second`, ties in
 * index order. A counting sort by the first (few distinct dates and severities) leaves each part in
 * row order already, as the review found them, so the sort within is nearly free.
 */
export function orderByUrgency(first: Float64Array, second: Float64Array): Uint32Array {
  const n = first.length;
  const keys = Float64Array.from(new Set(first)).sort();
  const rank = new Map<number, number>();
  keys.forEach((k, r) => rank.set(k, r));
  const start = new Uint32Array(keys.length + 1);
  const ranks = new Uint32Array(n);
  for (let i = 0; i < n; i++) start[(ranks[i] = rank.get(first[i])!) + 1]++;
  for (let r = 0; r < keys.length; r++) start[r + 1] += start[r];
  const order = new Uint32Array(n);
  const next = start.slice(0, keys.length);
  for (let i = 0; i < n; i++) order[next[ranks[i]]++] = i;
  for (let r = 0; r < keys.length; r++) {
    const part = order.subarray(start[r], start[r + 1]);
    let sorted = true;
    for (let k = 1; k < part.length && sorted; k++) sorted = second[part[k - 1]] <= second[part[k]];
    // A plain array: its sort finds the runs (rows in order, then the duplicates found at the end).
    if (!sorted)
      order.set(
        Array.from(part).sort((a, b) => second[a] - second[b] || a - b),
        start[r],
      );
  }
  return order;
}

/** The more severe of two severities. */
export function worse(a: Severity, b: Severity): Severity {
  return severityRank(a) <= severityRank(b) ? a : b;
}

const shownDates = new Map<number, string>();
let dateFormat: Intl.DateTimeFormat | undefined;
let dateLocale: string | undefined;

/**
 * The locale findings' messages write dates in (the pane passes the user's, so that cards, messages
 * and the findings sheet agree); undefined: "20 Dec 2026", as the command line and the tests read.
 */
export function setMessageDateLocale(locale: string | undefined): void {
  if (locale === dateLocale) return;
  dateLocale = locale;
  dateFormat = locale
    ? new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" })
    : undefined;
  shownDates.clear();
}

/**
 * A day serial as a cache key: a small integer where it is one, so that a day worked out as a double
 * is not looked up boxed (the day-text caches here and in checks/context).
 */
export function dayKey(serial: number): number {
  return (serial | 0) === serial ? serial | 0 : serial;
}

/** A day as people read it: "20 Dec 2026" (or the locale's way, see setMessageDateLocale). Reports repeat dates, so each is formatted once. */
export function showDate(serial: number): string {
  const key = dayKey(serial);
  let text = shownDates.get(key);
  if (text === undefined) {
    const { year, month, day } = toYMD(serial);
    // A local-midnight Date only carries the calendar day to date-fns' formatter; no arithmetic.
    // With a locale: a UTC midnight formatted in UTC, the calendar day whatever the time zone.
    text = dateFormat
      ? dateFormat.format(new Date(Date.UTC(year, month - 1, day)))
      : format(new Date(year, month - 1, day), "d MMM yyyy");
    if (shownDates.size < 50000) shownDates.set(key, text);
  }
  return text;
}

const money = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const shownMoney = new Map<number, string>();
/** Money as 10,888.77 (the report's currency is not known). Prices repeat, so each is formatted once. */
export function showMoney(amount: number): string {
  let text = shownMoney.get(amount);
  if (text === undefined) {
    text = money.format(amount);
    if (shownMoney.size < 20000) shownMoney.set(amount, text);
  }
  return text;
}

/** "in 3 days", "today", "5 days ago". */
export function showDays(days: number): string {
  if (days === 0) return "today";
  if (days === 1) return "tomorrow";
  if (days === -1) return "yesterday";
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}

/** A percentage as "12 %". */
export function showPercent(fraction: number): string {
  return `${Math.round(fraction * 10000) / 100} %`;
}
