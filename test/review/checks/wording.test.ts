/**
 * Findings' wordings are kept per review by the numbers they depend on (CheckContext.text): rows that
 * share a renewal day but differ in anything the words say must still read differently.
 */
import { reviewReport } from "../../../src/review";
import { iso } from "../../../src/rules/dates";

const asOf = iso("2026-11-21");
/** What every renewal below says first: they all renew the day after as_of. */
const RENEWS = "Renews on 22 Nov 2026 (tomorrow); the end-of-term action can be set until 21 Nov 2026.";
const header = [
  "Customer",
  "Product",
  "Subscription ID",
  "Quantity",
  "Term",
  "Billing Frequency",
  "Start Date",
  "Unit Price",
  "Auto Renew",
];

function messages(rows: unknown[][]) {
  const result = reviewReport([header, ...rows], { asOf });
  return result.findings.map((f) => `${f.row} ${f.rule} ${f.severity}: ${f.message}`).sort();
}

describe("the wording of renewal findings", () => {
  it("says each row's own advice when rows renew the same day: monthly term at different prices, annual billed monthly or upfront, nothing known", () => {
    const rows = [
      ["A", "E3", "s1", 10, "P1M", "Monthly", "2026-10-22", "36.00", "Yes"],
      ["A", "E5", "s2", 10, "P1M", "Monthly", "2026-10-22", "40.00", "Yes"],
      ["B", "E3", "s3", 10, "P1Y", "Monthly", "2025-11-22", "36.00", "Yes"],
      ["B", "E5", "s4", 10, "P1Y", "Annual", "2025-11-22", "36.00", "Yes"],
      ["C", "E3", "s5", 10, "P1M", "Monthly", "2026-10-22", "", "No"],
      ["C", "E5", "s6", 10, "P1M", "Monthly", "2026-10-22", "36.00", "Yes"],
    ];
    const renewals = messages(rows).filter((m) => m.includes("RENEWAL_DUE"));
    expect(renewals).toEqual([
      `2 RENEWAL_DUE info: ${RENEWS}`,
      `3 RENEWAL_DUE info: ${RENEWS}`,
      `4 RENEWAL_DUE warning: ${RENEWS} Billed monthly it costs 5 % more than paying upfront.`,
      `5 RENEWAL_DUE warning: ${RENEWS}`,
      `6 RENEWAL_DUE warning: ${RENEWS}`,
      `7 RENEWAL_DUE info: ${RENEWS}`,
    ]);
  });

  it("names the monthly term's own price in its advice when auto-renew is off", () => {
    const rows = [
      ["A", "E3", "s1", 10, "P1M", "Monthly", "2026-10-22", "36.00", "No"],
      ["A", "E5", "s2", 10, "P1M", "Monthly", "2026-10-22", "43.20", "No"],
      ["A", "E1", "s3", 10, "P1M", "Monthly", "2026-10-22", "43.205", "No"],
    ];
    const renewals = messages(rows).filter((m) => m.includes("RENEWAL_DUE"));
    expect(renewals).toEqual([
      `2 RENEWAL_DUE warning: ${RENEWS} An annual term would cost about 30.00 a seat a month instead of 36.00 (the monthly term costs 20 % more).`,
      `3 RENEWAL_DUE warning: ${RENEWS} An annual term would cost about 36.00 a seat a month instead of 43.20 (the monthly term costs 20 % more).`,
      `4 RENEWAL_DUE warning: ${RENEWS} An annual term would cost about 36.00 a seat a month instead of 43.21 (the monthly term costs 20 % more).`,
    ]);
  });

  it("says whether an open window followed the purchase or a renewal, for rows whose windows open the same day", () => {
    const rows = [
      ["A", "E3", "s1", 10, "P1Y", "Annual", "2026-11-18", "36.00", "Yes"],
      ["A", "E5", "s2", 10, "P1Y", "Annual", "2025-11-18", "36.00", "Yes"],
    ];
    const windows = messages(rows).filter((m) => m.includes("CANCEL_WINDOW_OPEN"));
    expect(windows).toEqual([
      "2 CANCEL_WINDOW_OPEN warning: Reduce/cancel window open until 24 Nov 2026 (in 3 days) after the purchase; after that, seats can only be added until 18 Nov 2027.",
      "3 CANCEL_WINDOW_OPEN warning: Reduce/cancel window open until 24 Nov 2026 (in 3 days) after the renewal of 18 Nov 2026; after that, seats can only be added until 18 Nov 2027.",
    ]);
  });
});
