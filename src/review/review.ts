/**
 * The review of a pasted report (RULES.md §6): a 2-D array of cells in, findings and a summary out.
 * Pure: the task pane hands it `range.values`, the command line a parsed CSV/XLSX.
 *
 * A thin orchestrator over the data path: layout (header, data rows, date orders: ./layout) →
 * row reader (typed facts + data issues: ./row) → one check per rule family (./checks) → findings
 * and summary. Work is done in steps (`ReportReview.step`) so a caller can show progress and cancel;
 * `reviewReport` runs it all at once.
 */
import { toISO, type DateOrder } from "../rules/dates";
import { CheckContext, DEFAULT_PARAMETERS, type RuleParameters } from "./checks/context";
import { checkSuspended } from "./checks/csp";
import { activeGroups, checkDuplicates } from "./checks/duplicates";
import { checkEnrollment } from "./checks/ea";
import { belowIncentiveMinimum, type BelowMinimum } from "./checks/incentives";
import { TIMELINE_DAYS, checkSubscription } from "./checks/nce";
import { DateReader, cellText } from "./cells";
import { RULE_IDS, SEVERITIES, compareFindings, worse, type Finding, type RuleId, type Severity } from "./findings";
import { moneyByCustomer, renewingValue } from "./money";
import { HEADER_SCAN_ROWS, ReportError, dataRowIndexes, dayFirstHint, decideDateOrders, decideDecimalComma, findHeader, type ColumnMap, type DateOrderDecision } from "./layout";
import { findHeaderByValues, inferRoles, type InferredColumn } from "./infer";
import type { DateOrderAlternative, ReviewOptions, ReviewResult } from "./types";
import { ROLES, normalizeHeader, type Role } from "./roles";
import { RowReader, type RowBase } from "./row";

export { DEFAULT_PARAMETERS, TIMELINE_DAYS, type BelowMinimum, type RuleParameters };
export type { DateOrderAlternative, ReviewOptions, ReviewResult, ReviewSummary } from "./types";

export const DEFAULT_HORIZON = 30;

/**
 * A review in progress. `step(n)` reviews the next n data rows and says whether rows remain;
 * `result()` finishes (duplicates, summary, order).
 */
export class ReportReview {
  readonly headerIndex: number;
  readonly columns: ColumnMap;
  readonly detectedColumns: ColumnMap;
  readonly headers: string[];
  readonly dataRows: number[];
  readonly dates: DateOrderDecision;
  /** The report writes amounts with a decimal comma (`36,00`), as European exports do. */
  readonly decimalComma: boolean;
  /** Columns mapped by their values (no header named their role). */
  readonly inferred: InferredColumn[];
  private readonly reader: RowReader;
  private readonly checks: CheckContext;
  private readonly firstRow: number;
  private readonly cells: readonly (readonly unknown[])[];
  private readonly options: ReviewOptions;
  /** Rows reviewed (not ended, status known): the keys for duplicates and I1. */
  private readonly rows: RowBase[] = [];
  private readonly notices: string[] = [];
  private readonly upcoming: ReviewResult["upcoming"] = [];
  private next = 0;

  constructor(cells: readonly (readonly unknown[])[], options: ReviewOptions) {
    if (!Array.isArray(cells) || cells.length === 0) throw new ReportError("The report is empty: paste or select the report, header row included.");
    if (!Number.isFinite(options.asOf)) throw new ReportError("as_of is not a date.");
    const asOf = Math.floor(options.asOf);
    const header = findHeaderRow(cells, asOf);
    this.headerIndex = header.index;
    this.dataRows = dataRowIndexes(cells, header.index);
    // Roles no header names are filled from the columns' values; headers and the user's corrections win.
    const detected = inferRoles(cells, header.index, this.dataRows, header.columns, asOf);
    this.detectedColumns = detected.columns;
    this.columns = applyMapping(detected.columns, options.mapping);
    this.inferred = detected.inferred.filter((c) => this.columns[c.role] === c.column);
    this.headers = (cells[header.index] ?? []).map(cellText);
    this.firstRow = options.firstRow ?? 1;
    this.checks = new CheckContext(asOf, options.horizon ?? DEFAULT_HORIZON, { ...DEFAULT_PARAMETERS, ...options.parameters });
    this.dates = decideDateOrders(
      cells,
      header.index,
      this.dataRows,
      this.columns,
      options.dateOrder ?? "mdy",
      options.forceDateOrder,
      options.dateOrderChosen,
      dayFirstHint(cells, header.index, this.dataRows),
    );
    this.cells = cells;
    this.options = options;
    const readers: Partial<Record<Role, DateReader>> = {};
    for (const c of this.dates.columns) readers[c.role] = new DateReader(c.order);
    this.decimalComma = decideDecimalComma(cells, this.dataRows, this.columns);
    this.reader = new RowReader(cells, this.columns, this.headers, readers, this.firstRow, this.decimalComma);
    const { isEa, hasNceDates } = this.reader;
    if (!isEa && hasNceDates && this.columns.term === undefined) {
      this.notices.push(
        "No term column: the 7-day reduce/cancel windows cannot be placed, so only renewals known from an end or renewal date are checked. Map a column to Term.",
      );
    }
    if (!isEa && !hasNceDates && this.columns.status === undefined) {
      this.notices.push("No start, renewal, end or expiry date column: only duplicates and data issues can be found.");
    }
  }

  get total(): number {
    return this.dataRows.length;
  }

  get done(): number {
    return this.next;
  }

  /** Reviews up to `count` more data rows; returns true while rows remain. */
  step(count: number): boolean {
    const end = Math.min(this.dataRows.length, this.next + count);
    for (; this.next < end; this.next++) this.reviewRow(this.dataRows[this.next]);
    return this.next < this.dataRows.length;
  }

