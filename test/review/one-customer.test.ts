/**
 * A report without a customer column is one customer's own export (a tenant's): its rows are one
 * customer for duplicates and I1. A report whose customer column is only unrecognised — a header
 * speaking of tenants or accounts, or a column of domains — never has its customers run together:
 * that would call every product two customers share a duplicate (rules table, decision 39).
 */
import { reviewReport } from "../../src/review";
import { iso } from "../../src/rules/dates";

const asOf = iso("2026-12-03");
const rows = [
  ["Microsoft 365 E3", "S-1", 10, "P1Y", "2026-03-01"],
  ["Microsoft 365 E3", "S-2", 5, "P1Y", "2026-04-01"],
];

describe("a report with no customer column", () => {
  it("is one customer's: two subscriptions of a product are a duplicate, and I1 adds their seats", () => {
    const r = reviewReport([["Product", "Subscription ID", "Seats", "Term", "Start Date"], ...rows], { asOf });
    expect(r.findings.map((f) => [f.row, f.rule])).toEqual([
      [2, "DUPLICATE_SUBSCRIPTION"],
      [3, "DUPLICATE_SUBSCRIPTION"],
    ]);
    expect(r.findings[0].message).toMatch(/^The customer has 2 active subscriptions of Microsoft 365 E3/);
    expect(r.findings[0].customer ?? "").toBe("");
    expect(r.summary.belowIncentiveMinimum).toEqual([
      { customer: "", product: "Microsoft 365 E3", seats: 15, minimum: 150 },
    ]);
  });

  it.each([
    [
      "a header naming tenants",
      ["Tenant", "Product", "Subscription ID", "Seats", "Term", "Start Date"],
      ["Contoso", "Fabrikam"],
    ],
    [
      "a header naming accounts",
      ["Billing Account", "Product", "Subscription ID", "Seats", "Term", "Start Date"],
      ["A-100", "A-200"],
    ],
    [
      "an unknown header over domain names",
      ["Where", "Product", "Subscription ID", "Seats", "Term", "Start Date"],
      ["contoso.onmicrosoft.com", "fabrikam.com.au"],
    ],
  ])("keeps the customers of a report with %s apart (no duplicate across them)", (_, header, names) => {
    const r = reviewReport([header, [names[0], ...rows[0]], [names[1], ...rows[1]]], { asOf });
    expect(r.findings.filter((f) => f.rule === "DUPLICATE_SUBSCRIPTION")).toEqual([]);
  });
});

describe("the customer named in a one-customer report's title lines", () => {
  const table = [["Product", "Subscription ID", "Seats", "Term", "Start Date"], ...rows];

  it.each([
    [[["Customer:", "Acme Pty Ltd"]]],
    [[["Customer: Acme Pty Ltd"]]],
    [[["Renewal quote"], ["Prepared for", "", "Acme Pty Ltd"]]],
  ])("names every finding's customer (%j)", (title) => {
    const r = reviewReport([...title, [], ...table], { asOf });
    expect(r.findings.map((f) => f.customer)).toEqual(["Acme Pty Ltd", "Acme Pty Ltd"]);
    expect(r.findings[0].message).toMatch(/^Acme Pty Ltd has 2 active subscriptions/);
  });

  it("takes no name from a title that only mentions customers", () => {
    const r = reviewReport([["Customers with renewals due"], ["Customer", ""], ...table], { asOf });
    expect(r.findings.map((f) => f.customer ?? "")).toEqual(["", ""]);
  });
});
