/**
 * The review of a pasted report (RULES.md §6): a 2-D array of cells in, findings and a summary out.
 * Pure: the task pane hands it `range.values`, the command line a parsed CSV/XLSX.
 *
 * Work is done in steps (`ReportReview.step`) so a caller can show progress and cancel;
 * `reviewReport` runs it all at once.
 */
import { edate, readDateText, toISO, type DateOrder } from "../rules/dates";
import { DEFAULT_DEPROVISION_DAYS, cspDeprovisionDate } from "../rules/csp";
import { DEFAULT_ADMIN_FEE, DEFAULT_LATE_REDUCTION, eaLateDiscount, isOnTime, processedWithinOneMonth } from "../rules/ea";
import { DEFAULT_PAU_MINIMUM, cporEligible } from "../rules/incentives";
import {
  isWindowDay,
  termEndBefore,
  windowLastDay,
  anniversary,
  anniversaryIndexFrom,
  costOfOverlapDays,
  nextAnniversaryIndex,
} from "../rules/nce";
import { DEFAULT_EST_FEE } from "../rules/pricing";
import { segmentScope, isKnownSegment, type TermMonths } from "../rules/terms";
import {
  BAD,
  BLANK,
  cellText,
  isBlankCell,
  quote,
  readAction,
  readDiscount,
  readFlag,
  readAmount,
  readStatus,
  readTerm,
  type PlannedAction,
  type Read,
  type Status,
} from "./cells";
import {
  RULE_IDS,
  SEVERITIES,
  compareFindings,
  showDate,
  showDays,
  showMoney,
  showPercent,
  type Finding,
  type RuleId,
  type Severity,
} from "./findings";
import {
  ReportError,
  dataRowIndexes,
  decideDateOrders,
  findHeader,
  type ColumnMap,
  type DateColumn,
  type DateOrderDecision,
} from "./layout";
import { ROLES, ROLE_LABELS, type Role } from "./roles";

/** The parameters of RULES.md a user can change (pane settings, CLI flags). */
export interface RuleParameters {
  /** C1: days from suspension to de-provisioning. */
  deprovisionDays: number;
  /** N5: Extended Service Term fee over the monthly-term price. */
  estFee: number;
  /** E2: discount points lost by a late EA renewal. */
  lateReduction: number;
  /** I1: paid seats needed for incentives. */
  pauMinimum: number;
}

export const DEFAULT_PARAMETERS: RuleParameters = {
  deprovisionDays: DEFAULT_DEPROVISION_DAYS,
  estFee: DEFAULT_EST_FEE,
  lateReduction: DEFAULT_LATE_REDUCTION,
  pauMinimum: DEFAULT_PAU_MINIMUM,
};

export const DEFAULT_HORIZON = 30;

export interface ReviewOptions {
  /** The day the review looks from (serial). */
  asOf: number;
  /** Days ahead that count as "due" (RENEWAL_DUE, EST_RISK). Default 30. */
  horizon?: number;
  /** Day/month order when a report's values cannot decide it. Default "mdy". */
  dateOrder?: DateOrder;
  /** `dateOrder` is the user's explicit choice (the CLI's --date-order), not a locale default: never reported as assumed. */
  dateOrderChosen?: boolean;
  /** Read every numeric date in this order, whatever the values say (the pane's switch). */
  forceDateOrder?: DateOrder;
  /** The sheet row number of `cells[0]` (1 when the report starts at A1). */
  firstRow?: number;
  /** Corrections to the detected mapping: role → column index, or null to ignore the role. */
  mapping?: Partial<Record<Role, number | null>>;
  parameters?: Partial<RuleParameters>;
}

export interface BelowMinimum {
  customer: string;
  product: string;
  seats: number;
  minimum: number;
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
  dateColumns: Array<Pick<DateColumn, "header" | "role" | "order" | "source">>;
  /** I1: customers whose active seats of a product are below the incentive minimum. */
  belowIncentiveMinimum: BelowMinimum[];
  /** Report-level remarks (a missing column that limits the review). */
  notices: string[];
}

