/**
 * I1 (RULES.md §5): customers whose active seats of a product are below the incentive minimum.
 */
import { cporEligible } from "../../rules/incentives";
import type { GroupView } from "./groups";

export interface BelowMinimum {
  customer: string;
  product: string;
  seats: number;
  minimum: number;
}

/** Customer/product pairs under `minimum` seats, by customer then product. */
export function belowIncentiveMinimum(groups: Iterable<GroupView>, minimum: number): BelowMinimum[] {
  const out: BelowMinimum[] = [];
  const customers: string[] = [];
  const products: string[] = [];
  for (const g of groups) {
    let total = 0;
    if (g.size === 1) {
      const q = g.quantity(0);
      if (q === undefined) continue;
      total = q;
    } else {
      // A subscription listed on several charge lines counts once, at its largest quantity.
      const byId = new Map<string, number>();
      for (let i = 0; i < g.size; i++) {
        const q = g.quantity(i);
        if (q === undefined) continue;
        const id = g.id(i).toLowerCase() || `row ${g.row(i)}`;
        byId.set(id, Math.max(byId.get(id) ?? 0, q));
      }
      if (byId.size === 0) continue;
      for (const n of byId.values()) total += n;
    }
    if (!cporEligible(total, minimum)) {
      customers.push(g.customerKey);
      products.push(g.productKey);
      out.push({ customer: g.customer, product: g.product, seats: total, minimum });
    }
  }
  // By customer then product, compared as normalised text (a collator is ~10× slower on 40k pairs).
  const compare = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  const order = out.map((_, i) => i).sort((a, b) => compare(customers[a], customers[b]) || compare(products[a], products[b]));
  return order.map((i) => out[i]);
}
