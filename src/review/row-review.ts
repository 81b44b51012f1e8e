/**
 * The review of a report's rows, one at a time (RULES.md §6): row reader → family check → findings;
 * the cross-row rules (duplicates, I1) and the summary at the end.
 */
import { toISO } from "../rules/dates";
import { forgetNames } from "./reading/names";
import { CheckContext, DEFAULT_PARAMETERS } from "./checks/context";
import { checkSuspended } from "./checks/csp";
import { checkDuplicates } from "./checks/duplicates";
import { int32Column } from "../util/columns";
import { ActiveGroups } from "./checks/groups";
import { checkEnrollment } from "./checks/ea";
import { belowIncentiveMinimum } from "./checks/incentives";
import { TIMELINE_DAYS, checkSubscription } from "./checks/nce";
import { checkEstStatus } from "./checks/end-of-term";
import type { FindingStore } from "./findings/store";
import {
  RULE_IDS,
  SEVERITIES,
  ruleRank,
  setMessageDateLocale,
  severityRank,
  type Finding,
  type RuleId,
  type Severity,
} from "./findings/findings";
import { ReportError } from "./reading/header";
import { MoneyAtStake } from "./findings/money";
import { BELOW_MINIMUM_PAGES, FINDING_PAGES, lazy, lazyPages } from "../util/pages";
import type { ReportLayout } from "./reading/report-layout";

import type { DateOrderAlternative, ReviewOptions, ReviewResult } from "./types";

export const DEFAULT_HORIZON = 30;

/**
 * The review of rows one at a time, after a ReportLayout: each row goes through the row reader and
 * its family's check; the rows the cross-row rules need are kept (active rows with a customer and a
 * product, lean); `result()` adds duplicates and I1, orders the findings and sums up.
 */
export class RowReview {
  private readonly checks: CheckContext;
  // Let go once the review is finished (a million rows' columns are ~60 MB the output does not need).
  private groups: ActiveGroups;
  // The timeline's rows (the pane's): row and next anniversary, in columns until asked for.
  private readonly upcomingRows = int32Column();
  private readonly upcomingNext = int32Column();
  private upcomingCount = 0;
  private readonly money = new MoneyAtStake();
  /** Data rows reviewed. */
  rowsRead = 0;
  /** Rows a timing rule could place (a date, an expiry, a suspension, an EST status): none is no all-clear (§6). */
  private placed = 0;
  /** Rows whose status the review does not know (each its data issue). */
  private unread = 0;

  constructor(
    readonly layout: ReportLayout,
    private readonly options: ReviewOptions,
  ) {
    if (!Number.isFinite(options.asOf)) throw new ReportError("as_of is not a date.");
    setMessageDateLocale(options.dateLocale);
    this.groups = new ActiveGroups(options.streamed);
    this.checks = new CheckContext(
      Math.floor(options.asOf),
      options.horizon ?? DEFAULT_HORIZON,
      { ...DEFAULT_PARAMETERS, ...options.parameters },
      options.streamed,
    );
  }

  /** Reviews one data row; `row` is its number in the sheet or file. */
  review(cells: readonly unknown[] | undefined, row: number): void {
    this.rowsRead++;
    const reader = this.layout.reader;
    const facts = reader.read(Array.isArray(cells) ? cells : NO_CELLS, row);
    if (!facts) return;
    const c = this.checks;
    const from = c.findings.length;
    for (const i of reader.issues) c.issue(facts, i.role, i.message);
    if (facts.family === "unread") {
      this.unread++;
      return;
    }
    if (facts.family === "plain") {
      checkEstStatus(facts, c);
      if (facts.status === "est") this.placed++;
    } else if (facts.family === "suspended") {
      checkSuspended(facts, c);
      this.placed++;
    } else if (facts.family === "ea") {
      checkEnrollment(facts, c);
      if (typeof facts.expiry === "number") this.placed++;
    } else if (facts.family === "nce") {
      const next = checkSubscription(facts, c);
      if (next !== undefined) this.placed++;
      if (typeof next === "number" && next - c.asOf <= TIMELINE_DAYS) {
        this.upcomingRows.set(this.upcomingCount, facts.row);
        this.upcomingNext.set(this.upcomingCount++, next);
      }
    }
    if (c.findings.length > from) facts.cost = this.money.addRow(facts.customerKey, facts.customer, c.findings, from);
    // The cross-row rules keep what they need of the row (in columns: see ActiveGroups).
    if (ActiveGroups.holds(facts)) this.groups.add(facts);
  }

