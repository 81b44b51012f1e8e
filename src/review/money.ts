/**
 * The money of a review's summary (RULES.md §6): money at stake per customer and the value renewing
 * within the horizon, from the findings' costs.
 */
import { roundCents } from "../rules/nce";
import type { Finding, RuleId } from "./findings";
import { orderByKeys } from "./order";

export interface CustomerMoney {
  customer: string;
  /** Sum over the customer's rows of each row's largest finding cost. */
  amount: number;
  /** Findings with a cost. */
  findings: number;
}

/** Findings' costs by index (a review's FindingStore): undefined where a finding has none. */
export interface CostList {
  readonly length: number;
  cost(i: number): number | undefined;
}

/**
 * Money at stake per customer, added up row by row as the review goes. A row can carry several
 * findings over the same seats (renewal due and a move), so each row counts once, at its largest
 * cost. Customers are told apart as the duplicate rule does (case and spacing aside) and shown as
 * first written.
 */
export class MoneyAtStake {
  private readonly byCustomer = new Map<string, CustomerMoney>();

  /** The findings `from…` of one row; returns the row's largest cost (undefined: none). */
  addRow(customerKey: string, customer: string, findings: CostList, from: number): number | undefined {
    let largest: number | undefined;
    let count = 0;
    for (let i = from; i < findings.length; i++) {
      const cost = findings.cost(i);
      if (cost === undefined) continue;
      count++;
      if (largest === undefined || cost > largest) largest = cost;
    }
    if (largest !== undefined) this.add(customerKey, customer, largest, count);
    return largest;
  }

  /** A finding raised after its row (a duplicate): counts, and raises the row's largest cost `rowCost`. */
  addLate(customerKey: string, customer: string, cost: number, rowCost: number | undefined): void {
    this.add(customerKey, customer, rowCost === undefined || cost > rowCost ? cost - (rowCost ?? 0) : 0, 1);
  }

  // The last customer's total: a report lists a customer's rows together (one map lookup a customer).
  private lastKey: string | undefined;
  private last: CustomerMoney | undefined;

  private add(key: string, customer: string, amount: number, count: number): void {
    let seen = key === this.lastKey ? this.last : this.byCustomer.get(key);
    if (!seen) this.byCustomer.set(key, (seen = newCustomerMoney(customer, 0, 0)));
    this.lastKey = key;
    this.last = seen;
    seen.amount += amount;
    seen.findings += count;
  }

  /** Largest first, then by customer. The totals are rounded in place: call it once, at the end. */
  list(): CustomerMoney[] {
    const all = Array.from(this.byCustomer.values());
    this.byCustomer.clear();
    this.lastKey = this.last = undefined;
    // Sorted by numbers first (a million-row report has ~160k customers); names only on equal amounts.
    const negated = new Float64Array(all.length);
    for (let i = 0; i < all.length; i++) negated[i] = -(all[i].amount = roundCents(all[i].amount));
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

/** Every total is made here, its amount a fraction-ready number from the first (see newFinding in checks/context). */
function newCustomerMoney(customer: string, amount: number, findings: number): CustomerMoney {
  return { customer, amount, findings };
}
newCustomerMoney("", 0.5, 0);

/**
 * The money at stake of some findings (RULES.md §6): each row once, at its largest finding cost —
 * as MoneyAtStake counts it during a review; for views over a list of findings (the pane's groups).
 */
export function moneyOfFindings(findings: readonly Finding[]): number {
  const byRow = new Map<number, number>();
  for (const f of findings) if (f.cost !== undefined) byRow.set(f.row, Math.max(byRow.get(f.row) ?? 0, f.cost));
  let total = 0;
  for (const c of byRow.values()) total += c;
  return roundCents(total);
}

/** The value renewing within the horizon: the cost of every RENEWAL_DUE (seats × price × term months). */
export function renewingValue(findings: CostList & { rule(i: number): RuleId }): number {
  let total = 0;
  for (let i = 0; i < findings.length; i++) {
    const cost = findings.cost(i);
    if (cost !== undefined && findings.rule(i) === "RENEWAL_DUE") total += cost;
  }
  return roundCents(total);
}
