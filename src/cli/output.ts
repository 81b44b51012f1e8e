/**
 * What the command line prints: the table, the --json document (one report, or several with a
 * summary per customer across files), and CSV (one row per finding). Every CSV cell and every text
 * the CLI writes into a spreadsheet is safe to open in Excel (OWASP CSV injection).
 */
import { jsonPieces } from "./json-pieces";
import { BELOW_MINIMUM_PAGES, FINDING_PAGES, Pages, pagedList } from "../util/pages";
import {
  DATE_ORDER_NOT_NEEDED,
  ROLE_LABELS,
  RULE_TITLES,
  SEVERITIES,
  dateOrderMattered,
  type BelowMinimum,
  type Finding,
  type ReviewResult,
  type Severity,
} from "../review";

/** A progress line for stderr: a bar over the file's bytes when known (CSV), and the rows read. */
export function bar(rows: number, bytes: number, size: number): string {
  const count = `${rows.toLocaleString("en-US")} rows`;
  if (!(size > 0 && bytes > 0)) return `${count} read`;
  const width = 30;
  const share = Math.min(1, bytes / size);
  const filled = Math.round(share * width);
  return `[${"#".repeat(filled)}${".".repeat(width - filled)}] ${Math.round(share * 100)} % · ${count}`;
}

/**
 * Text a spreadsheet must show as text (OWASP CSV injection): a value starting with =, +, -, @, a tab
 * or a carriage return gets an apostrophe in front, so it can never become a formula.
 */
