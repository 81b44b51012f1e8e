/**
 * A term written in two columns: a number ("Term": 1, 3, 12) and its unit beside it ("Term Unit":
 * Year, Month; CloudBlue's "Period" and "Period Type"). RULES.md §2 reads a bare number as months, so
 * read alone "1" + "Year" was a monthly term (monthly windows and renewals on an annual subscription)
 * and "3" + "Years" no term at all. The unit column is found by its header and borne out by its values;
 * the number is then read in that unit (rules table, decision 38).
 */
import { BAD, BLANK, cellText, isBlankCell, readTerm, type Read } from "./cells";
import { LAYOUT_SAMPLE, type ColumnMap } from "./layout";
import { englishTermWords, fold } from "./local-words";
import { normalizeHeader } from "./roles";
import type { TermMonths } from "../rules/terms";
import { readNumber } from "../rules/values";

/** Headers of a term's unit, normalised ("Term Unit", "Period Type", "Duration UoM"), with the header of the number they qualify. */
const UNIT_HEADER = /^(.*?)(?:unit|units|uom|unitofmeasure|type)$/;
/** Headers a unit column may qualify when no term column is mapped ("Period" + "Period Type"). */
const NUMBER_HEADERS = new Set(["term", "period", "duration", "length", "commitment", "contract", "termlength", "commitmentlength", "contractlength", "subscriptionperiod", "termduration", "commitmentperiod"]);

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
      const numbers = normalized.findIndex((h, i) => i !== c && !taken.has(i) && h !== "" && h === base && NUMBER_HEADERS.has(h));
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
  return values.length ? values.filter((v) => typeof v === "string" && typeof readUnit(v) === "string").length / values.length : 0;
}

/** Share of a column's values that are numbers or terms written whole ("1 Year" reads as it is); 0 without a single number. */
function numberShare(cells: readonly (readonly unknown[])[], rows: readonly number[], column: number): number {
  const values = sample(cells, rows, column);
  const isNumber = (v: unknown) => typeof v === "number" || (typeof v === "string" && readNumber(v) !== undefined);
  if (!values.some(isNumber)) return 0;
  return values.filter((v) => isNumber(v) || readTerm(v) !== BAD).length / values.length;
}
