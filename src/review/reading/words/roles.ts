/**
 * Column roles of RULES.md §6 and the header texts that name them in real reports.
 *
 * The synonyms are data: to teach the review a new layout, add its header text to the role's list
 * (in any spelling: headers are compared without case, spaces or punctuation). Earlier synonyms win
 * when two columns of one report name the same role (ProductName before SkuName).
 */
import { PER_YEAR } from "./header-words";
import { fold } from "../../../cells/values";
import { LOCAL_HEADERS } from "./local-words";
import { ROLES, type Role } from "./role-list";

export { CSP_ONLY_ROLES, EA_ONLY_ROLES, ROLES, rolesOfKind, type ReportKind, type Role } from "./role-list";

/** Roles whose values are dates. */
export const DATE_ROLES = [
  "start_date",
  "end_date",
  "renewal_date",
  "status_date",
  "expiry_date",
  "signed_date",
] as const satisfies readonly Role[];
export type DateRole = (typeof DATE_ROLES)[number];

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
  annual_value: "Annual value (EA)",
  assigned: "Assigned licences",
  available: "Available licences",
  currency: "Currency",
};

/**
 * Header synonyms by role, from public documentation of real exports:
 * - Partner Center's new-commerce (license-based) reconciliation file: CustomerName, SubscriptionId,
 *   ProductName, SkuName, Quantity, BillableQuantity, UnitPrice, EffectiveUnitPrice,
 *   TermAndBillingCycle, BillingFrequency, SubscriptionStartDate, SubscriptionEndDate (its
 *   ChargeStartDate/ChargeEndDate are a charge period, not the subscription's, and are not mapped);
 * - Partner Center's subscription API: offerName, friendlyName, effectiveStartDate, creationDate,
 *   commitmentEndDate, autoRenewEnabled, billingCycle, termDuration, status;
 * - Pax8's API: companyName, productName, quantity, startDate, endDate, billingTerm (read as the term:
 *   it is the only commitment field those exports carry), commitment.term, commitment.endDate, price;
 * - AppXite's subscription report: Subscription Name, Commitment Period, Billing Cycle, Renewal Date,
 *   Auto Renewal;
 * - Dicker Data: Revaluation Date, TermStart, TermEnd; Ingram Micro's cloud marketplace: End Customer
 *   Name, Subscription Period, Billing Period, Subscription Expiration Date, Renewal Status;
 * - Sherweb's API (flattened): customerName, productName, purchaseDate, commitmentTerm.type,
 *   commitmentTerm.termEndDate, commitmentTerm.renewalConfiguration.renewalDate and .scheduledQuantity,
 *   billingCycle.frequency;
 * - and ../shared/samples. Price headers with a currency or tax suffix ("Unit Price (ex GST)",
 *   "Price (AUD)") match their plain form (see roleOfHeader).
 */
