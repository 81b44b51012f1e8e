/**
 * The row reader: one report row → its typed facts and its data issues (RULES.md §6: "a value a
 * rule needs cannot be read"). It reads only what the row's family needs — a suspended row its
 * status date, an EA row its enrollment dates, an NCE row its term, dates and plans — so the checks
 * in ./checks get facts, never cells.
 */
import type { DateOrder } from "../rules/dates";
import { isKnownSegment, segmentScope } from "../rules/terms";
import {
  BAD,
  BLANK,
  DateReader,
  cellText,
  normKey,
  isBlankCell,
  quote,
  readAction,
  readAmount,
  readDiscount,
  readFlag,
  readStatus,
  readTerm,
  type Read,
} from "./cells";
import type { DataIssue, EaFacts, NceFacts, RowBase, RowFacts, RowReading, SuspendedFacts } from "./facts";
import type { ColumnMap } from "./layout";
import { ROLE_LABELS, type Role } from "./roles";

export type { DataIssue, EaFacts, NceFacts, PlainFacts, RowBase, RowFacts, RowReading, SuspendedFacts } from "./facts";

const NO_ISSUES: DataIssue[] = [];

const ORDER_WORDS: Record<DateOrder, string> = { dmy: "day/month/year", mdy: "month/day/year" };

/** Reads the rows of one report, given its column map and each date column's reader. */
export class RowReader {
  /** The report has EA enrollment rows (an expiry date column). */
  readonly isEa: boolean;
  /** The report has NCE dates to place renewals by. */
  readonly hasNceDates: boolean;
  /** The current row's data issues, reused from row to row (fewer short-lived arrays on 100k rows). */
  private readonly issues: DataIssue[] = [];

  constructor(
    private readonly cells: readonly (readonly unknown[])[],
    private readonly columns: ColumnMap,
    private readonly headers: readonly string[],
    private readonly readers: Partial<Record<Role, DateReader>>,
    private readonly firstRow: number,
    /** The report writes amounts with a decimal comma (`36,00`). */
    private readonly decimalComma = false,
  ) {
    this.isEa = columns.expiry_date !== undefined;
    this.hasNceDates = (["start_date", "renewal_date", "end_date"] as Role[]).some((r) => columns[r] !== undefined);
  }

  cell(index: number, role: Role): unknown {
    const column = this.columns[role];
    return column === undefined ? undefined : this.cells[index]?.[column];
  }

  /** The report's header for a role, or the role's name. */
  header(role: Role): string {
    const column = this.columns[role];
    return (column !== undefined && this.headers[column]) || ROLE_LABELS[role];
  }

  private date(index: number, role: Role): Read<number> {
    const reader = this.readers[role];
    return reader ? reader.read(this.cell(index, role)) : BLANK;
  }

  /** Reads row `index` of the cells. */
  read(index: number): RowReading {
    const status = readStatus(this.cell(index, "status"));
    if (status === "ended") return { facts: null, base: null, issues: NO_ISSUES };
    const customer = cellText(this.cell(index, "customer"));
    const product = cellText(this.cell(index, "product"));
    const subscriptionId = cellText(this.cell(index, "subscription_id"));
    const row = this.firstRow + index;
    const issues = this.issues;
    issues.length = 0;
    if (typeof status !== "string") {
      issues.push({
        role: "status",
        message: `${this.header("status")} ${quote(this.cell(index, "status"))} is not a status the review knows (Active, Suspended, Cancelled, Expired, Deleted, Disabled): no timing findings for this row.`,
      });
      return { facts: null, base: { row, customer, product, subscriptionId }, issues };
    }
    const quantity = readAmount(this.cell(index, "quantity"), this.decimalComma);
    if (quantity === BAD) this.issue(issues, index, "quantity", "is not a seat count (a whole number, 0 or more).");
    const price = readAmount(this.cell(index, "unit_price"), this.decimalComma);
    const base: RowBase = {
      row,
      customer,
      product,
      subscriptionId,
      customerKey: customer ? normKey(customer) : "",
      productKey: product ? normKey(product) : "",
      status,
      quantity: typeof quantity === "number" ? quantity : undefined,
      price: typeof price === "number" ? price : undefined,
      next: undefined,
      windowLast: undefined,
    };
    let facts: RowFacts;
    if (status === "suspended") facts = this.suspended(index, base, issues);
    else if (this.isEa) facts = this.ea(index, base, issues);
    else if (this.hasNceDates) facts = this.nce(index, base, issues);
    else facts = { ...base, family: "plain" };
    return { facts, base, issues };
  }

  /** "<Header> “<cell>” <text>" as a data issue. */
  private issue(issues: DataIssue[], index: number, role: Role, text: string): void {
    issues.push({ role, message: `${this.header(role)} ${quote(this.cell(index, role))} ${text}` });
  }

