/**
 * The money of a review's summary (RULES.md §6): money at stake per customer and the value renewing
 * within the horizon, from the findings' costs.
 */
import { roundCents } from "../rules/nce";
import type { Finding } from "./findings";

export interface CustomerMoney {
  customer: string;
  /** Sum over the customer's rows of each row's largest finding cost. */
  amount: number;
  /** Findings with a cost. */
  findings: number;
}

/**
 * Money at stake per customer, largest first. A row can carry several findings over the same seats
 * (renewal due and a move), so each row counts once, at its largest cost.
 */
export function moneyByCustomer(findings: readonly Finding[]): CustomerMoney[] {
  const byRow = new Map<number, { customer: string; cost: number }>();
  const counts = new Map<string, number>();
  for (const f of findings) {
    if (f.cost === undefined) continue;
    const customer = f.customer ?? "";
    counts.set(customer, (counts.get(customer) ?? 0) + 1);
    const seen = byRow.get(f.row);
    if (!seen || f.cost > seen.cost) byRow.set(f.row, { customer, cost: f.cost });
  }
  const totals = new Map<string, number>();
  for (const { customer, cost } of byRow.values()) totals.set(customer, (totals.get(customer) ?? 0) + cost);
  return Array.from(totals, ([customer, amount]) => ({ customer, amount: roundCents(amount), findings: counts.get(customer) ?? 0 })).sort(
    (a, b) => b.amount - a.amount || (a.customer < b.customer ? -1 : 1),
  );
}

/** The value renewing within the horizon: the cost of every RENEWAL_DUE (seats × price × term months). */
export function renewingValue(findings: readonly Finding[]): number {
  let total = 0;
  for (const f of findings) if (f.rule === "RENEWAL_DUE" && f.cost !== undefined) total += f.cost;
  return roundCents(total);
}
