/** The review of a pasted report: workbook cells → findings (RULES.md §6). Pure: no office.js, no React. */
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
