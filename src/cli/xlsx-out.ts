/**
 * `--out findings.xlsx`: the findings as an Excel workbook (exceljs) — a Findings sheet (rule titles,
 * real date cells, money as currency, an autofilter, a frozen header row; text written as text, never
 * a formula) and a Customers sheet (findings and money at stake per customer across the files).
 */
import { RULE_TITLES } from "../review";
import { iso, toYMD } from "../rules/dates";
import { customersAcrossFiles, eachFinding, safeCell, type FileOutcome } from "./output";

/** A date cell's value: a Date at UTC midnight of the day, which exceljs writes as that calendar day. */
function dateValue(isoText: string | undefined): Date | null {
  if (!isoText) return null;
  const { year, month, day } = toYMD(iso(isoText));
  return new Date(Date.UTC(year, month - 1, day));
}

const text = (v: string | undefined) => (v === undefined ? null : safeCell(v));

export async function writeFindingsWorkbook(path: string, outcomes: readonly FileOutcome[]): Promise<void> {
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Renewal Radar";
  const sheet = workbook.addWorksheet("Findings", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = [
    { header: "Act by", key: "actBy", width: 12, style: { numFmt: "yyyy-mm-dd" } },
    { header: "Severity", key: "severity", width: 10 },
    { header: "Finding", key: "title", width: 34 },
    { header: "Rule", key: "rule", width: 24 },
    { header: "Customer", key: "customer", width: 28 },
    { header: "Product", key: "product", width: 30 },
    { header: "Subscription ID", key: "subscriptionId", width: 38 },
    { header: "At stake", key: "cost", width: 14, style: { numFmt: "#,##0.00" } },
    { header: "Date", key: "date", width: 12, style: { numFmt: "yyyy-mm-dd" } },
    { header: "File", key: "file", width: 24 },
    { header: "Row", key: "row", width: 7 },
    { header: "Message", key: "message", width: 100 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const o of outcomes) {
    if (!("result" in o)) continue;
    for (const f of eachFinding(o.result)) {
      sheet.addRow({
        actBy: dateValue(f.actBy),
        severity: f.severity,
        title: RULE_TITLES[f.rule],
        rule: f.rule,
        customer: text(f.customer),
        product: text(f.product),
        subscriptionId: text(f.subscriptionId),
        cost: f.cost ?? null,
        date: dateValue(f.date),
        file: text(o.file),
        row: f.row,
        message: text(f.message),
      });
    }
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, sheet.rowCount), column: sheet.columnCount } };

  const customers = workbook.addWorksheet("Customers", { views: [{ state: "frozen", ySplit: 1 }] });
  customers.columns = [
    { header: "Customer", key: "customer", width: 32 },
    { header: "Files", key: "files", width: 7 },
    { header: "Findings", key: "findings", width: 10 },
    { header: "High", key: "high", width: 7 },
    { header: "Warning", key: "warning", width: 9 },
    { header: "Info", key: "info", width: 7 },
    { header: "Money at stake", key: "money", width: 16, style: { numFmt: "#,##0.00" } },
  ];
  customers.getRow(1).font = { bold: true };
  for (const c of customersAcrossFiles(outcomes)) {
    customers.addRow({ customer: text(c.customer || "(no customer)"), files: c.files, findings: c.findings, ...c.bySeverity, money: c.moneyAtStake });
  }
  customers.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, customers.rowCount), column: customers.columnCount } };
  await workbook.xlsx.writeFile(path);
}

/** Fill colours of highlighted rows by severity (as the pane paints them), as ARGB. */
const FILL_ARGB: Record<string, string> = { high: "FFF4B6B6", warning: "FFFFE8A3", info: "FFCFE3F7" };

/**
 * `--highlight copy.xlsx`: a copy of an .xlsx report with its risky rows filled by severity (the most
 * severe finding of each row), across the report's width. The input file is only read.
 */
export async function writeHighlightedCopy(input: string, copy: string, rowSeverity: ReadonlyMap<number, string>, width: number): Promise<void> {
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(input);
  const sheet = workbook.worksheets[0];
  for (const [rowNumber, severity] of rowSeverity) {
    const row = sheet.getRow(rowNumber);
    for (let c = 1; c <= width; c++) {
      row.getCell(c).fill = { type: "pattern", pattern: "solid", fgColor: { argb: FILL_ARGB[severity] } };
    }
  }
  await workbook.xlsx.writeFile(copy);
}
