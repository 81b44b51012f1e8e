import fc from "fast-check";
import { FindingStore } from "../../../src/review/findings/store";
import { RULE_IDS, SEVERITIES, sortFindings, type Finding } from "../../../src/review/findings/findings";
import { iso } from "../../../src/rules/dates";

const asOf = iso("2026-11-21");

type Added = Parameters<FindingStore["add"]>;

const added: fc.Arbitrary<Added> = fc.tuple(
  fc.integer({ min: 1, max: 1_048_576 }),
  fc.constantFrom(...RULE_IDS),
  fc.constantFrom(...SEVERITIES),
  fc.constantFrom("Renews soon.", "Window open.", ""),
  fc.option(fc.integer({ min: 61, max: 2958465 }), { nil: undefined }),
  fc.option(fc.constantFrom(asOf - 3, asOf, asOf + 1, asOf + 40, 61, 2958465), { nil: undefined }),
  fc.option(fc.oneof(fc.double({ min: 0, max: 1e7, noNaN: true }), fc.constant(Number.NaN), fc.constant(Infinity)), {
    nil: undefined,
  }),
  fc.constantFrom("", "Contoso", "Ädatum"),
  fc.constantFrom("", "Microsoft 365 E3"),
  fc.constantFrom("", "sub-1", "0f8fad5b-d9cb-469f-a165-70867728950e", "订阅-7"),
  fc.option(fc.constantFrom("quantity", "start_date"), { nil: undefined }),
);

function store(list: readonly Added[]): FindingStore {
  const s = new FindingStore(asOf);
  for (const a of list) s.add(...a);
  return s;
}

describe("a review's findings kept as columns", () => {
  it("read back as the objects a review reports: ISO dates, days from the review's day, cost in cents, empty names and ids left out", () => {
    const s = new FindingStore(asOf);
    s.add(
      7,
      "RENEWAL_DUE",
      "warning",
      "Renews on 22 Nov 2026.",
      asOf + 1,
      asOf,
      93912.004,
      "Contoso",
      "Microsoft 365 E3",
      "774a3983-85ff-4d7c-9e3b-0c1d2e3f4a5b",
      undefined,
    );
    s.add(
      9,
      "DATA_ISSUE",
      "warning",
      "Quantity “x” is not a seat count.",
      undefined,
      undefined,
      undefined,
      "",
      "",
      "",
      "quantity",
    );
    expect(s.finding(0)).toEqual({
      row: 7,
      rule: "RENEWAL_DUE",
      severity: "warning",
      message: "Renews on 22 Nov 2026.",
      date: "2026-11-22",
      days: 1,
      actBy: "2026-11-21",
      cost: 93912,
      // A renewal's value is renewing money, never money at stake (RULES.md §6 of 2026-12-07).
      moneyKind: "renewing",
      customer: "Contoso",
      product: "Microsoft 365 E3",
      subscriptionId: "774a3983-85ff-4d7c-9e3b-0c1d2e3f4a5b",
    });
    expect(JSON.parse(JSON.stringify(s.finding(1)))).toEqual({
      row: 9,
      rule: "DATA_ISSUE",
      severity: "warning",
      message: "Quantity “x” is not a seat count.",
      field: "quantity",
    });
    expect(s.cost(0)).toBe(93912);
    expect(s.cost(1)).toBeUndefined();
  });

  it("keep any id, name and cost as given (ids beyond Latin-1 too; a cost that is no finite number is none)", () => {
    fc.assert(
      fc.property(fc.array(added, { maxLength: 60 }), (list) => {
        const s = store(list);
        expect(s.length).toBe(list.length);
        list.forEach(([row, rule, severity, message, , , cost, customer, product, id, field], i) => {
          const f = s.finding(i);
          expect([f.row, f.rule, f.severity, f.message, f.customer, f.product, f.subscriptionId, f.field]).toEqual([
            row,
            rule,
            severity,
            message,
            customer || undefined,
            product || undefined,
            id || undefined,
            field,
          ]);
          expect(f.cost).toBe(cost === undefined || !Number.isFinite(cost) ? undefined : Math.round(cost * 100) / 100);
          expect(s.cost(i)).toBe(f.cost);
          expect([s.row(i), s.rule(i), s.severity(i), s.customer(i)]).toEqual([row, rule, severity, customer]);
        });
      }),
    );
  });

  it("come out most urgent first, exactly as sortFindings orders the same findings as objects", () => {
    fc.assert(
      fc.property(fc.array(added, { maxLength: 300 }), (list) => {
        const s = store(list);
        const objects: Finding[] = list.map((_, i) => s.finding(i));
        sortFindings(objects);
        expect(s.pages().slice()).toEqual(objects);
      }),
      { numRuns: 150 },
    );
  });

  it("make a page of findings at a time, the same as the whole list's part", () => {
    const list = fc.sample(added, 250);
    const s = store(list);
    const pages = s.pages();
    // A later page first: the order is worked out by whichever page comes first.
    const late = pages.slice(240, 400);
    const whole = pages.slice();
    expect(pages.length).toBe(250);
    expect(pages.slice(100, 200)).toEqual(whole.slice(100, 200));
    expect(late).toEqual(whole.slice(240));
  });
});
