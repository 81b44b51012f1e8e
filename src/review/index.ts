/** The review of a pasted report: workbook cells → findings (RULES.md §6). Pure: no office.js, no React. */
export * from "./review";
export * from "./findings";
export * from "./roles";
export { moneyKind, type MoneyKind } from "./money";
export { DATE_ORDER_NOT_NEEDED, ReportError, dateOrderMattered, type ColumnMap, type DateColumn } from "./layout";
