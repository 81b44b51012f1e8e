/**
 * The kinds the rules work over: NCE terms (RULES.md §2), billing plans (N6), EA segments (§4 E2)
 * and product types (§4 E5). Reading them from a cell's or an argument's text is src/cells/terms.ts.
 */

/** Term length in months: 1 (monthly), 12 (annual) or 36 (triennial). */
export type TermMonths = 1 | 12 | 36;

/**
 * A billing plan (N6): how often a term is billed. `upfront` is the whole term paid at once (the
 * default when billing is left blank): annual for P1Y, triennial for P3Y.
 */
export type BillingPlan = "monthly" | "annual" | "triennial" | "upfront";

/** EA deal segments. Only `in-scope` deals lose discount on a late renewal (E2). */
export type SegmentScope = "in-scope" | "out-of-scope";

/** EA product type for E5. */
export type ProductType = "online" | "on-premises";
