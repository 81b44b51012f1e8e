/**
 * How to read a report, decided from its first rows before any row is reviewed (RULES.md §6).
 */
import { cellText, quote } from "./cells";
import { DateReader } from "./date-reader";
import { dataRowIndexes, writesCustomerOnce } from "./data-rows";
import { LAYOUT_SAMPLE, VALUES_HEADER_SCAN_ROWS, findHeader, mapHeaderRow, type ColumnMap } from "./header";
import { dayFirstHint, decideDateOrders, type DateOrderDecision } from "./date-orders";
import { decideDecimalComma } from "./decimal-mark";
import { findHeaderByValues, inferRoles, type InferredColumn } from "./roles-by-values";
import { ROLES, ROLE_LABELS, normalizeHeader, type Role } from "./words/roles";
import { RowReader } from "./row";
import { findTermUnit } from "./term-cells";
import { ambiguousDate, columnExamples, type AmbiguousDate, type ColumnExample } from "./examples";
import type { ReviewOptions } from "../types";

/**
 * What the review decides from a report's first rows before reading any row (RULES.md §6): the
 * header row, each column's role (headers, the user's corrections, values), each date column's
 * day/month order, and whether amounts are written with a decimal comma. Decided from the header
 * and the first LAYOUT_SAMPLE data rows, so a streamed report and the same report in memory are read
 * alike.
 */
export class ReportLayout {
  readonly headerIndex: number;
  readonly columns: ColumnMap;
  readonly detectedColumns: ColumnMap;
  readonly headers: string[];
  readonly dates: DateOrderDecision;
  /** The report writes amounts with a decimal comma (`36,00`), as European exports do. */
  readonly decimalComma: boolean;
  /** Columns mapped by their values (no header named their role). */
  readonly inferred: InferredColumn[];
  readonly reader: RowReader;
  readonly notices: string[] = [];
  /** A few values of each column, dates with the day read (the pane's mapping view). */
  readonly examples: ColumnExample[][];
  /** Where the date order was assumed: a date of the report that the two orders read as two days. */
  readonly ambiguousDate?: AmbiguousDate;

