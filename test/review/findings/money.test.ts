import fc from "fast-check";
import { MoneyAtStake, moneyKind, type CostList } from "../../../src/review/findings/money";
import type { RuleId, Severity } from "../../../src/review";

/** One row's findings with these costs (undefined: a finding without one), all money at stake. */
const costs = (...list: (number | undefined)[]): CostList => ({
  length: list.length,
  cost: (i) => list[i],
  rule: () => "REDUCTION_BLOCKED",
  severity: () => "high",
});

describe("money at stake per customer", () => {
  it("lists the largest amount first, customers with equal amounts by name, totals rounded to cents", () => {
    const money = new MoneyAtStake();
    money.addRow("fabrikam", "Fabrikam", costs(100.004), 0);
    money.addRow("contoso", "Contoso", costs(50, undefined, 70), 0); // one row: its largest cost
    money.addRow("adatum", "Adatum", costs(100), 0);
    money.addRow("contoso", "Contoso", costs(30.005), 0);
    expect(money.list()).toEqual([
      { customer: "Contoso", currency: "", amount: 100.01, findings: 3, renewing: 0 },
      { customer: "Adatum", currency: "", amount: 100, findings: 1, renewing: 0 },
      { customer: "Fabrikam", currency: "", amount: 100, findings: 1, renewing: 0 },
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

describe("two kinds of money, never added together (RULES.md §6 of 2026-12-07)", () => {
  /** One row's findings: [rule, severity, cost]. */
  const row = (...list: Array<[RuleId, Severity, number | undefined]>): CostList => ({
    length: list.length,
    cost: (i) => list[i][2],
    rule: (i) => list[i][0],
    severity: (i) => list[i][1],
  });

  it("a renewal due and a window with no cut planned are value renewing; a planned cut, an overlap, EST are at stake", () => {
    expect(moneyKind("RENEWAL_DUE", "warning")).toBe("renewing");
    expect(moneyKind("CANCEL_WINDOW_OPEN", "warning")).toBe("renewing");
    expect(moneyKind("CANCEL_WINDOW_OPEN", "high")).toBe("atStake");
    for (const rule of [
      "NEW_ORDER_OVERLAP",
      "EST_RISK",
      "PAST_TERM_END",
      "UNUSED_SEATS",
      "DUPLICATE_SUBSCRIPTION",
      "EA_RENEWAL_DUE",
    ] as const)
      expect(moneyKind(rule, "warning")).toBe("atStake");
  });

  it("a row with a renewal of 4,320 and an EST charge of 442.80 counts 442.80 at stake and 4,320 renewing, not 4,762.80", () => {
    const money = new MoneyAtStake();
    const largest = money.addRow("c", "C", row(["RENEWAL_DUE", "warning", 4320], ["EST_RISK", "warning", 442.8]), 0);
    expect(largest).toBe(442.8);
    expect(money.list()).toEqual([{ customer: "C", currency: "", amount: 442.8, findings: 1, renewing: 4320 }]);
    expect(money.renewingByCurrency()).toEqual({ "": 4320 });
  });

  it("each row counts once in each kind, at its largest amount", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(
            fc.tuple(
              fc.constantFrom<RuleId>("RENEWAL_DUE", "EST_RISK", "UNUSED_SEATS"),
              fc.integer({ min: 0, max: 1000 }),
            ),
            { maxLength: 4 },
          ),
          { maxLength: 20 },
        ),
        (rows) => {
          const money = new MoneyAtStake();
          let atStake = 0;
          let renewing = 0;
          for (const r of rows) {
            money.addRow(
              "c",
              "C",
              row(...r.map(([rule, cost]) => [rule, "warning", cost] as [RuleId, Severity, number])),
              0,
            );
            const stake = r.filter(([rule]) => rule !== "RENEWAL_DUE").map(([, c]) => c);
            const renew = r.filter(([rule]) => rule === "RENEWAL_DUE").map(([, c]) => c);
            if (stake.length) atStake += Math.max(...stake);
            if (renew.length) renewing += Math.max(...renew);
          }
          expect(money.renewingByCurrency()[""] ?? 0).toBe(renewing);
          expect(money.list().reduce((t, m) => t + m.amount, 0)).toBe(atStake);
        },
      ),
    );
  });
});

describe("a customer's money in two currencies (RULES.md §6: never added across currencies)", () => {
  /** One row's findings in a currency: [rule, cost]. */
  const inCurrency = (currency: string, ...list: Array<[RuleId, number]>): CostList => ({
    length: list.length,
    cost: (i) => list[i][1],
    rule: (i) => list[i][0],
    severity: () => "warning",
    currency: () => currency,
  });

  it("lists a customer billed in AUD and NZD twice, each amount in its own currency", () => {
    const money = new MoneyAtStake();
    money.addRow("contoso", "Contoso", inCurrency("AUD", ["EST_RISK", 300], ["RENEWAL_DUE", 3000]), 0);
    money.addRow("contoso", "Contoso", inCurrency("NZD", ["UNUSED_SEATS", 200]), 0);
    money.addRow("contoso", "Contoso", inCurrency("AUD", ["UNUSED_SEATS", 50]), 0);
    expect(money.list()).toEqual([
      { customer: "Contoso", currency: "AUD", amount: 350, findings: 2, renewing: 3000 },
      { customer: "Contoso", currency: "NZD", amount: 200, findings: 1, renewing: 0 },
    ]);
  });

  it("the per-customer amounts of each currency add up to that currency's total", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.constantFrom("A", "B", "C"), fc.constantFrom("AUD", "NZD", ""), fc.integer({ min: 0, max: 900 })),
          { maxLength: 40 },
        ),
        (rows) => {
          const money = new MoneyAtStake();
          for (const [name, currency, cost] of rows)
            money.addRow(name.toLowerCase(), name, inCurrency(currency, ["UNUSED_SEATS", cost]), 0);
          const totals = money.atStakeByCurrency();
          const listed = money.list();
          for (const currency of Object.keys(totals))
            expect(listed.filter((m) => m.currency === currency).reduce((t, m) => t + m.amount, 0)).toBe(
              totals[currency],
            );
          expect(new Set(listed.map((m) => `${m.customer}/${m.currency}`)).size).toBe(listed.length);
        },
      ),
    );
  });
});
