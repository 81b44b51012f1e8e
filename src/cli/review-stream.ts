/**
 * The review of a report file as a stream: the first rows decide the layout (header, columns, date
 * orders: src/review/report-layout), then every row is reviewed as it is read and let go. Only what
 * the cross-row rules need (active rows' grouping keys) and the findings are held, so memory follows
 * the findings, not the file. Gives the same result as reviewing the whole file in memory.
 *
 * A workbook's report is on its first visible sheet that has a header row and something to place
 * renewals by (dates, a term or a status): sheets before it (a cover page, notes, a summary by
 * customer) are passed over and named in the result. A workbook none of whose sheets has such
 * columns is read from its first sheet with a header row.
 */
import { DataRowFilter, dataRowIndexes } from "../review/data-rows";
import { HEADER_SCAN_ROWS, LAYOUT_SAMPLE, ReportError } from "../review/layout";
import { ReportLayout, findHeaderRow } from "../review/report-layout";
import { RowReview, alternativeOptions } from "../review/row-review";
import type { ReviewOptions, ReviewResult } from "../review/types";
import { streamReport } from "./stream-report";

/** Rows a file's review holds before it starts: enough for the header and LAYOUT_SAMPLE data rows. */
const HEAD_ROWS = HEADER_SCAN_ROWS + LAYOUT_SAMPLE;

export interface StreamProgress {
  rows: number;
  bytes: number;
  size: number;
}

export interface StreamOptions {
  /** Column choices by header text, resolved against the header row once it is known. */
  mapping?: (headerRow: readonly unknown[]) => ReviewOptions["mapping"];
  onProgress?: (progress: StreamProgress) => void;
}

/** Reviews a report file row by row. Throws ReadError (file) or ReportError (no header). */
export async function reviewStream(
  path: string,
  options: ReviewOptions,
  extra: StreamOptions = {},
): Promise<ReviewResult> {
  const first = await reviewPass(path, options, extra);
  // The dates could be read either way: the other order's review needs a second pass over the file.
  const other = first.layout.wantsAlternative(first.options)
    ? (await reviewPass(path, alternativeOptions(first.layout, first.options), {})).review.result()
    : undefined;
  const result = first.review.result(other);
  if (first.sheet !== undefined) {
    result.sheet = first.sheet;
    result.sheetsSkipped = first.skipped;
    if (first.summaries.length) result.sheetsWithoutDates = first.summaries;
  }
  return result;
}

interface Pass {
  review: RowReview;
  layout: ReportLayout;
  options: ReviewOptions;
  /** The workbook sheet read (undefined: a CSV file) and the sheets passed over before it. */
  sheet?: string;
  skipped: string[];
  /** Of the sheets passed over, those with a header row but nothing to place renewals by. */
  summaries: string[];
}

/** Whether a sheet's report has something to place renewals by or to say a row's state (RULES.md §6). */
function placesRenewals(layout: ReportLayout): boolean {
  return (
    layout.reader.isEa ||
    layout.reader.hasNceDates ||
    layout.columns.term !== undefined ||
    layout.columns.status !== undefined
  );
}

