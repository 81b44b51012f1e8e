/*
 * The CSP suspension (RULES.md §3 C1) and partner incentive (§5 I1) formulas. Thin wrappers over
 * src/rules/csp.ts and src/rules/incentives.ts; see ./functions.ts for what every wrapper does.
 */
import { DEFAULT_DEPROVISION_DAYS, cspDeprovisionDate as cspDeprovision } from "../rules/csp";
import { DEFAULT_PAU_MINIMUM, cporEligible as pauEligible } from "../rules/incentives";
import { broadcast } from "./broadcast";
import { toDate, toNumber, toOptionalNumber } from "./coerce";

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * Day a suspended CSP subscription is de-provisioned and its data removed: 60 days after suspension by default (rule C1).
 * @customfunction CSP_DEPROVISION_DATE
 * @helpurl https://localhost:3000/help.html#CSP_DEPROVISION_DATE
 * @param suspended_date Day the subscription was suspended.
 * @param [days] Days until de-provisioning (default 60).
 * @returns A date.
 */
export function cspDeprovisionDate(suspended_date: any[][], days?: any[][]): any[][] {
  return broadcast(
    [suspended_date, days],
    ([s, d]) => cspDeprovision(toDate(s, "suspended_date"), toOptionalNumber(d, "days", DEFAULT_DEPROVISION_DAYS)),
    { dates: true },
  );
}

/**
 * TRUE when a customer's paid seats of a workload reach the incentive minimum of 150 paid available units (rule I1).
 * @customfunction CPOR_ELIGIBLE
 * @helpurl https://localhost:3000/help.html#CPOR_ELIGIBLE
 * @param paid_seats Paid available units of the workload.
 * @param [minimum] Minimum (default 150).
 * @returns TRUE or FALSE.
 */
export function cporEligible(paid_seats: any[][], minimum?: any[][]): any[][] {
  return broadcast([paid_seats, minimum], ([n, m]) =>
    pauEligible(toNumber(n, "paid_seats"), toOptionalNumber(m, "minimum", DEFAULT_PAU_MINIMUM)),
  );
}