export function safeCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** One CSV field: made safe, then quoted when it holds a comma, a quote or a line break. */
function csvField(value: string | number | undefined): string {
  if (value === undefined) return "";
  if (typeof value === "number") return String(value);
  const text = safeCell(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const CSV_HEADER = [
  "File",
  "Row",
  "Act by",
  "Severity",
  "Rule",
  "Finding",
  "Customer",
  "Product",
  "Subscription ID",
  "Date",
  "Days",
  "At stake",
  "Renewing",
  "Currency",
  "Message",
];

/** Findings a page made at a time. */
const FINDINGS_PAGE = 1000;

/**
 * A review's findings one at a time, most urgent first, without making them all at once when the
 * review has not made them yet (a million-row report's few hundred thousand).
 */
export function* eachFinding(result: ReviewResult): Generator<Finding> {
  const list = pagedList<Finding>(result, "findings", FINDING_PAGES);
  if (!(list instanceof Pages)) return yield* list;
  for (let i = 0; i < list.length; i += FINDINGS_PAGE) yield* list.slice(i, i + FINDINGS_PAGE);
}

/** How many findings a review has (without making them). */
export function findingCount(result: ReviewResult): number {
  return SEVERITIES.reduce((n, s) => n + result.summary.bySeverity[s], 0);
}

/** CSV rows (no header) for the findings of one file, one at a time. */
export function* toCsvRows(result: ReviewResult, file: string): Generator<string> {
  for (const f of eachFinding(result)) {
    yield [
      file,
      f.row,
      f.actBy,
      f.severity,
      f.rule,
      RULE_TITLES[f.rule],
      f.customer,
      f.product,
      f.subscriptionId,
      f.date,
      f.days,
      f.moneyKind === "renewing" ? undefined : f.cost,
      f.moneyKind === "renewing" ? f.cost : undefined,
      f.cost !== undefined ? f.currency : undefined,
      f.message,
    ]
      .map(csvField)
      .join(",");
  }
}

/** The --json document of one report (with its file name when several are reviewed). */
export function jsonDocument(result: ReviewResult, file?: string): Record<string, unknown> {
  return {
    ...(file !== undefined ? { file } : {}),
    ...(result.sheet !== undefined ? { sheet: result.sheet } : {}),
    rows: result.rows,
    headerRow: result.headerRow,
    dateOrder: result.dateOrder,
    ...(result.summary.dateOrderAlternative ? { dateOrderAlternative: result.summary.dateOrderAlternative } : {}),
    findings: pagedList(result, "findings", FINDING_PAGES),
    summary: pagedSummary(result.summary),
  };
}

/** The --json contract's names for the summary's money (README): by currency, and per customer. */
const JSON_NAMES: Record<string, string> = {
  moneyAtStake: "moneyByCustomer",
  moneyAtStakeByCurrency: "moneyAtStake",
  valueRenewingByCurrency: "valueRenewing",
};

/**
 * The summary as --json writes it: `moneyAtStake` and `valueRenewing` each an object from currency
 * ("" for none) to the amount, the per-customer list as `moneyByCustomer`; its I1 pairs as Pages when
 * they have not been made yet (see Pages): the JSON writer then makes them a page at a time.
 */
function pagedSummary(summary: ReviewResult["summary"]): Record<string, unknown> {
  const pairs = pagedList(summary, "belowIncentiveMinimum", BELOW_MINIMUM_PAGES);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(summary))
    out[JSON_NAMES[key] ?? key] =
      key === "belowIncentiveMinimum" && pairs instanceof Pages ? pairs : summary[key as keyof typeof summary];
  return out;
}

/** The --json document: one object, nothing else on stdout (in pieces: see jsonPieces). */
export function* toJson(result: ReviewResult): Generator<string> {
  yield* jsonPieces(jsonDocument(result));
  yield "\n";
}

const ORDER = { mdy: "month/day/year", dmy: "day/month/year" };
const MONEY = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** The warning when the date order was assumed and the other order would change the findings; "" otherwise. */
export function alternativeWarning(result: ReviewResult): string {
  const s = result.summary;
  const alt = s.dateOrderAlternative;
  if (!alt) return "";
  const counts = (b: Record<string, number>) => `${b.high} high, ${b.warning} warning, ${b.info} info`;
  return (
    `WARNING: the dates could be read either way and were read ${ORDER[s.dateOrder]} (assumed). ` +
    `Read ${ORDER[alt.order]}, the review finds ${alt.findings} findings (${counts(alt.bySeverity)}) instead of ${findingCount(result)} (${counts(s.bySeverity)}); ` +
    `${alt.differing} differ. Check a date in the report and rerun with --date-order ${alt.order} if it is day/month the other way.`
  );
}

/** What decided the date order, as the table's second line says it after the order. */
function orderSaid(s: ReviewResult["summary"]): string {
  if (s.dateOrderAssumed) return " (ASSUMED: the values could be read either way; use --date-order to change)";
  const stating = s.dateColumns.find((c) => c.source === "header");
  const said: Partial<Record<string, string>> = {
    values: " (decided from the values)",
    header: ` (as ${stating ? `the header “${stating.header}”` : "a column's header"} says)`,
    hint: ` (decided by ${s.dateOrderHint}: a day-first market's report)`,
    chosen: " (as --date-order says)",
  };
  return said[s.dateOrderSource] ?? "";
}

/** Amounts by currency as words, never added across currencies: "AUD 1,234.00; EUR 56.00" ("0.00" for none). */
/** An amount with its currency ("AUD 1,200.00"; the amount alone where the report shows none). */
function inCurrency(currency: string, amount: number): string {
  return currency ? `${currency} ${MONEY.format(amount)}` : MONEY.format(amount);
}

function byCurrency(amounts: Record<string, number>): string {
  const parts = Object.entries(amounts)
    .filter(([, a]) => a > 0)
    .map(([c, a]) => inCurrency(c, a));
  return parts.length ? parts.join("; ") : MONEY.format(0);
}

/** The readable table, most severe first. */
export function toTable(result: ReviewResult, file: string): string {
  return Array.from(tablePieces(result, file)).join("");
}

/** A finding's fixed table cells: act by, severity, row, rule, at stake, renewing. */
function fixedCells(f: Finding): string[] {
  return [
    f.actBy ?? "-",
    f.severity.toUpperCase(),
    String(f.row),
    f.rule,
    f.cost !== undefined && f.moneyKind !== "renewing" ? inCurrency(f.currency ?? "", f.cost) : "",
    f.cost !== undefined && f.moneyKind === "renewing" ? inCurrency(f.currency ?? "", f.cost) : "",
  ];
}

/** A finding's last table cell: whose, then the message. */
function messageCell(f: Finding): string {
  return [f.customer, f.product].filter(Boolean).join(" · ") + (f.customer || f.product ? ": " : "") + f.message;
}

/** Table lines written a piece at a time (~45 KB: under V8's large-object size, so it dies young). */
const TABLE_LINES = 200;

/** The line naming the workbook's sheets passed over, each with why. */
function sheetsPassedOver(skipped: readonly string[], withoutDates: readonly string[]): string {
  if (!withoutDates.length) return `Sheets passed over (no header row): ${skipped.map((n) => `“${n}”`).join(", ")}`;
  const why = (n: string) => (withoutDates.includes(n) ? "no dates, term or status" : "no header row");
  return `Sheets passed over: ${skipped.map((n) => `“${n}” (${why(n)})`).join(", ")}`;
}

/**
 * toTable's text in pieces (joined, the same text): the findings' lines 200 at a time, the column
 * widths found in a first pass, so a million-row review's table is never one string in memory.
 */
export function* tablePieces(result: ReviewResult, file: string): Generator<string> {
  const s = result.summary;
  const lines: string[] = [];
  const where = result.sheet !== undefined ? `${file} (sheet “${result.sheet}”)` : file;
  lines.push(
    `${where}: ${s.rowsRead} rows reviewed (header on row ${result.headerRow}) as of ${s.asOf}, horizon ${s.horizon} days`,
  );
  if (result.sheetsSkipped?.length) lines.push(sheetsPassedOver(result.sheetsSkipped, result.sheetsWithoutDates ?? []));
  lines.push(
    !dateOrderMattered(s) ? `Dates: ${DATE_ORDER_NOT_NEEDED}` : `Dates read ${ORDER[s.dateOrder]}${orderSaid(s)}`,
  );
  // Never a silent all-clear (RULES.md §6): what could not be reviewed comes before the counts.
  if (s.warning) lines.push(`WARNING: ${s.warning}`);
  lines.push(
    `Findings: ${SEVERITIES.map((sev) => `${s.bySeverity[sev]} ${sev}`).join(", ")} on ${s.rowsWithFindings} rows`,
  );
  if (s.moneyAtStake.length) {
    const top = s.moneyAtStake
      .filter((m) => m.amount > 0)
      .slice(0, 5)
      .map((m) => `${m.customer || "(no customer)"} ${inCurrency(m.currency, m.amount)}`);
    lines.push(
      `Money at stake: ${byCurrency(s.moneyAtStakeByCurrency)}${top.length ? ` (most: ${top.join("; ")})` : ""}; renewing within ${s.horizon} days: ${byCurrency(s.valueRenewingByCurrency)}`,
    );
  }
  if (s.inferredColumns.length) {
    lines.push(
      `Mapped by their values (no header named them): ${s.inferredColumns.map((c) => `${ROLE_LABELS[c.role]} ← “${c.header || `column ${c.column + 1}`}”`).join(", ")}`,
    );
  }
  const alt = alternativeWarning(result);
  if (alt) lines.push(alt);
  for (const n of s.notices) lines.push(`Note: ${n}`);
  lines.push("");
  if (findingCount(result)) {
    // Most urgent first (act-by date, then severity), as the review orders them.
    const header = ["Act by", "Severity", "Row", "Rule", "At stake", "Renewing", "Message"];
    const fixed = header.length - 1;
    const widths = header.slice(0, fixed).map((h) => h.length);
    for (const f of eachFinding(result)) fixedCells(f).forEach((c, i) => (widths[i] = Math.max(widths[i], c.length)));
    const fmt = (r: string[]) =>
      [
        ...r.slice(0, fixed).map((c, i) => (i === 4 || i === 5 ? c.padStart(widths[i]) : c.padEnd(widths[i]))),
        r[fixed],
      ].join("  ");
    lines.push(fmt(header));
    lines.push(fmt(widths.map((w) => "-".repeat(w)).concat("-------")));
    for (const f of eachFinding(result)) {
      lines.push(fmt([...fixedCells(f), messageCell(f)]));
      if (lines.length >= TABLE_LINES) {
        yield lines.join("\n") + "\n";
        lines.length = 0;
      }
    }
  } else {
    lines.push("No findings: nothing is due, blocked or at risk.");
  }
  const byRule = Object.entries(s.byRule).filter(([, n]) => n > 0);
  if (byRule.length) {
    lines.push("");
    lines.push(
      "By rule: " + byRule.map(([rule, n]) => `${RULE_TITLES[rule as keyof typeof RULE_TITLES]} ${n}`).join("; "),
    );
  }
  // The first 20 pairs only are made (a million-row review has hundreds of thousands).
  const pairs = pagedList<BelowMinimum>(s, "belowIncentiveMinimum", BELOW_MINIMUM_PAGES);
  if (pairs.length) {
    const first = pairs.slice(0, 20);
    lines.push("");
    lines.push(
      `Below the ${first[0].minimum}-seat incentive minimum (I1; check it against the current incentives guide, which changes every July): ${pairs.length} customer/product pairs`,
    );
    for (const b of first) lines.push(`  ${b.customer || "(no customer)"} — ${b.product}: ${b.seats} seats`);
    if (pairs.length > 20) lines.push(`  … and ${pairs.length - 20} more (see --json)`);
  }
  yield lines.join("\n") + "\n";
}

/** One reviewed file, or one that could not be read. */
export type FileOutcome = { file: string; result: ReviewResult } | { file: string; error: string };

/** One customer's findings and money in one currency, across the files reviewed. */
export interface CustomerTotal {
  customer: string;
  /** The currency of the amounts ("" where the reports show none); never added across currencies. */
  currency: string;
  files: number;
  findings: number;
  bySeverity: Record<Severity, number>;
  moneyAtStake: number;
  /** Value renewing (RULES.md §6): never added to the money at stake. */
  valueRenewing: number;
}

/**
 * Findings and money per customer (and currency: a customer billed in two has an entry for each) across
 * every file reviewed, most money first.
 */
export function customersAcrossFiles(outcomes: readonly FileOutcome[]): CustomerTotal[] {
  // Each file's findings come together: a customer's first file is kept as a name, a Set made only
  // when a second file comes (a million-row report's ~200k customers need no Set each).
  const by = new Map<string, CustomerTotal & { lastFile?: string; fileSet?: Set<string> }>();
  for (const o of outcomes) {
    if (!("result" in o)) continue;
    const money = new Map(o.result.summary.moneyAtStake.map((m) => [`${m.customer}\u0000${m.currency}`, m]));
    for (const f of eachFinding(o.result)) {
      const name = f.customer ?? "";
      const key = `${name}\u0000${f.currency ?? ""}`;
      let t = by.get(key);
      if (!t)
        by.set(
          key,
          (t = {
            customer: name,
            currency: f.currency ?? "",
            files: 0,
            findings: 0,
            bySeverity: { high: 0, warning: 0, info: 0 },
            moneyAtStake: 0,
            valueRenewing: 0,
            lastFile: undefined,
            fileSet: undefined,
          }),
        );
      t.findings++;
      t.bySeverity[f.severity]++;
      if (t.lastFile === o.file) continue;
      // A file seen before (the same file given twice) counts once.
      if (t.lastFile !== undefined) t.fileSet ??= new Set([t.lastFile]);
      t.lastFile = o.file;
      if (t.fileSet?.has(o.file)) continue;
      t.fileSet?.add(o.file);
      t.files++;
      t.moneyAtStake += money.get(key)?.amount ?? 0;
      t.valueRenewing += money.get(key)?.renewing ?? 0;
    }
  }
  return Array.from(by.values(), ({ lastFile: _lastFile, fileSet: _fileSet, ...t }) => ({
    ...t,
    moneyAtStake: Math.round(t.moneyAtStake * 100) / 100,
    valueRenewing: Math.round(t.valueRenewing * 100) / 100,
  })).sort(
    (a, b) =>
      b.moneyAtStake - a.moneyAtStake ||
      b.findings - a.findings ||
      (a.customer < b.customer ? -1 : a.customer > b.customer ? 1 : a.currency < b.currency ? -1 : 1),
  );
}

/** The --json document of several files: `{ files: [...], summary: {...} }`. */
export function* toMultiJson(outcomes: readonly FileOutcome[]): Generator<string> {
  const bySeverity: Record<Severity, number> = { high: 0, warning: 0, info: 0 };
  let findings = 0;
  for (const o of outcomes) {
    if (!("result" in o)) continue;
    for (const s of SEVERITIES) bySeverity[s] += o.result.summary.bySeverity[s];
    findings += findingCount(o.result);
  }
  const doc = {
    files: outcomes.map((o) => ("result" in o ? jsonDocument(o.result, o.file) : { file: o.file, error: o.error })),
    summary: {
      files: outcomes.length,
      reviewed: outcomes.filter((o) => "result" in o).length,
      failed: outcomes.filter((o) => !("result" in o)).length,
      findings,
      bySeverity,
      customers: customersAcrossFiles(outcomes),
    },
  };
  yield* jsonPieces(doc);
  yield "\n";
}

export { ROLE_LABELS };
