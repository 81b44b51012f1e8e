/**
 * Roles from values (RULES.md §6): headers differ between every export, so where no header names a
 * role, a column whose values plainly belong to it fills it — terms (`1 Year`, `P1M`, `Monthly`),
 * statuses, yes/no and enabled/disabled flags, planned actions, dates, GUID subscription ids, prices
 * and seat counts. A column plays one role; headers (and the user's corrections) always win.
 * "Plainly" means: at least 80 % of a column's non-blank values (of the first rows) read cleanly.
 */
import { numericDateParts, readDateText } from "../../cells/date-text";
import { isSerialInRange } from "../../rules/dates";
import { isBlank, readNumber, readYesNo } from "../../cells/values";
import { cellText, readAction, readCount, readFlag, readStatus, BAD } from "./cells";
import { readTerm } from "./term-cells";
import { compactDate } from "./date-reader";
import { currencyCode } from "./currency";
import { EA_DATE_WORDS, eaListColumns, isEaList, type RereadColumn } from "./ea-list";
import {
  DATE_HEADER_WORDS,
  NEGATED_HEADER,
  NOT_QUANTITY,
  NOT_SUBSCRIPTION_ID,
  PLANNED_SEATS_HEADER,
  SEATS_HEADER,
  NOT_TERM_DATES,
  NOT_UNIT_PRICE,
  OTHER_FLAG_HEADER,
  PER_YEAR,
  RENEW_HEADER,
  isMonthlyPriceHeader,
} from "./words/header-words";
import { LAYOUT_SAMPLE, type ColumnMap } from "./header";
import { ROLES, normalizeHeader, plainHeader, roleOfHeader, type Role } from "./words/roles";

/** Data rows looked at per column. */
export const INFER_SAMPLE = 500;
/** Share of a column's non-blank values that must read cleanly for its values to decide its role. */
export const INFER_SHARE = 0.8;

export interface InferredColumn {
  role: Role;
  column: number;
  header: string;
  /** Share of the column's non-blank values that read as this role (0.8 … 1). */
  share: number;
  /** Its header names the role with a qualifier ("Potential Customer", "Sold-to"): said in a note. */
  qualified?: boolean;
}

/** A column an export keeps for itself: Dynamics 365's hidden "(Do Not Modify) Row Checksum", "(Do Not Modify) Account". */
const SYSTEM_COLUMN = /^\s*\(do not modify\)/i;
const GUID = /^\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$/i;
const MONEY = /[$€£¥₹]|\b[A-Z]{3}\b|\d[.,]\d{2}(?!\d)/;
const PRODUCT_WORDS = new RegExp(
  String.raw`\b(${[
    "microsoft",
    "office",
    "365",
    "m365",
    "o365",
    "exchange",
    "sharepoint",
    "teams",
    "dynamics",
    String.raw`power\s?(bi|apps|automate)`,
    "azure",
    "defender",
    "intune",
    "entra",
    "visio",
    "project",
    "copilot",
    "windows",
    "onedrive",
    "e[1-5]",
    String.raw`business\s(basic|standard|premium)`,
  ].join("|")})\b`,
  "i",
);
const COMPANY_WORDS =
  /\b(ltd|limited|pty|gmbh|ag|inc|llc|corp|corporation|co|company|sa|sas|bv|nv|plc|group|holdings|ab|as|oy|kk|srl|spa)\b\.?|\.onmicrosoft\.com|@/i;
/** Words of a billing plan (as opposed to a commitment term). */
const BILLING_ONLY = /^(monthly|annual|annually|yearly|triennial|upfront|prepaid|month|year)$/i;

function isDateValue(v: unknown): number | undefined {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? undefined : Math.floor(v.getTime() / 86400000) + 25569;
  if (typeof v === "number") return Number.isInteger(v) && v >= 36526 && v <= 73051 ? v : compactDate(v); // 2000 … 2099
  if (typeof v !== "string") return undefined;
  const t = v.trim();
  if (/^\d{5}(\.\d+)?$/.test(t)) {
    const n = Math.floor(Number(t));
    return n >= 36526 && n <= 73051 && isSerialInRange(n) ? n : undefined;
  }
  if (/^\d{8}$/.test(t)) return compactDate(Number(t));
  const r = readDateText(t, undefined, true);
  if (r.ok) return Math.floor(r.serial);
  const parts = numericDateParts(t);
  if (!parts) return undefined;
  const guess = readDateText(t, parts[0] > 12 ? "dmy" : "mdy", true);
  return guess.ok ? Math.floor(guess.serial) : undefined;
}

