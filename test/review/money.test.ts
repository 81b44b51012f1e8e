import fc from "fast-check";
import { MoneyAtStake, type CostList } from "../../src/review/money";

/** One row's findings with these costs (undefined: a finding without one). */
const costs = (...list: (number | undefined)[]): CostList => ({ length: list.length, cost: (i) => list[i] });

describe("money at stake per customer", () => {
  it("lists the largest amount first, customers with equal amounts by name, totals rounded to cents", () => {
    const money = new MoneyAtStake();
    money.addRow("fabrikam", "Fabrikam", costs(100.004), 0);
    money.addRow("contoso", "Contoso", costs(50, undefined, 70), 0); // one row: its largest cost
    money.addRow("adatum", "Adatum", costs(100), 0);
    money.addRow("contoso", "Contoso", costs(30.005), 0);
    expect(money.list()).toEqual([
      { customer: "Contoso", amount: 100.01, findings: 3 },
      { customer: "Adatum", amount: 100, findings: 1 },
      { customer: "Fabrikam", amount: 100, findings: 1 },
    ]);
  });

  it("orders any totals as sorting by amount, then name, would", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom("A", "B", "C", "D", "E", "F"), fc.integer({ min: 0, max: 5 })), {
          maxLength: 60,
        }),
        (rows) => {
          const money = new MoneyAtStake();
          for (const [name, cost] of rows) money.addRow(name.toLowerCase(), name, costs(cost * 10), 0);
          const listed = money.list();
          const expected = [...listed].sort(
            (a, b) => b.amount - a.amount || (a.customer < b.customer ? -1 : a.customer > b.customer ? 1 : 0),
          );
          expect(listed).toEqual(expected);
          expect(new Set(listed.map((m) => m.customer)).size).toBe(listed.length);
        },
      ),
    );
  });
});