export const ROLE_SYNONYMS: Record<Role, readonly string[]> = {
  customer: [
    "Customer Name",
    "Customer",
    "CustomerName",
    "End Customer Name",
    "End Customer",
    "companyName",
    "Company Name",
    "Company",
    "Client",
    "Client Name",
    "Account Name",
    "Account",
    "Organization",
    "Organisation",
    "Tenant Name",
    "Customer Company Name",
    "CustomerCompanyName",
    "Reseller Customer",
    "End User",
    "End User Name",
    "Cust Name",
    "Customer Account",
    "Customer Account Name",
    "Reseller Customer Name",
    "Organization Name",
    "Organisation Name",
    "Customer Tenant",
    "Tenant",
    "Tenant Domain",
    "Customer Domain",
  ],
  subscription_id: [
    "Subscription ID",
    "SubscriptionId",
    "Subscription Number",
    "Sub ID",
    "Enrollment Number",
    "Enrolment Number",
    "Agreement Number",
    "subscriptionId",
    "Entitlement ID",
    "Subscription GUID",
    "Subscription Reference",
    "Vendor Subscription ID",
    "Microsoft Subscription ID",
    "Sub Ref",
    "Subscription Ref",
    "Sub Reference",
    "Sub No",
    "Subscription No",
    "Sub Number",
    "Subscription Code",
    "Subscription Key",
    "License ID",
    "Licence ID",
    "License Number",
    "Licence Number",
    "License Reference",
    "Licence Reference",
    "Enrollment No",
    "Enrolment No",
    "EA Number",
    "EA No",
    "Agreement No",
  ],
  product: [
    "ProductName",
    "Product Name",
    "Product",
    "Subscription",
    "Subscription Name",
    "SkuName",
    "SKU Name",
    "SKU",
    "Offer Name",
    "offerName",
    "Offer",
    "Product Description",
    "Description",
    "Item",
    "productName",
    "friendlyName",
    "Friendly Name",
    "Plan Name",
    "Service Name",
    "Licence Name",
    "License Name",
    "SubscriptionDescription",
    "SKU Description",
    "Product Title",
    "Offer Title",
    "Subscription Plan",
    "License Description",
    "Licence Description",
  ],
  quantity: [
    "Quantity",
    "Qty",
    "Seats",
    "Licenses",
    "Licences",
    "License Count",
    "Licence Count",
    "Seat Count",
    "Units",
    "Paid Available Units",
    "PAU",
    "BillableQuantity",
    "Billable Quantity",
    "Current Quantity",
    "Seat Quantity",
    "Number of Licenses",
    "Number of Licences",
    "Users",
    "Seats Purchased",
    "Licenses Purchased",
    "Licences Purchased",
    "Purchased Quantity",
    "Purchased Licenses",
    "Purchased Licences",
    "Quantity Purchased",
    "Total Licenses",
    "Total Licences",
    "License Qty",
    "Licence Qty",
    "Seat Qty",
    "No. of Licenses",
    "No. of Licences",
    "No. of Seats",
    "Number of Seats",
  ],
  term: [
    "Term",
    "TermAndBillingCycle",
    "Term Duration",
    "termDuration",
    "Term Length",
    "Commitment",
    "Commitment Term",
    "Commitment Period",
    "Commitment Length",
    "Subscription Term",
    "Subscription Period",
    "billingTerm",
    "Term And Billing Cycle",
    "commitment.term",
    "commitmentTerm.type",
    "Contract Term",
    "Contract Length",
    "Duration",
    "Commit Term",
    "Commit Period",
  ],
  billing_frequency: [
    "BillingFrequency",
    "Billing Frequency",
    "Billing Cycle",
    "billingCycle",
    "billingCycle.frequency",
    "Billing Period",
    "Billing Plan",
    "Billing",
    "Payment Frequency",
    "Billing Term Frequency",
    "Billing Freq",
    "Bill Frequency",
    "Invoice Frequency",
    "Invoicing Frequency",
  ],
  start_date: [
    "SubscriptionStartDate",
    "Subscription Start Date",
    "Start Date",
    "startDate",
    "Start",
    "Commencement Date",
    "Effective Start Date",
    "effectiveStartDate",
    "Term Start Date",
    "TermStart",
    "Term Start",
    "Purchase Date",
    "purchaseDate",
    "creationDate",
    "Creation Date",
    "Order Date",
    "Activation Date",
    "Contract Start Date",
    "Commitment Start Date",
    "Subscription Start",
    "Sub Start Date",
    "Start On",
    "Started On",
    "Purchased On",
    "Date Purchased",
    "Created On",
    "Created Date",
    "Provisioning Date",
    "Provisioned On",
  ],
  end_date: [
    "SubscriptionEndDate",
    "Subscription End Date",
    "Subscription Expiration Date",
    "Subscription Expiry Date",
    "End Date",
    "endDate",
    "End",
    "Expiration Date",
    "Expiry Date",
    "Term End Date",
    "TermEnd",
    "Term End",
    "Commitment End Date",
    "commitmentEndDate",
    "commitment.endDate",
    "commitmentTerm.termEndDate",
    "termEndDate",
    "Contract End Date",
    "Current Term End",
    "Valid Until",
    "Valid To",
    "Subscription End",
    "Subscription Expiry",
    "Sub End Date",
    "Expiry",
    "Expires",
    "Expires On",
    "Expiration",
    "Ends On",
    "End Of Term",
    "Term Ends",
    "Commitment End",
    "Commitment Ends",
  ],
  renewal_date: [
    "Revaluation Date",
    "Renewal Date",
    "Next Renewal Date",
    "Next Renewal",
    "Anniversary Date",
    "Anniversary",
    "renewalDate",
    "commitmentTerm.renewalConfiguration.renewalDate",
    "Renews On",
    "Renewal On",
    "Auto Renewal Date",
    "Next Anniversary",
  ],
  auto_renew: [
    "Auto Renew",
    "AutoRenew",
    "Auto-Renew",
    "Auto Renewal",
    "Auto Renew Enabled",
    "autoRenewEnabled",
    "Is Auto Renew",
    "Renews Automatically",
    "Renewal Status",
    "Auto Renewal Enabled",
    "Automatic Renewal",
    "Auto Renewal Status",
    "Auto Renew Status",
  ],
  // The subscription's own status before a plain "Status" (which may be an order's or a payment's).
  status: ["Subscription Status", "Status", "Subscription State", "State", "Lifecycle Status", "Sub Status"],
  status_date: [
    "Status Changed",
    "Status Date",
    "Status Changed Date",
    "Status Change Date",
    "Suspended Date",
    "Suspension Date",
    "Suspended On",
    "Suspended At",
    "Status Updated",
    "Status Changed On",
    "Date Suspended",
  ],
  planned_quantity: [
    "Planned Qty",
    "Planned Quantity",
    "Renewal Quantity",
    "Renewal Qty",
    "New Quantity",
    "Target Quantity",
    "Requested Quantity",
    "scheduledQuantity",
    "commitmentTerm.renewalConfiguration.scheduledQuantity",
    "Scheduled Quantity",
    "Quantity At Renewal",
  ],
  planned_action: [
    "Planned Action",
    "Action",
    "Renewal Action",
    "End Of Term Action",
    "Next Action",
    "Plan",
    "Renewal Plan",
    "Intent",
    "Renewal Intent",
    "Planned Change",
  ],
  // A price that says it is monthly before one that does not (RULES.md §6's unit price is monthly).
  unit_price: [
    "Monthly Unit Price",
    "Unit Price Per Month",
    "Monthly Price Per Seat",
    "Price Per Month",
    "Monthly Price",
    "UnitPrice",
    "Unit Price",
    "Price",
    "Unit Cost",
    "Price Per Unit",
    "Effective Unit Price",
    "EffectiveUnitPrice",
    "Cost Price",
    "Buy Price",
    "Sell Price",
    "Monthly Cost",
    "Price Per Seat",
    "Price Each",
    "Price/Unit",
    "Cost Per Unit",
  ],
  segment: ["Segment", "Customer Segment", "Deal Segment", "Sector"],
  discount: ["Negotiated Discount", "Discount", "Overall Discount", "Discount Percent", "Discount %", "Discount Rate"],
  expiry_date: [
    "Enrollment Expiry Date",
    "Enrolment Expiry Date",
    "Enrollment Expiration Date",
    "Enrollment End Date",
    "Agreement Expiry Date",
    "EA Expiry Date",
    "Enrollment Expiry",
    "Enrolment End Date",
    "Agreement End Date",
    "Enrollment Expiration",
    "Enrolment Expiration",
    "Enrolment Expiry",
    "Enrollment End",
    "Agreement Expiration Date",
    "Agreement Expiry",
    "EA End Date",
    "EA Expiration Date",
  ],
  signed_date: [
    "Renewal Signed Date",
    "Signed Date",
    "Signature Date",
    "Date Signed",
    "Signed",
    "PO Signed Date",
    "PO Received Date",
    "Renewal Signed",
    "Signed On",
    "Renewal Signed On",
    "Renewal PO Date",
    "Renewal PO Received",
    "Countersigned Date",
  ],
  annual_value: [
    "Annual Value",
    "Annual Amount",
    "Annual Contract Value",
    "Enrollment Annual Value",
    "Enrollment Value",
    "Annual Commitment",
    "Yearly Value",
    "Annual Spend",
    "ACV",
  ],
  // A tenant's licence export (Microsoft 365 admin center, Partner Center, Graph's consumedUnits).
  assigned: [
    "Assigned",
    "Assigned Licenses",
    "Assigned Licences",
    "Licenses Assigned",
    "Licences Assigned",
    "Assigned Seats",
    "Assigned Units",
    "Assigned Quantity",
    "Consumed Units",
    "ConsumedUnits",
    "Consumed",
    "Consumed Licenses",
    "Consumed Licences",
    "Licenses In Use",
    "Licences In Use",
    "Seats In Use",
    "In Use",
    "Used Licenses",
    "Used Licences",
    "Used Seats",
    "Used",
  ],
  // Licences bought but not assigned: assigned = quantity − available (RULES.md §6).
  available: [
    "Available",
    "Available Licenses",
    "Available Licences",
    "Available Seats",
    "Available Units",
    "Unassigned",
    "Unassigned Licenses",
    "Unassigned Licences",
    "Unassigned Seats",
    "Unused Licenses",
    "Unused Licences",
    "Unused Seats",
    "Licenses Available",
    "Licences Available",
  ],
  currency: [
    "Currency",
    "Currency Code",
    "CurrencyCode",
    "Billing Currency",
    "BillingCurrency",
    "Pricing Currency",
    "PricingCurrency",
    "Price Currency",
    "Customer Currency",
    "CustomerCurrency",
    "Ccy",
  ],
};

