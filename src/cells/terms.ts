/**
 * Reading the words of the rules from cells and arguments: NCE terms (RULES.md §2), EA segments (§4 E2) and product types (§4 E5).
 * Every parser is case-insensitive and throws a #VALUE! {@link RuleError} naming the accepted forms.
 */
import { RuleError } from "../rules/errors";
import type { BillingPlan, ProductType, SegmentScope, TermMonths } from "../rules/terms";

export type { BillingPlan, ProductType, SegmentScope, TermMonths };

export const TERM_FORMS =
  "P1M, P1Y, P3Y, monthly, annual, yearly, triennial, 1 month, 1 year, 3 years, 12 months, 36 months, " +
  'the numbers 1, 12 or 36, or Partner Center text such as "One-Year commitment for monthly/yearly billing"';

function norm(text: string): string {
  return text
    .toLowerCase()
    .replace(/[_\s]+/g, " ")
    .trim();
}

const TERM_WORDS: Record<string, TermMonths> = {
  p1m: 1,
  monthly: 1,
  month: 1,
  "1 month": 1,
  "one month": 1,
  "1": 1,
  p1y: 12,
  annual: 12,
  annually: 12,
  yearly: 12,
  year: 12,
  "1 year": 12,
  "one year": 12,
  "12 months": 12,
  "12": 12,
  p12m: 12,
  p3y: 36,
  triennial: 36,
  "3 years": 36,
  "three years": 36,
  "36 months": 36,
  "36": 36,
  p36m: 36,
};

/** Partner Center's TermAndBillingCycle text and similar: "One-Year commitment …", "1 Year - Monthly billing". */
const COMMITMENT_RE = /^(one|1|three|3|twelve|12|thirty six|36)[\s-]*(months?|years?)\b/;
const COUNT: Record<string, number> = {
  one: 1,
  "1": 1,
  three: 3,
  "3": 3,
  twelve: 12,
  "12": 12,
  "thirty six": 36,
  "36": 36,
};

/** Term from a number of months, or undefined. */
function termFromMonths(months: number): TermMonths | undefined {
  return months === 1 || months === 12 || months === 36 ? months : undefined;
}

/**
 * Reads a term as months, or returns undefined when the text is not a term.
 * @example termMonthsOrUndefined("1 Year - Monthly billing") // 12
 */
export function termMonthsOrUndefined(value: unknown): TermMonths | undefined {
  if (typeof value === "number") return termFromMonths(value);
  if (typeof value !== "string") return undefined;
  const t = norm(value).replace(/-/g, " ").replace(/\s+/g, " ").trim();
  const direct = TERM_WORDS[t];
  if (direct) return direct;
  const m = COMMITMENT_RE.exec(t);
  if (m) {
    const count = COUNT[m[1]];
    return termFromMonths(m[2].startsWith("year") ? count * 12 : count);
  }
  return undefined;
}

/**
 * Reads a term (RULES.md §2) as months, throwing #VALUE! with the accepted forms otherwise.
 * @example parseTerm("P1Y") // 12
 * @example parseTerm("Three-Year commitment for monthly/yearly/triennial billing") // 36
 */
export function parseTerm(value: unknown): TermMonths {
  const months = termMonthsOrUndefined(value);
  if (months === undefined) {
    const shown = typeof value === "string" ? `"${value}"` : String(value);
    throw new RuleError("value", `term ${shown} is not a term: use ${TERM_FORMS}.`);
  }
  return months;
}

/** Segment words, normalised to letters only. */
const SEGMENTS: Record<string, SegmentScope> = {
  commercial: "in-scope",
  corporate: "in-scope",
  ea: "in-scope",
  eas: "in-scope",
  sce: "in-scope",
  direct: "in-scope",
  indirect: "in-scope",
  dealdesk: "in-scope",
  publicsectordealdesk: "in-scope",
  publicsectordealdeskled: "in-scope",
  dealdeskled: "in-scope",
  publicsector: "out-of-scope",
  public: "out-of-scope",
  gov: "out-of-scope",
  government: "out-of-scope",
  pubsec: "out-of-scope",
  soe: "out-of-scope",
  stateownedenterprise: "out-of-scope",
  nonprofit: "out-of-scope",
  charity: "out-of-scope",
  education: "out-of-scope",
  edu: "out-of-scope",
  academic: "out-of-scope",
  newcommerce: "out-of-scope",
  transitiontonewcommerce: "out-of-scope",
  awspricematch: "out-of-scope",
  awspricematched: "out-of-scope",
  pricematched: "out-of-scope",
  nonenterprise: "out-of-scope",
  // The same segments as CRM exports name them.
  privatesector: "in-scope",
  enterprise: "in-scope",
  smb: "in-scope",
  smc: "in-scope",
  notforprofit: "out-of-scope",
  nfp: "out-of-scope",
  charities: "out-of-scope",
  ngo: "out-of-scope",
  federal: "out-of-scope",
  federalgovernment: "out-of-scope",
  stateandlocal: "out-of-scope",
  statelocal: "out-of-scope",
  slg: "out-of-scope",
  localgovernment: "out-of-scope",
  stategovernment: "out-of-scope",
};

