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
  // By customer then product, compared as normalised text (a collator is ~10× slower on 40k pairs):
  // each distinct name is ranked once, then the pairs are sorted by numbers.
  const rank = (keys: string[]) => {
    const sorted = Array.from(new Set(keys)).sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
    const at = new Map(sorted.map((k, i) => [k, i]));
    return Float64Array.from(keys, (k) => at.get(k)!);
  };
  const c = rank(customers);
  const p = rank(products);
  const order = out.map((_, i) => i).sort((a, b) => c[a] - c[b] || p[a] - p[b]);
  return order.map((i) => out[i]);
}
