/**
 * DUPLICATE_SUBSCRIPTION (RULES.md §6, seed 001): two or more active rows with the same customer
 * and product and different subscription ids — both are paid.
 */
import { costOfOverlapDays, termEndBefore } from "../../rules/nce";
import type { Finding } from "../findings";
import type { RowBase } from "../row";
import type { CheckContext } from "./context";

/**
 * Active rows grouped by customer and product (rows without either are left out), built row by row
 * as the review reads them: only these rows are held for the cross-row rules (duplicates, I1).
 */
export class ActiveGroups implements Iterable<readonly RowBase[]> {
  /** Customer → product → the group's row, or rows (most groups are one row: no array for them). */
  private readonly byCustomer = new Map<string, Map<string, RowBase | RowBase[]>>();

  /** Whether `add` keeps this row. */
  static holds(k: RowBase): boolean {
    return k.status === "active" && k.customerKey !== "" && k.productKey !== "";
  }

  add(k: RowBase): void {
    let products = this.byCustomer.get(k.customerKey);
    if (!products) this.byCustomer.set(k.customerKey, (products = new Map()));
    const seen = products.get(k.productKey);
    if (seen === undefined) products.set(k.productKey, k);
    else if (Array.isArray(seen)) seen.push(k);
    else products.set(k.productKey, [seen, k]);
  }

  /** The groups, each as a list of its rows. */
  *[Symbol.iterator](): Iterator<readonly RowBase[]> {
    for (const products of this.byCustomer.values()) for (const group of products.values()) yield Array.isArray(group) ? group : [group];
  }
}

/** A finding on every row of a group that holds two or more subscription ids, with its row. */
export function checkDuplicates(groups: Iterable<readonly RowBase[]>, c: CheckContext): { finding: Finding; row: RowBase }[] {
  const out: { finding: Finding; row: RowBase }[] = [];
  for (const list of groups) {
    if (list.length < 2) continue;
    const ids = new Set(list.map((k) => k.subscriptionId.toLowerCase()).filter(Boolean));
    if (ids.size < 2) continue;
    // Act within an open window of either subscription (the one to cancel can go then), else by the term end.
    let openWindowLast: number | undefined;
    for (const k of list) {
      const last = k.windowLast;
      if (last !== null && last !== undefined && (openWindowLast === undefined || last < openWindowLast)) openWindowLast = last;
    }
    for (const k of list) {
      const others: number[] = [];
      for (const o of list) if (o !== k && others.length < 6) others.push(o.row);
      const more = list.length - 1 - others.length;
      const rows = `${others.join(", ")}${more > 0 ? ` and ${more} more` : ""}`;
      const text = `${k.customer} has ${ids.size} active subscriptions of ${k.product} (also row${list.length > 2 ? "s" : ""} ${rows}): ${ids.size === 2 ? "both are" : "all are"} paid. Check whether one should be cancelled within its 7-day window.`;
      const next = k.next;
      const actBy = openWindowLast ?? (next !== undefined ? termEndBefore(next) : undefined);
      const cost = next !== undefined && k.quantity !== undefined && k.price !== undefined ? costOfOverlapDays(k.quantity, k.price, next - c.asOf) : undefined;
      out.push({ finding: c.make(k, "DUPLICATE_SUBSCRIPTION", "warning", text, { actBy, cost }), row: k });
    }
  }
  return out;
}
