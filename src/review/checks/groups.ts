/**
 * The rows the cross-row rules need (duplicates, I1): active rows with a customer and a product,
 * grouped by customer and product as the review reads them. Held in paged columns (see ./columns),
 * one slot a row, rather than an object a row: a million-row file costs ~48 bytes a row and its
 * subscription id's characters; a group's rows come back as RowBase objects only when the rules ask.
 */
import { own } from "../reading/cells";
import type { RowBase } from "../reading/row";
import { TextPool, float64Column, int32Column, releaseMemory } from "../../util/columns";

const NONE = -1;
/** Groups a customer can have before its products are found through the table instead of its chain. */
const CHAINED = 16;
/** "No date" in a day column (days are whole numbers well inside Int32). */
const NO_DAY = -2147483648;

/** A growable array of group numbers (doubling: groups are far fewer than rows). */
function grow(a: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  if (size <= a.length) return a;
  const next = new Int32Array(Math.max(size, a.length * 2));
  next.set(a);
  return next;
}

const day = (v: number | null | undefined) => (v === undefined || v === null ? NO_DAY : v);
const dayOrUndefined = (v: number) => (v === NO_DAY ? undefined : v);
const numberOrUndefined = (v: number) => (Number.isNaN(v) ? undefined : v);
const asIs = (text: string) => text;

export class ActiveGroups {
  // Names: customer and product keys to small numbers, with the name as first written. The names
  // are the row reader's (one copy per distinct name: see readName).
  private readonly customerIds = new Map<string, number>();
  private readonly productIds = new Map<string, number>();
  private readonly customerKeys: string[] = [];
  private readonly productKeys: string[] = [];
  private readonly customerNames: string[] = [];
  private readonly productNames: string[] = [];
  // Groups: each customer's groups in a chain (a report lists a customer's rows together, so the
  // chain is in the cache; a table over all groups cost a cache miss a row), and an open-addressing
  // table from (customer, product) for the customers with more than CHAINED groups.
  private customerFirst = new Int32Array(256).fill(NONE);
  private customerGroups = new Int32Array(256);
  private table = new Int32Array(1024).fill(NONE);
  private tabled = 0;
  private groupCustomer = new Int32Array(256);
  private groupProduct = new Int32Array(256);
  private groupFirst = new Int32Array(256);
  private groupLast = new Int32Array(256);
  private groupNext = new Int32Array(256);
  private groups = 0;
  // Slots: one a held row (NaN or NO_DAY: no value).
  private readonly rowNo = int32Column();
  private readonly quantity = float64Column();
  private readonly price = float64Column();
  private readonly next = int32Column();
  private readonly windowLast = int32Column();
  private readonly cost = float64Column();
  private readonly link = int32Column();
  private readonly ids = new TextPool();
  private slots = 0;
  // The groups with two rows or more, as they got their second.
  private readonly multiGroups = int32Column();
  private multiCount = 0;
  // The last name looked up per kind: reports list a customer's rows together.
  private lastCustomer = "";
  private lastCustomerId = NONE;
  private lastProduct = "";
  private lastProductId = NONE;

  /** `copyTexts`: texts kept as strings are copied (a streamed file: see `own`). */
  constructor(private readonly copyTexts = false) {}

  /** Whether `add` keeps this row. */
  static holds(k: RowBase): boolean {
    // A row in EST is still billed: it counts as active; an expired one (lapsed) does not (§6).
    return (k.status === "active" || k.status === "est") && !k.lapsed && k.customerKey !== "" && k.productKey !== "";
  }

  private nameId(ids: Map<string, number>, keys: string[], names: string[], key: string, name: string): number {
    let id = ids.get(key);
    if (id === undefined) {
      id = keys.length;
      ids.set(key, id);
      keys.push(key);
      names.push(name);
      if (ids === this.customerIds && id >= this.customerFirst.length) {
        const first = new Int32Array(this.customerFirst.length * 2).fill(NONE);
        first.set(this.customerFirst);
        this.customerFirst = first;
        this.customerGroups = grow(this.customerGroups, id + 1);
      }
    }
    return id;
  }