export interface ReviewResult {
  /** Sheet row number of the header row. */
  headerRow: number;
  headers: string[];
  columns: ColumnMap;
  rows: number;
  dateOrder: DateOrder;
  findings: Finding[];
  summary: ReviewSummary;
  /** Sheet row number → most severe finding on it (what to highlight). */
  rowSeverity: Map<number, Severity>;
  /** Active rows whose next anniversary falls in the next 90 days (the pane's timeline). */
  upcoming: Array<{ row: number; date: string; days: number }>;
}

/** How far ahead the timeline of upcoming anniversaries looks. */
export const TIMELINE_DAYS = 90;

/** One active row's facts needed after all rows are read (duplicates, incentives). */
interface RowKey {
  row: number;
  /** Normalised customer and product (shared strings from normKey's cache), for grouping. */
  customerKey: string;
  productKey: string;
  customer: string;
  product: string;
  subscriptionId: string;
  quantity?: number;
  status: Status;
}

const normCache = new Map<string, string>();
/** Names compared without case or extra spaces; reports repeat names, so each is normalised once. */
function normKey(text: string): string {
  let key = normCache.get(text);
  if (key === undefined) {
    key = text.toLowerCase().replace(/\s+/g, " ").trim();
    if (normCache.size < 100000) normCache.set(text, key);
  }
  return key;
}

/** Reads date cells of one column, with a cache: reports repeat the same dates many times. */
class DateReader {
  private cache = new Map<string, Read<number>>();
  constructor(readonly order: DateOrder) {}
  read(value: unknown): Read<number> {
    if (isBlankCell(value)) return BLANK;
    if (typeof value === "number") return value >= 61 && value < 2958466 ? Math.floor(value) : BAD;
    if (value instanceof Date) {
      if (Number.isNaN(value.getTime())) return BAD;
      // Spreadsheet readers hand dates as UTC midnights of the calendar day.
      return Math.floor(value.getTime() / 86400000) + 25569;
    }
    if (typeof value !== "string") return BAD;
    const hit = this.cache.get(value);
    if (hit !== undefined) return hit;
    const reading = readDateText(value, this.order);
    const result: Read<number> = reading.ok ? Math.floor(reading.serial) : BAD;
    if (this.cache.size < 10000) this.cache.set(value, result);
    return result;
  }
}

const isoCache = new Map<number, string>();
/** ISO text of a day, made once per day (reports repeat their dates). */
function isoOf(serial: number): string {
  let text = isoCache.get(serial);
  if (text === undefined) {
    text = toISO(serial);
    if (isoCache.size < 50000) isoCache.set(serial, text);
  }
  return text;
}