  /**
   * Finishes the review. `other`: the review of the same rows in the other day/month order, when
   * the layout wants an alternative (see ReportLayout.wantsAlternative).
   */
  result(other?: ReviewResult): ReviewResult {
    this.finished ??= this.finish(other);
    return this.finished;
  }

  private finished?: ReviewResult;

  private finish(other?: ReviewResult): ReviewResult {
    const c = this.checks;
    const { layout } = this;
    let groups: ActiveGroups | undefined = this.groups;
    this.groups = new ActiveGroups();
    const findings = c.findings;
    // A group of duplicates: all rows but the one of the largest cost count (one of them is needed, §6).
    const raised = checkDuplicates(groups.multi(), c);
    const kept = new Set<number>();
    for (let i = 0; i < raised.length;) {
      let j = i;
      let largest = -1;
      for (; j < raised.length && raised[j].group === raised[i].group; j++) {
        const cost = findings.cost(raised[j].index);
        if (cost !== undefined && (largest < 0 || cost > (findings.cost(raised[largest].index) ?? -1))) largest = j;
      }
      if (largest >= 0) kept.add(largest);
      i = j;
    }
    raised.forEach(({ index, row }, k) => {
      const cost = findings.cost(index);
      if (cost === undefined || kept.has(k)) return;
      this.money.addLate(row.customerKey, row.customer, cost, row.cost, findings.currency(index));
      row.cost = row.cost === undefined ? cost : Math.max(row.cost, cost);
    });
    const belowMinimum = belowIncentiveMinimum(groups.views(), c.params.pauMinimum);
    // What follows makes objects: the held rows' columns go first.
    groups.release();
    groups = undefined;
    if (this.options.streamed) forgetNames();
    const rows = new RowSeverities();
    // Counted by the ranks (numbers), then named.
    const severityCounts = new Array<number>(SEVERITIES.length).fill(0);
    const ruleCounts = new Array<number>(RULE_IDS.length + 1).fill(0);
    for (let i = 0; i < findings.length; i++) {
      const severity = severityRank(findings.severity(i));
      rows.add(findings.row(i), severity);
      severityCounts[severity]++;
      ruleCounts[ruleRank(findings.rule(i))]++;
    }
    const bySeverity = Object.fromEntries(SEVERITIES.map((s, i) => [s, severityCounts[i]])) as Record<Severity, number>;
    const byRule = Object.fromEntries(RULE_IDS.map((r, i) => [r, ruleCounts[i]])) as Record<RuleId, number>;
    const firstRow = this.options.firstRow ?? 1;
    const result: ReviewResult = {
      headerRow: firstRow + layout.headerIndex,
      headers: layout.headers,
      columns: layout.columns,
      detectedColumns: layout.detectedColumns,
      kind: layout.reader.isEa ? "ea" : "csp",
      columnExamples: layout.examples,
      ...(layout.ambiguousDate ? { ambiguousDate: layout.ambiguousDate } : {}),
      rows: this.rowsRead,
      dateOrder: layout.dates.order,
      findings: [],
      rowSeverity: new Map(),
      upcoming: [],
      summary: {
        rowsRead: this.rowsRead,
        asOf: toISO(c.asOf),
        horizon: c.horizon,
        bySeverity,
        byRule,
        rowsWithFindings: rows.count,
        dateOrder: layout.dates.order,
        dateOrderSource: layout.dates.source,
        dateOrderAssumed: layout.dates.assumed,
        dateOrderHint: layout.dates.hint,
        dateOrderAlternative: other && compareAlternative(findings, other),
        dateColumns: layout.dates.columns.map(({ header, role, order, source }) => ({ header, role, order, source })),
        decimalComma: layout.decimalComma,
        inferredColumns: layout.inferred.map(({ role, column, header }) => ({ role, column, header })),
        belowIncentiveMinimum: [],
        moneyAtStake: this.money.list(),
        moneyAtStakeByCurrency: this.money.atStakeByCurrency(),
        valueRenewingByCurrency: this.money.renewingByCurrency(),
        notices: layout.notices,
        warning: notReviewedWarning(this.rowsRead, this.placed, this.unread, layout),
      },
    };
    // The row map and the timeline are made when first read (the command line reads neither on a
    // million rows, and they would cost it ~50 MB); each is made once.
    lazy(result, "rowSeverity", () => rows.map());
    // The findings too, most urgent first, and the I1 pairs (a million-row report can have 600k):
    // a streamed review's output makes them a page at a time, `--quiet` never.
    lazyPages(result, "findings", FINDING_PAGES, findings.pages());
    lazyPages(result.summary, "belowIncentiveMinimum", BELOW_MINIMUM_PAGES, belowMinimum);
    const { upcomingRows, upcomingNext, upcomingCount } = this;
    lazy(result, "upcoming", () => {
      const list: ReviewResult["upcoming"] = [];
      for (let i = 0; i < upcomingCount; i++) {
        const next = upcomingNext.get(i);
        list.push({ row: upcomingRows.get(i), date: toISO(next), days: next - c.asOf });
      }
      return list;
    });
    return result;
  }
}

