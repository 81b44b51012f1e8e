/**
 * The row reader: one report row → its typed facts and its data issues (RULES.md §6: "a value a
 * rule needs cannot be read"). It reads only what the row's family needs — a suspended row its
 * status date, an EA row its enrollment dates, an NCE row its term, dates and plans — so the checks
 * in ./checks get facts, never cells.
 */
import { currencyCode, currencyInAmount, currencyInHeader } from "./currency";
import type { DateOrder } from "../../rules/dates";
import { isKnownSegment, segmentScope, type TermMonths } from "../../cells/terms";
import {
  BAD,
  BLANK,
  cellText,
  isBlankCell,
  quote,
  readAction,
  readAmount,
  readCount,
  readDiscount,
  readFlag,
  readEaStatus,
  readStatus,
  renewalInStatus,
  seatsInAction,
  type Read,
} from "./cells";
import { TERM_IN_YEARS } from "./words/header-words";
import type { DateReader } from "./date-reader";
import { NameMemo } from "./names";
import { readTerm, readTermInYears, readTermWithUnit } from "./term-cells";
import { isAdjustmentCharge } from "./data-rows";
import {
  SIGNED_UNDATED,
  type DataIssue,
  type EaFacts,
  type NceFacts,
  type RowBase,
  type RowFacts,
  type RowReaderOptions,
  type SuspendedFacts,
} from "./facts";
import type { ColumnMap } from "./header";
import { DATE_ROLES, ROLES, ROLE_LABELS, type DateRole, type Role } from "./words/roles";

/** The cell in column `i` (-1: the report has no such column). */
const cellAt = (cells: Cells, i: number): unknown => (i < 0 ? undefined : cells[i]);
/** A date cell read by its column's reader (BLANK: the report has no such column). */
const readDate = (reader: DateReader | undefined, cell: unknown): Read<number> => (reader ? reader.read(cell) : BLANK);

export type { DataIssue, EaFacts, NceFacts, PlainFacts, RowBase, RowFacts, SuspendedFacts, UnreadFacts } from "./facts";

/** One row of a report, as range.values or a CSV parser gives it. */
export type Cells = readonly unknown[];

/** The customer key of every row of a report that has no customer column. */
export const ONE_CUSTOMER = "\u0000";

const ORDER_WORDS: Record<DateOrder, string> = { dmy: "day/month/year", mdy: "month/day/year" };

/** Reads the rows of one report, given its column map and each date column's reader. */
export class RowReader {
  /** The report has EA enrollment rows (an expiry date column). */
  readonly isEa: boolean;
  /** The report has NCE dates to place renewals by. */
  readonly hasNceDates: boolean;
  /** The current row's data issues, reused from row to row (fewer short-lived arrays on 100k rows). */
  readonly issues: DataIssue[] = [];
  private readonly base: RowBase = {
    row: 0,
    customer: "",
    product: "",
    subscriptionId: "",
    customerKey: "",
    productKey: "",
    status: "active",
  };
  /** Each role's column (-1: none) and each date role's reader, as objects of one fixed shape: a row reads its cells without looking a role up. */
  private readonly at: Record<Role, number>;
  private readonly dateReaders: Record<DateRole, DateReader | undefined>;
  private readonly readTerm: (cell: unknown) => Read<TermMonths>;
  /** The column of the term's unit ("Term Unit"), or -1. */
  private readonly termUnit: number;
  /** The column of a reconciliation file's charge type (ChargeType), or -1. */
  private readonly chargeType: number;
  private readonly carryCustomer: boolean;
  private readonly oneCustomer: { name: string } | undefined;
  private readonly customers = new NameMemo();
  private lastCustomer: unknown = undefined;
  private readonly products = new NameMemo();

  constructor(
    private readonly columns: ColumnMap,
    private readonly headers: readonly string[],
    private readonly readers: Partial<Record<Role, DateReader>>,
    /** The report writes amounts with a decimal comma (`36,00`). */
    private readonly decimalComma = false,
    /** What else the layout found about how its rows are written (report-layout.ts). */
    more: RowReaderOptions = {},
  ) {
    this.at = Object.fromEntries(ROLES.map((r) => [r, columns[r] ?? -1])) as Record<Role, number>;
    this.dateReaders = Object.fromEntries(DATE_ROLES.map((r) => [r, readers[r]])) as Record<
      DateRole,
      DateReader | undefined
    >;
    this.isEa = columns.expiry_date !== undefined;
    this.hasNceDates = (["start_date", "renewal_date", "end_date"] as Role[]).some((r) => columns[r] !== undefined);
    // A term column whose header counts in years ("Term (Years)"): its numbers are years, not months.
    this.readTerm =
      columns.term !== undefined && TERM_IN_YEARS.test(headers[columns.term] ?? "") ? readTermInYears : readTerm;
    this.termUnit = more.termUnit ?? -1;
    this.chargeType = more.chargeType ?? -1;
    this.carryCustomer = more.carryCustomer ?? false;
    this.oneCustomer = more.oneCustomer;
  }