  /** The group of (c, p), or NONE. */
  private groupOf(c: number, p: number): number {
    if (this.customerGroups[c] > CHAINED) {
      const found = this.slotOfGroup(c, p);
      return found < 0 ? NONE : found;
    }
    for (let g = this.customerFirst[c]; g !== NONE; g = this.groupNext[g]) if (this.groupProduct[g] === p) return g;
    return NONE;
  }

  /** A new group's place in the table (customers with more than CHAINED groups). */
  private toTable(g: number): void {
    const at = this.slotOfGroup(this.groupCustomer[g], this.groupProduct[g]);
    if (at >= 0) return; // there already (a rehash put it)
    this.table[~at] = g;
    // Kept at most half full, so a probe ends soon.
    if (++this.tabled * 2 > this.table.length) this.rehash();
  }

  /** The group of (c, p) in the table, or ~(the free place where it would go). */
  private slotOfGroup(c: number, p: number): number {
    const mask = this.table.length - 1;
    let h = (Math.imul(c, 0x9e3779b1) ^ Math.imul(p + 1, 0x85ebca77)) & mask;
    for (;;) {
      const g = this.table[h];
      if (g === NONE) return ~h; // free: where the new group goes
      if (this.groupCustomer[g] === c && this.groupProduct[g] === p) return g;
      h = (h + 1) & mask;
    }
  }

  add(k: RowBase): void {
    if (k.customerKey !== this.lastCustomer || this.lastCustomerId === NONE) {
      this.lastCustomerId = this.nameId(
        this.customerIds,
        this.customerKeys,
        this.customerNames,
        k.customerKey,
        k.customer,
      );
      this.lastCustomer = this.customerKeys[this.lastCustomerId];
    }
    if (k.productKey !== this.lastProduct || this.lastProductId === NONE) {
      this.lastProductId = this.nameId(this.productIds, this.productKeys, this.productNames, k.productKey, k.product);
      this.lastProduct = this.productKeys[this.lastProductId];
    }
    const c = this.lastCustomerId;
    const p = this.lastProductId;
    const s = this.slots++;
    this.rowNo.set(s, k.row);
    this.quantity.set(s, k.quantity ?? NaN);
    this.price.set(s, k.price ?? NaN);
    this.next.set(s, day(k.next));
    this.windowLast.set(s, day(k.windowLast));
    this.cost.set(s, k.cost ?? NaN);
    this.link.set(s, NONE);
    this.ids.set(s, k.subscriptionId, this.copyTexts ? own : asIs);
    const found = this.groupOf(c, p);
    if (found === NONE) {
      const g = this.groups++;
      if (g >= this.groupFirst.length) {
        this.groupCustomer = grow(this.groupCustomer, g + 1);
        this.groupProduct = grow(this.groupProduct, g + 1);
        this.groupFirst = grow(this.groupFirst, g + 1);
        this.groupLast = grow(this.groupLast, g + 1);
        this.groupNext = grow(this.groupNext, g + 1);
      }
      this.groupCustomer[g] = c;
      this.groupProduct[g] = p;
      this.groupFirst[g] = s;
      this.groupLast[g] = s;
      this.groupNext[g] = this.customerFirst[c];
      this.customerFirst[c] = g;
      const count = ++this.customerGroups[c];
      if (count === CHAINED + 1) for (let h = g; h !== NONE; h = this.groupNext[h]) this.toTable(h);
      else if (count > CHAINED) this.toTable(g);
    } else {
      if (this.groupFirst[found] === this.groupLast[found]) this.multiGroups.set(this.multiCount++, found);
      this.link.set(this.groupLast[found], s);
      this.groupLast[found] = s;
    }
  }

  /** Gives the columns' memory back now (see releaseMemory): the store is empty and unusable after. */
  release(): void {
    for (const column of [
      this.rowNo,
      this.quantity,
      this.price,
      this.next,
      this.windowLast,
      this.cost,
      this.link,
      this.multiGroups,
    ])
      column.release();
    this.multiCount = 0;
    this.ids.release();
    releaseMemory([
      this.table,
      this.groupCustomer,
      this.groupProduct,
      this.groupFirst,
      this.groupLast,
      this.groupNext,
      this.customerFirst,
      this.customerGroups,
    ]);
    this.groups = 0;
    this.slots = 0;
  }

