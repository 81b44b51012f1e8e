/**
 * The review's one pipeline, its stages in order (RULES.md §6):
 *
 * 1. **reading** — the header row (./reading/header, by names, else by values), the data rows
 *    (./reading/data-rows), the layout: roles, date orders, decimal mark (./reading/report-layout);
 * 2. **checking** — each data row read into facts and checked by every rule family (./row-review,
 *    ./checks);
 * 3. **findings** — the store, the money, the order and the summary (./findings), with the other
 *    date order's review beside it when the order was assumed and matters.
 *
 * `openReview` runs stage 1 over the rows held and opens stage 2; both drivers use it: the review of
 * cells in memory (./review: the pane, the tests) and `ReviewPipeline`, which takes a report's rows
 * one at a time as a file is read (the command line) — so a stage is added in one place.
 */
import { DataRowFilter, dataRowIndexes } from "./reading/data-rows";
import { HEADER_SCAN_ROWS, LAYOUT_SAMPLE, ReportError } from "./reading/header";
import { ReportLayout, findHeaderRow } from "./reading/report-layout";
import { RowReview } from "./row-review";
import type { ReviewOptions } from "./types";

/** Stage 1's outcome and stage 2 opened: where the data is, how to read it, and the review taking rows. */
export interface OpenedReview {
  /** Index of the header row among the rows held. */
  headerIndex: number;
  /** Indexes of the data rows among the rows held. */
  dataRows: number[];
  layout: ReportLayout;
  review: RowReview;
  /** Tells the data rows that come after the rows held (totals, notes and blank lines are not). */
  filter: DataRowFilter;
  /** The options the review runs with (the mapping resolved against the header row). */
  options: ReviewOptions;
}

/**
 * Reads the header row and the layout from `rows` (a whole report, or its first rows) and opens the
 * row review. `mapping` resolves column choices given by header text once the header row is known.
 * Throws ReportError when no header row is found.
 */
export function openReview(
  rows: readonly (readonly unknown[])[],
  given: ReviewOptions,
  mapping?: (headerRow: readonly unknown[]) => ReviewOptions["mapping"],
): OpenedReview {
  const header = findHeaderRow(rows, Math.floor(given.asOf));
  const options = mapping ? { ...given, mapping: mapping(rows[header.index] ?? []) } : given;
  // The filter goes on from the last row held: a note after a blank line is told the same either side.
  const filter = new DataRowFilter(rows[header.index]);
  const dataRows: number[] = [];
  for (let i = header.index + 1; i < rows.length; i++) if (filter.accept(rows[i])) dataRows.push(i);
  const layout = new ReportLayout(rows, options, header, dataRows);
  return { headerIndex: header.index, dataRows, layout, review: new RowReview(layout, options), filter, options };
}

/** Whether a sheet's report has something to place renewals by or to say a row's state (RULES.md §6). */
export function placesRenewals(layout: ReportLayout): boolean {
  return (
    layout.reader.isEa ||
    layout.reader.hasNceDates ||
    layout.columns.term !== undefined ||
    layout.columns.status !== undefined
  );
}

/** Rows held before the review starts: enough for the header and LAYOUT_SAMPLE data rows. */
const HEAD_ROWS = HEADER_SCAN_ROWS + LAYOUT_SAMPLE;

/** What a pass of the pipeline over a report gives. */
export interface PipelinePass extends OpenedReview {
  /** The workbook sheet read (undefined: a text file) and the sheets passed over before it. */
  sheet?: string;
  skipped: string[];
  /** Of the sheets passed over, those with a header row but nothing to place renewals by. */
  summaries: string[];
}

/**
 * The pipeline over rows that arrive one at a time (a file being read): the first rows are held
 * until they decide the layout as the whole report would (LAYOUT_SAMPLE data rows, or the end), then
 * every row is reviewed as it comes and let go — memory follows the findings, not the file.
 *
 * A workbook's report is on its first sheet that has a header row and something to place renewals
 * by (dates, a term or a status): sheets before it (a cover page, notes, a summary by customer) are
 * passed over and named. A workbook none of whose sheets has such columns is read from its first
 * sheet with a header row.
 */
export class ReviewPipeline {
  private head: unknown[][] = [];
  private opened: OpenedReview | undefined;
  private filter = new DataRowFilter();
  private index = 0;
  private sheetName: string | undefined;
  private readonly skipped: string[] = [];
  private readonly summaries: string[] = [];
  /** The rest of this sheet is passed over (it has no header row). */
  private passing = false;
  private blankSheets = 0;
  /** A whole sheet with a header row but nothing to place renewals by, kept in case no later sheet has them. */
  private fallback: { sheet: string; head: unknown[][] } | undefined;

