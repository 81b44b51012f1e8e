/**
 * The rows the cross-row rules need (duplicates, I1): active rows with a customer and a product,
 * grouped by customer and product as the review reads them. Held in columns (typed arrays, one slot
 * a row) rather than an object a row, so a million-row file costs ~60 bytes a row and its
 * subscription id; a group's rows come back as RowBase objects only when the rules ask.
 */
import { own } from "../cells";
import type { RowBase } from "../row";

const NONE = -1;

/** A growable column of numbers. */
function grow<T extends Float64Array | Int32Array>(a: T, size: number): T {
  if (size <= a.length) return a;
  const next = new (a.constructor as { new (n: number): T })(Math.max(size, a.length * 2));
  next.set(a);
  return next;
}

export class ActiveGroups {
  // Names: customer and product keys to small numbers, with the name as first written.
  private readonly customerIds = new Map<string, number>();
  private readonly productIds = new Map<string, number>();
  private readonly customerKeys: string[] = [];
  private readonly productKeys: string[] = [];
  private readonly customerNames: string[] = [];
  private readonly productNames: string[] = [];
  // Groups: an open-addressing table from (customer, product) to the group, and each group's slots.
  private table = new Int32Array(1024).fill(NONE);
  private groupCustomer = new Int32Array(256);
  private groupProduct = new Int32Array(256);
  private groupFirst = new Int32Array(256);
  private groupLast = new Int32Array(256);
  private groups = 0;
  // Slots: one a held row (NaN: no value).
  private rowNo = new Int32Array(256);
  private quantity = new Float64Array(256);
  private price = new Float64Array(256);
  private next = new Float64Array(256);
  private windowLast = new Float64Array(256);
  private cost = new Float64Array(256);
  private link = new Int32Array(256);
  private readonly ids: string[] = [];
  private slots = 0;

  /** `copyTexts`: names and ids are copied (a streamed file: see `own`). */
  constructor(private readonly copyTexts = false) {}

  /** Whether `add` keeps this row. */
  static holds(k: RowBase): boolean {
    return k.status === "active" && k.customerKey !== "" && k.productKey !== "";
  }

  private nameId(ids: Map<string, number>, keys: string[], names: string[], key: string, name: string): number {
    let id = ids.get(key);
    if (id === undefined) {
      id = keys.length;
      ids.set(key, id);
      keys.push(key);
      names.push(this.copyTexts ? own(name) : name);
    }
    return id;
  }

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
    const c = this.nameId(this.customerIds, this.customerKeys, this.customerNames, k.customerKey, k.customer);
    const p = this.nameId(this.productIds, this.productKeys, this.productNames, k.productKey, k.product);
    const s = this.slots++;
    if (s >= this.rowNo.length) {
      const n = s + 1;
      this.rowNo = grow(this.rowNo, n);
      this.quantity = grow(this.quantity, n);
      this.price = grow(this.price, n);
      this.next = grow(this.next, n);
      this.windowLast = grow(this.windowLast, n);
      this.cost = grow(this.cost, n);
      this.link = grow(this.link, n);
    }
    this.rowNo[s] = k.row;
    this.quantity[s] = k.quantity ?? NaN;
    this.price[s] = k.price ?? NaN;
    this.next[s] = k.next ?? NaN;
    this.windowLast[s] = k.windowLast ?? NaN;
    this.cost[s] = k.cost ?? NaN;
    this.link[s] = NONE;
    this.ids.push(this.copyTexts ? own(k.subscriptionId) : k.subscriptionId);
    const found = this.slotOfGroup(c, p);
    if (found < 0) {
      const g = this.groups++;
      this.table[~found] = g;
      if (g >= this.groupFirst.length) {
        this.groupCustomer = grow(this.groupCustomer, g + 1);
        this.groupProduct = grow(this.groupProduct, g + 1);
        this.groupFirst = grow(this.groupFirst, g + 1);
        this.groupLast = grow(this.groupLast, g + 1);
      }
      this.groupCustomer[g] = c;
      this.groupProduct[g] = p;
      this.groupFirst[g] = s;
      this.groupLast[g] = s;
      // Kept at most half full, so a probe ends soon.
      if (this.groups * 2 > this.table.length) this.rehash();
    } else {
      this.link[this.groupLast[found]] = s;
      this.groupLast[found] = s;
    }
  }

  private rehash(): void {
    this.table = new Int32Array(this.table.length * 2).fill(NONE);
    for (let g = 0; g < this.groups; g++) this.table[~this.slotOfGroup(this.groupCustomer[g], this.groupProduct[g])] = g;
  }

  private row(s: number, c: number, p: number): RowBase {
    const num = (v: number) => (Number.isNaN(v) ? undefined : v);
    return {
      row: this.rowNo[s],
      customer: this.customerNames[c],
      product: this.productNames[p],
      subscriptionId: this.ids[s],
      customerKey: this.customerKeys[c],
      productKey: this.productKeys[p],
      status: "active",
      quantity: num(this.quantity[s]),
      price: num(this.price[s]),
      next: num(this.next[s]),
      windowLast: num(this.windowLast[s]),
      cost: num(this.cost[s]),
    };
  }

  /** The groups of two or more rows, in the order their first row came, each as its rows (made afresh). */
  *multi(): Iterator<readonly RowBase[]> & Iterable<readonly RowBase[]> {
    for (let g = 0; g < this.groups; g++) {
      if (this.link[this.groupFirst[g]] === NONE) continue;
      const c = this.groupCustomer[g];
      const p = this.groupProduct[g];
      const rows: RowBase[] = [];
      for (let s = this.groupFirst[g]; s !== NONE; s = this.link[s]) rows.push(this.row(s, c, p));
      yield rows;
    }
  }

  /** Every group as a view (one object, reused: read it before the next), without making its rows. */
  *views(): Iterator<GroupView> & Iterable<GroupView> {
    const slots: number[] = [];
    const store = this;
    const view: GroupView = {
      customer: "",
      product: "",
      customerKey: "",
      productKey: "",
      size: 0,
      quantity: (i) => {
        const q = store.quantity[slots[i]];
        return Number.isNaN(q) ? undefined : q;
      },
      id: (i) => store.ids[slots[i]],
      row: (i) => store.rowNo[slots[i]],
    };
    for (let g = 0; g < this.groups; g++) {
      const c = this.groupCustomer[g];
      const p = this.groupProduct[g];
      slots.length = 0;
      for (let s = this.groupFirst[g]; s !== NONE; s = this.link[s]) slots.push(s);
      view.customer = this.customerNames[c];
      view.product = this.productNames[p];
      view.customerKey = this.customerKeys[c];
      view.productKey = this.productKeys[p];
      view.size = slots.length;
      yield view;
    }
  }
}

/** A group of held rows as the I1 rule reads it: its names, its size, and each row's seats and id. */
export interface GroupView {
  customer: string;
  product: string;
  customerKey: string;
  productKey: string;
  size: number;
  quantity: (i: number) => number | undefined;
  id: (i: number) => string;
  row: (i: number) => number;
}
