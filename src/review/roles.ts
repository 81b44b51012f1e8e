/**
 * Column roles of RULES.md §6 and the header texts that name them in real reports.
 *
 * The synonyms are data: to teach the review a new layout, add its header text to the role's list
 * (in any spelling: headers are compared without case, spaces or punctuation). Earlier synonyms win
 * when two columns of one report name the same role (ProductName before SkuName).
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
] as const;

export type Role = (typeof ROLES)[number];

/** Roles whose values are dates. */
export const DATE_ROLES: readonly Role[] = ["start_date", "end_date", "renewal_date", "status_date", "expiry_date", "signed_date"];

/** Human names of the roles, for the pane's mapping editor and messages. */
export const ROLE_LABELS: Record<Role, string> = {
  customer: "Customer",
  subscription_id: "Subscription ID",
  product: "Product",
  quantity: "Quantity",
  term: "Term",
  billing_frequency: "Billing frequency",
  start_date: "Start date",
  end_date: "End date (term end)",
  renewal_date: "Renewal (anniversary) date",
  auto_renew: "Auto-renew",
  status: "Status",
  status_date: "Status date",
  planned_quantity: "Planned quantity",
  planned_action: "Planned action",
  unit_price: "Unit price (monthly)",
  segment: "Segment (EA)",
  discount: "Discount (EA)",
  expiry_date: "Enrollment expiry (EA)",
  signed_date: "Renewal signed (EA)",
};

/**
 * Header synonyms by role. Sources: Partner Center's NCE reconciliation file and subscription export,
 * distributor exports (Dicker Data's "Revaluation Date", Ingram Micro's "End Customer Name" and
 * "Subscription Expiration Date"), Pax8-style camelCase fields, and ../shared/samples.
 * Pax8's `billingTerm` is read as the term: it is the only commitment field such exports carry.
 */
export const ROLE_SYNONYMS: Record<Role, readonly string[]> = {
  customer: ["Customer Name", "Customer", "End Customer Name", "End Customer", "companyName", "Company Name", "Company", "Client", "Client Name", "Account Name", "Account", "Organization", "Organisation", "Tenant Name"],
  subscription_id: ["Subscription ID", "SubscriptionId", "Subscription Number", "Sub ID", "Enrollment Number", "Enrolment Number", "Agreement Number", "subscriptionId", "Entitlement ID"],
  product: ["ProductName", "Product Name", "Product", "Subscription", "Subscription Name", "SkuName", "SKU Name", "SKU", "Offer Name", "Offer", "Product Description", "Description", "Item", "productName"],
  quantity: ["Quantity", "Qty", "Seats", "Licenses", "Licences", "License Count", "Licence Count", "Seat Count", "Units", "Paid Available Units", "PAU"],
  term: ["Term", "TermAndBillingCycle", "Term Duration", "Term Length", "Commitment", "Commitment Term", "Subscription Term", "billingTerm", "Term And Billing Cycle"],
  billing_frequency: ["BillingFrequency", "Billing Frequency", "Billing Cycle", "Billing Plan", "Billing"],
  start_date: ["SubscriptionStartDate", "Subscription Start Date", "Start Date", "startDate", "Start", "Commencement Date", "Effective Start Date", "Term Start Date", "Purchase Date"],
  end_date: ["SubscriptionEndDate", "Subscription End Date", "Subscription Expiration Date", "End Date", "endDate", "End", "Expiration Date", "Expiry Date", "Term End Date", "Commitment End Date"],
  renewal_date: ["Revaluation Date", "Renewal Date", "Next Renewal Date", "Anniversary Date", "Anniversary", "renewalDate"],
  auto_renew: ["Auto Renew", "AutoRenew", "Auto-Renew", "Auto Renewal", "Auto Renew Enabled", "autoRenewEnabled", "Is Auto Renew", "Renews Automatically"],
  status: ["Status", "Subscription Status", "State"],
  status_date: ["Status Changed", "Status Date", "Status Changed Date", "Status Change Date", "Suspended Date", "Suspension Date", "Suspended On"],
  planned_quantity: ["Planned Qty", "Planned Quantity", "Renewal Quantity", "Renewal Qty", "New Quantity", "Target Quantity", "Requested Quantity"],
  planned_action: ["Planned Action", "Action", "Renewal Action", "End Of Term Action", "Next Action", "Plan"],
  unit_price: ["UnitPrice", "Unit Price", "Monthly Unit Price", "Monthly Price", "Price", "Unit Cost", "Price Per Unit", "Effective Unit Price"],
  segment: ["Segment", "Customer Segment", "Deal Segment", "Sector"],
  discount: ["Negotiated Discount", "Discount", "Overall Discount", "Discount Percent", "Discount %", "Discount Rate"],
  expiry_date: ["Enrollment Expiry Date", "Enrolment Expiry Date", "Enrollment Expiration Date", "Enrollment End Date", "Agreement Expiry Date", "EA Expiry Date", "Enrollment Expiry"],
  signed_date: ["Renewal Signed Date", "Signed Date", "Signature Date", "Date Signed", "Signed", "PO Signed Date"],
};

/** Header text compared without case, spaces or punctuation: "Auto-Renew" ~ "autoRenew". */
export function normalizeHeader(text: unknown): string {
  return String(text ?? "")
    .toLowerCase()
    .replace(/[^a-z0-9%]/g, "");
}

/** Normalised synonym → [role, priority] (lower priority wins). Built once from ROLE_SYNONYMS. */
const LOOKUP: Map<string, [Role, number]> = (() => {
  const map = new Map<string, [Role, number]>();
  for (const role of ROLES) {
    ROLE_SYNONYMS[role].forEach((synonym, priority) => {
      const key = normalizeHeader(synonym);
      if (!map.has(key)) map.set(key, [role, priority]);
    });
  }
  return map;
})();

/** The role a header names, with its priority, or undefined. */
export function roleOfHeader(text: unknown): [Role, number] | undefined {
  return LOOKUP.get(normalizeHeader(text));
}