async function reviewPass(path: string, given: ReviewOptions, extra: StreamOptions): Promise<Pass> {
  let head: unknown[][] = [];
  let review: RowReview | undefined;
  let layout: ReportLayout | undefined;
  let options = given;
  let filter = new DataRowFilter();
  let index = 0;
  // A workbook's sheet, the sheets passed over, and whether the rest of this sheet is passed over (it has no header row).
  let sheet: string | undefined;
  const skipped: string[] = [];
  let passing = false;

  /** Decides the layout from the rows held so far and reviews them. */
  const start = () => {
    const header = findHeaderRow(head, Math.floor(options.asOf));
    if (extra.mapping) options = { ...options, mapping: extra.mapping(head[header.index] ?? []) };
    layout = new ReportLayout(head, options, header, dataRowIndexes(head, header.index));
    review = new RowReview(layout, { ...options, streamed: true });
    filter = new DataRowFilter(head[header.index]);
    for (let i = header.index + 1; i < head.length; i++)
      if (filter.accept(head[i])) review.review(head[i], firstRow(i));
    head = [];
  };
  const firstRow = (i: number) => (options.firstRow ?? 1) + i;
  /** Enough rows are held to decide the layout as the whole report would. */
  const headIsEnough = () => {
    if (head.length < HEAD_ROWS || head.length % 1000 !== 0) return false;
    // Blank and note lines among the first rows: hold on until LAYOUT_SAMPLE data rows are in, or the data ended.
    let header;
    try {
      header = findHeaderRow(head, Math.floor(options.asOf));
    } catch (error) {
      // No header in the rows it looks at: more rows will not make one (start() says so).
      if (error instanceof ReportError) return true;
      throw error;
    }
    const rows = new DataRowFilter(head[header.index]);
    let count = 0;
    for (let i = header.index + 1; i < head.length; i++) if (rows.accept(head[i])) count++;
    return count >= LAYOUT_SAMPLE;
  };

  const emptyHead = () => head.length === 0 || head.every((r) => r.length === 0 || (r.length === 1 && r[0] === ""));
  /** A whole sheet with a header row but nothing to place renewals by (a summary), kept in case no later sheet has them. */
  let fallback: { sheet: string; head: unknown[][] } | undefined;
  const summaries: string[] = [];
  /**
   * Starts the review on this workbook sheet's rows; false when the sheet has no header row, or
   * (`whole`: all its rows are held) nothing to place renewals by: passed over.
   */
  const startSheet = (whole: boolean): boolean => {
    let header;
    try {
      header = findHeaderRow(head, Math.floor(options.asOf));
    } catch (error) {
      if (!(error instanceof ReportError)) throw error;
      skipped.push(sheet!);
      head = [];
      return false;
    }
    if (whole && !placesRenewals(new ReportLayout(head, options, header, dataRowIndexes(head, header.index)))) {
      fallback ??= { sheet: sheet!, head };
      skipped.push(sheet!);
      summaries.push(sheet!);
      head = [];
      return false;
    }
    start();
    return true;
  };
  let blankSheets = 0;
  let rowsRead = 0;
  const size = await streamReport(
    path,
    (row, bytes, size) => {
      rowsRead++;
      if (review) {
        if (filter.accept(row)) review.review(row, firstRow(index));
      } else if (!passing) {
        head.push(row);
        // A workbook's later sheets may hold the report: a long sheet without a header is passed over.
        if (headIsEnough()) passing = sheet !== undefined ? !startSheet(false) : (start(), false);
      }
      index++;
      if (extra.onProgress && (rowsRead & 8191) === 0) extra.onProgress({ rows: rowsRead, bytes, size });
    },
    {
      onSheet: (name) => {
        sheet = name;
        head = [];
        filter = new DataRowFilter();
        index = 0;
        passing = false;
      },
      onSheetEnd: () => {
        if (review) return true;
        if (!passing && !emptyHead()) return startSheet(true);
        if (!passing) {
          skipped.push(sheet!);
          blankSheets++;
        }
        return false;
      },
    },
  );
  if (!review && fallback) {
    // No sheet has dates, a term or a status: the first with a header row is the report after all.
    sheet = fallback.sheet;
    head = fallback.head;
    skipped.splice(skipped.indexOf(sheet), 1);
    summaries.splice(summaries.indexOf(sheet), 1);
    start();
  }
  if (!review) {
    if (sheet !== undefined && blankSheets < skipped.length) {
      const names = skipped.map((n) => `“${n}”`).join(", ");
      throw new ReportError(
        `No sheet of the workbook holds a report (looked at ${names || "no visible sheet"}): the review needs a header row naming at least two columns it knows, such as Customer, Product, Quantity, Term, Start Date or Enrollment Expiry Date.`,
      );
    }
    if (sheet !== undefined || emptyHead()) throw new ReportError("The report is empty: it has no rows.");
    start();
  }
  extra.onProgress?.({ rows: rowsRead, bytes: size, size });
  return { review: review!, layout: layout!, options, sheet, skipped, summaries };
}