/**
 * Header text compared without case, accents, spaces or punctuation: "Auto-Renew" ~ "autoRenew",
 * "Durée" ~ "duree"; "#" is a number ("Subscription #" ~ "Subscription Number", not "Subscription").
 */
export function normalizeHeader(text: unknown): string {
  return fold(String(text ?? ""))
    .replace(/#/g, "number")
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
  // Other languages' headers (local-words.ts), after every English one.
  for (const role of ROLES) {
    (LOCAL_HEADERS[role] ?? []).forEach((synonym, i) => {
      const key = normalizeHeader(synonym);
      if (!map.has(key)) map.set(key, [role, 1000 + i]);
    });
  }
  return map;
})();

/** Money and tax words that decorate a header: "(ex GST)", "(AUD)", "incl. VAT", "in USD". */
const DECORATION =
  /\(([^)]*)\)|\b(?:ex|excl|exc|inc|incl)\.?\s*(?:gst|vat|tax)\b|\b(?:in\s+)?(?:aud|nzd|usd|eur|gbp|cad|sgd|zar|inr|jpy|chf)\b|[$€£]/gi;

/**
 * The role a header names, with its priority, or undefined. A header decorated with a currency or
 * tax ("Unit Price (ex GST)", "Price (AUD)", "Monthly Price incl. VAT") is matched by its plain form.
 */
export function roleOfHeader(text: unknown): [Role, number] | undefined {
  const exact = LOOKUP.get(normalizeHeader(text));
  if (exact || typeof text !== "string") return exact;
  const plain = plainHeader(text);
  if (plain === text) return undefined;
  const found = LOOKUP.get(normalizeHeader(plain));
  // "Unit Price (annual)" is a price per year: not the monthly unit price RULES.md §6 reads.
  return found?.[0] === "unit_price" && PER_YEAR.test(text) ? undefined : found;
}

/** A header without its money and tax words: "Unit Price (ex GST)" → "Unit Price". */
export function plainHeader(text: string): string {
  return text.replace(DECORATION, " ");
}
