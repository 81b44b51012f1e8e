/**
 * The command line's arguments: `renewal-radar review <file|folder>… [options]`.
 */
import { resolve } from "path";
import { parseArgs } from "util";
import { ROLES, type Role } from "../review";
import { iso, todaySerial, type DateOrder } from "../rules/dates";

export const USAGE =
  "usage: renewal-radar review <report.csv|report.xlsx|folder>… [--as-of YYYY-MM-DD] [--horizon DAYS] " +
  "[--ea-horizon DAYS] [--est-start YYYY-MM-DD] [--date-order mdy|dmy] [--map role=Header ...] " +
  "[--format table|json|csv] [--json] [--out findings.xlsx] [--highlight copy.xlsx] [--ics FILE] " +
  "[--fail-on high|warning] [--quiet]\n       (npm run --silent review -- <file>… [options] runs the same command)";

export const HELP = `Renewal Radar: reviews subscription reports (CSV or .xlsx) and lists the risky rows, most urgent first.

${USAGE}

  FILE or FOLDER…      one or more reports; a folder means every .csv, .tsv, .txt, .xlsx and .xlsm in it
                       (a workbook: its first visible sheet with a header row)
  --as-of YYYY-MM-DD   the day to review from (default: today)
  --horizon DAYS       days ahead that count as due (default: 30)
  --ea-horizon DAYS    days before an EA's expiry that its unsigned renewal is due (EA_RENEWAL_DUE; default: 90)
  --est-start DATE     the first term end that can move into the Extended Service Term (N5; default: 2026-05-04)
  --date-order mdy|dmy order of numeric dates when the values and the report's hints cannot decide (default: mdy)
  --map role=Header    map a role to a column of the header row; role= (empty) switches it off
  --format FORMAT      standard output: table (default), json (one document) or csv (one row per finding)
  --json               the same as --format json
  --out FILE.xlsx      also write an Excel workbook: a Findings sheet and a Customers sheet
  --highlight COPY.xlsx  (one .xlsx report) also write a copy of it with the risky rows filled by severity
  --ics FILE           also write the act-by dates as an iCalendar file (one all-day event per finding)
  --fail-on LEVEL      exit 3 when any finding is this severe or more: high, or warning (warning or high)
  --quiet              print nothing on standard output and no notes on stderr (errors still go to stderr)
  -h, --help           this help

Exit status: 0 reviewed; 1 a file could not be read or has no header row (the others are still
reviewed), or an output file could not be written; 2 bad arguments; 3 findings at the --fail-on level.
`;

export class UsageError extends Error {}
/** --help / -h: the help on stdout, exit 0. */
export class HelpRequest extends Error {}

export type Format = "table" | "json" | "csv";

export interface Args {
  inputs: string[];
  asOf: number;
  horizon: number;
  /** RULES.md parameters given on the command line (ea_horizon, est_start). */
  parameters: { eaHorizon?: number; estStart?: number };
  dateOrder: DateOrder;
  /** --date-order was given: the user's choice, not an assumption. */
  dateOrderGiven: boolean;
  format: Format;
  /** --out FILE.xlsx: an Excel workbook of the findings. */
  out?: string;
  /** --highlight COPY.xlsx: a copy of the (.xlsx) input with its risky rows filled. */
  highlight?: string;
  /** --ics FILE: the act-by dates as an iCalendar file. */
  ics?: string;
  /** --fail-on: exit 3 when a finding is at least this severe. */
  failOn?: "high" | "warning";
  quiet: boolean;
  /** Mapping corrections: role → header text ("" to ignore the role). */
  map: Partial<Record<Role, string>>;
}