  private reviewRow(index: number): void {
    const { facts, base, issues } = this.reader.read(index);
    const c = this.checks;
    for (const i of issues) c.issue(base!, i.role, i.message);
    if (!facts) return;
    // The cross-row rules keep the lean base, not the facts (less held in memory on large reports).
    const key = base as RowBase;
    this.rows.push(key);
    if (facts.family === "suspended") checkSuspended(facts, c);
    else if (facts.family === "ea") checkEnrollment(facts, c);
    else if (facts.family === "nce") {
      const next = checkSubscription(facts, c);
      key.next = facts.next;
      key.windowLast = facts.windowLast;
      if (next !== undefined && next - c.asOf <= TIMELINE_DAYS) this.upcoming.push({ row: facts.row, date: toISO(next), days: next - c.asOf });
    }
  }

  /**
   * When the date order was assumed: the findings of the other order, if they differ. Only the
   * columns whose values could not decide are read the other way.
   */
  private alternative(findings: readonly Finding[]): DateOrderAlternative | undefined {
    if (!this.dates.assumed || this.options.noAlternative || this.options.forceDateOrder) return undefined;
    const order: DateOrder = this.dates.order === "mdy" ? "dmy" : "mdy";
    const other = reviewReport(this.cells, { ...this.options, dateOrder: order, dateOrderChosen: false, noAlternative: true });
    const key = (f: Finding) => `${f.row}|${f.rule}|${f.severity}|${f.date ?? ""}`;
    const mine = new Set(findings.map(key));
    const theirs = new Set(other.findings.map(key));
    let differing = 0;
    for (const k of mine) if (!theirs.has(k)) differing++;
    for (const k of theirs) if (!mine.has(k)) differing++;
    if (differing === 0) return undefined;
    return { order, findings: other.findings.length, bySeverity: other.summary.bySeverity, differing };
  }

  result(): ReviewResult {
    while (this.step(50000));
    const c = this.checks;
    const groups = activeGroups(this.rows);
    // Appended one by one: a spread into push() overflows the stack with hundreds of thousands of items.
    const findings = c.findings.slice();
    for (const f of checkDuplicates(groups, c)) findings.push(f);
    findings.sort(compareFindings);
    const rowSeverity = new Map<number, Severity>();
    for (const f of findings) {
      const seen = rowSeverity.get(f.row);
      rowSeverity.set(f.row, seen === undefined ? f.severity : worse(seen, f.severity));
    }
    const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
    const byRule = Object.fromEntries(RULE_IDS.map((r) => [r, 0])) as Record<RuleId, number>;
    for (const f of findings) {
      bySeverity[f.severity]++;
      byRule[f.rule]++;
    }
    return {
      headerRow: this.firstRow + this.headerIndex,
      headers: this.headers,
      columns: this.columns,
      detectedColumns: this.detectedColumns,
      rows: this.dataRows.length,
      dateOrder: this.dates.order,
      findings,
      rowSeverity,
      upcoming: this.upcoming,
      summary: {
        rowsRead: this.dataRows.length,
        asOf: toISO(c.asOf),
        horizon: c.horizon,
        bySeverity,
        byRule,
        rowsWithFindings: rowSeverity.size,
        dateOrder: this.dates.order,
        dateOrderSource: this.dates.source,
        dateOrderAssumed: this.dates.assumed,
        dateOrderHint: this.dates.hint,
        dateOrderAlternative: this.alternative(findings),
        dateColumns: this.dates.columns.map(({ header, role, order, source }) => ({ header, role, order, source })),
        decimalComma: this.decimalComma,
        inferredColumns: this.inferred.map(({ role, column, header }) => ({ role, column, header })),
        belowIncentiveMinimum: belowIncentiveMinimum(groups, c.params.pauMinimum),
        moneyAtStake: moneyByCustomer(findings),
        renewingValue: renewingValue(findings),
        notices: this.notices,
      },
    };
  }
}

function applyMapping(detected: ColumnMap, mapping?: Partial<Record<Role, number | null>>): ColumnMap {
  if (!mapping) return detected;
  const out: ColumnMap = { ...detected };
  for (const role of ROLES) {
    if (!(role in mapping)) continue;
    const column = mapping[role];
    if (column === null || column === undefined || column < 0) delete out[role];
    else {
      // A column plays one role: taking it for this role frees it from any other.
      for (const other of ROLES) if (out[other] === column) delete out[other];
      out[role] = column;
    }
  }
  return out;
}


/**
 * The header row: the row naming the most roles by their synonyms; failing that (an export whose
 * headers are all unknown), the text row below which the values map the most roles.
 */
export function findHeaderRow(cells: readonly (readonly unknown[])[], asOf: number): { index: number; columns: ColumnMap } {
  try {
    return findHeader(cells);
  } catch (error) {
    const byValues = findHeaderByValues(cells, (i) => dataRowIndexes(cells, i), asOf, HEADER_SCAN_ROWS);
    if (byValues) return { index: byValues.index, columns: {} };
    throw error;
  }
}

/**
 * A key for a report's layout: its header row's texts, normalised. The pane keeps the user's mapping
 * corrections under it, for the next review of a report with the same header row. Undefined when
 * the report has no header row the review can find.
 */
export function layoutKey(cells: readonly (readonly unknown[])[], asOf: number): string | undefined {
  try {
    const header = findHeaderRow(cells, Math.floor(asOf));
    return (cells[header.index] ?? []).map((h) => normalizeHeader(h)).join("|");
  } catch {
    return undefined;
  }
}

/** Reviews a whole report at once. Throws ReportError when there is no header to go by. */
export function reviewReport(cells: readonly (readonly unknown[])[], options: ReviewOptions): ReviewResult {
  return new ReportReview(cells, options).result();
}