  constructor(
    private readonly options: ReviewOptions,
    private readonly mapping?: (headerRow: readonly unknown[]) => ReviewOptions["mapping"],
  ) {}

  /** The report's next row. */
  push(row: unknown[]): void {
    if (this.opened) {
      if (this.filter.accept(row)) this.opened.review.review(row, this.rowNumber(this.index));
    } else if (!this.passing) {
      this.head.push(row);
      // A workbook's later sheets may hold the report: a long sheet without a header is passed over.
      if (this.headIsEnough()) this.passing = this.sheetName !== undefined ? !this.startSheet(false) : !this.start();
    }
    this.index++;
  }

  /** A workbook's next sheet begins (a text file has none). */
  beginSheet(name: string): void {
    this.sheetName = name;
    this.head = [];
    this.filter = new DataRowFilter();
    this.index = 0;
    this.passing = false;
  }

  /** The sheet ended: true once the report is found (the sheets after it need not be read). */
  endSheet(): boolean {
    if (this.opened) return true;
    if (!this.passing && !this.emptyHead()) return this.startSheet(true);
    if (!this.passing) {
      this.skipped.push(this.sheetName!);
      this.blankSheets++;
    }
    return false;
  }

  /** The report ended. Throws ReportError when it holds no report to review. */
  finish(): PipelinePass {
    if (!this.opened && this.fallback) {
      // No sheet has dates, a term or a status: the first with a header row is the report after all.
      this.sheetName = this.fallback.sheet;
      this.head = this.fallback.head;
      this.skipped.splice(this.skipped.indexOf(this.sheetName), 1);
      this.summaries.splice(this.summaries.indexOf(this.sheetName), 1);
      this.start();
    }
    if (!this.opened) {
      if (this.sheetName !== undefined && this.blankSheets < this.skipped.length) {
        const names = this.skipped.map((n) => `“${n}”`).join(", ");
        throw new ReportError(
          `No sheet of the workbook holds a report (looked at ${names || "no visible sheet"}): the review needs a ` +
            "header row naming at least two columns it knows, such as Customer, Product, Quantity, Term, Start Date " +
            "or Enrollment Expiry Date.",
        );
      }
      if (this.sheetName !== undefined || this.emptyHead())
        throw new ReportError("The report is empty: it has no rows.");
      this.start();
    }
    return { ...this.opened!, sheet: this.sheetName, skipped: this.skipped, summaries: this.summaries };
  }

  private rowNumber(i: number): number {
    return (this.options.firstRow ?? 1) + i;
  }

  /** Decides the layout from the rows held and reviews them; always true (throws without a header). */
  private start(): boolean {
    const opened = openReview(this.head, { ...this.options, streamed: true }, this.mapping);
    for (const i of opened.dataRows) opened.review.review(this.head[i], this.rowNumber(i));
    this.opened = opened;
    this.filter = opened.filter;
    this.head = [];
    return true;
  }

  /** Enough rows are held to decide the layout as the whole report would. */
  private headIsEnough(): boolean {
    const head = this.head;
    if (head.length < HEAD_ROWS || head.length % 1000 !== 0) return false;
    // Blank and note lines among the first rows: hold on until LAYOUT_SAMPLE data rows are in, or the data ended.
    let header;
    try {
      header = findHeaderRow(head, Math.floor(this.options.asOf));
    } catch (error) {
      // No header in the rows it looks at: more rows will not make one (start() says so).
      if (error instanceof ReportError) return true;
      throw error;
    }
    const rows = new DataRowFilter(head[header.index]);
    let count = 0;
    for (let i = header.index + 1; i < head.length; i++) if (rows.accept(head[i])) count++;
    return count >= LAYOUT_SAMPLE;
  }

  private emptyHead(): boolean {
    return this.head.length === 0 || this.head.every((r) => r.length === 0 || (r.length === 1 && r[0] === ""));
  }

  /**
   * Starts the review on this workbook sheet's rows; false when the sheet has no header row, or
   * (`whole`: all its rows are held) nothing to place renewals by: passed over.
   */
  private startSheet(whole: boolean): boolean {
    let header;
    try {
      header = findHeaderRow(this.head, Math.floor(this.options.asOf));
    } catch (error) {
      if (!(error instanceof ReportError)) throw error;
      this.skipped.push(this.sheetName!);
      this.head = [];
      return false;
    }
    const head = this.head;
    if (whole && !placesRenewals(new ReportLayout(head, this.options, header, dataRowIndexes(head, header.index)))) {
      this.fallback ??= { sheet: this.sheetName!, head };
      this.skipped.push(this.sheetName!);
      this.summaries.push(this.sheetName!);
      this.head = [];
      return false;
    }
    return this.start();
  }
}
