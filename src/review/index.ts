/** The review of a pasted report: workbook cells → findings (RULES.md §6). Pure: no office.js, no React. */
export * from "./review";
export * from "./findings";
export * from "./roles";
export { ReportError, type ColumnMap, type DateColumn } from "./layout";
