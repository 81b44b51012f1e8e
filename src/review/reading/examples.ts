/**
 * What a person checks a mapping by: a few of each column's values beside its role, dates with the
 * day they were read as, and a date of the report that reads as two different days depending on the
 * day/month order (the date-order banner shows it both ways).
 */
import { cellText, isBlankCell } from "./cells";
import { DateReader } from "./date-reader";
import type { DateOrderDecision } from "./date-orders";

/** A value of a column as the mapping shows it: its text, and for a date column the day read (a serial). */
export interface ColumnExample {
  /** The cell's text ("" for a date cell: Excel shows it as the day). */
  text: string;
  /** A date column's value as the review read it. */
  day?: number;
}

/** How many different values are shown per column. */
export const EXAMPLES_PER_COLUMN = 3;

/** A date written so that the two day/month orders read two different days. */
export interface AmbiguousDate {
  text: string;
  header: string;
  /** The day read day first (03/04/2026: 3 April) and month first (4 March). */
  dmy: number;
  mdy: number;
}

/**
 * Up to EXAMPLES_PER_COLUMN different non-blank values of each column from the data rows given (the
 * report's first rows), in the order they come; a date column's values with the day each was read as.
 * @example columnExamples([["Customer"], ["Contoso"], ["Contoso"], ["Fabrikam"]], [1, 2, 3], 1, {})
 * // [[{ text: "Contoso" }, { text: "Fabrikam" }]]
 */
export function columnExamples(
  cells: readonly (readonly unknown[])[],
  dataRows: readonly number[],
  width: number,
  dateReaders: ReadonlyMap<number, DateReader>,
): ColumnExample[][] {
  const out: ColumnExample[][] = [];
  for (let column = 0; column < width; column++) {
    const reader = dateReaders.get(column);
    const seen = new Set<string>();
    const examples: ColumnExample[] = [];
    for (const r of dataRows) {
      if (examples.length >= EXAMPLES_PER_COLUMN) break;
      const value = cells[r]?.[column];
      if (isBlankCell(value)) continue;
      const key = typeof value === "number" ? `#${value}` : cellText(value);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      const example: ColumnExample = { text: typeof value === "number" && reader ? "" : cellText(value) };
      if (reader) {
        const day = reader.read(value);
        if (typeof day === "number") example.day = day;
      }
      examples.push(example);
    }
    out.push(examples);
  }
  return out;
}

/**
 * The first date text in the report's date columns that the two orders read as two different real
 * days (03/04/2026), or undefined when every date reads one way.
 */
export function ambiguousDate(
  cells: readonly (readonly unknown[])[],
  dataRows: readonly number[],
  dates: DateOrderDecision,
): AmbiguousDate | undefined {
  const dmy = new DateReader("dmy");
  const mdy = new DateReader("mdy");
  for (const column of dates.columns) {
    for (const r of dataRows) {
      const value = cells[r]?.[column.column];
      if (typeof value !== "string") continue;
      const a = dmy.read(value);
      const b = mdy.read(value);
      if (typeof a === "number" && typeof b === "number" && a !== b)
        return { text: cellText(value), header: column.header, dmy: a, mdy: b };
    }
  }
  return undefined;
}
