/**
 * CSV text into cells (papaparse: quotes, embedded commas and line breaks, ragged rows), split at the
 * separator its table uses (./separator). A leading BOM is dropped; rows keep their length. Shared by
 * the command line and the browser demo.
 */
import Papa from "papaparse";
import { chooseSeparator } from "./separator";

/** Characters of a text its separator is chosen from (its first lines). */
export const SEPARATOR_SAMPLE = 200_000;

export function parseCsv(text: string): string[][] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const delimiter = chooseSeparator(body.slice(0, SEPARATOR_SAMPLE));
  const rows = Papa.parse<string[]>(body, { skipEmptyLines: false, delimiter }).data;
  // papaparse adds one empty row for a final line break.
  const last = rows[rows.length - 1];
  if (last && last.length === 1 && last[0] === "") rows.pop();
  return rows;
}

/**
 * A report pasted into one column: each line of a CSV lands whole in one cell when text is pasted
 * into Excel without Text to Columns ("Customer,Product,Qty…" in A1, A2 …). When every row has at most
 * one filled cell, in one column, and the lines split into at least three columns at one separator
 * (`,`, `;`, tab or `|`, chosen from the table: ./separator), the lines as cells — one row each, so rows keep their
 * numbers; undefined otherwise (also when a quoted line break would join two rows).
 * @example splitPastedLines([["Customer,Product,Qty"], ["Acme,E3,10"]]) // [["Customer","Product","Qty"],["Acme","E3","10"]]
 */
export function splitPastedLines(cells: readonly (readonly unknown[])[]): string[][] | undefined {
  let column = -1;
  const lines: string[] = [];
  for (const row of cells) {
    let text = "";
    for (let c = 0; c < (row?.length ?? 0); c++) {
      const v = row[c];
      if (v === "" || v === null || v === undefined) continue;
      if (typeof v !== "string" || (column >= 0 && c !== column)) return undefined;
      column = c;
      text = v;
    }
    lines.push(text);
  }
  if (column < 0) return undefined;
  const text = lines.join("\n");
  const parsed = Papa.parse<string[]>(text, {
    skipEmptyLines: false,
    delimiter: chooseSeparator(text.slice(0, SEPARATOR_SAMPLE)),
  });
  if (parsed.data.length !== lines.length || !parsed.data.some((r) => r.length >= 3)) return undefined;
  // Blank lines stay blank rows (papaparse gives them one empty cell).
  return parsed.data.map((r) => (r.length === 1 && r[0] === "" ? [] : r));
}
