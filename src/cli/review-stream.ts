/**
 * The review of a report file as a stream: the first rows decide the layout (header, columns, date
 * orders: src/review/report-layout), then every row is reviewed as it is read and let go. Only what
 * the cross-row rules need (active rows' grouping keys) and the findings are held, so memory follows
 * the findings, not the file. Gives the same result as reviewing the whole file in memory.
 */
import { DataRowFilter, HEADER_SCAN_ROWS, LAYOUT_SAMPLE, ReportError, dataRowIndexes } from "../review/layout";
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
export async function reviewStream(path: string, options: ReviewOptions, extra: StreamOptions = {}): Promise<ReviewResult> {
  const first = await reviewPass(path, options, extra);
  // The dates could be read either way: the other order's review needs a second pass over the file.
  const other = first.layout.wantsAlternative(first.options) ? (await reviewPass(path, alternativeOptions(first.layout, first.options), {})).review.result() : undefined;
  return first.review.result(other);
}

async function reviewPass(path: string, given: ReviewOptions, extra: StreamOptions): Promise<{ review: RowReview; layout: ReportLayout; options: ReviewOptions }> {
  let head: unknown[][] = [];
  let review: RowReview | undefined;
  let layout: ReportLayout | undefined;
  let options = given;
  const filter = new DataRowFilter();
  let index = 0;

  /** Decides the layout from the rows held so far and reviews them. */
  const start = () => {
    const header = findHeaderRow(head, Math.floor(options.asOf));
    if (extra.mapping) options = { ...options, mapping: extra.mapping(head[header.index] ?? []) };
    layout = new ReportLayout(head, options, header, dataRowIndexes(head, header.index));
    review = new RowReview(layout, { ...options, streamed: true });
    for (let i = header.index + 1; i < head.length && !filter.ended; i++) if (filter.accept(head[i])) review.review(head[i], firstRow(i));
    head = [];
  };
  const firstRow = (i: number) => (options.firstRow ?? 1) + i;
  /** Enough rows are held to decide the layout as the whole report would. */
  const headIsEnough = () => {
    if (head.length < HEAD_ROWS || head.length % 1000 !== 0) return false;
    // Blank and note lines among the first rows: hold on until LAYOUT_SAMPLE data rows are in, or the data ended.
    const header = findHeaderRow(head, Math.floor(options.asOf));
    const rows = new DataRowFilter();
    let count = 0;
    for (let i = header.index + 1; i < head.length && !rows.ended; i++) if (rows.accept(head[i])) count++;
    return count >= LAYOUT_SAMPLE || rows.ended;
  };

  const size = await streamReport(path, (row, bytes, size) => {
    if (review) {
      if (!filter.ended && filter.accept(row)) review.review(row, firstRow(index));
    } else {
      head.push(row);
      if (headIsEnough()) start();
    }
    index++;
    if (extra.onProgress && (index & 8191) === 0) extra.onProgress({ rows: index, bytes, size });
  });
  if (!review) {
    if (head.length === 0 || head.every((r) => r.length === 0 || (r.length === 1 && r[0] === ""))) {
      throw new ReportError("The report is empty: it has no rows.");
    }
    start();
  }
  extra.onProgress?.({ rows: index, bytes: size, size });
  return { review: review!, layout: layout!, options };
}
