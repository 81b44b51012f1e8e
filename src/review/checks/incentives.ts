/**
 * I1 (RULES.md §5): customers whose active seats of a product are below the incentive minimum.
 */
import { cporEligible } from "../../rules/incentives";
import { orderByRanks } from "../../util/order";
import { Pages } from "../../util/pages";
import type { GroupView } from "./groups";

export interface BelowMinimum {
  customer: string;
  product: string;
  seats: number;
  minimum: number;
}

/**
 * Customer/product pairs under `minimum` seats, by customer then product — in two steps: the pairs
 * are found now, as numbers (the groups can be let go then), and made into objects a page at a time
 * when asked (a million-row report can have hundreds of thousands of pairs).
 * @example belowIncentiveMinimum(groups.views(), 5).slice() // [{ customer: "Contoso", product: "Power BI Pro", seats: 3, minimum: 5 }, …]
 */
export function belowIncentiveMinimum(groups: Iterable<GroupView>, minimum: number): Pages<BelowMinimum> {
  // Each pair's names (as the store's numbers) and seats; at most one pair a group.
  let customers = new Int32Array(0);
  let products = new Int32Array(0);
  let seats = new Float64Array(0);
  let count = 0;
  let last: GroupView | undefined;
  for (const g of groups) {
    if (!last) {
      customers = new Int32Array(g.groups);
      products = new Int32Array(g.groups);
      seats = new Float64Array(g.groups);
    }
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
      customers[count] = g.customerId;
      products[count] = g.productId;
      seats[count++] = total;
    }
  }
  const cr = last?.customerRanks ?? new Int32Array(0);
  const pr = last?.productRanks ?? new Int32Array(0);
  const c = customers;
  const p = products;
  const s = seats;
  // By customer, then product (their places in text order): a counting sort over the customers.
  const byCustomer = new Int32Array(count);
  const byProduct = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    byCustomer[i] = cr[c[i]];
    byProduct[i] = pr[p[i]];
  }
  const order = orderByRanks(byCustomer, cr.length, byProduct);
  const customerNames = last?.customerNames ?? [];
  const productNames = last?.productNames ?? [];
  return new Pages(order.length, (from, to) => {
    const out: BelowMinimum[] = new Array(to - from);
    for (let k = from; k < to; k++) {
      const i = order[k];
      // Whole seats as small integers: a double read from the array would be a boxed number each.
      const seats = s[i] === (s[i] | 0) ? s[i] | 0 : s[i];
      out[k - from] = { customer: customerNames[c[i]], product: productNames[p[i]], seats, minimum };
    }
    return out;
  });
}
