/**
 * The command line over the review: `npm run --silent review -- report.csv [--as-of YYYY-MM-DD]
 * [--horizon DAYS] [--date-order mdy|dmy] [--json]`.
 */
import { parseArgs } from "util";
import { ROLES, ROLE_LABELS, ReportError, ReportReview, SEVERITIES, RULE_TITLES, normalizeHeader, type Finding, type ReviewResult, type Role } from "../review";
import { findHeader } from "../review/layout";
import { iso, todaySerial, type DateOrder } from "../rules/dates";
import { ReadError, readReport } from "./read-report";
import { actByCalendar } from "../review/calendar";
import { writeFile } from "fs/promises";

const USAGE =
  "usage: npm run --silent review -- <report.csv|report.xlsx> [--as-of YYYY-MM-DD] [--horizon DAYS] [--date-order mdy|dmy] [--map role=Header ...] [--json] [--ics FILE]";

const HELP = `Renewal Radar: reviews a subscription report (CSV or .xlsx) and lists the risky rows, most severe first.

${USAGE}

  --as-of YYYY-MM-DD   the day to review from (default: today)
  --horizon DAYS       days ahead that count as due (default: 30)
  --date-order mdy|dmy order of numeric dates when the values cannot decide (default: mdy)
  --map role=Header    map a role to a column of the header row; role= (empty) switches it off
  --json               one JSON document on stdout instead of the table
  --ics FILE           also write the act-by dates as an iCalendar file (one all-day event per finding)
  -h, --help           this help

Exit status: 0 reviewed, 1 the file could not be read or has no header row, 2 bad arguments.
`;

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Whether stderr is a terminal (progress bar). */
  tty: boolean;
}

class UsageError extends Error {}
/** --help / -h: the usage on stdout, exit 0. */
class HelpRequest extends Error {}

interface Args {
  file: string;
  asOf: number;
  horizon: number;
  dateOrder: DateOrder;
  /** --date-order was given: the user's choice, not an assumption. */
  dateOrderGiven: boolean;
  json: boolean;
  /** --ics FILE: write the act-by dates as an iCalendar file. */
  ics?: string;
  /** Mapping corrections: role → header text ("" to ignore the role). */
  map: Partial<Record<Role, string>>;
}

function parse(argv: string[]): Args {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        "as-of": { type: "string" },
        horizon: { type: "string" },
        "date-order": { type: "string" },
        json: { type: "boolean", default: false },
        ics: { type: "string" },
        map: { type: "string", multiple: true },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) throw new HelpRequest(HELP);
  if (positionals.length !== 1) throw new UsageError(`give one report file.\n${USAGE}`);
  let asOf = todaySerial();
  if (values["as-of"] !== undefined) {
    try {
      asOf = iso(values["as-of"]);
    } catch {
      throw new UsageError(`--as-of ${values["as-of"]} is not a date: use YYYY-MM-DD.`);
    }
  }
  const horizon = values.horizon === undefined ? 30 : Number(values.horizon);
  if (!Number.isInteger(horizon) || horizon < 0 || horizon > 3660) throw new UsageError(`--horizon ${values.horizon} is not a number of days (0-3660).`);
  const explicitOrder = values["date-order"];
  const order = explicitOrder ?? "mdy";
  if (order !== "mdy" && order !== "dmy") throw new UsageError(`--date-order ${order} must be mdy or dmy.`);
  const map: Partial<Record<Role, string>> = {};
  for (const m of values.map ?? []) {
    const eq = m.indexOf("=");
    const role = m.slice(0, eq) as Role;
    if (eq < 0 || !ROLES.includes(role)) throw new UsageError(`--map ${m}: use role=Header, with a role among ${ROLES.join(", ")}.`);
    map[role] = m.slice(eq + 1);
  }
  if (values.ics !== undefined && !values.ics.trim()) throw new UsageError(`--ics needs a file name, e.g. --ics renewals.ics.\n${USAGE}`);
  return { file: positionals[0], asOf, horizon, dateOrder: order, dateOrderGiven: explicitOrder !== undefined, json: values.json ?? false, map, ics: values.ics };
}