/** A segment's key: letters only, without a note in brackets ("Commercial (Indirect)" → "commercial"). */
function segmentKey(value: unknown): string {
  if (typeof value !== "string") return "";
  const key = value.toLowerCase().replace(/[^a-z]/g, "");
  return key in SEGMENTS || !value.includes("(")
    ? key
    : value
        .replace(/\([^)]*\)/g, "")
        .toLowerCase()
        .replace(/[^a-z]/g, "");
}

export const SEGMENT_FORMS =
  "commercial (also EA, EAS, SCE, direct, indirect, deal desk) or an out-of-scope segment: " +
  "public sector, GOV, PUBSEC, SOE, nonprofit, education, new commerce, AWS price-matched, non-enterprise";

/**
 * Whether a deal segment is in the scope of the late-renewal discount reduction (E2).
 * @example segmentScope("Education") // "out-of-scope"
 */
export function segmentScope(value: unknown): SegmentScope {
  const scope = SEGMENTS[segmentKey(value)];
  if (!scope) throw new RuleError("value", `segment ${JSON.stringify(value)} is not known: use ${SEGMENT_FORMS}.`);
  return scope;
}

/** Whether a text names a segment at all. */
export function isKnownSegment(value: unknown): boolean {
  return segmentKey(value) in SEGMENTS;
}

const PRODUCT_TYPES: Record<string, ProductType> = {
  online: "online",
  onlineservice: "online",
  onlineservices: "online",
  cloud: "online",
  onpremises: "on-premises",
  onpremise: "on-premises",
  onprem: "on-premises",
  softwareassurance: "on-premises",
  sa: "on-premises",
};

/**
 * EA product type for E5: `online` or `on-premises` (also "on-prem", "software assurance").
 * @example productType("On-Premises") // "on-premises"
 */
export function productType(value: unknown): ProductType {
  const key = typeof value === "string" ? value.toLowerCase().replace(/[^a-z]/g, "") : "";
  const type = PRODUCT_TYPES[key];
  if (!type)
    throw new RuleError("value", `product_type ${JSON.stringify(value)} is not known: use "online" or "on-premises".`);
  return type;
}

const BILLING_WORDS: Record<string, BillingPlan> = {
  monthly: "monthly",
  month: "monthly",
  p1m: "monthly",
  "1 month": "monthly",
  "1": "monthly",
  annual: "annual",
  annually: "annual",
  yearly: "annual",
  year: "annual",
  p1y: "annual",
  "1 year": "annual",
  "12": "annual",
  triennial: "triennial",
  p3y: "triennial",
  "3 years": "triennial",
  "36": "triennial",
  upfront: "upfront",
  "up front": "upfront",
  prepaid: "upfront",
};

export const BILLING_FORMS = "monthly (P1M), annual (yearly, P1Y), triennial (P3Y) or upfront; blank means upfront";

/**
 * Reads a billing plan (N6), throwing #VALUE! with the accepted forms otherwise.
 * @example parseBilling("Monthly") // "monthly"
 * @example parseBilling("P1Y") // "annual"
 */
export function parseBilling(value: unknown): BillingPlan {
  const key =
    typeof value === "number" ? String(value) : typeof value === "string" ? norm(value).replace(/-/g, " ") : "";
  const plan = BILLING_WORDS[key];
  if (!plan)
    throw new RuleError(
      "value",
      `billing ${typeof value === "string" ? `"${value}"` : String(value)} is not a billing plan: use ${BILLING_FORMS}.`,
    );
  return plan;
}