/** What one column's sampled values look like. */
interface Profile {
  column: number;
  header: string;
  values: unknown[];
  share: (test: (v: unknown) => boolean) => number;
}

function profile(
  cells: readonly (readonly unknown[])[],
  rows: readonly number[],
  column: number,
  header: string,
): Profile {
  const values: unknown[] = [];
  // The first non-blank values, within the rows a layout is decided from.
  for (let r = 0; r < rows.length && r < LAYOUT_SAMPLE; r++) {
    if (values.length >= INFER_SAMPLE) break;
    const v = cells[rows[r]]?.[column];
    if (!isBlank(v)) values.push(v);
  }
  return {
    column,
    header,
    values,
    share: (test) => {
      if (!values.length) return 0;
      let n = 0;
      for (const v of values) if (test(v)) n++;
      return n / values.length;
    },
  };
}

/** A cell as a number of seats: "1.200" and "1 200" are 1,200 (counts are whole: readCount); money is none. */
function countOf(v: unknown): number | undefined {
  if (typeof v === "number") return v;
  if (typeof v !== "string" || MONEY.test(v)) return undefined;
  const n = readCount(v);
  return typeof n === "number" ? n : readNumber(v);
}

const isText = (v: unknown): v is string => typeof v === "string" && readNumber(v) === undefined;

/**
 * The tests that say a column's values belong to a role, in the order roles are filled, each with
 * the header words that put a column first among those whose values qualify (a "Renews" column before
 * another Yes/No one, "Licences Owned" before another column of counts).
 */
const TESTS: Array<[Role, (p: Profile) => number, RegExp?]> = [
  [
    "subscription_id",
    (p) => {
      // A tenant's, an order's or an invoice's GUID is no subscription's.
      if (NOT_SUBSCRIPTION_ID.test(p.header)) return 0;
      const share = p.share((v) => typeof v === "string" && GUID.test(v.trim()));
      return new Set(p.values.map((v) => cellText(v).toLowerCase())).size >= 0.9 * p.values.length ? share : 0;
    },
  ],
  // Enabled/Disabled under a header that speaks of renewing is the auto-renew, not a status.
  [
    "status",
    (p) => (RENEW_HEADER.test(p.header) ? 0 : p.share((v) => isText(v) && readStatus(v) !== BAD && !/^\s*$/.test(v))),
  ],
  ["term", (p) => p.share((v) => isText(v) && readTerm(v) !== BAD)],
  [
    "auto_renew",
    (p) => {
      const share = p.share((v) => typeof v === "boolean" || (isText(v) && typeof readFlag(v) === "boolean"));
      // Plain Yes/No (True/False, On/Off) says nothing of what it flags: a header naming something else
      // ("Is Trial", "Active", "Billable") keeps it from the auto-renew. Auto/Manual and renewal phrases
      // speak for themselves.
      const plain = p.share((v) => typeof v === "boolean" || (typeof v === "string" && readYesNo(v) !== undefined));
      // "Do Not Renew: Yes" is auto-renew off: a negated header's flags would be read the wrong way round.
      if (NEGATED_HEADER.test(p.header)) return 0;
      if (plain < 0.5 || RENEW_HEADER.test(p.header)) return share;
      return OTHER_FLAG_HEADER.test(p.header) ? 0 : share;
    },
    RENEW_HEADER,
  ],
  // A column of "N/A" or "-" alone is no planned action: only actions count.
  ["planned_action", (p) => p.share((v) => isText(v) && typeof readAction(v) === "string")],
  [
    "unit_price",
    (p) => {
      const plain = plainHeader(p.header);
      if (NOT_UNIT_PRICE.test(plain) || PER_YEAR.test(p.header)) return 0;
      const numeric = p.share((v) => readNumber(v) !== undefined || readNumber(v, true) !== undefined);
      if (isMonthlyPriceHeader(p.header)) return numeric;
      const money = p.share((v) =>
        typeof v === "number" ? !Number.isInteger(v) : typeof v === "string" && MONEY.test(v),
      );
      return money >= 0.5 ? numeric : 0;
    },
  ],
  [
    "quantity",
    (p) => {
      // Days to renewal, a term in months, an age, a percentage or an id are whole numbers too.
      if (NOT_QUANTITY.test(p.header)) return 0;
      const counts = p.values.map((v) => countOf(v));
      // Every value different and large: an id or account number, not seats.
      if (
        counts.length >= 20 &&
        new Set(counts).size === counts.length &&
        Math.max(...counts.map((n) => n ?? 0)) > 10000
      )
        return 0;
      return p.share((v) => {
        const n = countOf(v);
        return n !== undefined && Number.isInteger(n) && n >= 0 && n < 1e7;
      });
    },
    SEATS_HEADER,
  ],
  ["product", (p) => (p.share((v) => typeof v === "string" && PRODUCT_WORDS.test(v)) >= 0.6 ? 1 : 0)],
  [
    "customer",
    (p) =>
      p.share(isText) >= INFER_SHARE && p.share((v) => typeof v === "string" && COMPANY_WORDS.test(v)) >= 0.3 ? 1 : 0,
  ],
];