  /** The row's term: its cell read alone, or with the unit beside it (term-cells.ts). */
  private term(cells: Cells): Read<TermMonths> {
    const cell = cellAt(cells, this.at.term);
    return this.termUnit < 0 ? this.readTerm(cell) : readTermWithUnit(cell, cellAt(cells, this.termUnit));
  }

  cell(cells: Cells, role: Role): unknown {
    const column = this.columns[role];
    return column === undefined ? undefined : cells[column];
  }

  /** The report's header for a role, or the role's name. */
  header(role: Role): string {
    const column = this.columns[role];
    return (column !== undefined && this.headers[column]) || ROLE_LABELS[role];
  }

  /**
   * Reads one row's cells; `row` is its number in the sheet (or the file). Null for an ended row;
   * family "unread" for a status the review does not know (its data issue says so). The row's data
   * issues are in `issues` until the next row is read.
   */
  read(cells: Cells, row: number): RowFacts | null {
    // A reconciliation file's cancellation, refund or credit line is an adjustment: no findings of its own.
    const status =
      this.chargeType >= 0 && isAdjustmentCharge(cellAt(cells, this.chargeType))
        ? "ended"
        : this.isEa
          ? readEaStatus(cellAt(cells, this.at.status))
          : readStatus(cellAt(cells, this.at.status));
    let customerCell = cellAt(cells, this.at.customer);
    if (this.carryCustomer) {
      // Carried from an ended row too: a group's first row may be a cancelled subscription.
      if (isBlankCell(customerCell)) customerCell = this.lastCustomer;
      else this.lastCustomer = customerCell;
    }
    if (status === "ended") return null;
    const customers = this.customers.read(this.oneCustomer ? this.oneCustomer.name : customerCell);
    const products = this.products.read(cellAt(cells, this.at.product));
    const customer = customers.text;
    const product = products.text;
    const subscriptionId = cellText(cellAt(cells, this.at.subscription_id));
    const issues = this.issues;
    issues.length = 0;
    if (typeof status !== "string") {
      issues.push({
        role: "status",
        message:
          `${this.header("status")} ${quote(cellAt(cells, this.at.status))} is not a status the review knows ` +
          "(Active, Suspended, Cancelled, Expired, Deleted, Disabled): no timing findings for this row.",
      });
      return { family: "unread", row, customer, product, subscriptionId };
    }
    const quantity = readCount(cellAt(cells, this.at.quantity), this.decimalComma);
    if (quantity === BAD) this.issue(issues, cells, "quantity", "is not a seat count (a whole number, 0 or more).");
    const price = readAmount(cellAt(cells, this.at.unit_price), this.decimalComma);
    // The base fields go to the family's literal through one reused object (no object per row).
    const base = this.base;
    base.row = row;
    base.customer = customer;
    base.product = product;
    base.subscriptionId = subscriptionId;
    // A tenant's own export (no customer column, see oneCustomer): its rows are one customer for
    // duplicates and I1 (rules table, decision 39), under a key no name can have.
    base.customerKey = this.oneCustomer && !customers.key ? ONE_CUSTOMER : customers.key;
    base.productKey = products.key;
    base.status = status;
    base.quantity = typeof quantity === "number" ? quantity : undefined;
    base.price = typeof price === "number" ? price : undefined;
    base.currency = this.currencyOf(cells);
    if (status === "suspended") return this.suspended(cells, base, issues);
    if (this.isEa) return this.ea(cells, base, issues);
    if (this.hasNceDates) return this.nce(cells, base, issues);
    return {
      row: base.row,
      customer: base.customer,
      product: base.product,
      subscriptionId: base.subscriptionId,
      customerKey: base.customerKey,
      productKey: base.productKey,
      status: base.status,
      quantity: base.quantity,
      price: base.price,
      currency: base.currency,
      next: undefined,
      windowLast: undefined,
      cost: undefined,
      family: "plain",
    };
  }