/** Each row's most severe finding, as a byte a row number (0: none), and how many rows have one. */
class RowSeverities {
  private bytes = new Uint8Array(1024);
  count = 0;

  /** `rank`: the finding's severity rank (severityRank). */
  add(row: number, rank: number): void {
    if (!(row >= 0 && row < 2 ** 31)) throw new RangeError(`row ${row}`);
    if (row >= this.bytes.length) {
      const next = new Uint8Array(Math.max(row + 1, this.bytes.length * 2));
      next.set(this.bytes);
      this.bytes = next;
    }
    const code = rank + 1;
    const seen = this.bytes[row];
    if (seen === 0) this.count++;
    if (seen === 0 || code < seen) this.bytes[row] = code;
  }

  /** Row number → most severe finding, in row order. */
  map(): Map<number, Severity> {
    const out = new Map<number, Severity>();
    for (let row = 0; row < this.bytes.length; row++)
      if (this.bytes[row]) out.set(row, SEVERITIES[this.bytes[row] - 1]);
    return out;
  }
}

const NO_CELLS: readonly unknown[] = [];

/** The options of the review in the other day/month order (for DateOrderAlternative). */
export function alternativeOptions(layout: ReportLayout, options: ReviewOptions): ReviewOptions {
  return {
    ...options,
    dateOrder: layout.dates.order === "mdy" ? "dmy" : "mdy",
    dateOrderChosen: false,
    noAlternative: true,
  };
}

/** How the findings of the other day/month order differ; undefined when they do not. */
function compareAlternative(store: FindingStore, other: ReviewResult): DateOrderAlternative | undefined {
  const key = (f: Finding) => `${f.row}|${f.rule}|${f.severity}|${f.date ?? ""}`;
  const mine = new Set<string>();
  for (let i = 0; i < store.length; i++) mine.add(key(store.finding(i)));
  const theirs = new Set(other.findings.map(key));
  let differing = 0;
  for (const k of mine) if (!theirs.has(k)) differing++;
  for (const k of theirs) if (!mine.has(k)) differing++;
  if (differing === 0) return undefined;
  return { order: other.dateOrder, findings: other.findings.length, bySeverity: other.summary.bySeverity, differing };
}

/**
 * RULES.md §6: the review never gives a silent all-clear. A report with no data rows, or on none of
 * whose rows a timing rule could run (no date they need, no EA expiry), says so, naming what is missing.
 */
export function notReviewedWarning(
  rowsRead: number,
  placed: number,
  unread: number,
  layout: ReportLayout,
): string | undefined {
  if (rowsRead === 0) return "No data rows: the report has a header row but nothing under it, so nothing was reviewed.";
  if (placed > 0) return undefined;
  if (unread === rowsRead)
    return (
      `No row has a status the review knows (Active, Suspended, Cancelled, Expired …), so no timing rule ` +
      `could run on any of the ${rowsRead} rows: see the data issues, or map the Status column to the ` +
      `right column.`
    );
  if (layout.reader.isEa)
    return (
      `No enrollment has an expiry date the review can read, so EA_LATE and EA_RENEWAL_DUE could not be ` +
      `checked on any of the ${rowsRead} rows: map the Enrollment expiry column, or fill it in.`
    );
  return (
    `No row has a start, renewal, end or expiry date the review can read, so no renewal, window, Extended ` +
    `Service Term or EA rule could run on any of the ${rowsRead} rows: only duplicates and data issues ` +
    `were looked for. Map a date column (Mapping tab, or --map), or check the dates.`
  );
}
