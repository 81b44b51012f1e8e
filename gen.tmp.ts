import { writeFileSync } from "fs";
import { iso, toYMD } from "./src/rules/dates";
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const ymd = toYMD;
const pad = (n: number) => String(n).padStart(2, "0");
/** Five rows a customer, one per product; about 1 % of rows repeat the previous row's customer and product (duplicates). */
const customerOf = (i: number) => Math.floor(i / 5);
const productIndex = (i: number) => (i % 100 === 99 ? (i - 1) % 5 : i % 5);
/** 20 % monthly, 70 % annual, 10 % triennial, as in partners' books. */
const weightedTerm = () => {
  const x = rand();
  return x < 0.2 ? 0 : x < 0.9 ? 1 : 2;
};
const pcProducts = ["Microsoft 365 E3", "Microsoft 365 E5", "Power BI Pro", "Exchange Online (Plan 1)", "Microsoft Defender for Endpoint P2"];
function partnerCenterCsv(n: number): string {
  const lines = ["CustomerName,CustomerDomainName,SubscriptionId,ProductName,SkuName,ChargeType,Quantity,UnitPrice,TermAndBillingCycle,BillingFrequency,SubscriptionStartDate,SubscriptionEndDate,ChargeStartDate,ChargeEndDate"];
  const cycles = ["One-Month commitment for monthly/yearly billing", "One-Year commitment for monthly/yearly billing", "Three-Year commitment for monthly/yearly/triennial billing"];
  for (let i = 0; i < n; i++) {
    const start = iso("2023-06-01") + Math.floor(rand() * 1200);
    const d = ymd(start);
    lines.push(
      `Customer ${customerOf(i)},c${customerOf(i)}.onmicrosoft.com,${(i * 2246822519 >>> 0).toString(16)}-${i},${pcProducts[productIndex(i)]},${pcProducts[productIndex(i)]},cycleCharge,${1 + (i % 250)},${(6 + (i % 90)).toFixed(2)},${cycles[weightedTerm()]},Monthly,${d.month}/${d.day}/${d.year},,11/1/2026,11/30/2026`,
    );
  }
  return lines.join("\n");
}
writeFileSync("/tmp/pc.csv", partnerCenterCsv(100000));
