/**
 * The review of a report: workbook cells → findings (RULES.md §6). Pure: no office.js, no React.
 * Hosts and front-ends import it from here only (the lint says so). Which entry to use:
 *
 * - `reviewReport(cells, options)` — a whole report in memory, at once (tests, small scripts);
 * - `new ReportReview(cells, options)` — the same in steps (`step(n)`, `result()`), so a caller can
 *   show progress and cancel (the task pane);
 * - `new ReviewPipeline(options)` — rows that arrive one at a time, `push(row)` then `finish()`, with
 *   a workbook's sheets in turn (the command line's streamed files);
 * - `openReview` and `RowReview` are the stages both of those run (see ./pipeline.ts): not for callers.
 */
export * from "./review";
export { ReviewPipeline, openReview, placesRenewals, type OpenedReview, type PipelinePass } from "./pipeline";
export * from "./findings/findings";
export * from "./reading/words/roles";
export { moneyKind, moneyOfFindings, type MoneyKind } from "./findings/money";
export { ACTION_WORDS, actByCalendar, actByCalendarPieces, eventTitle, eventUid } from "./findings/calendar";
export { SEPARATOR_SAMPLE, parseCsv, splitPastedLines } from "./reading/csv";
export { chooseSeparator, type Separator } from "./reading/separator";
export { decodeAll, decodeReport, looksBinary, sniffEncoding, type TextEncoding } from "./reading/decode";
export { ReportError, type ColumnMap } from "./reading/header";
export { DATE_ORDER_NOT_NEEDED, dateOrderMattered, type DateColumn } from "./reading/date-orders";
export { EXAMPLES_PER_COLUMN, type AmbiguousDate, type ColumnExample } from "./reading/examples";
