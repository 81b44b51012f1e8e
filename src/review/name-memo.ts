/**
 * Reading a column of names (customers, products) row after row, fast: see NameMemo.
 */
import { type Name, readName } from "./cells";

/**
 * A column's names (see readName). The last cell read is remembered (reports list a customer's rows
 * together), and the column's recent names are looked up in a small map of its own first: a product
 * column has a handful of names, found there without touching the review's large map of names.
 */
export class NameMemo {
  private cell: unknown = undefined;
  private name: Name = readName("");
  private readonly recent = new Map<string, Name>();
  read(cell: unknown): Name {
    // Strings compare by content: the same name in the next row, even as another string, is a hit.
    if (cell !== this.cell || cell === undefined) {
      let name = typeof cell === "string" ? this.recent.get(cell) : undefined;
      if (name === undefined) {
        name = readName(cell);
        if (typeof cell === "string") {
          if (this.recent.size >= NAME_MEMO) this.recent.clear();
          // Kept by the name's own copy of the text: no parser chunk is held (see own).
          if (name.text === cell) this.recent.set(name.text, name);
        }
      }
      this.name = name;
      this.cell = cell;
    }
    return this.name;
  }
}

/** Names a column's NameMemo keeps at hand. */
const NAME_MEMO = 64;