const ORDER_WORDS: Record<DateOrder, string> = { dmy: "day/month/year", mdy: "month/day/year" };

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
  private readonly readers: Partial<Record<Role, DateReader>> = {};
  private readonly asOf: number;
  private readonly horizon: number;
  private readonly firstRow: number;
  private readonly params: RuleParameters;
  private readonly findings: Finding[] = [];
  private readonly keys: RowKey[] = [];
  private readonly isEa: boolean;
  private readonly hasNceDates: boolean;
  private readonly notices: string[] = [];
  private readonly upcoming: ReviewResult["upcoming"] = [];
  private next = 0;

  constructor(
    private readonly cells: readonly (readonly unknown[])[],
    options: ReviewOptions,
  ) {
    if (!Array.isArray(cells) || cells.length === 0) throw new ReportError("The report is empty: paste or select the report, header row included.");
    if (!Number.isFinite(options.asOf)) throw new ReportError("as_of is not a date.");
    const header = findHeader(cells);
    this.headerIndex = header.index;
    this.detectedColumns = header.columns;
    this.columns = applyMapping(header.columns, options.mapping);
    this.headers = (cells[header.index] ?? []).map(cellText);
    this.asOf = Math.floor(options.asOf);
    this.horizon = options.horizon ?? DEFAULT_HORIZON;
    this.firstRow = options.firstRow ?? 1;
    this.params = { ...DEFAULT_PARAMETERS, ...options.parameters };
    this.dataRows = dataRowIndexes(cells, header.index);
    this.dates = decideDateOrders(cells, header.index, this.dataRows, this.columns, options.dateOrder ?? "mdy", options.forceDateOrder, options.dateOrderChosen);
    for (const c of this.dates.columns) this.readers[c.role] = new DateReader(c.order);
    this.isEa = this.columns.expiry_date !== undefined;
    this.hasNceDates = ["start_date", "renewal_date", "end_date"].some((r) => this.columns[r as Role] !== undefined);
    if (!this.isEa && this.hasNceDates && this.columns.term === undefined) {
      this.notices.push("No term column: renewal dates cannot be worked out, so no timing findings are raised. Map a column to Term.");
    }
    if (!this.isEa && !this.hasNceDates && this.columns.status === undefined) {
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

  result(): ReviewResult {
    while (this.step(50000));
    const groups = this.activeGroups();
    // Appended one by one: a spread into push() overflows the stack with hundreds of thousands of items.
    const findings = this.findings.slice();
    for (const f of this.duplicates(groups)) findings.push(f);
    findings.sort(compareFindings);
    const rowSeverity = new Map<number, Severity>();
    for (const f of findings) if (!rowSeverity.has(f.row)) rowSeverity.set(f.row, f.severity);
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
      rows: this.dataRows.length,
      dateOrder: this.dates.order,
      findings,
      rowSeverity,
      upcoming: this.upcoming,
      summary: {
        rowsRead: this.dataRows.length,
        asOf: toISO(this.asOf),
        horizon: this.horizon,
        bySeverity,
        byRule,
        rowsWithFindings: rowSeverity.size,
        dateOrder: this.dates.order,
        dateOrderSource: this.dates.source,
        dateOrderAssumed: this.dates.assumed,
        dateColumns: this.dates.columns.map(({ header, role, order, source }) => ({ header, role, order, source })),
        belowIncentiveMinimum: this.belowMinimum(groups),
        notices: this.notices,
      },
    };
  }

  private cell(index: number, role: Role): unknown {
    const column = this.columns[role];
    return column === undefined ? undefined : this.cells[index]?.[column];
  }

  private readDate(index: number, role: Role): Read<number> {
    const reader = this.readers[role];
    return reader ? reader.read(this.cell(index, role)) : BLANK;
  }

  private header(role: Role): string {
    const column = this.columns[role];
    return (column !== undefined && this.headers[column]) || ROLE_LABELS[role];
  }

  private reviewRow(index: number): void {
    const status = readStatus(this.cell(index, "status"));
    if (status === "ended") return;
    const customer = cellText(this.cell(index, "customer"));
    const product = cellText(this.cell(index, "product"));
    // One object per row: the row's context for findings, and its key for duplicates and I1.
    const key: RowKey = {
      row: this.firstRow + index,
      customerKey: customer ? normKey(customer) : "",
      productKey: product ? normKey(product) : "",
      customer,
      product,
      subscriptionId: cellText(this.cell(index, "subscription_id")),
      quantity: undefined,
      status: "active",
    };
    if (typeof status !== "string") {
      this.issue(key, "status", `${this.header("status")} ${quote(this.cell(index, "status"))} is not a status the review knows (Active, Suspended, Cancelled, Expired, Deleted, Disabled): no timing findings for this row.`);
      return;
    }
    const quantity = readAmount(this.cell(index, "quantity"));
    if (quantity === BAD) this.issue(key, "quantity", `${this.header("quantity")} ${quote(this.cell(index, "quantity"))} is not a seat count (a whole number, 0 or more).`);
    key.status = status;
    if (typeof quantity === "number") key.quantity = quantity;
    this.keys.push(key);

    if (status === "suspended") {
      this.suspended(index, key);
    } else if (this.isEa) {
      this.eaRow(index, key);
    } else if (this.hasNceDates) {
      this.nceRow(index, key, quantity);
    }
  }


  /** DATA_ISSUE: a value a rule needs cannot be read. */
  private issue(ctx: RowContext, role: Role, text: string): void {
    this.findings.push(this.finding(ctx, "DATA_ISSUE", "warning", text, undefined, undefined, role));
  }

  /** A finding, always of one shape (absent fields undefined, left out of JSON). */
  private finding(ctx: RowContext, rule: RuleId, severity: Severity, message: string, date?: number, cost?: number, field?: Role): Finding {
    return {
      row: ctx.row,
      rule,
      severity,
      message,
      date: date === undefined ? undefined : isoOf(date),
      days: date === undefined ? undefined : date - this.asOf,
      cost,
      customer: ctx.customer || undefined,
      product: ctx.product || undefined,
      subscriptionId: ctx.subscriptionId || undefined,
      field,
    };
  }

  /** C1: a suspended row's deletion date. */
  private suspended(index: number, ctx: RowContext): void {
    const since = this.readDate(index, "status_date");
    if (since === BAD) this.issue(ctx, "status_date", `${this.header("status_date")} ${quote(this.cell(index, "status_date"))} is not a date: the data deletion date cannot be worked out.`);
    if (typeof since !== "number") {
      this.findings.push(
        this.finding(ctx, "SUSPENDED_DATA_LOSS", "high", `Suspended, date of suspension unknown: data is deleted ${this.params.deprovisionDays} days after suspension (deletion date unknown). Find out when it was suspended.`),
      );
      return;
    }
    const deletion = cspDeprovisionDate(since, this.params.deprovisionDays);
    const when = deletion - this.asOf;
    const text =
      when >= 0
        ? `Suspended on ${showDate(since)}: users have lost access and the data is deleted on ${showDate(deletion)} (${showDays(when)}) unless the customer pays.`
        : `Suspended on ${showDate(since)}: the data was due for deletion on ${showDate(deletion)} (${showDays(when)}); check whether it can still be recovered.`;
    this.findings.push(this.finding(ctx, "SUSPENDED_DATA_LOSS", "high", text, deletion));
  }

  /** E1/E2/E4: an EA enrollment row. */
  private eaRow(index: number, ctx: RowContext): void {
    const expiry = this.readDate(index, "expiry_date");
    const signed = this.readDate(index, "signed_date");
    if (expiry === BAD) this.issue(ctx, "expiry_date", `${this.header("expiry_date")} ${quote(this.cell(index, "expiry_date"))} is not a date.`);
    else if (expiry === BLANK) this.issue(ctx, "expiry_date", `${this.header("expiry_date")} is blank: the renewal deadline is unknown.`);
    if (signed === BAD) this.issue(ctx, "signed_date", `${this.header("signed_date")} ${quote(this.cell(index, "signed_date"))} is not a date.`);
    const discount = readDiscount(this.cell(index, "discount"));
    if (discount === BAD) this.issue(ctx, "discount", `${this.header("discount")} ${quote(this.cell(index, "discount"))} is not a percentage.`);
    const segmentCell = this.cell(index, "segment");
    const segmentKnown = isBlankCell(segmentCell) || isKnownSegment(cellText(segmentCell));
    if (!segmentKnown) this.issue(ctx, "segment", `${this.header("segment")} ${quote(segmentCell)} is not a segment the review knows: treated as commercial (loses discount when late).`);
    if (typeof expiry !== "number" || signed === BAD) return;

    // E1: late when signed after expiry; unsigned, late once expiry is on or before as_of (§6).
    const late = typeof signed === "number" ? !isOnTime(expiry, signed) : expiry <= this.asOf;
    if (!late) return;
    const scope = segmentKnown && !isBlankCell(segmentCell) ? segmentScope(cellText(segmentCell)) : "in-scope";
    let discountText = "";
    if (typeof discount === "number") {
      const after = eaLateDiscount(discount, expiry, typeof signed === "number" ? signed : expiry + 1, scope, this.params.lateReduction);
      discountText =
        after === discount
          ? scope === "out-of-scope"
            ? ` The ${showPercent(discount)} discount is kept (${cellText(segmentCell)} is out of scope of the late-renewal reduction).`
            : ` The ${showPercent(discount)} discount is kept.`
          : ` The ${showPercent(discount)} discount drops to ${after === 0 ? "0 %" : `${showPercent(after)} or less`}.`;
    }
    let text: string;
    if (typeof signed === "number") {
      const credit = processedWithinOneMonth(expiry, signed)
        ? "EPT invoices are credited in full (processed within a month)."
        : "Only the EPT invoice of the month of processing is credited unless a backdating amendment is signed.";
      text = `Renewal signed on ${showDate(signed)}, ${signed - expiry} days after the enrollment expired on ${showDate(expiry)}.${discountText} ${credit}`;
    } else {
      const ago = this.asOf - expiry;
      text =
        ago === 0
          ? `Enrollment expires today (${showDate(expiry)}) and the renewal is not signed: sign and send the PO today.${discountText ? discountText.replace("drops to", "would drop to") : ""}`
          : `Enrollment expired on ${showDate(expiry)} (${ago} days ago) and the renewal is not signed: online services run on EPT at price + ${showPercent(DEFAULT_ADMIN_FEE)}.${discountText}`;
    }
    this.findings.push(this.finding(ctx, "EA_LATE", "high", text.trim(), expiry));
  }

  /** DATA_ISSUE for a date cell that could not be read, saying where renewal dates come from instead. */
  private badDate(index: number, ctx: RowContext, role: Role, renewal: Read<number>, end: Read<number>): void {
    const reader = this.readers[role];
    const order = reader ? ` (read as ${ORDER_WORDS[reader.order]})` : "";
    this.issue(ctx, role, `${this.header(role)} ${quote(this.cell(index, role))} is not a date${order}.${this.fallbackText(role, renewal, end)}`);
  }

  /** Where renewal dates come from when a date of `role` could not be read. */
  private fallbackText(role: Role, renewal: Read<number>, end: Read<number>): string {
    if (typeof renewal === "number" && role !== "renewal_date") return ` Renewal dates come from ${this.header("renewal_date")} instead.`;
    if (typeof end === "number" && role === "start_date") return ` Renewal dates come from ${this.header("end_date")} instead.`;
    return "";
  }

  /** N1–N5: an NCE subscription row. */
  private nceRow(index: number, ctx: RowContext, quantity: Read<number>): void {
    const asOf = this.asOf;
    const term = readTerm(this.cell(index, "term"));
    const start = this.readDate(index, "start_date");
    const renewal = this.readDate(index, "renewal_date");
    const end = this.readDate(index, "end_date");
    const plannedQty = readAmount(this.cell(index, "planned_quantity"));
    const action = readAction(this.cell(index, "planned_action"));
    const autoRenew = readFlag(this.cell(index, "auto_renew"));
    const price = readAmount(this.cell(index, "unit_price"));

    if (start === BAD) this.badDate(index, ctx, "start_date", renewal, end);
    if (renewal === BAD) this.badDate(index, ctx, "renewal_date", renewal, end);
    if (end === BAD) this.badDate(index, ctx, "end_date", renewal, end);
    if (term === BAD) this.issue(ctx, "term", `${this.header("term")} ${quote(this.cell(index, "term"))} is not a term (P1M, P1Y, P3Y, monthly, annual, triennial): renewal dates cannot be worked out.`);
    else if (term === BLANK && this.columns.term !== undefined) this.issue(ctx, "term", `${this.header("term")} is blank: renewal dates cannot be worked out.`);
    if (plannedQty === BAD) this.issue(ctx, "planned_quantity", `${this.header("planned_quantity")} ${quote(this.cell(index, "planned_quantity"))} is not a seat count.`);
    if (action === BAD) this.issue(ctx, "planned_action", `${this.header("planned_action")} ${quote(this.cell(index, "planned_action"))} is not an action the review knows (reduce, cancel, move/transfer out/leaving, keep, increase, upgrade).`);
    if (autoRenew === BAD) this.issue(ctx, "auto_renew", `${this.header("auto_renew")} ${quote(this.cell(index, "auto_renew"))} is not Yes or No.`);
    if (price === BAD) this.issue(ctx, "unit_price", `${this.header("unit_price")} ${quote(this.cell(index, "unit_price"))} is not a price.`);
    if (typeof term !== "number") return;

    let anchor: { next: number; previous: number | null } | undefined;
    try {
      anchor = anniversaries(term, start, renewal, end, asOf);
    } catch {
      this.issue(ctx, "start_date", "Renewal dates fall outside Excel's calendar: check the start date.");
      return;
    }
    if (!anchor) {
      if (start !== BAD && renewal !== BAD && end !== BAD) {
        this.issue(ctx, "start_date", `No ${[this.columns.start_date, this.columns.renewal_date, this.columns.end_date].some((c) => c !== undefined) ? "start, renewal or end date on this row" : "date column"}: renewal dates cannot be worked out.`);
      }
      return;
    }
    const { next, previous } = anchor;
    const termEnd = termEndBefore(next);
    const daysToNext = next - asOf;
    if (daysToNext <= TIMELINE_DAYS) this.upcoming.push({ row: ctx.row, date: toISO(next), days: daysToNext });
    const windowOpen = previous !== null && isWindowDay(previous, asOf);
    const qty = typeof quantity === "number" ? quantity : undefined;
    const planned = typeof plannedQty === "number" ? plannedQty : undefined;
    const act: PlannedAction | undefined = typeof action === "string" ? action : undefined;
    const reduction = (planned !== undefined && qty !== undefined && planned < qty) || act === "reduce" || act === "cancel";
    const move = act === "move";
    const autoOn = autoRenew !== false; // NCE subscriptions auto-renew unless turned off (N5).
    const plan = act === "cancel" ? "a cancellation" : planned !== undefined && qty !== undefined && planned < qty ? `a reduction from ${qty} to ${planned} seats` : "a reduction";

    if (windowOpen) {
      const last = windowLastDay(previous!);
      const opened = previous === (typeof start === "number" ? start : null) ? "purchase" : `renewal of ${showDate(previous!)}`;
      const text = reduction
        ? `Make ${plan} by ${showDate(last)} (${showDays(last - asOf)}): the 7-day window after the ${opened} closes then, and the next opens only on ${showDate(next)}.`
        : `Reduce/cancel window open until ${showDate(last)} (${showDays(last - asOf)}) after the ${opened}; after that, seats can only be added until ${showDate(next)}.`;
      this.findings.push(this.finding(ctx, "CANCEL_WINDOW_OPEN", reduction ? "high" : "warning", text, last));
    }
    if (daysToNext >= 1 && daysToNext <= this.horizon) {
      const high = autoOn && (reduction || move);
      const text = high
        ? `Auto-renews on ${showDate(next)} (${showDays(daysToNext)}) although ${move ? "the customer is moving" : plan} is planned: set the end-of-term action by ${showDate(termEnd)}, or act in the 7 days after renewal (until ${showDate(windowLastDay(next))}).`
        : `Renews on ${showDate(next)} (${showDays(daysToNext)}); the end-of-term action can be set until ${showDate(termEnd)}.`;
      this.findings.push(this.finding(ctx, "RENEWAL_DUE", high ? "high" : "warning", text, next));
    }
    if (reduction && !windowOpen) {
      const text = `${capitalise(plan)} is not possible now: seats can only be added until the anniversary. It becomes possible on ${showDate(next)} (${showDays(daysToNext)}), in the window ${showDate(next)} – ${showDate(windowLastDay(next))}.`;
      this.findings.push(this.finding(ctx, "REDUCTION_BLOCKED", "high", text, next));
    }
    if (move) {
      const days = Math.max(0, daysToNext);
      let costText = "";
      let cost: number | undefined;
      if (qty !== undefined && typeof price === "number") {
        cost = costOfOverlapDays(qty, price, days);
        costText = ` ${qty} seats at ${showMoney(price)} a month cost ${showMoney(cost)} twice.`;
      } else {
        costText = " (No unit price in the report: the cost is not worked out.)";
      }
      const text = `Customer is moving: the current term runs until ${showDate(termEnd)}, so seats a new partner buys today are paid twice for ${days} days.${costText}`;
      this.findings.push(this.finding(ctx, "NEW_ORDER_OVERLAP", "high", text, next, cost));
    }
    if (autoRenew === false && daysToNext >= 1 && daysToNext <= this.horizon && act !== "cancel" && !move) {
      const text = `Auto-renew is off and no cancellation is planned: on ${showDate(next)} it moves to the paid Extended Service Term (monthly price + ${showPercent(this.params.estFee)}). Choose "cancel at end of term" or turn auto-renew on by ${showDate(termEnd)}.`;
      this.findings.push(this.finding(ctx, "EST_RISK", "warning", text, termEnd));
    }
  }

  /** Active rows grouped by customer and product (rows without either are left out). */
  private activeGroups(): RowKey[][] {
    const byCustomer = new Map<string, Map<string, RowKey[]>>();
    const groups: RowKey[][] = [];
    for (const k of this.keys) {
      if (k.status !== "active" || !k.customerKey || !k.productKey) continue;
      let products = byCustomer.get(k.customerKey);
      if (!products) byCustomer.set(k.customerKey, (products = new Map()));
      const list = products.get(k.productKey);
      if (list) list.push(k);
      else {
        const created = [k];
        products.set(k.productKey, created);
        groups.push(created);
      }
    }
    return groups;
  }

  /** DUPLICATE_SUBSCRIPTION: active rows with the same customer and product but different ids. */
  private duplicates(groups: RowKey[][]): Finding[] {
    const out: Finding[] = [];
    for (const list of groups) {
      if (list.length < 2) continue;
      const ids = new Set(list.map((k) => k.subscriptionId.toLowerCase()).filter(Boolean));
      if (ids.size < 2) continue;
      for (const k of list) {
        const others: number[] = [];
        for (const o of list) if (o !== k && others.length < 6) others.push(o.row);
        const more = list.length - 1 - others.length;
        const rows = `${others.join(", ")}${more > 0 ? ` and ${more} more` : ""}`;
        const text = `${k.customer} has ${ids.size} active subscriptions of ${k.product} (also row${list.length > 2 ? "s" : ""} ${rows}): ${ids.size === 2 ? "both are" : "all are"} paid. Check whether one should be cancelled within its 7-day window.`;
        out.push(this.finding({ row: k.row, customer: k.customer, product: k.product, subscriptionId: k.subscriptionId }, "DUPLICATE_SUBSCRIPTION", "warning", text));
      }
    }
    return out;
  }

  /** I1: customers whose active seats of a product are below the incentive minimum. */
  private belowMinimum(groups: RowKey[][]): BelowMinimum[] {
    const out: BelowMinimum[] = [];
    const sortKeys: string[] = [];
    for (const list of groups) {
      let total = 0;
      if (list.length === 1) total = list[0].quantity ?? 0;
      else {
        // A subscription listed on several charge lines counts once, at its largest quantity.
        const byId = new Map<string, number>();
        for (const k of list) {
          if (k.quantity === undefined) continue;
          const id = k.subscriptionId.toLowerCase() || `row ${k.row}`;
          byId.set(id, Math.max(byId.get(id) ?? 0, k.quantity));
        }
        for (const n of byId.values()) total += n;
      }
      if (list.every((k) => k.quantity === undefined)) continue;
      if (!cporEligible(total, this.params.pauMinimum)) {
        sortKeys.push(`${list[0].customerKey}\u0000${list[0].productKey}`);
        out.push({ customer: list[0].customer, product: list[0].product, seats: total, minimum: this.params.pauMinimum });
      }
    }
    // By customer then product, compared as normalised text (a collator is ~10× slower on 40k pairs).
    const order = out.map((_, i) => i).sort((a, b) => (sortKeys[a] < sortKeys[b] ? -1 : sortKeys[a] > sortKeys[b] ? 1 : 0));
    return order.map((i) => out[i]);
  }
}

interface RowContext {
  row: number;
  customer: string;
  product: string;
  subscriptionId: string;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
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
 * A row's next anniversary and the latest renewal on or before as_of (null before the start):
 * from start + term (N1) when both are there, else from the renewal date or end date + 1, stepped
 * by the term. Undefined when the row has none of these dates.
 */
function anniversaries(
  term: TermMonths,
  start: Read<number>,
  renewal: Read<number>,
  end: Read<number>,
  asOf: number,
): { next: number; previous: number | null } | undefined {
  if (typeof start === "number") {
    const k = nextAnniversaryIndex(start, term, asOf);
    return { next: anniversary(start, term, k), previous: asOf >= start ? anniversary(start, term, k - 1) : null };
  }
  const anchor = typeof renewal === "number" ? renewal : typeof end === "number" ? end + 1 : undefined;
  if (anchor === undefined) return undefined;
  const k = anniversaryIndexFrom(anchor, term, asOf);
  return { next: edate(anchor, k * term), previous: edate(anchor, (k - 1) * term) };
}

/** Reviews a whole report at once. Throws ReportError when there is no header to go by. */
export function reviewReport(cells: readonly (readonly unknown[])[], options: ReviewOptions): ReviewResult {
  return new ReportReview(cells, options).result();
}
