/**
 * CSP suspension and deletion — RULES.md §3 (seed 002).
 */
import { requireNumber } from "./errors";

/** C1: days from suspension to de-provisioning (parameter `deprovision_days`). */
export const DEFAULT_DEPROVISION_DAYS = 60;

/**
 * C1: the day a suspended subscription is de-provisioned and its data removed.
 * @example cspDeprovisionDate(iso("2026-10-09")) // 2026-12-08
 */
export function cspDeprovisionDate(suspended: number, days: number = DEFAULT_DEPROVISION_DAYS): number {
  requireNumber(days, "days");
  return Math.floor(suspended) + Math.floor(days);
}

// C2 (the legacy Dynamics 365 minimum of 20 licences) is deliberately not a rule here: RULES.md
// allows at most an info finding and section 6 defines none, so the product raises nothing for it.
