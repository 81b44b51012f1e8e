/**
 * A report row's typed facts, as the row reader (./row) gives them to the checks (./checks): what
 * every row has, and what each family (suspended, EA, NCE, plain) adds.
 */
import type { SegmentScope, TermMonths } from "../../cells/terms";
import type { PlannedAction, Read, Status } from "./cells";
import type { Role } from "./words/roles";

/** A value a rule needs that could not be read: becomes a DATA_ISSUE on the row. */
export interface DataIssue {
  role: Role;
  message: string;
}

/** What every reviewed row has: where it is, whose it is, its state. */
export interface RowBase {
  /** The row's number in the sheet. */
  row: number;
  customer: string;
  product: string;
  subscriptionId: string;
  /** Normalised customer and product, for grouping ("" when blank). */
  customerKey: string;
  productKey: string;
  status: Exclude<Status, "ended">;
  quantity?: number;
  /** Monthly unit price, where the report gives one. */
  price?: number;
  /** The currency of the row's amounts (ISO code, "$" for a bare dollar sign), where the report shows one. */
  currency?: string;
  /**
   * Where the row stands on as_of, once its check has placed it: the next renewal and the last day
   * of an open N3 window (null when none). Used across rows (duplicates). Plain fields, not an
   * object: 100,000 rows keep them.
   */
  next?: number;
  windowLast?: number | null;
  /** The largest cost of the row's findings (money at stake counts a row once). */
  cost?: number;
  /** Its term ended with auto-renew off and it was not eligible for EST: expired (N5), no longer active. */
  lapsed?: boolean;
}

export interface SuspendedFacts extends RowBase {
  family: "suspended";
  statusDate: Read<number>;
  /** The term and dates, read without data issues: they only give the remaining commitment (C1). */
  term: Read<TermMonths>;
  start: Read<number>;
  renewal: Read<number>;
  end: Read<number>;
}

/** An EA renewal a Yes/No column says is signed, on a day the report does not give. */
export const SIGNED_UNDATED = Symbol("signed, date not given");

export interface EaFacts extends RowBase {
  family: "ea";
  expiry: Read<number>;
  /** The renewal's signed date; blank (or "No") when not signed; SIGNED_UNDATED for a "Yes". */
  signed: Read<number> | typeof SIGNED_UNDATED;
  discount?: number;
  /** The enrollment's yearly amount, where the report gives it (EA_RENEWAL_DUE's money). */
  annualValue?: number;
  /** The segment text as written ("" when blank) and its E2 scope (unknown text counts as in scope). */
  segment: string;
  scope: SegmentScope;
}

export interface NceFacts extends RowBase {
  family: "nce";
  term: Read<TermMonths>;
  start: Read<number>;
  renewal: Read<number>;
  end: Read<number>;
  plannedQuantity?: number;
  action?: PlannedAction;
  autoRenew: Read<boolean>;
  /** Licences assigned to users (or bought less available), where the report gives them (UNUSED_SEATS). */
  assigned?: number;
  /** The billing-plan cell as the report has it (read with readBilling only where a rule needs it). */
  billingCell: unknown;
}

/** A row with no dates to go by: only duplicates and data issues can concern it. */
export interface PlainFacts extends RowBase {
  family: "plain";
}

/** A row whose status the review does not know: only its data issue concerns it. */
export interface UnreadFacts extends Pick<RowBase, "row" | "customer" | "product" | "subscriptionId"> {
  family: "unread";
}

export type RowFacts = SuspendedFacts | EaFacts | NceFacts | PlainFacts | UnreadFacts;

/** How a report writes its rows, beyond its columns' roles (report-layout.ts finds it). */
export interface RowReaderOptions {
  /** Each customer is written once per group (see writesCustomerOnce): a blank customer is the one above. */
  carryCustomer?: boolean;
  /** The column giving the unit of the term column's numbers ("Term Unit": Year), if any (term-cells.ts). */
  termUnit?: number;
  /**
   * The report is one customer's: it has no customer column at all (report-layout.ts oneCustomer);
   * `name` is the customer its title lines name ("Customer: Acme Pty Ltd"), or "".
   */
  oneCustomer?: { name: string };
  /** The column of a reconciliation file's charge type: a cancellation or credit line is no subscription's state (decision 41). */
  chargeType?: number;
}
