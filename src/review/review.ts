/**
 * The review of a pasted report (RULES.md §6): a 2-D array of cells in, findings and a summary out.
 * Pure: the task pane hands it `range.values`, the command line a parsed CSV/XLSX.
 *
 * The stages are ./pipeline's (reading → checking → findings); this drives them over cells in memory:
 * ReportReview in steps, so a caller can show progress and cancel, `reviewReport` all at once. A file
 * read row by row drives the same stages through ./pipeline's ReviewPipeline (src/cli).
 */
import { DEFAULT_PARAMETERS, type RuleParameters } from "./checks/context";
import type { BelowMinimum } from "./checks/incentives";
import { TIMELINE_DAYS } from "./checks/nce";
import { splitPastedLines } from "./reading/csv";
import { ReportError, type ColumnMap } from "./reading/header";
import { ReportLayout, findHeaderRow } from "./reading/report-layout";
import { normalizeHeader } from "./reading/words/roles";
import { openReview } from "./pipeline";
import { DEFAULT_HORIZON, RowReview, alternativeOptions } from "./row-review";
import type { ReviewOptions, ReviewResult } from "./types";

export {
  DEFAULT_HORIZON,
  DEFAULT_PARAMETERS,
  ReportLayout,
  RowReview,
  TIMELINE_DAYS,
  alternativeOptions,
  findHeaderRow,
  type BelowMinimum,
  type RuleParameters,
};
export type { DateOrderAlternative, ReviewOptions, ReviewResult, ReviewSummary } from "./types";

/**
 * A review of a report in memory (the pane's range.values, a parsed file). `step(n)` reviews the
 * next n data rows and says whether rows remain, so a caller can show progress and cancel;
 * `result()` finishes (duplicates, summary, order).
 */
export class ReportReview {
  readonly layout: ReportLayout;
  readonly dataRows: number[];
  private readonly rows: RowReview;
  private next = 0;

  private readonly cells: readonly (readonly unknown[])[];

  constructor(
    pasted: readonly (readonly unknown[])[],
    private readonly options: ReviewOptions,
  ) {
    if (!Array.isArray(pasted) || pasted.length === 0)
      throw new ReportError("The report is empty: paste or select the report, header row included.");
    if (!Number.isFinite(options.asOf)) throw new ReportError("as_of is not a date.");
    // A CSV pasted into one column is read split at its separator (the cells are not changed).
    const split = splitPastedLines(pasted);
    const cells = (this.cells = split ?? pasted);
    const opened = openReview(cells, options);
    this.dataRows = opened.dataRows;
    this.layout = opened.layout;
    if (split)
      this.layout.notices.push(
        "The report is pasted into one column (a line of text in each cell): each line was read split at its separator. " +
          "Excel's Data > Text to Columns puts it in columns.",
      );
    this.rows = opened.review;
  }

  get columns(): ColumnMap {
    return this.layout.columns;
  }

  get total(): number {
    return this.dataRows.length;
  }

  get done(): number {
    return this.next;
  }

  /** Reviews up to `count` more data rows; returns true while rows remain. */
  step(count: number): boolean {
    const end = Math.min(this.dataRows.length, this.next + count);
    const firstRow = this.options.firstRow ?? 1;
    for (; this.next < end; this.next++) {
      const i = this.dataRows[this.next];
      this.rows.review(this.cells[i], firstRow + i);
    }
    return this.next < this.dataRows.length;
  }

  result(): ReviewResult {
    while (this.step(50000));
    const other = this.layout.wantsAlternative(this.options)
      ? reviewReport(this.cells, alternativeOptions(this.layout, this.options))
      : undefined;
    return this.rows.result(other);
  }
}

/**
 * A key for a report's layout: its header row's texts, normalised. The pane keeps the user's mapping
 * corrections under it, for the next review of a report with the same header row. Undefined when
 * the report has no header row the review can find.
 */
export function layoutKey(cells: readonly (readonly unknown[])[], asOf: number): string | undefined {
  try {
    const grid = splitPastedLines(cells) ?? cells;
    const header = findHeaderRow(grid, Math.floor(asOf));
    return (grid[header.index] ?? []).map((h) => normalizeHeader(h)).join("|");
  } catch {
    return undefined;
  }
}

/** Reviews a whole report at once. Throws ReportError when there is no header to go by. */
export function reviewReport(cells: readonly (readonly unknown[])[], options: ReviewOptions): ReviewResult {
  return new ReportReview(cells, options).result();
}