  // Each family's facts are written as one literal, base fields first: an object spread here made
  // the review of 100,000 rows three times slower (slow objects that every check and the GC pay for).
  private suspended(index: number, base: RowBase, issues: DataIssue[]): SuspendedFacts {
    const statusDate = this.date(index, "status_date");
    if (statusDate === BAD) this.issue(issues, index, "status_date", "is not a date: the data deletion date cannot be worked out.");
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
      next: undefined,
      windowLast: undefined,
      family: "suspended",
      statusDate,
      term: readTerm(this.cell(index, "term")),
      start: this.date(index, "start_date"),
      renewal: this.date(index, "renewal_date"),
      end: this.date(index, "end_date"),
    };
  }

  private ea(index: number, base: RowBase, issues: DataIssue[]): EaFacts {
    const expiry = this.date(index, "expiry_date");
    const signed = this.date(index, "signed_date");
    if (expiry === BAD) this.issue(issues, index, "expiry_date", "is not a date.");
    else if (expiry === BLANK) issues.push({ role: "expiry_date", message: `${this.header("expiry_date")} is blank: the renewal deadline is unknown.` });
    if (signed === BAD) this.issue(issues, index, "signed_date", "is not a date.");
    const discount = readDiscount(this.cell(index, "discount"), this.decimalComma);
    if (discount === BAD) this.issue(issues, index, "discount", "is not a percentage.");
    const segmentCell = this.cell(index, "segment");
    const segment = cellText(segmentCell);
    const known = isBlankCell(segmentCell) || isKnownSegment(segment);
    if (!known) this.issue(issues, index, "segment", "is not a segment the review knows: treated as commercial (loses discount when late).");
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
      next: undefined,
      windowLast: undefined,
      family: "ea",
      expiry,
      signed,
      discount: typeof discount === "number" ? discount : undefined,
      segment,
      scope: known && segment ? segmentScope(segment) : "in-scope",
    };
  }

  private nce(index: number, base: RowBase, issues: DataIssue[]): NceFacts {
    const term = readTerm(this.cell(index, "term"));
    const start = this.date(index, "start_date");
    const renewal = this.date(index, "renewal_date");
    const end = this.date(index, "end_date");
    const plannedQuantity = readAmount(this.cell(index, "planned_quantity"), this.decimalComma);
    const action = readAction(this.cell(index, "planned_action"));
    const autoRenew = readFlag(this.cell(index, "auto_renew"));
    const price = base.price === undefined ? readAmount(this.cell(index, "unit_price"), this.decimalComma) : base.price;

    if (start === BAD) this.badDate(issues, index, "start_date", renewal, end);
    if (renewal === BAD) this.badDate(issues, index, "renewal_date", renewal, end);
    if (end === BAD) this.badDate(issues, index, "end_date", renewal, end);
    if (term === BAD) this.issue(issues, index, "term", "is not a term (P1M, P1Y, P3Y, monthly, annual, triennial): renewal dates cannot be worked out.");
    else if (term === BLANK && this.columns.term !== undefined) issues.push({ role: "term", message: `${this.header("term")} is blank: renewal dates cannot be worked out.` });
    if (plannedQuantity === BAD) this.issue(issues, index, "planned_quantity", "is not a seat count.");
    if (action === BAD) this.issue(issues, index, "planned_action", "is not an action the review knows (reduce, cancel, move/transfer out/leaving, keep, increase, upgrade).");
    if (autoRenew === BAD) this.issue(issues, index, "auto_renew", "is not Yes or No.");
    if (price === BAD) this.issue(issues, index, "unit_price", "is not a price.");
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
      next: undefined,
      windowLast: undefined,
      family: "nce",
      term,
      start,
      renewal,
      end,
      plannedQuantity: typeof plannedQuantity === "number" ? plannedQuantity : undefined,
      action: typeof action === "string" ? action : undefined,
      autoRenew,
      billingCell: this.cell(index, "billing_frequency"),
    };
  }

  /** A date cell that could not be read, saying where renewal dates come from instead. */
  private badDate(issues: DataIssue[], index: number, role: Role, renewal: Read<number>, end: Read<number>): void {
    const reader = this.readers[role];
    const order = reader ? ` (read as ${ORDER_WORDS[reader.order]})` : "";
    let fallback = "";
    if (typeof renewal === "number" && role !== "renewal_date") fallback = ` Renewal dates come from ${this.header("renewal_date")} instead.`;
    else if (typeof end === "number" && role === "start_date") fallback = ` Renewal dates come from ${this.header("end_date")} instead.`;
    this.issue(issues, index, role, `is not a date${order}.${fallback}`);
  }
}
