/**
 * A review's findings as columns, not objects: a million-row report raises a few hundred thousand,
 * and an object each (with its ISO date texts and copied id) lived through the whole review, moved
 * by the garbage collector (measured: ~20 MB less at the peak as columns, and `--quiet` makes none).
 * Here a finding is a slot in number columns — row and dates as 32-bit whole numbers (day serials),
 * rule and severity in a byte, cost as a double — and shared texts (message, names) in paged lists
 * (never copied as they grow), its subscription id as bytes (TextPool: a GUID in 16). About 50 bytes
 * a finding besides its shared texts (was ~116: a findings-dense million-row file peaks ~60 MB
 * lower). Findings become objects only when read — all at once (`list`), or a page at a time
 * (`pages`: the command line's output) — in the urgency order.
 */
import { toISO } from "../../rules/dates";
import { roundCents } from "../../rules/nce";
import { moneyKind } from "./money";
import { PagedList, TextPool, float64Column, int32Column, uint8Column } from "../../util/columns";
import {
  RULE_IDS,
  SEVERITIES,
  dayKey,
  orderByUrgency,
  ruleRank,
  severityRank,
  urgencyFirstOf,
  urgencySecondOf,
  type Finding,
  type RuleId,
  type Severity,
} from "./findings";
import { Pages } from "../../util/pages";

const isoCache = new Map<number, string>();
/** ISO text of a day, made once per day (reports repeat their dates). */
export function isoOf(serial: number): string {
  const key = dayKey(serial);
  let text = isoCache.get(key);
  if (text === undefined) {
    text = toISO(serial);
    if (isoCache.size < 50000) isoCache.set(key, text);
  }
  return text;
}

/** Every finding object is made here, so that all have one shape (see below). */
function newFinding(
  row: number,
  rule: RuleId,
  severity: Severity,
  message: string,
  date: string | undefined,
  days: number | undefined,
  actBy: string | undefined,
  cost: number | undefined,
  customer: string | undefined,
  product: string | undefined,
  subscriptionId: string | undefined,
  field: string | undefined,
  currency: string | undefined = undefined,
): Finding {
  const kind = cost === undefined ? undefined : moneyKind(rule, severity);
  // The currency only with money (RULES.md §6: amounts carry the report's currency).
  const money = cost === undefined ? undefined : currency;
  return {
    row,
    rule,
    severity,
    message,
    date,
    days,
    actBy,
    cost,
    moneyKind: kind,
    currency: money,
    customer,
    product,
    subscriptionId,
    field,
  };
}

// The shape's number fields made ready for any value: first left empty, then a fraction. Otherwise
// the first whole cost fixes `cost` to small integers, and the first cost in cents changes the shape
// of every finding made before it: V8 then converts each on its next read (~1 µs a finding; seen with
// node --trace-migration).
newFinding(
  0,
  "RENEWAL_DUE",
  "info",
  "",
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
);
newFinding(0, "RENEWAL_DUE", "info", "", "", 0.5, "", 0.5, "", "", "", "");

/** Severity (0–3) and rule rank in one number, a byte (checked below). */
const code = (severity: Severity, rule: RuleId) => (ruleRank(rule) << 2) | severityRank(severity);
if (RULE_IDS.length << 2 > 255) throw new Error("A finding's rule and severity no longer fit a byte.");

/** A day column's "no day": day serials are small whole numbers, far from it. */
const NO_DAY = -2147483648;

/** The findings of one review, as columns; see the module's comment. */
export class FindingStore {
  /** Findings held. */
  length = 0;
  private readonly rows = int32Column();
  private readonly codes = uint8Column();
  // Day serials; NO_DAY: none.
  private readonly dates = int32Column();
  private readonly actBys = int32Column();
  // NaN: none.
  private readonly costs = float64Column();
  private readonly messages = new PagedList<string>();
  private readonly customers = new PagedList<string>();
  private readonly products = new PagedList<string>();
  private readonly ids = new TextPool();
  private readonly fields = new Map<number, string>();
  /** Each finding's currency as an index into `currencyNames` + 1 (0: none): a report has a few. */
  private readonly currencyIds = int32Column();
  private readonly currencyNames: string[] = [];

