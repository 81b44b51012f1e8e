/**
 * Which rows of a report are data (RULES.md §6: "optional title lines, one header row, data rows,
 * maybe blank rows and a totals row"): blank rows, totals and subtotal lines, notes and footers, and
 * the header row repeated are not. One row at a time, so a streamed report is read the same way.
 */
import { fold, readNumber } from "../../cells/values";
import { isBlankCell } from "./cells";
import { GROUP_TOTALS_WORDS, TOTALS_WORDS } from "./words/vocabulary";

/** A totals word as a pattern: its spaces and hyphens as any run of them ("sub total", "sous-total"). */
const wordPattern = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/[\s-]+/g, "[\\s-]*");
/** The totals words of every language (./words/vocabulary/totals.json), longest first, as one alternation. */
const TOTALS = [...new Set(TOTALS_WORDS)]
  .sort((a, b) => b.length - a.length)
  .map(wordPattern)
  .join("|");
/** A cell that starts with a totals word: "Total", "Grand total (AUD)", "Summe", "Sous-total". */
const TOTAL_RE = new RegExp(`^(?:${TOTALS})(?![a-z0-9])`);
/** Excel's Subtotal command labels a group's line after the group: "Acme Pty Ltd Total", "Acme Ergebnis", "Acme Count". */
const GROUP_TOTAL_RE = new RegExp(`\\s(?:${TOTALS}|${GROUP_TOTALS_WORDS.map(wordPattern).join("|")})\\s*:?$`);
/** The cell says only that: "Total", "Subtotal:", "Grand total", "Summe". */
const TOTAL_ONLY_RE = new RegExp(`^(?:${TOTALS})\\s*:?$`);
/** First and last letters of the totals words: most cells start and end otherwise (no regular expression for them). */
const FIRST_LETTERS = new Set(TOTALS_WORDS.map((w) => w.charCodeAt(0)));
const LAST_LETTERS = new Set(
  [...TOTALS_WORDS, ...GROUP_TOTALS_WORDS].map((w) => w.charCodeAt(w.length - 1)).concat(0x3a),
);
/** Text that may be a number: it starts as one does (a digit, a sign, a bracket, a currency, a code). */
function mayBeNumber(t: string): boolean {
  const c = t.charCodeAt(0);
  // 0-9 + - ( . $
  if ((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x28 || c === 0x2e || c === 0x24) return true;
  // € £ ¥ ₹, or a currency code before the amount ("AUD 8.25")
  return (
    c === 0x20ac || c === 0xa3 || c === 0xa5 || c === 0x20b9 || (c >= 0x41 && c <= 0x5a && /^[A-Z]{3}\s?\d/.test(t))
  );
}
/** Filled cells a totals line whose first cell says more ("Total for Acme", "Total (AUD)") has at most. */
const TOTALS_CELLS = 3;

/**
 * A totals line: its first non-blank text cell says Total (or Subtotal, Grand total, Sum, Summe, Totaal…). When that
 * cell says more than the word, only a sparse row is one: "Total for Acme,,,15" is, a customer
 * called "Total Tools" with its product, dates and seats is data. So is a sparse row whose first
 * cell ends with the word, as Excel's Subtotal command writes them ("Acme Pty Ltd Total,,,20").
 */
export function isTotalsRow(row: readonly unknown[]): boolean {
  for (const cell of row) {
    if (isBlankCell(cell)) continue;
    // A subtotal's amounts may come before its label (Excel's Subtotal puts the label in the grouped
    // column, wherever it is): numbers, also as text ("1,220"), are passed over to the first text.
    if (typeof cell === "number") continue;
    if (typeof cell !== "string") return false;
    const t = cell.trim();
    if (mayBeNumber(t) && (readNumber(t) ?? readNumber(t, true)) !== undefined) continue;
    // Said first ("Total", "Summe: 15"), in any case and with accents ("Total général"): folded only when it may be.
    if (FIRST_LETTERS.has(t.charCodeAt(0) | 0x20)) {
      const folded = fold(t);
      if (TOTAL_RE.test(folded)) return TOTAL_ONLY_RE.test(folded) || filledCount(row) <= TOTALS_CELLS;
    }
    // …or last ("Acme Pty Ltd Total", "Acme Ergebnis:").
    return (
      LAST_LETTERS.has(t.charCodeAt(t.length - 1) | 0x20) &&
      GROUP_TOTAL_RE.test(fold(t)) &&
      filledCount(row) <= TOTALS_CELLS
    );
  }
  return false;
}

export function isBlankRow(row: readonly unknown[] | undefined): boolean {
  if (!Array.isArray(row)) return true;
  for (const cell of row) if (!isBlankCell(cell)) return false;
  return true;
}

function filledCount(row: readonly unknown[]): number {
  let n = 0;
  for (const cell of row) if (!isBlankCell(cell)) n++;
  return n;
}

/**
 * Which rows below the header are data, one row at a time (a report can be read as a stream):
 * blank rows and totals rows are skipped; after a blank row a line with a single filled cell is a
 * note, not data; after a totals row, a line with at most two filled cells ("Prices ex GST, Page 1
 * of 1") is a footer, not data. Data goes on after a totals row: a report grouped by customer has a
 * subtotal under each customer's rows, and the rows after it are read. The header row repeated
 * (a report exported page by page, or in sections) is not data either.
 */
export class DataRowFilter {
  /** The header row's cells as compared (trimmed, lower case); undefined: no header given. */
  private readonly header?: string[];
  constructor(header?: readonly unknown[]) {
    if (header) this.header = header.map(headerText);
  }

  private afterBlank = false;
  private afterTotals = false;

  accept(row: readonly unknown[] | undefined): boolean {
    if (isBlankRow(row)) {
      this.afterBlank = true;
      return false;
    }
    if (isTotalsRow(row!)) {
      this.afterTotals = true;
      return false;
    }
    if (this.header && isHeaderAgain(row!, this.header)) return false;
    if (this.afterBlank || this.afterTotals) {
      const filled = filledCount(row!);
      if (this.afterBlank && filled === 1) return false;
      if (this.afterTotals && filled <= FOOTER_CELLS) return false;
    }
    this.afterBlank = false;
    this.afterTotals = false;
    return true;
  }
}

const headerText = (cell: unknown) =>
  typeof cell === "string" ? cell.trim().toLowerCase() : isBlankCell(cell) ? "" : String(cell);

/** Whether a row repeats the header row: every cell the same text (compared trimmed, in any case). */
function isHeaderAgain(row: readonly unknown[], header: readonly string[]): boolean {
  // Most data rows are told apart by their first cell's length, without a lowered copy of it.
  const first = row[0];
  if (
    typeof first === "string"
      ? first.trim().length !== (header[0] ?? "").length
      : headerText(first) !== (header[0] ?? "")
  )
    return false;
  for (let i = 0; i < Math.max(row.length, header.length); i++)
    if (headerText(row[i]) !== (header[i] ?? "")) return false;
  return true;
}

/** Filled cells a line after a totals line has at most to be a footer (see DataRowFilter). */
const FOOTER_CELLS = 2;

/** Indexes of the data rows below the header (see DataRowFilter), the first `limit` of them. */
export function dataRowIndexes(
  cells: readonly (readonly unknown[])[],
  headerIndex: number,
  limit = Infinity,
): number[] {
  const indexes: number[] = [];
  const filter = new DataRowFilter(cells[headerIndex]);
  for (let i = headerIndex + 1; i < cells.length && indexes.length < limit; i++)
    if (filter.accept(cells[i])) indexes.push(i);
  return indexes;
}

/**
 * Whether a report writes each customer once, on the first row of its group, and leaves the cell
 * blank on the group's other rows (a pivot table in compact or outline form, a report grouped by
 * customer for reading). Told from its first data rows: the first names a customer, at least two
 * others are blank (a fifth of the rows or more), and the names written are nearly all different —
 * in a list that repeats its customer on every row, a blank is a missing customer, not a group's.
 */
export function writesCustomerOnce(
  cells: readonly (readonly unknown[])[],
  rows: readonly number[],
  column: number | undefined,
): boolean {
  if (column === undefined || !rows.length || isBlankCell(cells[rows[0]]?.[column])) return false;
  const names = new Set<string>();
  let written = 0;
  for (const r of rows) {
    const cell = cells[r]?.[column];
    if (isBlankCell(cell)) continue;
    written++;
    names.add(String(cell).trim().toLowerCase());
  }
  const blank = rows.length - written;
  return blank >= 2 && blank >= 0.2 * rows.length && names.size >= 0.9 * written;
}

/**
 * A reconciliation file's charge line that adjusts a subscription rather than bills it (Partner
 * Center's ChargeType): a cancellation, refund, credit or seat removal. Its quantity is a change
 * (often negative), not the seats held, and it raises no findings of its own (rules table, decision 41).
 * @example isAdjustmentCharge("cancelImmediate") // true
 */
export function isAdjustmentCharge(value: unknown): boolean {
  return (
    typeof value === "string" &&
    /^\s*(?:cancel|refund|credit|customer\s*credit|remove|return|reversal|void)/i.test(value)
  );
}
