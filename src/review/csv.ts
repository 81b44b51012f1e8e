/**
 * CSV text into cells (papaparse: quotes, embedded commas and line breaks, ragged rows). A leading
 * BOM is dropped; rows keep their length. Shared by the command line and the browser demo.
 */
import Papa from "papaparse";

export function parseCsv(text: string): string[][] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows = Papa.parse<string[]>(body, { skipEmptyLines: false }).data;
  // papaparse adds one empty row for a final line break.
  const last = rows[rows.length - 1];
  if (last && last.length === 1 && last[0] === "") rows.pop();
  return rows;
}