  private rehash(): void {
    this.table = new Int32Array(this.table.length * 2).fill(NONE);
    this.tabled = 0;
    for (let g = 0; g < this.groups; g++) {
      if (this.customerGroups[this.groupCustomer[g]] <= CHAINED) continue;
      this.table[~this.slotOfGroup(this.groupCustomer[g], this.groupProduct[g])] = g;
      this.tabled++;
    }
  }

  private row(s: number, c: number, p: number): RowBase {
    return {
      row: this.rowNo.get(s),
      customer: this.customerNames[c],
      product: this.productNames[p],
      subscriptionId: this.ids.get(s),
      customerKey: this.customerKeys[c],
      productKey: this.productKeys[p],
      status: "active",
      quantity: numberOrUndefined(this.quantity.get(s)),
      price: numberOrUndefined(this.price.get(s)),
      next: dayOrUndefined(this.next.get(s)),
      windowLast: dayOrUndefined(this.windowLast.get(s)),
      cost: numberOrUndefined(this.cost.get(s)),
    };
  }

  /** The groups of two or more rows, in the order their first row came, each as its rows (made afresh). */
  *multi(): Iterator<readonly RowBase[]> & Iterable<readonly RowBase[]> {
    // Listed as each got its second row: back into the order of their first rows (group numbers).
    const multi = new Int32Array(this.multiCount);
    for (let i = 0; i < multi.length; i++) multi[i] = this.multiGroups.get(i);
    multi.sort();
    for (const g of multi) {
      const c = this.groupCustomer[g];
      const p = this.groupProduct[g];
      const rows: RowBase[] = [];
      for (let s = this.groupFirst[g]; s !== NONE; s = this.link.get(s)) rows.push(this.row(s, c, p));
      yield rows;
    }
  }

  /** Every group as a view (one object, reused: read it before the next), without making its rows. */
  *views(): Iterator<GroupView> & Iterable<GroupView> {
    const slots: number[] = [];
    const { quantity, ids, rowNo } = this;
    const view: GroupView = {
      customerId: 0,
      productId: 0,
      groups: this.groups,
      customerRanks: rankOf(this.customerKeys),
      productRanks: rankOf(this.productKeys),
      size: 0,
      customerNames: this.customerNames,
      productNames: this.productNames,
      quantity: (i) => {
        return numberOrUndefined(quantity.get(slots[i]));
      },
      id: (i) => ids.get(slots[i]),
      row: (i) => rowNo.get(slots[i]),
    };
    for (let g = 0; g < this.groups; g++) {
      const c = this.groupCustomer[g];
      const p = this.groupProduct[g];
      slots.length = 0;
      for (let s = this.groupFirst[g]; s !== NONE; s = this.link.get(s)) slots.push(s);
      view.customerId = c;
      view.productId = p;
      view.size = slots.length;
      yield view;
    }
  }
}

/** A group of held rows as the I1 rule reads it: its names' numbers, its size, and each row's seats and id. */
export interface GroupView {
  /** The customer's and the product's numbers in the store (see customerNames, productNames). */
  customerId: number;
  productId: number;
  /** How many groups the store holds (this one among them). */
  groups: number;
  /** Each customer's (product's) place, by its number, among all the keys in text order. */
  customerRanks: Int32Array;
  productRanks: Int32Array;
  size: number;
  quantity: (i: number) => number | undefined;
  id: (i: number) => string;
  row: (i: number) => number;
  /** The names by their numbers in the store (every group's; they outlive the store). */
  customerNames: readonly string[];
  productNames: readonly string[];
}

/** Each key's place among `keys` (distinct) in text order (a collator is ~10× slower on 100k names). */
function rankOf(keys: readonly string[]): Int32Array {
  const order = Array.from(keys.keys()).sort((a, b) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : 0));
  const rank = new Int32Array(keys.length);
  for (let r = 0; r < order.length; r++) rank[order[r]] = r;
  return rank;
}