/** Runs the command; returns the exit code. Never throws. */
export async function main(argv: string[], io: Io): Promise<number> {
  let args: Args;
  try {
    args = parse(argv);
  } catch (error) {
    if (error instanceof HelpRequest) {
      io.out(error.message);
      return 0;
    }
    io.err(`review: ${(error as Error).message}`);
    return 2;
  }
  try {
    const cells = await readReport(args.file);
    const mapping = Object.keys(args.map).length ? resolveMapping(cells, args.map) : undefined;
    const review = new ReportReview(cells, { asOf: args.asOf, horizon: args.horizon, dateOrder: args.dateOrder, dateOrderChosen: args.dateOrderGiven, mapping });
    const showProgress = io.tty && review.total >= 20000;
    while (review.step(10000)) if (showProgress) io.err(`\r${bar(review.done, review.total)}`);
    if (showProgress) io.err(`\r${bar(review.total, review.total)}\n`);
    const result = review.result();
    const alt = alternativeWarning(result);
    if (alt) io.err(`review: ${alt}`);
    if (args.ics) {
      try {
        await writeFile(args.ics, actByCalendar(result.findings));
      } catch (error) {
        io.err(`review: could not write ${args.ics}: ${(error as Error).message}`);
        return 1;
      }
      if (!args.json) io.err(`review: ${result.findings.filter((f) => f.actBy).length} act-by dates written to ${args.ics}`);
    }
    io.out(args.json ? toJson(result) : toTable(result, args.file));
    return 0;
  } catch (error) {
    if (error instanceof ReadError || error instanceof ReportError) io.err(`review: ${error.message}`);
    else io.err(`review: could not review ${args.file}: ${(error as Error).message}`);
    return 1;
  }
}

/** --map role=Header → role → column index of that header in the report's header row. */
function resolveMapping(cells: unknown[][], map: Partial<Record<Role, string>>): Partial<Record<Role, number | null>> {
  const headers = cells[findHeader(cells).index].map((c) => normalizeHeader(c));
  const out: Partial<Record<Role, number | null>> = {};
  for (const [role, header] of Object.entries(map) as Array<[Role, string]>) {
    if (header === "") {
      out[role] = null;
      continue;
    }
    const column = headers.indexOf(normalizeHeader(header));
    if (column < 0) throw new ReportError(`--map ${role}=${header}: the header row has no column "${header}".`);
    out[role] = column;
  }
  return out;
}

function bar(done: number, total: number): string {
  const width = 30;
  const filled = Math.round((done / Math.max(1, total)) * width);
  return `[${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total} rows`;
}

/** The --json document: one object, nothing else on stdout. */
export function toJson(result: ReviewResult): string {
  return JSON.stringify(
    {
      rows: result.rows,
      headerRow: result.headerRow,
      dateOrder: result.dateOrder,
      ...(result.summary.dateOrderAlternative ? { dateOrderAlternative: result.summary.dateOrderAlternative } : {}),
      findings: result.findings,
      summary: result.summary,
    },
    null,
    2,
  ) + "\n";
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
    `Read ${ORDER[alt.order]}, the review finds ${alt.findings} findings (${counts(alt.bySeverity)}) instead of ${result.findings.length} (${counts(s.bySeverity)}); ` +
    `${alt.differing} differ. Check a date in the report and rerun with --date-order ${alt.order} if it is day/month the other way.`
  );
}

