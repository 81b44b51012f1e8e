/**
 * I1 (RULES.md §5): customers whose active seats of a product are below the incentive minimum.
 */
import { cporEligible } from "../../rules/incentives";
import { NumberList } from "./columns";
import type { GroupView } from "./groups";

export interface BelowMinimum {
  customer: string;
  product: string;
  seats: number;
  minimum: number;
}

/** Customer/product pairs under `minimum` seats, by customer then product. */
export function belowIncentiveMinimum(groups: Iterable<GroupView>, minimum: number): BelowMinimum[] {
  // The pairs under the minimum as numbers first (a million-row report can have hundreds of
  // thousands): names, ranks (see GroupView) and seats; the objects are made once, in order.
  const customers = new NumberList(new Int32Array(256));
  const products = new NumberList(new Int32Array(256));
  const customerRanks = new NumberList(new Int32Array(256));
  const productRanks = new NumberList(new Int32Array(256));
  const seats = new NumberList(new Float64Array(256));
  let last: GroupView | undefined;
  for (const g of groups) {
    last = g;
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
      customers.push(g.customerId);
      products.push(g.productId);
      customerRanks.push(g.customerRank);
      productRanks.push(g.productRank);
      seats.push(total);
    }
  }
  const cr = customerRanks.values();
  const pr = productRanks.values();
  const order = Uint32Array.from({ length: seats.length }, (_, i) => i).sort((a, b) => cr[a] - cr[b] || pr[a] - pr[b]);
  const c = customers.values();
  const p = products.values();
  const s = seats.values();
  const out: BelowMinimum[] = new Array(order.length);
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    out[k] = { customer: last!.customerName(c[i]), product: last!.productName(p[i]), seats: s[i], minimum };
  }
  return out;
}
