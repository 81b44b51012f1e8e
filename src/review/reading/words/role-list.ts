/**
 * The column roles of RULES.md §6, in the order the mapping lists them. Apart from roles.ts (their
 * header synonyms) so the word lists can name roles without importing the synonyms back (no cycle).
 */
export const ROLES = [
  "customer",
  "subscription_id",
  "product",
  "quantity",
  "term",
  "billing_frequency",
  "start_date",
  "end_date",
  "renewal_date",
  "auto_renew",
  "status",
  "status_date",
  "planned_quantity",
  "planned_action",
  "unit_price",
  "segment",
  "discount",
  "expiry_date",
  "signed_date",
  "annual_value",
  "assigned",
  "available",
  "currency",
] as const;

export type Role = (typeof ROLES)[number];

/** Roles only an EA enrollment list has (RULES.md §4): a report with an expiry date is one. */
export const EA_ONLY_ROLES: readonly Role[] = ["segment", "discount", "expiry_date", "signed_date", "annual_value"];

/** Roles only a CSP subscription report has: terms, renewals, end-of-term plans, seats in use. */
export const CSP_ONLY_ROLES: readonly Role[] = [
  "term",
  "billing_frequency",
  "start_date",
  "end_date",
  "renewal_date",
  "auto_renew",
  "status_date",
  "planned_quantity",
  "planned_action",
  "assigned",
  "available",
];

/** A report's kind: CSP subscriptions (NCE, legacy) or an EA enrollment list. */
export type ReportKind = "csp" | "ea";

/**
 * The roles that matter for a report of this kind, in the mapping's order.
 * @example rolesOfKind("ea") // ["customer", "subscription_id", "product", "quantity", "status", "unit_price", "segment", …]
 */
export function rolesOfKind(kind: ReportKind): Role[] {
  const other = kind === "ea" ? CSP_ONLY_ROLES : EA_ONLY_ROLES;
  return ROLES.filter((r) => !other.includes(r));
}