/** The share of a column's values that are amounts, when at least half look like money (a symbol, a code, cents). */
function moneyShare(p: Profile): number {
  const numeric = p.share((v) => readNumber(v) !== undefined || readNumber(v, true) !== undefined);
  const money = p.share((v) => (typeof v === "number" ? !Number.isInteger(v) : typeof v === "string" && MONEY.test(v)));
  return money >= 0.5 ? numeric : 0;
}

/** Headers that name the customer with a qualifier (Dynamics 365, Salesforce, ERP exports), in the six languages too. */
const QUALIFIED_CUSTOMER = new RegExp(
  [
    "customer",
    String.raw`\bclient`,
    String.raw`\bsold[\s-]*to\b`,
    String.raw`\bbill[\s-]*to\b`,
    String.raw`\bship[\s-]*to\b`,
    String.raw`\bend[\s-]*user`,
    "kunde",
    "cliente",
    "klant",
    "auftraggeber",
    "rechnungsempf",
    "acheteur",
    "comprador",
    "acquirente",
    "koper",
  ].join("|"),
  "i",
);
/** …but a customer's attribute, or another party: "Customer ID", "Customer Type", "Customer Country", "Reseller". */
/** A customer's attributes as whole words ("Customer ID", "Customer Type", "Customer Country"). */
const CUSTOMER_ATTRIBUTES = [
  "ids?",
  "number",
  "no",
  "nr",
  "num",
  "code",
  "key",
  "guid",
  "type",
  "segment",
  "status",
  "state",
  "country",
  "region",
  "city",
  "address",
  "since",
  "date",
  "email",
  "e-mail",
  "phone",
  "contact",
  "domain",
  "tenant",
  "currency",
  "tier",
  "size",
  "industry",
  "category",
  "group",
  "class",
  "ref",
  "reference",
  "language",
  "locale",
  "tax",
  "vat",
  "po",
  "order",
  "count",
  "manager",
  "owner",
  "rep",
  "representative",
];
/** Other parties, and attribute words of other languages (matched anywhere in the header). */
const NOT_CUSTOMER_WORDS = [
  "#",
  "reseller",
  "partner",
  "distribut",
  "vendor",
  "supplier",
  "lieferant",
  "fournisseur",
  "proveedor",
  "fornitore",
  "leverancier",
  "fornecedor",
  "nummer",
  "numéro",
  "número",
  "numero",
  String.raw`typ\b`,
  String.raw`land\b`,
  "pays",
  "país",
  "paese",
];
const NOT_THE_CUSTOMER = new RegExp(
  String.raw`\b(?:${CUSTOMER_ATTRIBUTES.join("|")})\b|` + NOT_CUSTOMER_WORDS.join("|"),
  "i",
);
/** A value that is a name: text, not a number, a date or a GUID. */
const isName = (v: unknown): boolean =>
  typeof v === "string" &&
  v.trim() !== "" &&
  readNumber(v) === undefined &&
  isDateValue(v) === undefined &&
  !GUID.test(v.trim());

