/**
 * The painting of a sheet part's rows for `--highlight` made part by part (./xlsx-highlight): its
 * XML text rewritten as it streams, only the painted rows' cell styles changed.
 */

import { columnIndex, columnLetters } from "../util/a1";

/** An attribute's value in a start tag (`name` may be a pattern, e.g. a prefixed name). */
export const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/**
 * Rewrites a sheet part's text as it streams: each painted row's cells up to the report's width get
 * their style's painted copy, and the row's missing cells up to that width are added, painted.
 * Everything else passes unchanged.
 */
export class SheetPainter {
  private pending = "";
  private lastRow = 0;

  constructor(
    /** A row's severity index (0 high, 1 warning, 2 info), or -1. */
    private readonly severityOf: (row: number) => number,
    /** How many cell styles the workbook had (see addFills). */
    private readonly styles: number,
    private readonly width: number,
  ) {}

  /** The text to write for this piece of the part (`final`: the last piece). */
  push(text: string, final: boolean): string {
    const all = this.pending + text;
    const out: string[] = [];
    const start = /<((?:[\w.-]+:)?)row\b([^>]*?)(\/?)>/g;
    // Copied up to `done`; rows read up to `scanned`; a row whose end has not arrived starts at `incomplete`.
    let done = 0;
    let scanned = 0;
    let incomplete = -1;
    for (let m = start.exec(all); m; m = start.exec(all)) {
      const [tag, prefix, attrs, empty] = m;
      const r = attr(tag, "r");
      const row = r !== undefined ? Number(r) : this.lastRow + 1;
      if (empty) {
        this.lastRow = row;
        scanned = start.lastIndex;
        continue;
      }
      const close = `</${prefix}row>`;
      const end = all.indexOf(close, start.lastIndex);
      if (end < 0) {
        incomplete = m.index;
        break;
      }
      this.lastRow = row;
      const severity = this.severityOf(row);
      if (severity >= 0) {
        out.push(
          all.slice(done, m.index),
          this.paintRow(prefix, attrs, all.slice(start.lastIndex, end), row, severity),
          close,
        );
        done = end + close.length;
      }
      scanned = start.lastIndex = end + close.length;
    }
    // Held back: a row still arriving, or a tag cut at the end of the piece (it may be a row's start).
    let keep = all.length;
    if (!final && incomplete >= 0) keep = incomplete;
    else if (!final) {
      const lt = all.lastIndexOf("<");
      if (lt >= scanned) keep = lt;
    }
    keep = Math.max(keep, done);
    out.push(all.slice(done, keep));
    this.pending = all.slice(keep);
    return out.join("");
  }

  private paintRow(prefix: string, attrs: string, cells: string, row: number, severity: number): string {
    const painted = (style: number) =>
      style >= 0 && style < this.styles ? this.styles + severity * this.styles + style : style;
    const rowStyle = /\scustomFormat="(1|true)"/.test(attrs) ? Number(attr(attrs, "s") ?? 0) : 0;
    const blank = (column: number) => `<${prefix}c r="${columnLetters(column - 1)}${row}" s="${painted(rowStyle)}"/>`;
    const out: string[] = [];
    let column = 0;
    let at = 0;
    const cell = new RegExp(`<${prefix}c\\b([^>]*?)(/?)>`, "g");
    for (let m = cell.exec(cells); m; m = cell.exec(cells)) {
      const r = attr(m[0], "r");
      const next = r !== undefined ? columnIndex(r.replace(/\d+$/, "")) + 1 : column + 1;
      out.push(cells.slice(at, m.index));
      for (let c = column + 1; c < next && c <= this.width; c++) out.push(blank(c));
      column = next;
      at = m.index + m[0].length;
      if (next > this.width) {
        out.push(m[0]);
        continue;
      }
      const style = Number(attr(m[0], "s") ?? 0);
      out.push(`<${prefix}c${m[1].replace(/\ss="[^"]*"/, "")} s="${painted(style)}"${m[2]}>`);
    }
    out.push(cells.slice(at));
    for (let c = column + 1; c <= this.width; c++) out.push(blank(c));
    // `spans` (an optional hint of the row's first and last cell) would no longer be right.
    return `<${prefix}row${attrs.replace(/\sspans="[^"]*"/, "")}>${out.join("")}`;
  }
}