/** The readable table, most severe first. */
export function toTable(result: ReviewResult, file: string): string {
  const s = result.summary;
  const lines: string[] = [];
  lines.push(`${file}: ${s.rowsRead} rows reviewed (header on row ${result.headerRow}) as of ${s.asOf}, horizon ${s.horizon} days`);
  lines.push(
    `Dates read ${ORDER[s.dateOrder]}${
      s.dateOrderAssumed
        ? " (ASSUMED: the values could be read either way; use --date-order to change)"
        : s.dateOrderSource === "values"
          ? " (decided from the values)"
          : s.dateOrderSource === "hint"
            ? ` (decided by ${s.dateOrderHint}: a day-first market's report)`
            : s.dateOrderSource === "chosen"
            ? " (as --date-order says)"
            : ""
    }`,
  );
  lines.push(`Findings: ${SEVERITIES.map((sev) => `${s.bySeverity[sev]} ${sev}`).join(", ")} on ${s.rowsWithFindings} rows`);
  if (s.moneyAtStake.length || s.renewingValue) {
    const top = s.moneyAtStake.slice(0, 5).map((m) => `${m.customer || "(no customer)"} ${MONEY.format(m.amount)}`);
    lines.push(
      `Money at stake: ${MONEY.format(s.moneyAtStake.reduce((t, m) => t + m.amount, 0))}${top.length ? ` (most: ${top.join("; ")})` : ""}; renewing within ${s.horizon} days: ${MONEY.format(s.renewingValue)}`,
    );
  }
  if (s.inferredColumns.length) {
    lines.push(`Mapped by their values (no header named them): ${s.inferredColumns.map((c) => `${ROLE_LABELS[c.role]} ← “${c.header || `column ${c.column + 1}`}”`).join(", ")}`);
  }
  const alt = alternativeWarning(result);
  if (alt) lines.push(alt);
  for (const n of s.notices) lines.push(`Note: ${n}`);
  lines.push("");
  if (result.findings.length) {
    // Most urgent first (act-by date, then severity), as the review orders them.
    const rows = result.findings.map((f: Finding) => [
      f.actBy ?? "-",
      f.severity.toUpperCase(),
      String(f.row),
      f.rule,
      f.cost !== undefined ? MONEY.format(f.cost) : "",
      [f.customer, f.product].filter(Boolean).join(" · ") + (f.customer || f.product ? ": " : "") + f.message,
    ]);
    const header = ["Act by", "Severity", "Row", "Rule", "At stake", "Message"];
    const fixed = header.length - 1;
    // A loop, not Math.max(...rows): a spread of hundreds of thousands of arguments overflows the stack.
    const widths = header.slice(0, fixed).map((h, i) => rows.reduce((w, r) => Math.max(w, r[i].length), h.length));
    const fmt = (r: string[]) => [...r.slice(0, fixed).map((c, i) => (i === 4 ? c.padStart(widths[i]) : c.padEnd(widths[i]))), r[fixed]].join("  ");
    lines.push(fmt(header));
    lines.push(fmt(widths.map((w) => "-".repeat(w)).concat("-------")));
    for (const r of rows) lines.push(fmt(r));
  } else {
    lines.push("No findings: nothing is due, blocked or at risk.");
  }
  const byRule = Object.entries(s.byRule).filter(([, n]) => n > 0);
  if (byRule.length) {
    lines.push("");
    lines.push("By rule: " + byRule.map(([rule, n]) => `${RULE_TITLES[rule as keyof typeof RULE_TITLES]} ${n}`).join("; "));
  }
  if (s.belowIncentiveMinimum.length) {
    lines.push("");
    lines.push(`Below the ${s.belowIncentiveMinimum[0].minimum}-seat incentive minimum (I1): ${s.belowIncentiveMinimum.length} customer/product pairs`);
    for (const b of s.belowIncentiveMinimum.slice(0, 20)) lines.push(`  ${b.customer} — ${b.product}: ${b.seats} seats`);
    if (s.belowIncentiveMinimum.length > 20) lines.push(`  … and ${s.belowIncentiveMinimum.length - 20} more (see --json)`);
  }
  return lines.join("\n") + "\n";
}

if (require.main === module) {
  main(process.argv.slice(2), {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t.endsWith("\n") || t.startsWith("\r") ? t : t + "\n"),
    tty: Boolean(process.stderr.isTTY),
  }).then((code) => {
    process.exitCode = code;
  });
}