  /**
   * `cells`: the report, or its first rows (the header and at least LAYOUT_SAMPLE data rows when
   * the report has them); `dataRows`: the data rows' indexes among them (defaults to all found).
   */
  constructor(
    cells: readonly (readonly unknown[])[],
    options: ReviewOptions,
    header = findHeaderRow(cells, Math.floor(options.asOf)),
    dataRows = dataRowIndexes(cells, header.index),
  ) {
    const asOf = Math.floor(options.asOf);
    this.headerIndex = header.index;
    // Roles no header names are filled from the columns' values; headers and the user's corrections win.
    const detected = inferRoles(cells, header.index, dataRows, header.columns, asOf);
    this.detectedColumns = detected.columns;
    this.columns = applyMapping(detected.columns, options.mapping);
    for (const o of detected.overruled) {
      if (this.columns[o.role] === o.column) continue; // the user mapped it back
      this.notices.push(
        `“${o.header}” is not read as the ${ROLE_LABELS[o.role].toLowerCase()}: its values are not ${o.kind} (such as ${quote(o.example)}). Map it if it is.`,
      );
    }
    for (const r of detected.reread) {
      if (this.columns[r.role] !== r.column) continue;
      this.notices.push(
        `“${r.header}” is read as the ${ROLE_LABELS[r.role]}: the report lists EA enrollments (no term, auto-renew or renewal column). Map it to ${ROLE_LABELS[r.from]} if it is a subscription's.`,
      );
    }
    this.headers = (cells[header.index] ?? []).map(cellText);
    // A term as a number with its unit beside it ("Term" 1, "Term Unit" Year), unless the user mapped the term.
    const termUnit =
      options.mapping && "term" in options.mapping
        ? undefined
        : findTermUnit(cells, header.index, dataRows, this.columns, header.columns);
    if (termUnit) {
      // The unit column plays no role of its own (a role its values filled gives it up).
      const columns: ColumnMap = { ...this.columns, term: termUnit.term };
      for (const role of ROLES) if (role !== "term" && columns[role] === termUnit.unit) delete columns[role];
      this.columns = columns;
      this.notices.push(
        `“${this.headers[termUnit.unit]}” gives the unit of “${this.headers[termUnit.term]}”: its numbers are read in that unit (1 Year is an annual term).`,
      );
    }
    this.inferred = detected.inferred.filter((c) => this.columns[c.role] === c.column);
    for (const c of this.inferred)
      if (c.qualified)
        this.notices.push(
          `“${c.header}” is read as the customer: no column is named Customer, and its values are names. Map another column to Customer if this one is not.`,
        );
    this.dates = decideDateOrders(
      cells,
      header.index,
      dataRows,
      this.columns,
      options.dateOrder ?? "mdy",
      options.forceDateOrder,
      options.dateOrderChosen,
      dayFirstHint(cells, header.index, dataRows),
    );
    const readers: Partial<Record<Role, DateReader>> = {};
    const readersByColumn = new Map<number, DateReader>();
    for (const c of this.dates.columns) {
      const reader = new DateReader(c.order, options.dateSystem);
      readers[c.role] = reader;
      readersByColumn.set(c.column, reader);
    }
    this.examples = columnExamples(cells, dataRows, this.headers.length, readersByColumn);
    if (this.dates.assumed) this.ambiguousDate = ambiguousDate(cells, dataRows.slice(0, LAYOUT_SAMPLE), this.dates);
    this.decimalComma = decideDecimalComma(cells, dataRows, this.columns);
    const carry = writesCustomerOnce(cells, dataRows.slice(0, LAYOUT_SAMPLE), this.columns.customer);
    if (carry) {
      this.notices.push(
        `“${this.headers[this.columns.customer as number] || "Customer"}” names each customer once, on the first row of its group: the blank cells below are read as that customer.`,
      );
    }
    const chargeType = this.headers.findIndex(
      (h, i) => normalizeHeader(h) === "chargetype" && !Object.values(this.columns).includes(i),
    );
    this.reader = new RowReader(this.columns, this.headers, readers, this.decimalComma, {
      carryCustomer: carry,
      termUnit: termUnit?.unit,
      oneCustomer: oneCustomer(cells, header.index, dataRows, this.columns, this.headers),
      chargeType: chargeType >= 0 ? chargeType : undefined,
    });
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

  /** The other day/month order's review is worth running: the order was assumed and the caller wants to know. */
  wantsAlternative(options: ReviewOptions): boolean {
    return this.dates.assumed && !options.noAlternative && !options.forceDateOrder;
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
 * headers are all unknown, or name only one role), the text row below which the values map the most
 * roles — where a header that does name a role still decides that role (headers win over values).
 */
export function findHeaderRow(
  cells: readonly (readonly unknown[])[],
  asOf: number,
): { index: number; columns: ColumnMap } {
  try {
    return findHeader(cells);
  } catch (error) {
    const byValues = findHeaderByValues(
      cells,
      (i, limit) => dataRowIndexes(cells, i, limit),
      asOf,
      VALUES_HEADER_SCAN_ROWS,
    );
    if (byValues) return { index: byValues.index, columns: mapHeaderRow(cells[byValues.index] ?? []) };
    throw error;
  }
}

/** Headers of a column that names customers, even one the review did not map (a domain, a tenant, a reseller's account). */
const CUSTOMER_WORDS =
  /customer|tenant|company|client|account|domain|organi[sz]ation|reseller|end\s*user|kunde|cliente|klant|firma|mandant|soci[eé]t[eé]|empresa|bedrijf|entreprise/i;
/** A domain name: contoso.onmicrosoft.com, contoso.com.au. */
const DOMAIN = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i;

/** A title line naming the report's customer: "Customer:" then the name, in one cell or the next. */
const CUSTOMER_LABEL =
  /^\s*(?:customer|customer\s+name|client|client\s+name|end\s+customer|account|account\s+name|prepared\s+for|kunde|client\s*final|cliente|klant)\s*(?::\s*(.*)|$)/i;

/**
 * A report without a customer column is one customer's (see isOneCustomer): undefined when it is not,
 * else the customer its title lines name ("Customer: Acme Pty Ltd", as a quote writes it) or "".
 */
export function oneCustomer(
  cells: readonly (readonly unknown[])[],
  headerIndex: number,
  rows: readonly number[],
  columns: ColumnMap,
  headers: readonly string[],
): { name: string } | undefined {
  if (!isOneCustomer(cells, rows, columns, headers)) return undefined;
  for (let r = 0; r < headerIndex; r++) {
    const line = cells[r] ?? [];
    for (let c = 0; c < line.length; c++) {
      const m = typeof line[c] === "string" ? CUSTOMER_LABEL.exec(line[c] as string) : null;
      if (!m) continue;
      const name = (m[1] ?? "").trim() || cellText(line.slice(c + 1).find((v) => cellText(v) !== ""));
      if (name) return { name };
    }
  }
  return { name: "" };
}

/**
 * Whether a report is one customer's own (a tenant's export from the Microsoft 365 admin center or
 * Partner Center's per-customer subscriptions): no customer column is mapped, no header speaks of
 * customers, tenants or accounts, and no column holds domain names. Only then are its rows one
 * customer; a report whose customer column is merely unrecognised keeps its rows apart (decision 39).
 */
export function isOneCustomer(
  cells: readonly (readonly unknown[])[],
  rows: readonly number[],
  columns: ColumnMap,
  headers: readonly string[],
): boolean {
  if (columns.customer !== undefined || headers.some((h) => CUSTOMER_WORDS.test(h))) return false;
  const mapped = new Set(Object.values(columns));
  for (let c = 0; c < headers.length; c++) {
    if (mapped.has(c)) continue;
    let domains = 0;
    let seen = 0;
    for (let r = 0; r < rows.length && seen < 200; r++) {
      const v = cells[rows[r]]?.[c];
      if (typeof v !== "string" || v.trim() === "") continue;
      seen++;
      if (DOMAIN.test(v.trim()) && /[a-z]/i.test(v)) domains++;
    }
    if (seen > 0 && domains / seen >= 0.8) return false;
  }
  return true;
}
