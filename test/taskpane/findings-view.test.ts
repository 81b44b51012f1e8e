import { NO_FILTER, applyFilter, customerItems, findingItems, handledPool } from "../../src/taskpane/findings-view";
import { withHandled } from "../../src/excel/handled";
import type { Finding } from "../../src/review";
import { iso } from "../../src/rules/dates";

const asOf = iso("2026-11-21");
const f = (row: number, actBy: string | undefined, extra: Partial<Finding> = {}): Finding => ({
  row,
  rule: "RENEWAL_DUE",
  severity: "warning",
  message: "m",
  actBy,
  ...extra,
});

describe("the findings list's filters and groups", () => {
  it("'Due this week' keeps act-by dates from late ones up to as_of + 6 days, not day 7 or findings without one", () => {
    const list = [f(1, "2026-11-10"), f(2, "2026-11-21"), f(3, "2026-11-27"), f(4, "2026-11-28"), f(5, undefined)];
    expect(applyFilter(list, { ...NO_FILTER, dueThisWeek: true }, asOf).map((x) => x.row)).toEqual([1, 2, 3]);
  });

  it("a week of the timeline keeps the findings of its rows only", () => {
    const list = [f(1, "2026-12-01"), f(2, "2026-12-02"), f(3, undefined)];
    expect(
      applyFilter(list, { ...NO_FILTER, rows: { label: "renewing 1 Dec – 7 Dec", rows: new Set([2, 3]) } }, asOf).map(
        (x) => x.row,
      ),
    ).toEqual([2, 3]);
  });

  it("groups by customer, most money at stake first, counting a row's money once at its largest cost", () => {
    const atStake = { rule: "REDUCTION_BLOCKED" as const, severity: "high" as const };
    const list = [
      f(1, "2026-11-22", { customer: "Small Co", cost: 10, ...atStake }),
      f(2, "2026-11-23", { customer: "Big Co", cost: 500, ...atStake }),
      f(2, "2026-11-24", { customer: "Big Co", cost: 300, rule: "NEW_ORDER_OVERLAP", severity: "high" }),
      f(3, "2026-11-25", { customer: "Big Co", cost: 100, ...atStake }),
      // A renewal's value is never money at stake (RULES.md §6): it does not lift Small Co.
      f(4, "2026-11-26", { customer: "Small Co", cost: 9000 }),
    ];
    const items = customerItems(list);
    expect(items.filter((i) => i.kind === "customer")).toEqual([
      expect.objectContaining({ customer: "Big Co", findings: 3, money: 600 }),
      expect.objectContaining({ customer: "Small Co", findings: 2, money: 10 }),
    ]);
    // Inside a group the findings keep their urgency order.
    expect(items.slice(1, 4).map((i) => (i.kind === "finding" ? i.finding.actBy : ""))).toEqual([
      "2026-11-23",
      "2026-11-24",
      "2026-11-25",
    ]);
  });
});

describe("the renewal views and money by currency", () => {
  it("'Due within 30 days' keeps late ones and act-by dates up to as_of + 30, not day 31 or findings without one", () => {
    const list = [f(1, "2026-11-10"), f(2, "2026-12-21"), f(3, "2026-12-22"), f(4, "2027-02-19"), f(5, undefined)];
    const within = (n: 7 | 30 | 60 | 90) => applyFilter(list, { ...NO_FILTER, dueWithin: n }, asOf).map((x) => x.row);
    expect(within(30)).toEqual([1, 2]);
    expect(within(90)).toEqual([1, 2, 3, 4]);
    expect(within(7)).toEqual([1]);
  });

  it("never adds a customer's money across currencies: each currency's amount is kept apart", () => {
    const atStake = { rule: "UNUSED_SEATS" as const, severity: "warning" as const };
    const items = customerItems([
      f(1, "2026-11-22", { customer: "Twin Co", cost: 300, currency: "AUD", ...atStake }),
      f(2, "2026-11-23", { customer: "Twin Co", cost: 200, currency: "NZD", ...atStake }),
      f(3, "2026-11-24", { customer: "Twin Co", cost: 50, currency: "AUD", ...atStake }),
    ]);
    expect(items[0]).toEqual(
      expect.objectContaining({ customer: "Twin Co", moneyByCurrency: { AUD: 350, NZD: 200 }, money: 350 }),
    );
  });

  it("the list starts without the handled findings (done, or snoozed past the review's day) unless Show handled", () => {
    const list = [
      f(1, "2026-11-25", { subscriptionId: "A" }),
      f(2, "2026-11-26", { subscriptionId: "B" }),
      f(3, "2026-11-27"),
    ];
    let marks = withHandled({}, list[0], { done: true }, asOf);
    marks = withHandled(marks, list[1], { snoozeUntil: "2026-11-30" }, asOf);
    marks = withHandled(marks, list[2], { note: "a note alone hides nothing" }, asOf);
    expect(handledPool(list, marks, asOf, false)).toEqual({ pool: [list[2]], handled: 2 });
    expect(handledPool(list, marks, asOf, true)).toEqual({ pool: list, handled: 2 });
    // On the snooze's day the finding is back.
    expect(handledPool(list, marks, iso("2026-11-30"), false).pool.map((x) => x.row)).toEqual([2, 3]);
  });

  it("a finding keeps its key when the findings before it leave the list, so an opened finding stays open", () => {
    const list = [f(1, "2026-11-25"), f(2, "2026-11-26"), f(3, "2026-11-27")];
    const before = findingItems(list).map((i) => i.key);
    const after = findingItems(list.slice(1)).map((i) => i.key);
    expect(after).toEqual(before.slice(1));
  });

  it("a customer's duplicate pair counts once at stake: the smaller, the larger being the subscription kept (RULES.md §6)", () => {
    const dup = { rule: "DUPLICATE_SUBSCRIPTION" as const, customer: "Contoso", product: "Microsoft 365 E3" };
    const list = [f(2, "2027-02-28", { ...dup, cost: 1183.56 }), f(3, "2027-05-31", { ...dup, cost: 1136.22 })];
    const group = customerItems(list)[0];
    expect(group).toMatchObject({ kind: "customer", moneyByCurrency: { "": 1136.22 } });
  });
});
