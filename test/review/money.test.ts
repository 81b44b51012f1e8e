import fc from "fast-check";
import { MoneyAtStake } from "../../src/review/money";
import type { Finding } from "../../src/review/findings";

const withCost = (cost: number): Finding => ({ row: 1, rule: "RENEWAL_DUE", severity: "info", message: "", cost });

describe("money at stake per customer", () => {
  it("lists the largest amount first, customers with equal amounts by name, totals rounded to cents", () => {
    const money = new MoneyAtStake();
    money.addRow("fabrikam", "Fabrikam", [withCost(100.004)], 0);
    money.addRow("contoso", "Contoso", [withCost(50), withCost(70)], 0); // one row: its largest cost
    money.addRow("adatum", "Adatum", [withCost(100)], 0);
    money.addRow("contoso", "Contoso", [withCost(30.005)], 0);
    expect(money.list()).toEqual([
      { customer: "Contoso", amount: 100.01, findings: 3 },
      { customer: "Adatum", amount: 100, findings: 1 },
      { customer: "Fabrikam", amount: 100, findings: 1 },
    ]);
  });

  it("orders any totals as sorting by amount, then name, would", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom("A", "B", "C", "D", "E", "F"), fc.integer({ min: 0, max: 5 })), { maxLength: 60 }), (rows) => {
        const money = new MoneyAtStake();
        for (const [name, cost] of rows) money.addRow(name.toLowerCase(), name, [withCost(cost * 10)], 0);
        const listed = money.list();
        const expected = [...listed].sort((a, b) => b.amount - a.amount || (a.customer < b.customer ? -1 : a.customer > b.customer ? 1 : 0));
        expect(listed).toEqual(expected);
        expect(new Set(listed.map((m) => m.customer)).size).toBe(listed.length);
      }),
    );
  });
});
