/**
 * The field separator of a delimited text (RULES.md §6: "`;`-separated files with decimal commas"),
 * chosen from its table, not from its first lines: a German, French, Spanish, Italian, Dutch or
 * Portuguese Excel writes `;` between fields and commas inside amounts ("57,00 €;2.280,00 €"), and
 * such a file often starts with title lines and blank lines of one field each — which make `;` look
 * uneven and `,` a candidate to a guess from the first lines' field counts.
 *
 * Each candidate splits the first lines; the one under which a row names the most roles the review
 * knows (the header row) wins; with no header row under any, the one that splits the most lines into
 * the same number of fields (two or more), lines of one field (titles, notes, blank lines) aside.
 */
import Papa from "papaparse";
import { HEADER_SCAN_ROWS, mapHeaderRow } from "./header";

/** The separators a report's text may use, in the order a tie is settled. */
export const SEPARATORS = [",", ";", "\t", "|"] as const;
export type Separator = (typeof SEPARATORS)[number];

/** Lines looked at. */
const SAMPLE_LINES = 200;

interface Split {
  separator: Separator;
  /** Roles the best header row names under this separator. */
  roles: number;
  /** Lines (of two fields or more) with the most common field count, below the header row when there is one. */
  even: number;
}

function split(text: string, separator: Separator): Split {
  const rows = Papa.parse<string[]>(text, { delimiter: separator, preview: SAMPLE_LINES, skipEmptyLines: false }).data;
  let roles = 0;
  let header = -1;
  for (let i = 0; i < Math.min(rows.length, HEADER_SCAN_ROWS); i++) {
    const count = Object.keys(mapHeaderRow(rows[i])).length;
    // A header row names two roles or more (as the review's own header search asks).
    if (count >= 2 && count > roles) [roles, header] = [count, i];
  }
  const counts = new Map<number, number>();
  for (let i = header + 1; i < rows.length; i++)
    if (rows[i].length >= 2) counts.set(rows[i].length, (counts.get(rows[i].length) ?? 0) + 1);
  // Under a header row, lines of its width are the table; otherwise the most common width is.
  const width = header >= 0 ? rows[header].length : 0;
  const even = width >= 2 ? (counts.get(width) ?? 0) : Math.max(0, ...counts.values());
  return { separator, roles, even };
}

/**
 * The separator of a report's text, from its first lines (see above); "," when nothing tells.
 * @example chooseSeparator("Rapport\n\nKunde;Produkt;Preis\nAcme;E3;57,00 €") // ";"
 */
export function chooseSeparator(text: string): Separator {
  let best: Split | undefined;
  for (const separator of SEPARATORS) {
    const s = split(text, separator);
    if (!best || s.roles > best.roles || (s.roles === best.roles && s.even > best.even)) best = s;
  }
  return best!.separator;
}
