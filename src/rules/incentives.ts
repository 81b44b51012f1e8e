/**
 * Partner incentives — RULES.md §5 (seed 004).
 */
import { requireNumber } from "./errors";

/** I1: paid available units a customer needs before usage earns incentives (parameter `minimum`). */
export const DEFAULT_PAU_MINIMUM = 150;

/**
 * I1: whether a customer's paid seats of a workload reach the incentive minimum.
 * @example cporEligible(149) // false
 * @example cporEligible(150) // true
 */
export function cporEligible(paidSeats: number, minimum: number = DEFAULT_PAU_MINIMUM): boolean {
  requireNumber(paidSeats, "paid_seats");
  requireNumber(minimum, "minimum");
  return paidSeats >= minimum;
}
