/**
 * What a review takes and gives: its options, its result and the summary (RULES.md §6).
 */
import type { DateOrder } from "../rules/dates";
import type { RuleParameters } from "./checks/context";
import type { BelowMinimum } from "./checks/incentives";
import type { Finding, RuleId, Severity } from "./findings/findings";
import type { ColumnMap } from "./reading/header";
import type { DateColumn, DateOrderDecision } from "./reading/date-orders";
import type { CustomerMoney } from "./findings/money";
import type { ReportKind, Role } from "./reading/words/roles";
import type { AmbiguousDate, ColumnExample } from "./reading/examples";

export interface ReviewOptions {
  /** The day the review looks from (serial). */
  asOf: number;
  /** Days ahead that count as "due" (RENEWAL_DUE, EST_RISK). Default 30. */
  horizon?: number;
  /** Day/month order when a report's values cannot decide it. Default "mdy". */
  dateOrder?: DateOrder;
  /** `dateOrder` is the user's explicit choice (the CLI's --date-order), not a locale default: never reported as assumed. */
  dateOrderChosen?: boolean;
  /** Skip reviewing the other date order when the order was assumed (the alternative's own review). */
  noAlternative?: boolean;
  /**
   * The rows' cells are dropped once reviewed (a streamed file): findings and the rows kept for the
   * cross-row rules copy their texts, so that no parser chunk stays in memory (see `own`).
   */
  streamed?: boolean;
  /** The locale messages write dates in (the pane: the user's); default "20 Dec 2026". */
  dateLocale?: string;
  /** Read every numeric date in this order, whatever the values say (the pane's switch). */
  forceDateOrder?: DateOrder;
  /**
   * The workbook's date system: 1904 when its date cells hold serials counted from 1904-01-01 (a
   * Mac option; the pane reads which). Numbers in date columns are then read 1462 days later.
   */
  dateSystem?: 1900 | 1904;
  /** The sheet row number of `cells[0]` (1 when the report starts at A1). */
  firstRow?: number;
  /** Corrections to the detected mapping: role → column index, or null to ignore the role. */
  mapping?: Partial<Record<Role, number | null>>;
  parameters?: Partial<RuleParameters>;
}

export interface DateOrderAlternative {
  order: DateOrder;
  findings: number;
  bySeverity: Record<Severity, number>;
  /** Findings that one reading raises and the other does not (by row, rule, severity and date). */
  differing: number;
}

export interface ReviewSummary {
  rowsRead: number;
  asOf: string;
  horizon: number;
  bySeverity: Record<Severity, number>;
  byRule: Record<RuleId, number>;
  /** Rows with at least one finding. */
  rowsWithFindings: number;
  dateOrder: DateOrder;
  dateOrderSource: DateOrderDecision["source"];
  dateOrderAssumed: boolean;
  /** What in the report decided a day-first order the values could not (source "hint"). */
  dateOrderHint?: string;
  /**
   * When the order was assumed and the other order would change the findings: what the other
   * reading raises. The review must not look finished then (RULES.md §6): the pane shows a banner
   * with a one-click switch, the command line a warning.
   */
  dateOrderAlternative?: DateOrderAlternative;
  dateColumns: Array<Pick<DateColumn, "header" | "role" | "order" | "source">>;
  /** Amounts were read with a decimal comma (36,00), decided from the report's values. */
  decimalComma: boolean;
  /** Columns mapped to a role by their values, because no header named it (column index within the report). */
  inferredColumns: Array<{ role: Role; column: number; header: string }>;
  /** I1: customers whose active seats of a product are below the incentive minimum. */
  belowIncentiveMinimum: BelowMinimum[];
  /**
   * Money per customer and currency (a row counts once, at its largest finding cost): at stake and
   * renewing, largest at stake first. A customer billed in two currencies has an entry for each.
   */
  moneyAtStake: CustomerMoney[];
  /** Money at stake by currency ("" where the report shows none): never added across currencies (RULES.md §6). */
  moneyAtStakeByCurrency: Record<string, number>;
  /** Value renewing by currency ("" where the report shows none). */
  valueRenewingByCurrency: Record<string, number>;
  /** Report-level remarks (a missing column that limits the review). */
  notices: string[];
  /**
   * Never a silent all-clear (RULES.md §6): set when the report has no data rows, or no timing rule
   * could run on any row — shown as prominently as a finding, naming what is missing.
   */
  warning?: string;
}

export interface ReviewResult {
  /** Sheet row number of the header row. */
  headerRow: number;
  headers: string[];
  /** The mapping used (detected, then the user's corrections). */
  columns: ColumnMap;
  /** The mapping the review found by itself, before corrections (the pane's mapping editor). */
  detectedColumns: ColumnMap;
  /** CSP subscriptions, or an EA enrollment list (a report with an expiry date): which roles matter. */
  kind: ReportKind;
  /** A few values of each column (by column index), dates with the day read: the mapping view shows them. */
  columnExamples: ColumnExample[][];
  /** Where the date order was assumed: a date of the report that reads as two days (the banner shows both). */
  ambiguousDate?: AmbiguousDate;
  rows: number;
  dateOrder: DateOrder;
  findings: Finding[];
  summary: ReviewSummary;
  /** Sheet row number → most severe finding on it (what to highlight). */
  rowSeverity: Map<number, Severity>;
  /** Active rows whose next anniversary falls in the next 90 days (the pane's timeline). */
  upcoming: Array<{ row: number; date: string; days: number }>;
  /** A workbook file's sheet the report was read from (the command line; rows are that sheet's). */
  sheet?: string;
  /** The workbook's visible sheets before it that hold no report (passed over). */
  sheetsSkipped?: string[];
  /** Of sheetsSkipped, those with a header row but no dates, term or status (a summary): the report was on a later sheet. */
  sheetsWithoutDates?: string[];
}
