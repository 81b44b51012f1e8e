/**
 * C1 (RULES.md §3): a suspended subscription's data is deleted `deprovision_days` after suspension.
 */
import { cspDeprovisionDate } from "../../rules/csp";
import { showDate, showDays } from "../findings";
import type { SuspendedFacts } from "../row";
import type { CheckContext } from "./context";

/** SUSPENDED_DATA_LOSS, with the deletion date when the suspension date is known. */
export function checkSuspended(f: SuspendedFacts, c: CheckContext): void {
  const days = c.params.deprovisionDays;
  if (typeof f.statusDate !== "number") {
    c.add(f, "SUSPENDED_DATA_LOSS", "high", `Suspended, date of suspension unknown: data is deleted ${days} days after suspension (deletion date unknown). Find out when it was suspended.`);
    return;
  }
  const since = f.statusDate;
  const deletion = cspDeprovisionDate(since, days);
  const when = deletion - c.asOf;
  const text =
    when >= 0
      ? `Suspended on ${showDate(since)}: users have lost access and the data is deleted on ${showDate(deletion)} (${showDays(when)}) unless the customer pays.`
      : `Suspended on ${showDate(since)}: the data was due for deletion on ${showDate(deletion)} (${showDays(when)}); check whether it can still be recovered.`;
  c.add(f, "SUSPENDED_DATA_LOSS", "high", text, deletion);
}
