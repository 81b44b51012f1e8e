/**
 * Generated reports for the benchmark and the streaming test: a distributor subscription report
 * (D/M/Y dates, title lines, a totals line) and a Partner Center reconciliation (M/D/Y), with a mix
 * of risks. Seeded, so every run reviews the same rows. Lines come one at a time (`*lines`), so a
 * million-row file can be written without holding it.
 */
import { iso, toYMD } from "../src/rules/dates";

/** A seeded linear congruential generator: the same numbers on every run. */
export function seeded(seed = 42): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

const pad = (n: number) => String(n).padStart(2, "0");
/** Five rows a customer, one per product; about 1 % of rows repeat the previous row's customer and product (duplicates). */
const customerOf = (i: number) => Math.floor(i / 5);
const productIndex = (i: number) => (i % 100 === 99 ? (i - 1) % 5 : i % 5);
/** 20 % monthly, 70 % annual, 10 % triennial, as in partners' books. */
function weightedTerm(rand: () => number): number {
  const x = rand();
  return x < 0.2 ? 0 : x < 0.9 ? 1 : 2;
}

export const DISTRIBUTOR_HEADER =
  "Customer Name,Product,Subscription ID,Qty,Term,Billing Frequency,Start Date,Revaluation Date,Auto Renew,Status,Status Changed,Planned Qty,Planned Action";

export function* distributorLines(n: number, rand = seeded()): Generator<string> {
  yield "Subscription Report";
  yield "Generated 21/11/2026 09:14";
  yield "";
  yield DISTRIBUTOR_HEADER;
  const products = [
    "Microsoft 365 E3",
    "Microsoft 365 Business Premium",
    "Exchange Online (Plan 1)",
    "Power BI Pro",
    "Microsoft Teams Enterprise",
  ];
  const termWords = ["Monthly", "Annual", "3 Years"];
  for (let i = 0; i < n; i++) {
    const start = iso("2023-01-01") + Math.floor(rand() * 1400);
    const t = weightedTerm(rand);
    const d = toYMD(start);
    const status = rand() < 0.03 ? "Suspended" : rand() < 0.05 ? "Cancelled" : "Active";
    const action = rand() < 0.05 ? "Reduce" : rand() < 0.03 ? "Transfer out" : rand() < 0.02 ? "Cancel" : "";
    const qty = 1 + Math.floor(rand() * 300);
    yield `Customer ${customerOf(i)},${products[productIndex(i)]},${((i * 2654435761) >>> 0).toString(16)}-${i},${qty >= 1000 ? `"${qty.toLocaleString("en-US")}"` : qty},${termWords[t]},Monthly,${pad(d.day)}/${pad(d.month)}/${d.year},,${rand() < 0.1 ? "No" : "Yes"},${status},${status === "Suspended" ? "09/10/2026" : ""},${action === "Reduce" ? Math.max(0, qty - 5) : ""},${action}`;
  }
  yield `Total,,,${n}`;
}

export const PARTNER_CENTER_HEADER =
  "CustomerName,CustomerDomainName,SubscriptionId,ProductName,SkuName,ChargeType,Quantity,UnitPrice,TermAndBillingCycle,BillingFrequency,SubscriptionStartDate,SubscriptionEndDate,ChargeStartDate,ChargeEndDate";

const hex = (n: number, digits: number) => (n >>> 0).toString(16).padStart(8, "0").slice(-digits);

/** A subscription id as Partner Center writes one: a GUID (36 characters), unique to the row. */
function subscriptionGuid(i: number): string {
  const a = Math.imul(i, 2246822519) >>> 0;
  const b = Math.imul(i ^ 0x5bd1e995, 3266489917) >>> 0;
  return `${hex(a, 8)}-${hex(b, 4)}-4${hex(b >>> 16, 3)}-a${hex(a >>> 8, 3)}-${hex(i, 8)}${hex(b, 4)}`;
}

/**
 * A Partner Center reconciliation file of `n` rows. `monthly`: nine rows in ten renew monthly, as a
 * partner's month-to-month book does — nearly every row raises a finding (a renewal within the
 * horizon), the findings-dense case.
 */
export function* partnerCenterLines(n: number, rand = seeded(), monthly = false): Generator<string> {
  yield PARTNER_CENTER_HEADER;
  const products = [
    "Microsoft 365 E3",
    "Microsoft 365 E5",
    "Power BI Pro",
    "Exchange Online (Plan 1)",
    "Microsoft Defender for Endpoint P2",
  ];
  const cycles = [
    "One-Month commitment for monthly/yearly billing",
    "One-Year commitment for monthly/yearly billing",
    "Three-Year commitment for monthly/yearly/triennial billing",
  ];
  for (let i = 0; i < n; i++) {
    const start = iso("2023-06-01") + Math.floor(rand() * 1200);
    const d = toYMD(start);
    yield `Customer ${customerOf(i)},c${customerOf(i)}.onmicrosoft.com,${subscriptionGuid(i)},${products[productIndex(i)]},${products[productIndex(i)]},cycleCharge,${1 + (i % 250)},${(6 + (i % 90)).toFixed(2)},${cycles[monthly ? (rand() < 0.9 ? 0 : weightedTerm(rand)) : weightedTerm(rand)]},Monthly,${d.month}/${d.day}/${d.year},,11/1/2026,11/30/2026`;
  }
}

export const distributorCsv = (n: number, rand = seeded()) => [...distributorLines(n, rand)].join("\n");
export const partnerCenterCsv = (n: number, rand = seeded()) => [...partnerCenterLines(n, rand)].join("\n");
