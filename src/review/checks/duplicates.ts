/**
 * DUPLICATE_SUBSCRIPTION (RULES.md §6, seed 001): two or more active rows with the same customer
 * and product and different subscription ids — both are paid.
 */
import { costOfOverlapDays, termEndBefore } from "../../rules/nce";
import type { RowBase } from "../reading/row";
import type { CheckContext } from "./context";

/**
 * Adds a finding on every row of a group that holds two or more subscription ids; returns each with
 * its row (`index`: the finding's in c.findings) and its group (a number, consecutive entries share it).
 */
export function checkDuplicates(
  groups: Iterable<readonly RowBase[]>,
  c: CheckContext,
): { index: number; row: RowBase; group: number }[] {
  const out: { index: number; row: RowBase; group: number }[] = [];
  let group = 0;
  for (const list of groups) {
    if (list.length < 2) continue;
    const ids = new Set(list.map((k) => k.subscriptionId.toLowerCase()).filter(Boolean));
    if (ids.size < 2) continue;
    // Act within an open window of either subscription (the one to cancel can go then), else by the term end.
    let openWindowLast: number | undefined;
    for (const k of list) {
      const last = k.windowLast;
      if (last !== null && last !== undefined && (openWindowLast === undefined || last < openWindowLast))
        openWindowLast = last;
    }
    for (const k of list) {
      const others: number[] = [];
      for (const o of list) if (o !== k && others.length < 6) others.push(o.row);
      const more = list.length - 1 - others.length;
      const rows = `${others.join(", ")}${more > 0 ? ` and ${more} more` : ""}`;
      // (No customer name: a report without a customer column is one customer's.)
      const text =
        `${k.customer || "The customer"} has ${ids.size} active subscriptions of ${k.product} ` +
        `(also row${list.length > 2 ? "s" : ""} ${rows}): ${ids.size === 2 ? "both are" : "all are"} paid. ` +
        "Check whether one should be cancelled within its 7-day window.";
      const next = k.next;
      const actBy = openWindowLast ?? (next !== undefined ? termEndBefore(next) : undefined);
      const cost =
        next !== undefined && k.quantity !== undefined && k.price !== undefined
          ? costOfOverlapDays(k.quantity, k.price, next - c.asOf)
          : undefined;
      out.push({ index: c.findings.length, row: k, group });
      c.add(k, "DUPLICATE_SUBSCRIPTION", "warning", text, { actBy, cost });
    }
    group++;
  }
  return out;
}
