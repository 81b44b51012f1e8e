/**
 * C1 (RULES.md §3): a suspended subscription's data is deleted `deprovision_days` after suspension,
 * and in new commerce it keeps being billed until its term end: the suspension saves no money.
 */
import { cspDeprovisionDate } from "../../rules/csp";
import { costOfOverlapDays, termEndBefore } from "../../rules/nce";
import { showDate, showDays, showMoney } from "../findings/findings";
import type { SuspendedFacts } from "../reading/row";
import type { CheckContext } from "./context";

const known = (d: unknown): number | undefined => (typeof d === "number" ? d : undefined);

/** SUSPENDED_DATA_LOSS: act by the deletion date; at stake, the remaining commitment (still billed). */
export function checkSuspended(f: SuspendedFacts, c: CheckContext): void {
  const days = c.params.deprovisionDays;
  let current;
  try {
    current = c.rowTerm(
      typeof f.term === "number" ? f.term : undefined,
      known(f.start),
      known(f.renewal),
      known(f.end),
    );
  } catch {
    current = undefined;
  }
  const termEnd = current ? termEndBefore(current.next) : undefined;
  const owed =
    current && f.quantity !== undefined && f.price !== undefined
      ? costOfOverlapDays(f.quantity, f.price, current.next - c.asOf)
      : undefined;
  const billed =
    termEnd !== undefined
      ? ` It is still billed until its term end on ${showDate(termEnd)}` +
        `${owed !== undefined ? ` (${showMoney(owed)} still owed)` : ""}: the suspension saves no money.`
      : " It is still billed until its term end: the suspension saves no money.";
  if (typeof f.statusDate !== "number") {
    c.add(
      f,
      "SUSPENDED_DATA_LOSS",
      "high",
      `Suspended, date of suspension unknown: data is deleted ${days} days after suspension (deletion date unknown). Find out when it was suspended.${billed}`,
      {
        cost: owed,
      },
    );
    return;
  }
  const since = f.statusDate;
  const deletion = cspDeprovisionDate(since, days);
  const when = deletion - c.asOf;
  const text =
    when >= 0
      ? `Suspended on ${showDate(since)}: users have lost access and the data is deleted on ` +
        `${showDate(deletion)} (${showDays(when)}) unless the customer pays.${billed}`
      : `Suspended on ${showDate(since)}: the data was due for deletion on ${showDate(deletion)} ` +
        `(${showDays(when)}); check whether it can still be recovered.${billed}`;
  c.add(f, "SUSPENDED_DATA_LOSS", "high", text, { date: deletion, actBy: deletion, cost: owed });
}