export function parse(argv: string[]): Args {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        "as-of": { type: "string" },
        horizon: { type: "string" },
        "ea-horizon": { type: "string" },
        "est-start": { type: "string" },
        "date-order": { type: "string" },
        json: { type: "boolean", default: false },
        format: { type: "string" },
        out: { type: "string" },
        highlight: { type: "string" },
        ics: { type: "string" },
        "fail-on": { type: "string" },
        quiet: { type: "boolean", short: "q", default: false },
        map: { type: "string", multiple: true },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) throw new HelpRequest(HELP);
  if (positionals.length === 0) throw new UsageError(`give a report file (or several, or a folder).\n${USAGE}`);
  let asOf = todaySerial();
  if (values["as-of"] !== undefined) {
    try {
      asOf = iso(values["as-of"]);
    } catch {
      throw new UsageError(`--as-of ${values["as-of"]} is not a date: use YYYY-MM-DD.`);
    }
  }
  const horizon = values.horizon === undefined ? 30 : Number(values.horizon);
  if (!Number.isInteger(horizon) || horizon < 0 || horizon > 3660)
    throw new UsageError(`--horizon ${values.horizon} is not a number of days (0-3660).`);
  const parameters: Args["parameters"] = {};
  if (values["ea-horizon"] !== undefined) {
    const days = Number(values["ea-horizon"]);
    if (!Number.isInteger(days) || days < 0 || days > 3660)
      throw new UsageError(`--ea-horizon ${values["ea-horizon"]} is not a number of days (0-3660).`);
    parameters.eaHorizon = days;
  }
  if (values["est-start"] !== undefined) {
    try {
      parameters.estStart = iso(values["est-start"]);
    } catch {
      throw new UsageError(`--est-start ${values["est-start"]} is not a date: use YYYY-MM-DD.`);
    }
  }
  const explicitOrder = values["date-order"];
  const order = explicitOrder ?? "mdy";
  if (order !== "mdy" && order !== "dmy") throw new UsageError(`--date-order ${order} must be mdy or dmy.`);
  const map: Partial<Record<Role, string>> = {};
  for (const m of values.map ?? []) {
    const eq = m.indexOf("=");
    const role = m.slice(0, eq) as Role;
    if (eq < 0 || !ROLES.includes(role))
      throw new UsageError(`--map ${m}: use role=Header, with a role among ${ROLES.join(", ")}.`);
    map[role] = m.slice(eq + 1);
  }
  const format = (values.json ? "json" : (values.format ?? "table")) as Format;
  if (!["table", "json", "csv"].includes(format))
    throw new UsageError(`--format ${values.format} must be table, json or csv.`);
  if (values.json && values.format && values.format !== "json")
    throw new UsageError("--json and --format csv/table contradict each other: give one.");
  for (const [flag, file] of [
    ["--ics", values.ics],
    ["--out", values.out],
  ] as const) {
    if (file !== undefined && !file.trim()) throw new UsageError(`${flag} needs a file name.\n${USAGE}`);
  }
  if (values.out !== undefined && !/\.xlsx$/i.test(values.out))
    throw new UsageError(`--out ${values.out}: the workbook's name must end in .xlsx.`);
  if (values.highlight !== undefined) {
    if (!/\.xlsx$/i.test(values.highlight))
      throw new UsageError(`--highlight ${values.highlight}: the copy's name must end in .xlsx.`);
    if (positionals.length !== 1 || !/\.xlsx$/i.test(positionals[0]))
      throw new UsageError("--highlight works on one .xlsx report: give one .xlsx file.");
    if (resolve(values.highlight) === resolve(positionals[0]))
      throw new UsageError("--highlight must name a new file: the report itself is never changed.");
  }
  const failOn = values["fail-on"];
  if (failOn !== undefined && failOn !== "high" && failOn !== "warning")
    throw new UsageError(`--fail-on ${failOn} must be high or warning.`);
  return {
    inputs: positionals,
    asOf,
    horizon,
    parameters,
    dateOrder: order,
    dateOrderGiven: explicitOrder !== undefined,
    format,
    out: values.out,
    highlight: values.highlight,
    ics: values.ics,
    failOn,
    quiet: values.quiet ?? false,
    map,
  };
}
