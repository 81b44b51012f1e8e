import fc from "fast-check";
import { ActiveGroups } from "../../../src/review/checks/groups";
import type { RowBase } from "../../../src/review/reading/row";

const row = (n: number, customer: string, product: string): RowBase => ({
  row: n,
  customer,
  product,
  subscriptionId: `sub-${n}`,
  customerKey: customer.toLowerCase(),
  productKey: product.toLowerCase(),
  status: "active",
  quantity: n % 7,
  price: undefined,
  next: undefined,
  windowLast: undefined,
  cost: undefined,
});

/** The groups of two or more rows as a plain grouping would find them: rows by (customer, product), in order of each group's first row. */
function plainGroups(rows: RowBase[]): number[][] {
  const groups = new Map<string, number[]>();
  for (const r of rows) {
    const key = `${r.customerKey}|${r.productKey}`;
    const list = groups.get(key) ?? [];
    list.push(r.row);
    groups.set(key, list);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}

function heldGroups(rows: RowBase[]): number[][] {
  const store = new ActiveGroups();
  for (const r of rows) store.add(r);
  return [...store.multi()].map((g) => g.map((r) => r.row));
}

describe("the rows held for the duplicate and incentive rules", () => {
  it("group a customer's rows by product whether the customer has a few products or hundreds, and whether its rows come together or scattered", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 60 })), {
          minLength: 1,
          maxLength: 400,
        }),
        (pairs) => {
          const rows = pairs.map(([c, p], i) => row(i + 2, `Customer ${c}`, `Product ${p}`));
          expect(heldGroups(rows)).toEqual(plainGroups(rows));
        },
      ),
      { numRuns: 200 },
    );
  });

  it("find the second row of a product for a customer with a thousand products (past the per-customer chain)", () => {
    const rows: RowBase[] = [];
    for (let p = 0; p < 1000; p++) rows.push(row(rows.length + 2, "Contoso", `SKU ${p}`));
    rows.push(row(rows.length + 2, "Fabrikam", "SKU 3"));
    rows.push(row(rows.length + 2, "CONTOSO", "sku 3"));
    rows.push(row(rows.length + 2, "Contoso", "SKU 999"));
    expect(heldGroups(rows)).toEqual([
      [5, 1003],
      [1001, 1004],
    ]);
  });

  it("tell customers apart even when thousands of them share products", () => {
    const rows: RowBase[] = [];
    for (let c = 0; c < 5000; c++)
      for (let p = 0; p < 3; p++) rows.push(row(rows.length + 2, `Customer ${c}`, `Product ${p}`));
    rows.push(row(rows.length + 2, "Customer 4321", "Product 1"));
    expect(heldGroups(rows)).toEqual([[4321 * 3 + 1 + 2, 15002]]);
  });
});
