/**
 * What a column's header says it is not (or which date it holds), for the roles filled from values
 * (review/infer.ts): values alone cannot tell a total from a price, a tenant's GUID from a
 * subscription's, a trial flag from the auto-renew or a billing date from the term end; the header's
 * words can. Headers that name a role outright are in roles.ts; an EA list's own words in ea-report.ts.
 */
import type { Role } from "./role-list";

/**
 * Headers of amounts that are no monthly price per seat (RULES.md §6's unit price): totals, taxes,
 * margins and prices per year. Money in such a column would put the money at stake off by the seats
 * or by twelve: its values never make it the unit price.
 */
export const NOT_UNIT_PRICE =
  /total|amount|\bsum\b|extended|\bline\b|\btax\b|\bgst\b|\bvat\b|margin|discount|revenue|profit|credit|balance|invoice|charge|billed|commission|rebate|\bmrr\b|\barr\b|\btcv\b|\bacv\b|contract\s*value/i;

/** Headers of ids that are no subscription id, however GUID-like their values. */
export const NOT_SUBSCRIPTION_ID =
  /tenant|customer|partner|reseller|mpn|order|invoice|domain|user|product|sku|offer|meter|reservation|publisher|billing\s*account/i;

/**
 * Headers of whole numbers that are no seat count: days, months, years, ages, percentages, rates, ids,
 * orders — and seats assigned, used or left over (a subscription's quantity is what was bought).
 */
export const NOT_QUANTITY =
  /assign|consum|\bused\b|\bunused\b|available|in\s*use|\bdays?\b|\bmonths?\b|\byears?\b|\bage\b|percent|%|\brate\b|score|\bids?\b|phone|\bzip\b|postal|invoice|\border\b|\bterm\b|duration/i;
/** Headers of a seat count: they come first among columns of whole numbers. */
export const SEATS_HEADER = /seat|licen[cs]|user|qty|quantit|units?\b|count|purchased|owned/i;

/** Headers of the seats planned for the renewal: a word of the future and a word of seats, either order. */
export const PLANNED_SEATS_HEADER =
  /(?:renew|planned|plan|target|next|future|scheduled|requested|new|intended|forecast).*(?:qty|quantit|seats?|licen[cs]|units)|(?:qty|quantit|seats?|licen[cs]|units).*(?:renew|planned|target|next\s*term|future|scheduled|requested|forecast)/i;

/** Header words of an auto-renew flag (English, German, French, Italian, Spanish, Portuguese). */
export const RENEW_HEADER = /renew|auto|recur|roll\s*over|continu|verl[äa]ng|erneuer|renouvel|rinnov|renova/i;
/** A header that says the opposite of what its column flags: "Do Not Renew", "Non-renewing", "Opt out of renewal". */
export const NEGATED_HEADER =
  /\b(?:not|non|no|don'?t|never|without)\b|\bnon[\s-]?|opt[\s-]*out|block|stop|cancel|disable|discontinu|expir|lapse|terminat/i;
/** Headers of yes/no columns that flag something else than renewing. */
export const OTHER_FLAG_HEADER =
  /trial|test|demo|active|billable|tax|exempt|\bept\b|opt[\s-]*(?:in|out)|promo|add[\s-]*on|\bpaid\b|\bfree\b|suspend|cancel|delet|enabled|disabled|assign|consent|approv|verif|internal|\bnfr\b|lock|eligib|primary|default|gdap|legacy|migrat|transfer|reseller|partner|admin|\bmfa\b|credit|invoice|sandbox|pilot|nonprofit|non[\s-]profit|education|\bgov/i;

/**
 * Headers of a monthly price: a word of money and a word of the month ("List $/mo", "Cost per month",
 * "Monthly Rate", "RRP pm"). Such a column is the unit price by its numbers alone — a workbook's price
 * cells are plain numbers (36), without the money marks a CSV's text has.
 */
export function isMonthlyPriceHeader(header: string): boolean {
  return MONEY_WORD.test(header) && MONTH_WORD.test(header);
}
const MONEY_WORD = /price|cost|rate|fee|msrp|rrp|\berp\b|\blist\b|\bsell\b|\bbuy\b|[$€£]/i;
const MONTH_WORD = /\/\s*(?:mo|mth|month)\b|\bper\s*(?:mo|mth|month)\b|\bmonthly\b|\bp\/?m\b|\bpupm\b|\bmo\b|\bmth\b/i;

/** Words of a price per year (or per term) rather than per month: "Annual Price", "Unit Price (annual)". */
export const PER_YEAR = /\b(?:annual(?:ly)?|yearly|years?|yr|per\s*annum|p\.?\s?a)\b/i;

/**
 * Headers of dates that are no subscription date: billing dates and periods, payments, invoices,
 * usage, exports, a promotion's or trial's end, price locks, sign-ins, a window's deadline, a
 * transfer, a quote's validity, an exchange rate's (Partner Center's PCToBCExchangeRateDate).
 */
export const NOT_TERM_DATES =
  /charge|invoice|usage|bill|payment|paid|due\s*date|report|export|generated|modified|updated|created\s*by|promo|trial|price|lock|login|activity|last\s*(?:seen|used)|consent|gdap|relationship|cancel|reduc|deadline|window|transfer|quote|offer\s*valid|exchange|\brate\b/i;

/** Header words that say which date a date column holds. */
export const DATE_HEADER_WORDS: Array<[RegExp, Role]> = [
  [/renew|anniversar|revaluat/i, "renewal_date"],
  [/suspen|status|chang/i, "status_date"],
  [/end|expir|until|valid\s*to|finish|through/i, "end_date"],
  [/start|begin|purchas|commenc|creat|order|activat|from|since|bought/i, "start_date"],
];

/** A term column's header that counts in years: "Term (Years)", "Term (yrs)", "Duration in years". */
export const TERM_IN_YEARS = /\b(?:years?|yrs?)\b/i;