  /**
   * Licences assigned to users: the assigned column, else seats bought less the available ones
   * (RULES.md §6). A count above the seats bought, or no count, is a data issue.
   */
  private assigned(cells: Cells, quantity: number | undefined, issues: DataIssue[]): number | undefined {
    if (this.at.assigned >= 0) {
      const assigned = readCount(cellAt(cells, this.at.assigned), this.decimalComma);
      if (assigned === BAD || (typeof assigned === "number" && (assigned < 0 || !Number.isInteger(assigned)))) {
        this.issue(issues, cells, "assigned", "is not a licence count.");
        return undefined;
      }
      if (typeof assigned !== "number") return undefined;
      if (quantity !== undefined && assigned > quantity) {
        this.issue(issues, cells, "assigned", `is more than the ${quantity} seats bought: check the seat count.`);
        return undefined;
      }
      return assigned;
    }
    if (this.at.available >= 0 && quantity !== undefined) {
      const available = readCount(cellAt(cells, this.at.available), this.decimalComma);
      if (available === BAD || (typeof available === "number" && (available < 0 || available > quantity))) {
        this.issue(issues, cells, "available", "is not a licence count between 0 and the seats bought.");
        return undefined;
      }
      return typeof available === "number" ? quantity - available : undefined;
    }
    return undefined;
  }

  /**
   * The currency of a row's amounts (RULES.md §6): its currency cell, else a symbol or code in its
   * price (or annual value) cell, else a code in the price header; undefined where the report shows none.
   */
  private currencyOf(cells: Cells): string | undefined {
    if (this.at.currency >= 0) {
      const code = currencyCode(cellText(cellAt(cells, this.at.currency)));
      if (code) return code;
    }
    return (
      currencyInAmount(cellAt(cells, this.at.unit_price)) ??
      currencyInAmount(cellAt(cells, this.at.annual_value)) ??
      this.headerCurrency
    );
  }

  /** A currency code in the price or annual value header ("Price (AUD)"), for rows whose cells show none. */
  private get headerCurrency(): string | undefined {
    if (this.headerCurrencyRead === undefined) {
      const header = (role: Role) => (this.at[role] >= 0 ? String(this.headers[this.at[role]] ?? "") : "");
      this.headerCurrencyRead =
        currencyInHeader(header("unit_price")) ?? currencyInHeader(header("annual_value")) ?? "";
    }
    return this.headerCurrencyRead || undefined;
  }
  private headerCurrencyRead: string | undefined;

  /** "<Header> “<cell>” <text>" as a data issue. */
  private issue(issues: DataIssue[], cells: Cells, role: Role, text: string): void {
    issues.push({ role, message: `${this.header(role)} ${quote(this.cell(cells, role))} ${text}` });
  }

  // Each family's facts are written as one literal, base fields first: an object spread here made
  // the review of 100,000 rows three times slower (slow objects that every check and the GC pay for).
  private suspended(cells: Cells, base: RowBase, issues: DataIssue[]): SuspendedFacts {
    const statusDate = readDate(this.dateReaders.status_date, cellAt(cells, this.at.status_date));
    if (statusDate === BAD)
      this.issue(issues, cells, "status_date", "is not a date: the data deletion date cannot be worked out.");
    return {
      row: base.row,
      customer: base.customer,
      product: base.product,
      subscriptionId: base.subscriptionId,
      customerKey: base.customerKey,
      productKey: base.productKey,
      status: base.status,
      quantity: base.quantity,
      price: base.price,
      currency: base.currency,
      next: undefined,
      windowLast: undefined,
      cost: undefined,
      family: "suspended",
      statusDate,
      term: this.term(cells),
      start: readDate(this.dateReaders.start_date, cellAt(cells, this.at.start_date)),
      renewal: readDate(this.dateReaders.renewal_date, cellAt(cells, this.at.renewal_date)),
      end: readDate(this.dateReaders.end_date, cellAt(cells, this.at.end_date)),
    };
  }

  private ea(cells: Cells, base: RowBase, issues: DataIssue[]): EaFacts {
    const expiry = readDate(this.dateReaders.expiry_date, cellAt(cells, this.at.expiry_date));
    let signed: EaFacts["signed"] = readDate(this.dateReaders.signed_date, cellAt(cells, this.at.signed_date));
    if (signed === BAD) {
      // A Yes/No column ("Renewal Signed?"): No is not signed; Yes is signed on a day not given.
      const flag = readFlag(cellAt(cells, this.at.signed_date));
      if (typeof flag === "boolean") signed = flag ? SIGNED_UNDATED : BLANK;
    }
    if (expiry === BAD) this.issue(issues, cells, "expiry_date", "is not a date.");
    else if (expiry === BLANK)
      issues.push({
        role: "expiry_date",
        message: `${this.header("expiry_date")} is blank: the renewal deadline is unknown.`,
      });
    if (signed === BAD) this.issue(issues, cells, "signed_date", "is not a date.");
    const discount = readDiscount(cellAt(cells, this.at.discount), this.decimalComma);
    if (discount === BAD) this.issue(issues, cells, "discount", "is not a percentage.");
    const annualValue = readAmount(cellAt(cells, this.at.annual_value), this.decimalComma);
    const segmentCell = cellAt(cells, this.at.segment);
    const segment = cellText(segmentCell);
    const known = isBlankCell(segmentCell) || isKnownSegment(segment);
    if (!known)
      this.issue(
        issues,
        cells,
        "segment",
        "is not a segment the review knows: treated as commercial (loses discount when late).",
      );
    return {
      row: base.row,
      customer: base.customer,
      product: base.product,
      subscriptionId: base.subscriptionId,
      customerKey: base.customerKey,
      productKey: base.productKey,
      status: base.status,
      quantity: base.quantity,
      price: base.price,
      currency: base.currency,
      next: undefined,
      windowLast: undefined,
      cost: undefined,
      family: "ea",
      expiry,
      signed,
      discount: typeof discount === "number" ? discount : undefined,
      annualValue: typeof annualValue === "number" ? annualValue : undefined,
      segment,
      scope: known && segment ? segmentScope(segment) : "in-scope",
    };
  }

