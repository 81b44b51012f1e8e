/**
 * The money of a review's summary (RULES.md §6 of 2026-12-07): two kinds, never added together.
 * **At stake** is what acting avoids (overlaps, seats paid that cannot go yet, a planned cut, EST
 * charges, unused seats, a suspended subscription still billed, duplicates, a lapsed renewal, EA
 * discount points); **renewing** is the commitment that renews or was just committed (RENEWAL_DUE,
 * and CANCEL_WINDOW_OPEN with no cut planned). Each row counts once in each, at its largest amount.
 */
import { roundCents } from "../../rules/nce";
import type { Finding, RuleId, Severity } from "./findings";
import { orderByKeys } from "../../util/order";

/** Which kind of money a finding's cost is. */
export type MoneyKind = "atStake" | "renewing";

/**
 * RULES.md §6: RENEWAL_DUE, and CANCEL_WINDOW_OPEN with no cut planned (its warning: a planned cut
 * makes it high), are value renewing; every other cost is money at stake.
 */
export function moneyKind(rule: RuleId, severity: Severity): MoneyKind {
  return rule === "RENEWAL_DUE" || (rule === "CANCEL_WINDOW_OPEN" && severity !== "high") ? "renewing" : "atStake";
}

/**
 * One customer's money in one currency: a customer billed in two currencies has two entries, their
 * amounts never added (RULES.md §6).
 */
export interface CustomerMoney {
  customer: string;
  /** The currency of both amounts ("" where the report shows none). */
  currency: string;
  /** Money at stake: over the customer's rows, each row's largest at-stake cost. */
  amount: number;
  /** Findings with money at stake. */
  findings: number;
  /** Value renewing: over the customer's rows, each row's largest renewing amount (never added to `amount`). */
  renewing: number;
}

/** Findings' costs by index (a review's FindingStore): undefined where a finding has none. */
export interface CostList {
  readonly length: number;
  cost(i: number): number | undefined;
  rule(i: number): RuleId;
  severity(i: number): Severity;
  /** The finding's currency ("" where the report shows none); amounts in different currencies are never added. */
  currency?(i: number): string;
}

/** Amounts by currency ("" for none), never added across currencies (RULES.md §6). */
export type ByCurrency = Record<string, number>;

/**
 * Money at stake per customer and currency, added up row by row as the review goes. A row can carry several
 * findings over the same seats (renewal due and a move), so each row counts once, at its largest
 * cost. Customers are told apart as the duplicate rule does (case and spacing aside) and shown as
 * first written.
 */
export class MoneyAtStake {
  private readonly byCustomer = new Map<string, CustomerMoney>();

  /** Both kinds by currency. */
  private readonly atStakeBy = new Map<string, number>();
  private readonly renewingBy = new Map<string, number>();

  /** The findings `from…` of one row; returns the row's largest at-stake cost (undefined: none). */
  addRow(customerKey: string, customer: string, findings: CostList, from: number): number | undefined {
    let largest: number | undefined;
    let renewing: number | undefined;
    let count = 0;
    // A row's amounts share its currency.
    const currency = from < findings.length && findings.currency ? findings.currency(from) : "";
    for (let i = from; i < findings.length; i++) {
      const cost = findings.cost(i);
      if (cost === undefined) continue;
      if (moneyKind(findings.rule(i), findings.severity(i)) === "renewing") {
        if (renewing === undefined || cost > renewing) renewing = cost;
        continue;
      }
      count++;
      if (largest === undefined || cost > largest) largest = cost;
    }
    if (largest !== undefined) this.atStakeBy.set(currency, (this.atStakeBy.get(currency) ?? 0) + largest);
    if (renewing !== undefined) {
      this.renewingBy.set(currency, (this.renewingBy.get(currency) ?? 0) + renewing);
      this.add(customerKey, customer, currency, 0, 0, renewing);
    }
    if (largest !== undefined) this.add(customerKey, customer, currency, largest, count);
    return largest;
  }

  /** A finding raised after its row (a duplicate): counts, and raises the row's largest cost `rowCost`. */
  addLate(customerKey: string, customer: string, cost: number, rowCost: number | undefined, currency = ""): void {
    const more = rowCost === undefined || cost > rowCost ? cost - (rowCost ?? 0) : 0;
    this.atStakeBy.set(currency, (this.atStakeBy.get(currency) ?? 0) + more);
    this.add(customerKey, customer, currency, more, 1);
  }

  /** Money at stake by currency, each amount rounded to cents. */
  atStakeByCurrency(): ByCurrency {
    return Object.fromEntries(Array.from(this.atStakeBy, ([c, a]) => [c, roundCents(a)]));
  }

