/**
 * Terms in report cells (RULES.md §2 and §6): the many ways exports write a term and a billing plan
 * ("Annual Commitment", "NCE Annual", "1 Jahr", "Annual/Monthly"), a term column counting in years,
 * and a term written in two columns — a number ("Term": 1, 3, 12) and its unit beside it ("Term Unit":
 * Year, Month; CloudBlue's "Period" and "Period Type"). RULES.md §2 reads a bare number as months, so
 * read alone "1" + "Year" was a monthly term (monthly windows and renewals on an annual subscription)
 * and "3" + "Years" no term at all. The unit column is found by its header and borne out by its values;
 * the number is then read in that unit (rules table, decision 38). The formulas accept only §2's forms.
 */
import { BAD, BLANK, cellText, isBlankCell, own, type Read } from "./cells";
import { LAYOUT_SAMPLE, type ColumnMap } from "./header";
import { fold } from "../../cells/values";
import { englishTermWords } from "./words/vocabulary";
import { normalizeHeader } from "./words/roles";
import { parseBilling, termMonthsOrUndefined, type BillingPlan, type TermMonths } from "../../cells/terms";
import { readNumber } from "../../cells/values";

const termCache = new Map<string, Read<TermMonths>>();

/**
 * A report's term text with its decoration taken off: "Annual Commitment" → "annual", "P1Y (annual)"
 * → "p1y", "Annual - Paid Monthly" → "annual", "1 yr" → "1 year", "36M" → "36 month", "NCE Annual"
 * → "annual", "Month-to-month" → "monthly"; a term and its billing in one cell, the term first
 * ("Annual/Monthly", "P1Y/Monthly", "Annual Upfront", "Annual Monthly") → the term. Reports write terms many ways; the formulas accept
 * only RULES.md §2's forms.
 */
function plainTerm(text: string): string {
  const lower = text.toLowerCase();
  // "Term/billing" with no word of billing around it: the part before the slash is the term.
  const cut = /bill/.test(lower) ? /\s[-–,/]\s|,|;|\bpaid\b|\bbilled\b/ : /\s[-–,/]\s|,|;|\/|\bpaid\b|\bbilled\b/;
  let t = lower.replace(/\([^)]*\)/g, " ").split(cut)[0];
  t = t
    .replace(/\b(nce|commitment|commit|term|plan|subscription|contract|agreement|licen[cs]e)s?\b/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  t = t
    .replace(/\b(\d+)\s*(y|yr|yrs)\b/, "$1 year")
    .replace(/\b(\d+)\s*(m|mo|mos|mth|mths)\b/, "$1 month")
    .replace(/^month[\s-]+to[\s-]+month$/, "monthly");
  // The term, then its billing in a word: "Annual Upfront", "Annual Monthly", "Yearly Prepaid".
  return t
    .replace(/^new commerce\s+/, "")
    .replace(/^(.+?)\s+(?:upfront|up-front|prepaid|pre-paid|monthly|annual|annually|yearly)$/, "$1");
}

/** A term written in another language ("1 Jahr", "Mensuel", "3 años"; local-words.ts), or undefined. */
function localTerm(text: string): TermMonths | undefined {
  const english = englishTermWords(text);
  return english === undefined
    ? undefined
    : (termMonthsOrUndefined(english) ?? termMonthsOrUndefined(plainTerm(english)));
}

const TERM_MEMO = 4;
const recentTerms: string[] = new Array(TERM_MEMO).fill("");
const recentReads: Read<TermMonths>[] = new Array(TERM_MEMO).fill(BLANK);
let recentNext = 0;

/** Terms, read once per distinct text (a report repeats a handful of term texts). */
export function readTerm(value: unknown): Read<TermMonths> {
  if (isBlankCell(value)) return BLANK;
  if (typeof value !== "string") return termMonthsOrUndefined(value) ?? BAD;
  // The last few texts first: comparing a long term text is cheaper than hashing it again. (They
  // may be a parser's slices: at most TERM_MEMO chunks stay alive for it.)
  for (let i = 0; i < TERM_MEMO; i++) if (recentTerms[i] === value) return recentReads[i];
  let term = termCache.get(value);
  if (term === undefined) {
    term = termMonthsOrUndefined(value.trim()) ?? termMonthsOrUndefined(plainTerm(value)) ?? localTerm(value) ?? BAD;
    if (termCache.size < 1000) termCache.set(own(value), term);
  }
  recentTerms[recentNext] = value;
  recentReads[recentNext] = term;
  recentNext = (recentNext + 1) % TERM_MEMO;
  return term;
}

/**
 * A term from a column whose header counts in years ("Term (Years)"): the numbers 1 and 3 are one and
 * three years (RULES.md §2 reads a bare number as months); text is read as any term.
 */
export function readTermInYears(value: unknown): Read<TermMonths> {
  const years =
    typeof value === "number"
      ? value
      : typeof value === "string" && /^\s*\d+\s*$/.test(value)
        ? Number(value)
        : undefined;
  if (years === undefined) return readTerm(value);
  return years === 1 ? 12 : years === 3 ? 36 : BAD;
}