/** Headers of counts beside the seats that are not licences assigned: limits, packs, trial or suspended units. */
const NOT_ASSIGNED = new RegExp(
  String.raw`\b(?:${[
    "min",
    "max",
    "minimum",
    "maximum",
    "limit",
    "cap",
    "pack",
    "trial",
    "suspended",
    "warning",
    "enabled",
    "prepaid",
    "planned",
    "renew",
    "next",
    "target",
    "months?",
    "days?",
    "years?",
    "age",
    "rate",
    "score",
    "ids?",
    "order",
    "invoice",
    "term",
    "duration",
  ].join("|")})\b|percent|%`,
  "i",
);
/** Rows sampled to tell an assigned-licences column by its values. */
const ASSIGNED_SAMPLE = 200;

/**
 * Licences assigned, by their values (RULES.md §6, role `assigned`): a column of whole counts, on every
 * sampled row at most the seats bought, equal to them on some rows and below them on others (a
 * tenant's licence export: most subscriptions fully used, some not), at least three rows read.
 */
function assignedByValues(
  cells: readonly (readonly unknown[])[],
  rows: readonly number[],
  p: Profile,
  seatsColumn: number,
): boolean {
  if (NOT_ASSIGNED.test(p.header)) return false;
  let read = 0;
  let equal = 0;
  let below = 0;
  for (let r = 0; r < rows.length && r < ASSIGNED_SAMPLE; r++) {
    const row = cells[rows[r]];
    const count = wholeCount(row?.[p.column]);
    const seats = wholeCount(row?.[seatsColumn]);
    if (count === null || seats === null) continue;
    if (count === undefined || seats === undefined || count > seats) return false;
    read++;
    if (count === seats) equal++;
    else below++;
  }
  return read >= 3 && equal > 0 && below > 0;
}

/** A cell as a whole count: null when blank, undefined when it is no whole count. */
function wholeCount(v: unknown): number | null | undefined {
  if (isBlank(v)) return null;
  const n = countOf(v);
  return n !== undefined && Number.isInteger(n) && n >= 0 ? n : undefined;
}

const DATE_ROLES_BY_TIME: readonly Role[] = ["start_date", "end_date", "renewal_date", "status_date"];

/**
 * Header-named roles whose values must bear the header out when the header is a word of two
 * meanings. "Plan" (or "Action") names a planned action in some exports and the product's plan in
 * others ("Microsoft 365 Business Basic"); "State" is a subscription's state or the customer's
 * (NSW, CA); "Subscription" a product or a subscription's id. Such a column whose values mostly do
 * not read for the role is left to its values, and another header naming the role takes it. A plain
 * header ("Planned Action", "Status") is kept whatever its values (they are data issues).
 */
const BORNE_OUT: Array<[Role, ReadonlySet<string>, (v: unknown) => boolean, string]> = [
  ["planned_action", new Set(["plan", "action", "intent"]), (v) => readAction(v) !== BAD, "actions"],
  ["status", new Set(["state"]), (v) => readStatus(v) !== BAD, "statuses"],
  [
    "product",
    new Set(["subscription", "item"]),
    (v) => typeof v === "string" && !GUID.test(v.trim()) && readNumber(v) === undefined,
    "product names",
  ],
];
/** Share of a header-named column's non-blank values that must read for its role (see BORNE_OUT). */
const BORNE_OUT_SHARE = 0.5;

/** A column a header named for a role its values do not bear out (not used for it). */
export interface OverruledColumn {
  role: Role;
  column: number;
  header: string;
  /** One of its values, to show. */
  example: string;
  /** What the role's values are ("actions"), to say what this column's are not. */
  kind: string;
}

/**
 * Fills roles no header names from the values of the columns no header claimed. `asOf` places a
 * date column no header word explains: mostly on or before as_of → start date, mostly after → term
 * end. Returns the completed map and the columns it mapped by their values.
 */
