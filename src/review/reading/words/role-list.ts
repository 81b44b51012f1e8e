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
