/**
 * Names in reports (customers, products): a name cell's text and the key rows are grouped by, one
 * shared copy per distinct name (readName), and a column's names read row after row (NameMemo).
 */
import { cellText, own } from "./cells";

/** A name as the review keeps it: the text as written (trimmed) and the key names are grouped by. */
export interface Name {
  readonly text: string;
  /** Without case or extra spaces: "ACME  Ltd" and "acme ltd" are one customer. */
  readonly key: string;
}

/** Two spaces in a row, or a space other than U+0020 (tab, no-break space …): a name's key folds them. Names come trimmed (cellText). */
const FOLDABLE_SPACE = /\s\s|[^\S ]/;

/** Distinct names a review remembers (beyond, names are still read right, only not shared). */
const NAMES_KEPT = 250000;
const names = new Map<string, Name>();

/**
 * A name cell's text and key, one shared copy per distinct text (see `own`): names repeat on
 * thousands of rows and every finding, group and total keeps them.
 * @example readName(" Contoso  Ltd ") // { text: "Contoso  Ltd", key: "contoso ltd" }
 */
export function readName(value: unknown): Name {
  const raw = cellText(value);
  let name = names.get(raw);
  if (name === undefined) {
    const text = own(raw);
    // Made from the copy, so the key holds no parser chunk either.
    const lower = text.toLowerCase();
    // Spaces folded only where there is something to fold (most names have single plain spaces).
    const normal = FOLDABLE_SPACE.test(lower) ? lower.replace(/\s+/g, " ").trim() : lower;
    name = { text, key: normal === text ? text : normal };
    if (names.size < NAMES_KEPT) names.set(text, name);
  }
  return name;
}

/**
 * Empties the cache of names. A streamed review calls it when it finishes: its names live on in the
 * findings and totals that use them, and the cache's own ~15 MB for 200k customers is not held
 * while the output is written.
 */
export function forgetNames(): void {
  names.clear();
}

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
