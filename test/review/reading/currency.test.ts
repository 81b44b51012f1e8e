/**
 * A report's currency (RULES.md §6 of 2026-12-07): a currency column, or a symbol or code in the
 * price cells or the price header; unambiguous symbols as ISO codes, a bare "$" as itself.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { reviewReport } from "../../../src/review";
import { currencyCode, currencyInAmount, currencyInHeader } from "../../../src/review/reading/currency";
import { parseCsv } from "../../../src/review/reading/csv";
import { iso } from "../../../src/rules/dates";

describe("reading a currency", () => {
  it("from a price cell's symbol or code, before or after the amount", () => {
    expect(currencyInAmount("€95.00")).toBe("EUR");
    expect(currencyInAmount("95,00 €")).toBe("EUR");
    expect(currencyInAmount("R$ 10,00")).toBe("BRL");
    expect(currencyInAmount("A$36.30")).toBe("AUD");
    expect(currencyInAmount("£12.50")).toBe("GBP");
    expect(currencyInAmount("AUD 8.25")).toBe("AUD");
    expect(currencyInAmount("36.30 USD")).toBe("USD");
    expect(currencyInAmount("$36.30")).toBe("$");
    expect(currencyInAmount("36.30")).toBeUndefined();
    expect(currencyInAmount(36.3)).toBeUndefined();
    expect(currencyInAmount("about 36")).toBeUndefined();
  });

  it("from a currency cell or a price header", () => {
    expect(currencyCode("nzd")).toBe("NZD");
    expect(currencyCode("€")).toBe("EUR");
    expect(currencyCode("Dollars")).toBeUndefined();
    expect(currencyInHeader("Price per license (AUD)")).toBe("AUD");
    expect(currencyInHeader("Unit Price (ex GST)")).toBeUndefined();
    expect(currencyInHeader("Preis (€)")).toBe("EUR");
  });
});

describe("findings carry their row's currency, and the summary never adds across currencies", () => {
  const dir = join(__dirname, "..", "cases", "two-currencies");
  const result = reviewReport(parseCsv(readFileSync(join(dir, "input.csv"), "utf8")), { asOf: iso("2026-11-21") });

  it("each finding with money names its currency and its kind; the JSON-facing totals are by currency", () => {
    const byRow = (row: number, rule: string) => result.findings.find((f) => f.row === row && f.rule === rule)!;
    expect(byRow(2, "RENEWAL_DUE")).toMatchObject({ currency: "NZD", moneyKind: "renewing", cost: 4320 });
    expect(byRow(4, "EST_RISK")).toMatchObject({ currency: "AUD", moneyKind: "atStake" });
    expect(byRow(6, "CANCEL_WINDOW_OPEN")).toMatchObject({ currency: "$", moneyKind: "renewing" });
    expect(Object.keys(result.summary.moneyAtStakeByCurrency).sort()).toEqual(["AUD", "NZD"]);
  });

  it("a report without any currency keeps its amounts under the empty currency", () => {
    const plain = reviewReport(
      [
        ["Customer", "Product", "Subscription ID", "Qty", "Term", "Start Date", "Unit Price"],
        ["A", "P", "S1", 10, "P1Y", "2025-12-10", 36],
      ],
      { asOf: iso("2026-11-21") },
    );
    expect(plain.findings[0].currency).toBeUndefined();
    expect(plain.summary.valueRenewingByCurrency).toEqual({ "": 4320 });
  });
});