export function inferRoles(
  cells: readonly (readonly unknown[])[],
  headerIndex: number,
  rows: readonly number[],
  columns: ColumnMap,
  asOf: number,
): { columns: ColumnMap; inferred: InferredColumn[]; overruled: OverruledColumn[]; reread: RereadColumn[] } {
  let out: ColumnMap = { ...columns };
  const header = cells[headerIndex] ?? [];
  const overruled: OverruledColumn[] = [];
  for (const [role, words, test, kind] of BORNE_OUT) {
    const column = out[role];
    if (column === undefined || !words.has(normalizeHeader(header[column]))) continue;
    const p = profile(cells, rows, column, cellText(header[column]));
    if (p.values.length === 0 || p.share(test) >= BORNE_OUT_SHARE) continue;
    delete out[role];
    overruled.push({ role, column, header: p.header, example: cellText(p.values.find((v) => !test(v))), kind });
    // Another header naming the role (the next synonym: "Offer" after "Subscription") takes it.
    const claimed = new Set(Object.values(out));
    let next: [number, number] | undefined;
    header.forEach((cell, c) => {
      const found = c !== column && !claimed.has(c) ? roleOfHeader(cell) : undefined;
      if (found && found[0] === role && (!next || found[1] < next[1])) next = [c, found[1]];
    });
    if (next) out[role] = next[0];
  }
  // A list of EA enrollments: its end date is the enrollment's expiry, its signature date the signed date.
  const eaList = isEaList(cells, headerIndex, rows, out);
  let reread: RereadColumn[] = [];
  if (eaList) ({ columns: out, reread } = eaListColumns(out, header));
  const dateWords = eaList ? [...EA_DATE_WORDS, ...DATE_HEADER_WORDS] : DATE_HEADER_WORDS;
  const taken = new Set(Object.values(out));
  const width = Math.max(header.length, ...rows.slice(0, 50).map((i) => cells[i]?.length ?? 0));
  const free: Profile[] = [];
  for (let c = 0; c < width; c++)
    if (!taken.has(c) && !SYSTEM_COLUMN.test(cellText(header[c])))
      free.push(profile(cells, rows, c, cellText(header[c])));
  const inferred: InferredColumn[] = [];
  const assign = (role: Role, p: Profile, share: number) => {
    out[role] = p.column;
    taken.add(p.column);
    inferred.push({ role, column: p.column, header: p.header, share });
  };
  const open = () => free.filter((p) => !taken.has(p.column) && p.values.length > 0);

  // Dates first: a date column is plainly a date, whatever else its values could be. A charge, invoice
  // or usage period (Partner Center's ChargeStartDate/ChargeEndDate) is a billing period, not the
  // subscription's term: never taken for one.
  for (const p of open()) {
    if (NOT_TERM_DATES.test(p.header)) continue;
    const dates = p.values.map(isDateValue);
    const share = dates.filter((d) => d !== undefined).length / p.values.length;
    if (share < INFER_SHARE) continue;
    const worded = dateWords.find(([re, role]) => re.test(p.header) && out[role] === undefined)?.[1];
    let role = worded;
    if (!role) {
      const known = dates.filter((d): d is number => d !== undefined).sort((a, b) => a - b);
      const median = known[Math.floor(known.length / 2)];
      const candidate: Role = median <= asOf ? "start_date" : "end_date";
      const future = out.end_date === undefined && out.renewal_date === undefined;
      if (candidate === "start_date" ? out.start_date === undefined : future) role = candidate;
    }
    if (role && (DATE_ROLES_BY_TIME.includes(role) || (eaList && EA_DATE_WORDS.some(([, r]) => r === role))))
      assign(role, p, share);
  }
  // Seats planned for the renewal, by the header's words ("Qty at Renewal", "Next Term Seats"): values
  // alone cannot tell them from the seats held now.
  if (out.planned_quantity === undefined) {
    const p = open().find((c) => PLANNED_SEATS_HEADER.test(c.header) && !NEGATED_HEADER.test(c.header));
    if (p) {
      const share = p.share((v) => {
        const n = countOf(v);
        return n !== undefined && Number.isInteger(n) && n >= 0;
      });
      if (share >= INFER_SHARE) assign("planned_quantity", p, share);
    }
  }
  // A customer header with a qualifier ("Potential Customer", "End Customer", "Bill-to Customer",
  // "Sold-to"), when no column is the customer: its values, if they are names, are the customers.
  if (out.customer === undefined) {
    const p = open().find(
      (c) => QUALIFIED_CUSTOMER.test(c.header) && !NOT_THE_CUSTOMER.test(c.header) && c.share(isName) >= INFER_SHARE,
    );
    if (p) {
      assign("customer", p, p.share(isName));
      inferred[inferred.length - 1].qualified = true;
    }
  }
  // A currency column (RULES.md §6): codes or unambiguous symbols ("AUD", "EUR", "€").
  if (out.currency === undefined) {
    const isCurrency = (v: unknown) => typeof v === "string" && currencyCode(v) !== undefined;
    const p = open().find((c) => c.share(isCurrency) >= INFER_SHARE);
    if (p) assign("currency", p, p.share(isCurrency));
  }
  // An EA list has no monthly price: its column of money is the enrollment's annual value.
  if (eaList && out.annual_value === undefined) {
    let best: [Profile, number] | undefined;
    for (const p of open()) {
      const share = moneyShare(p);
      if (share >= INFER_SHARE && (!best || share > best[1])) best = [p, share];
    }
    if (best) assign("annual_value", best[0], best[1]);
  }
  for (const [role, test, preferred] of TESTS) {
    if (out[role] !== undefined) continue;
    // The best column: one whose header the role prefers, then the largest share, then the first.
    let best: [Profile, number, boolean] | undefined;
    for (const p of open()) {
      const share = test(p);
      if (share < INFER_SHARE) continue;
      const named = preferred?.test(p.header) ?? false;
      if (!best || (named && !best[2]) || (named === best[2] && share > best[1])) best = [p, share, named];
    }
    if (best) assign(role, best[0], best[1]);
  }
  // A second term-like column (Monthly/Annual only) is the billing plan.
  if (out.billing_frequency === undefined && out.term !== undefined) {
    for (const p of open()) {
      if (p.share((v) => typeof v === "string" && BILLING_ONLY.test(v.trim())) >= INFER_SHARE) {
        assign("billing_frequency", p, 1);
        break;
      }
    }
  }
  if (out.assigned === undefined && out.available === undefined && out.quantity !== undefined) {
    const fits = open().filter((p) => assignedByValues(cells, rows, p, out.quantity!));
    // Two columns that could be the assigned licences: neither is taken (the mapping can say which).
    if (fits.length === 1) assign("assigned", fits[0], 1);
  }
  inferred.sort((a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role));
  return { columns: out, inferred, overruled, reread };
}

