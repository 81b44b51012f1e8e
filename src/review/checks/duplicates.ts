/**
 * DUPLICATE_SUBSCRIPTION (RULES.md §6, seed 001): two or more active rows with the same customer
 * and product and different subscription ids — both are paid.
 */
import { costOfOverlapDays, termEndBefore } from "../../rules/nce";
import type { Finding } from "../findings";
import type { RowBase } from "../row";
import type { CheckContext } from "./context";

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