  constructor(
    /** The review's day: a finding's `days` count from it. */
    private readonly asOf: number,
    /** How an id that the pool keeps as a string is copied (see TextPool.set). */
    private readonly copy: (text: string) => string = (text) => text,
  ) {}

  /**
   * Adds a finding. Dates are day serials; `cost` is rounded to cents (NaN or undefined: none); empty
   * names and ids are left out of the finding.
   */
  add(
    row: number,
    rule: RuleId,
    severity: Severity,
    message: string,
    date: number | undefined,
    actBy: number | undefined,
    cost: number | undefined,
    customer: string,
    product: string,
    subscriptionId: string,
    field: string | undefined,
    currency?: string,
  ): void {
    const i = this.length++;
    if (currency !== undefined) {
      let id = this.currencyNames.indexOf(currency);
      if (id < 0) id = this.currencyNames.push(currency) - 1;
      this.currencyIds.set(i, id + 1);
    } else this.currencyIds.set(i, 0);
    this.rows.set(i, row);
    this.codes.set(i, code(severity, rule));
    this.dates.set(i, dayOrNone(date));
    this.actBys.set(i, dayOrNone(actBy));
    this.costs.set(i, cost === undefined || !Number.isFinite(cost) ? NaN : roundCents(cost));
    this.messages.set(i, message);
    this.customers.set(i, customer);
    this.products.set(i, product);
    this.ids.set(i, subscriptionId, this.copy);
    if (field !== undefined) this.fields.set(i, field);
  }

  /** The `i`th finding's currency ("" where the report shows none). */
  currency(i: number): string {
    const id = this.currencyIds.get(i);
    return id > 0 ? this.currencyNames[id - 1] : "";
  }

  /** The `i`th finding's cost in cents (undefined: none), in the order added. */
  cost(i: number): number | undefined {
    const cost = this.costs.get(i);
    return cost === cost ? cost : undefined;
  }

  row(i: number): number {
    return this.rows.get(i);
  }

  customer(i: number): string {
    return this.customers.get(i);
  }

  severity(i: number): Severity {
    return SEVERITIES[this.codes.get(i) & 3];
  }

  rule(i: number): RuleId {
    return RULE_IDS[this.codes.get(i) >> 2];
  }

  /** The `i`th finding (in the order added) as an object, made afresh. */
  finding(i: number): Finding {
    const date = this.dates.get(i);
    const actBy = this.actBys.get(i);
    const cost = this.costs.get(i);
    const code = this.codes.get(i);
    return newFinding(
      this.rows.get(i),
      RULE_IDS[code >> 2],
      SEVERITIES[code & 3],
      this.messages.get(i),
      date !== NO_DAY ? isoOf(date) : undefined,
      date !== NO_DAY ? date - this.asOf : undefined,
      actBy !== NO_DAY ? isoOf(actBy) : undefined,
      cost === cost ? cost : undefined,
      this.customers.get(i) || undefined,
      this.products.get(i) || undefined,
      this.ids.get(i) || undefined,
      this.fields.get(i),
      this.currency(i) || undefined,
    );
  }

  /** The findings' indexes, most urgent first (RULES.md §6; as sortFindings orders objects). */
  urgencyOrder(): Uint32Array {
    const n = this.length;
    const first = new Float64Array(n);
    const second = new Float64Array(n);
    const days = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      const actBy = this.actBys.get(i);
      const code = this.codes.get(i);
      first[i] = urgencyFirstOf(actBy !== NO_DAY ? isoOf(actBy) : undefined, code & 3, days);
      second[i] = urgencySecondOf(this.rows.get(i), code >> 2);
    }
    return orderByUrgency(first, second);
  }

  /**
   * The findings most urgent first (see urgencyOrder) as objects, a page at a time. The order is
   * worked out when the first page is asked for: a review nobody reads (`--quiet`) never sorts.
   */
  pages(): Pages<Finding> {
    let order: Uint32Array | undefined;
    return new Pages(this.length, (from, to) => {
      order ??= this.urgencyOrder();
      const out: Finding[] = [];
      for (let k = from; k < to; k++) out.push(this.finding(order[k]));
      return out;
    });
  }
}

/** A day serial as a day column keeps it: a whole day (dates are whole days), or NO_DAY for none. */
function dayOrNone(day: number | undefined): number {
  return day === undefined || !Number.isFinite(day) ? NO_DAY : Math.floor(day);
}