/** Roles that place renewals or say a row's state: a header found by values must give one of them. */
const TIMING_ROLES: readonly Role[] = ["start_date", "end_date", "renewal_date", "term", "status", "expiry_date"];

/**
 * The header row of a report none of whose headers is a known synonym: among the first rows, the
 * text-only row below which the values map the most roles (at least two, one of them a date, term or
 * status) — of rows mapping as many, the one naming the most columns. Undefined when no row qualifies.
 */
export function findHeaderByValues(
  cells: readonly (readonly unknown[])[],
  dataRowsBelow: (headerIndex: number, limit: number) => number[],
  asOf: number,
  scanRows: number,
): { index: number; columns: ColumnMap } | undefined {
  let best: { index: number; columns: ColumnMap; count: number; filled: number } | undefined;
  for (let i = 0; i < Math.min(cells.length, scanRows); i++) {
    const row = cells[i] ?? [];
    const filled = row.filter((c) => !isBlank(c));
    if (
      filled.length < 2 ||
      !filled.every((c) => typeof c === "string" && readNumber(c) === undefined && isDateValue(c) === undefined)
    )
      continue;
    // The first INFER_SAMPLE data rows only: a candidate never costs a scan of the whole report.
    const rows = dataRowsBelow(i, INFER_SAMPLE);
    if (!rows.length) continue;
    const { columns } = inferRoles(cells, i, rows, {}, asOf);
    const roles = Object.keys(columns) as Role[];
    if (roles.length < 2 || !roles.some((r) => TIMING_ROLES.includes(r))) continue;
    // The most roles; of rows mapping as many, the one naming the most columns (a title line such as
    // "Region, EMEA" above the header maps the same roles from the same values), then the lower one.
    if (!best || roles.length > best.count || (roles.length === best.count && filled.length >= best.filled))
      best = { index: i, columns, count: roles.length, filled: filled.length };
  }
  return best && { index: best.index, columns: best.columns };
}