  private nce(cells: Cells, base: RowBase, issues: DataIssue[]): NceFacts {
    const term = this.term(cells);
    const start = readDate(this.dateReaders.start_date, cellAt(cells, this.at.start_date));
    const renewal = readDate(this.dateReaders.renewal_date, cellAt(cells, this.at.renewal_date));
    const end = readDate(this.dateReaders.end_date, cellAt(cells, this.at.end_date));
    const plannedQuantity = readCount(cellAt(cells, this.at.planned_quantity), this.decimalComma);
    const assigned = this.assigned(cells, base.quantity, issues);
    const action = readAction(cellAt(cells, this.at.planned_action));
    const autoRenew =
      this.at.auto_renew >= 0
        ? readFlag(cellAt(cells, this.at.auto_renew))
        : renewalInStatus(cellAt(cells, this.at.status));
    const price =
      base.price === undefined ? readAmount(cellAt(cells, this.at.unit_price), this.decimalComma) : base.price;

    if (start === BAD) this.badDate(issues, cells, "start_date", renewal, end);
    if (renewal === BAD) this.badDate(issues, cells, "renewal_date", renewal, end);
    if (end === BAD) this.badDate(issues, cells, "end_date", renewal, end);
    if (term === BAD)
      this.issue(
        issues,
        cells,
        "term",
        "is not a term (P1M, P1Y, P3Y, monthly, annual, triennial): renewal dates cannot be worked out.",
      );
    else if (term === BLANK && this.columns.term !== undefined)
      issues.push({ role: "term", message: `${this.header("term")} is blank: renewal dates cannot be worked out.` });
    if (plannedQuantity === BAD) this.issue(issues, cells, "planned_quantity", "is not a seat count.");
    if (action === BAD)
      this.issue(
        issues,
        cells,
        "planned_action",
        "is not an action the review knows (reduce, cancel, move/transfer out/leaving, keep, increase, upgrade).",
      );
    if (autoRenew === BAD) this.issue(issues, cells, "auto_renew", "is not Yes or No.");
    if (price === BAD) this.issue(issues, cells, "unit_price", "is not a price.");
    return {
      row: base.row,
      customer: base.customer,
      product: base.product,
      subscriptionId: base.subscriptionId,
      customerKey: base.customerKey,
      productKey: base.productKey,
      status: base.status,
      quantity: base.quantity,
      price: base.price,
      currency: base.currency,
      next: undefined,
      windowLast: undefined,
      cost: undefined,
      family: "nce",
      assigned,
      term,
      start,
      renewal,
      end,
      // With no planned-quantity cell, a reduction's words may give it ("Reduce to 40").
      plannedQuantity:
        typeof plannedQuantity === "number"
          ? plannedQuantity
          : action === "reduce"
            ? seatsInAction(cellAt(cells, this.at.planned_action), base.quantity)
            : undefined,
      action: typeof action === "string" ? action : undefined,
      autoRenew,
      billingCell: cellAt(cells, this.at.billing_frequency),
    };
  }

  /** A date cell that could not be read, saying where renewal dates come from instead. */
  private badDate(issues: DataIssue[], cells: Cells, role: Role, renewal: Read<number>, end: Read<number>): void {
    const reader = this.readers[role];
    const order = reader ? ` (read as ${ORDER_WORDS[reader.order]})` : "";
    let fallback = "";
    if (typeof renewal === "number" && role !== "renewal_date")
      fallback = ` Renewal dates come from ${this.header("renewal_date")} instead.`;
    else if (typeof end === "number" && role === "start_date")
      fallback = ` Renewal dates come from ${this.header("end_date")} instead.`;
    this.issue(issues, cells, role, `is not a date${order}.${fallback}`);
  }
}
