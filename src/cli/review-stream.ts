/**
 * The review of a report file as a stream: the file's rows, as ./stream-report reads them, fed to
 * the review's pipeline (src/review/pipeline: the first rows decide the layout, then every row is
 * reviewed as it is read and let go; a workbook's report is found among its sheets). Gives the same
 * result as reviewing the whole file in memory.
 */
import {
  ReviewPipeline,
  alternativeOptions,
  type PipelinePass,
  type ReviewOptions,
  type ReviewResult,
} from "../review";
import { streamReport } from "./stream-report";

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

/** One pass of the pipeline over the file. */
async function reviewPass(path: string, options: ReviewOptions, extra: StreamOptions): Promise<PipelinePass> {
  const pipeline = new ReviewPipeline(options, extra.mapping);
  let rowsRead = 0;
  const size = await streamReport(
    path,
    (row, bytes, size) => {
      rowsRead++;
      pipeline.push(row);
      if (extra.onProgress && (rowsRead & 8191) === 0) extra.onProgress({ rows: rowsRead, bytes, size });
    },
    { onSheet: (name) => pipeline.beginSheet(name), onSheetEnd: () => pipeline.endSheet() },
  );
  const pass = pipeline.finish();
  extra.onProgress?.({ rows: rowsRead, bytes: size, size });
  return pass;
}