/** A billing plan cell (N6), or undefined when blank or not one ("Monthly", "Annual", "One-Year commitment for monthly billing"). */
export function readBilling(value: unknown): BillingPlan | undefined {
  if (isBlankCell(value)) return undefined;
  const text = cellText(value);
  const english = billingOrUndefined(text) ?? billingOrUndefined(englishTermWords(text));
  if (english) return english;
  return /\bmonthly\b/i.test(text) && !/yearly|annual|triennial/i.test(text) ? "monthly" : undefined;
}

/** parseBilling's plan, or undefined where it is none. */
function billingOrUndefined(text: string | undefined): BillingPlan | undefined {
  if (text === undefined) return undefined;
  try {
    return parseBilling(text);
  } catch {
    return undefined;
  }
}

/** Headers of a term's unit, normalised ("Term Unit", "Period Type", "Duration UoM"), with the header of the number they qualify. */
const UNIT_HEADER = /^(.*?)(?:unit|units|uom|unitofmeasure|type)$/;
/** Headers a unit column may qualify when no term column is mapped ("Period" + "Period Type"). */
const NUMBER_HEADERS = new Set([
  "term",
  "period",
  "duration",
  "length",
  "commitment",
  "contract",
  "termlength",
  "commitmentlength",
  "contractlength",
  "subscriptionperiod",
  "termduration",
  "commitmentperiod",
]);

type Unit = "month" | "year";

/** A unit cell: Month(s)/Year(s) and their short forms, also in the languages local-words.ts reads. */
export function readUnit(value: unknown): Unit | typeof BLANK | typeof BAD {
  if (isBlankCell(value)) return BLANK;
  const text = fold(cellText(value)).replace(/\(s\)|\./g, "");
  const word = englishTermWords(text) ?? text;
  if (/^(?:months?|mos?|mths?|m|monthly|p1m)$/.test(word)) return "month";
  if (/^(?:years?|yrs?|y|yearly|annual|annually)$/.test(word)) return "year";
  return BAD;
}

/** The term read from its number and its unit; a term written whole ("1 Year", "P1Y") is read as it is. */
export function readTermWithUnit(value: unknown, unitCell: unknown): Read<TermMonths> {
  const n = typeof value === "number" ? value : typeof value === "string" ? readNumber(value) : undefined;
  if (n === undefined) return readTerm(value);
  const unit = readUnit(unitCell);
  if (unit === BLANK) return readTerm(value);
  if (unit === BAD) return BAD;
  const months = unit === "year" ? n * 12 : n;
  return months === 1 || months === 12 || months === 36 ? months : BAD;
}

/**
 * The unit column of a report's term, and the term column it qualifies: a column headed as a unit
 * ("Term Unit", "Period Type") whose values are ≥ 80 % month/year words, not named by its header for
 * another role (one filled by its values — "Year" read as a billing plan — gives it up). It qualifies the term column;
 * with none mapped — or when the term was taken from the unit column itself by its values ("Period
 * Type": Year(s) read as a term, a three-year term as one year) — it qualifies the column of numbers
 * its header names ("Period" for "Period Type"). Undefined when the report has none.
 */
export function findTermUnit(
  cells: readonly (readonly unknown[])[],
  headerIndex: number,
  rows: readonly number[],
  columns: ColumnMap,
  /** The columns whose headers named their role: never a unit (a role filled by values may be). */
  named: ColumnMap,
): { unit: number; term: number } | undefined {
  const header = cells[headerIndex] ?? [];
  const taken = new Set(Object.values(named));
  const normalized = header.map((h) => normalizeHeader(h));
  for (let c = 0; c < header.length; c++) {
    const m = UNIT_HEADER.exec(normalized[c]);
    if (!m || taken.has(c)) continue;
    const base = m[1];
    let term = columns.term;
    if (term === undefined || term === c) {
      const numbers = normalized.findIndex(
        (h, i) => i !== c && !taken.has(i) && h !== "" && h === base && NUMBER_HEADERS.has(h),
      );
      if (numbers < 0) continue;
      term = numbers;
    } else if (base !== "" && !NUMBER_HEADERS.has(base) && base !== normalized[term]) continue;
    if (unitShare(cells, rows, c) >= 0.8 && numberShare(cells, rows, term) >= 0.8) return { unit: c, term };
  }
  return undefined;
}

function sample(cells: readonly (readonly unknown[])[], rows: readonly number[], column: number): unknown[] {
  const values: unknown[] = [];
  for (let r = 0; r < rows.length && r < LAYOUT_SAMPLE && values.length < 200; r++) {
    const v = cells[rows[r]]?.[column];
    if (!isBlankCell(v)) values.push(v);
  }
  return values;
}

function unitShare(cells: readonly (readonly unknown[])[], rows: readonly number[], column: number): number {
  const values = sample(cells, rows, column);
  return values.length
    ? values.filter((v) => typeof v === "string" && typeof readUnit(v) === "string").length / values.length
    : 0;
}

/** Share of a column's values that are numbers or terms written whole ("1 Year" reads as it is); 0 without a single number. */
function numberShare(cells: readonly (readonly unknown[])[], rows: readonly number[], column: number): number {
  const values = sample(cells, rows, column);
  const isNumber = (v: unknown) => typeof v === "number" || (typeof v === "string" && readNumber(v) !== undefined);
  if (!values.some(isNumber)) return 0;
  return values.filter((v) => isNumber(v) || readTerm(v) !== BAD).length / values.length;
}