  /** Value renewing by currency, each amount rounded to cents. */
  renewingByCurrency(): ByCurrency {
    return Object.fromEntries(Array.from(this.renewingBy, ([c, a]) => [c, roundCents(a)]));
  }

  // The last customer's total: a report lists a customer's rows together (one map lookup a customer).
  private lastKey: string | undefined;
  private lastCurrency: string | undefined;
  private last: CustomerMoney | undefined;

  private add(
    customerKey: string,
    customer: string,
    currency: string,
    amount: number,
    count: number,
    renewing = 0,
  ): void {
    let seen = customerKey === this.lastKey && currency === this.lastCurrency ? this.last : undefined;
    if (!seen) {
      // Most reports have one currency: the customer's key alone, a currency only beside another.
      const key = currency ? `${customerKey}\u0000${currency}` : customerKey;
      seen = this.byCustomer.get(key);
      if (!seen) this.byCustomer.set(key, (seen = newCustomerMoney(customer, currency)));
    }
    this.lastKey = customerKey;
    this.lastCurrency = currency;
    this.last = seen;
    seen.amount += amount;
    seen.findings += count;
    seen.renewing += renewing;
  }

  /** Largest first, then by customer. The totals are rounded in place: call it once, at the end. */
  list(): CustomerMoney[] {
    const all = Array.from(this.byCustomer.values());
    this.byCustomer.clear();
    this.lastKey = this.lastCurrency = this.last = undefined;
    // Sorted by numbers first (a million-row report has ~160k customers); names only on equal amounts.
    const negated = new Float64Array(all.length);
    for (let i = 0; i < all.length; i++) {
      negated[i] = -(all[i].amount = roundCents(all[i].amount));
      all[i].renewing = roundCents(all[i].renewing);
    }
    const order = orderByKeys(negated);
    const out = Array.from(order, (i) => all[i]);
    const byName = (a: CustomerMoney, b: CustomerMoney) =>
      a.customer < b.customer ? -1 : a.customer > b.customer ? 1 : 0;
    for (let from = 0; from < out.length;) {
      let to = from + 1;
      while (to < out.length && out[to].amount === out[from].amount) to++;
      if (to - from > 1)
        out
          .slice(from, to)
          .sort(byName)
          .forEach((m, k) => (out[from + k] = m));
      from = to;
    }
    return out;
  }
}

/**
 * Every total is made here, so all share one shape; the first is made with fractions, so the shape's
 * amounts are doubles from the start (a whole first amount would fix them to small integers, and the
 * first amount in cents would then change the shape of every total made before it).
 */
function newCustomerMoney(customer: string, currency: string, amount = 0, renewing = 0): CustomerMoney {
  return { customer, currency, amount, findings: 0, renewing };
}
newCustomerMoney("", "", 0.5, 0.5);

/**
 * The money at stake of some findings (RULES.md §6): each row once, at its largest finding cost, and
 * of a group of duplicate subscriptions every row but the one of the largest cost (one of them is
 * needed) — as a review counts it; for views over a list of findings (the pane's groups).
 */
export function moneyOfFindings(findings: readonly Finding[], kind: MoneyKind = "atStake"): number {
  const kept = kind === "atStake" ? keptDuplicates(findings) : undefined;
  const byRow = new Map<number, number>();
  for (const f of findings)
    if (f.cost !== undefined && moneyKind(f.rule, f.severity) === kind && !kept?.has(f))
      byRow.set(f.row, Math.max(byRow.get(f.row) ?? 0, f.cost));
  let total = 0;
  for (const c of byRow.values()) total += c;
  return roundCents(total);
}

/**
 * Of each group of duplicate subscriptions among `findings` (the same customer and product, case and
 * spacing aside, in one currency), the finding of the largest cost: the subscription kept.
 */
function keptDuplicates(findings: readonly Finding[]): Set<Finding> {
  const largest = new Map<string, Finding>();
  for (const f of findings) {
    if (f.rule !== "DUPLICATE_SUBSCRIPTION" || f.cost === undefined) continue;
    const key = [f.customer, f.product, f.currency].map((t) => fold(t ?? "")).join("\u0000");
    const seen = largest.get(key);
    if (!seen || f.cost > (seen.cost ?? -1)) largest.set(key, f);
  }
  return new Set(largest.values());
}

/** A name without case or extra spaces, as the review groups names ("ACME  Ltd" is "acme ltd"). */
function fold(text: string): string {
  return text.toLowerCase().replace(/\s+/g, " ").trim();
}
