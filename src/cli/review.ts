/**
 * The command line over the review: `renewal-radar review <file|folder>… [options]` (see ./args for
 * the options). Each file is read, reviewed and reported; a file that cannot be read is reported on
 * stderr and in the output, and the others still run.
 */
import { createWriteStream } from "fs";
import { readdir, stat } from "fs/promises";
import { once } from "events";
import { finished } from "stream/promises";
import { extname, join } from "path";
import {
  ReportError,
  actByCalendarPieces,
  normalizeHeader,
  type Finding,
  type ReviewResult,
  type Role,
  type Severity,
} from "../review";
import { HelpRequest, parse, type Args } from "./args";
import {
  CSV_HEADER,
  alternativeWarning,
  bar,
  eachFinding,
  tablePieces,
  toCsvRows,
  toJson,
  toMultiJson,
  type FileOutcome,
} from "./output";
import { reviewStream } from "./review-stream";
import { ReadError } from "./stream-report";
import { writeHighlightedCopy } from "./xlsx-highlight";
import { writeFindingsWorkbook } from "./xlsx-out";

export { alternativeWarning, toJson, toTable } from "./output";

export interface Io {
  /** Standard output; a promise when the reader is behind (wait before writing more). */
  out: (text: string) => void | Promise<void>;
  err: (text: string) => void;
  /** Whether stderr is a terminal (progress bar). */
  tty: boolean;
}

const REPORT_FILES = new Set([".csv", ".tsv", ".txt", ".xlsx", ".xlsm"]);

/** The report files of the inputs: files as given, folders as the report files in them (sorted). */
async function expandInputs(inputs: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    let info;
    try {
      info = await stat(input);
    } catch {
      files.push(input); // reported as unreadable when read
      continue;
    }
    if (!info.isDirectory()) {
      files.push(input);
      continue;
    }
    const names = (await readdir(input))
      .filter((n) => REPORT_FILES.has(extname(n).toLowerCase()) && !n.startsWith("~$"))
      .sort();
    for (const n of names) files.push(join(input, n));
  }
  return files;
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
  const files = await expandInputs(args.inputs);
  if (files.length === 0) {
    io.err(`review: no report files (.csv, .tsv, .txt, .xlsx) in ${args.inputs.join(", ")}.`);
    return 1;
  }
  const outcomes: FileOutcome[] = [];
  for (const file of files) {
    try {
      outcomes.push({ file, result: await reviewFile(file, args, io) });
    } catch (error) {
      const message =
        error instanceof ReadError || error instanceof ReportError
          ? error.message
          : `could not review ${file}: ${(error as Error).message}`;
      io.err(`review: ${files.length > 1 && !message.includes(file) ? `${file}: ` : ""}${message}`);
      outcomes.push({ file, error: message });
    }
  }
  const reviewed = outcomes.filter((o): o is { file: string; result: ReviewResult } => "result" in o);
  let code = reviewed.length === outcomes.length ? 0 : 1;
  type Progress = (done: number, total: number) => void;
  for (const [flag, path, unit, write] of [
    ["--ics", args.ics, "", (p: string) => writePieces(p, actByCalendarPieces(allFindings(reviewed)))],
    ["--out", args.out, "findings", (p: string, progress?: Progress) => writeFindingsWorkbook(p, outcomes, progress)],
    [
      "--highlight",
      reviewed.length ? args.highlight : undefined,
      "",
      (p: string, progress?: Progress) =>
        writeHighlightedCopy(
          reviewed[0].file,
          p,
          reviewed[0].result.rowSeverity,
          reviewed[0].result.headers.length,
          reviewed[0].result.rows,
          undefined,
          progress,
          reviewed[0].result.sheet,
        ),
    ],
  ] as const) {
    if (!path) continue;
    // Writing a large workbook takes a while: a progress line on a terminal (as for the review).
    const line = io.tty && !args.quiet ? writingProgress(io, path, unit) : undefined;
    try {
      await write(path, line?.report);
      line?.end();
      const what = flag === "--ics" ? "act-by dates" : flag === "--out" ? "findings workbook" : "highlighted copy";
      if (!args.quiet && args.format === "table") io.err(`review: ${what} written to ${path}`);
    } catch (error) {
      line?.end();
      io.err(`review: could not write ${path}: ${(error as Error).message}`);
      code = 1;
    }
  }
  if (!args.quiet && (reviewed.length || args.format !== "table")) {
    // In pieces: a million-row report's output is never one string.
    for (const piece of render(outcomes, args)) await io.out(piece);
  }
  if (code === 0 && args.failOn) {
    const levels: Severity[] = args.failOn === "high" ? ["high"] : ["high", "warning"];
    if (reviewed.some((o) => levels.some((level) => o.result.summary.bySeverity[level] > 0))) return 3;
  }
  return code;
}

/**
 * A progress line on stderr while a file is written: the percent done, and `done of total unit`
 * when a unit is given. Nothing for a file written at once (its first report is already the end).
 */
function writingProgress(io: Io, path: string, unit: string) {
  let shown = -1;
  return {
    report(done: number, total: number): void {
      if (shown < 0 && done >= total) return;
      const percent = Math.floor((done / Math.max(total, 1)) * 100);
      if (percent === shown) return;
      shown = percent;
      const counts = unit ? ` (${done.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} ${unit})` : "";
      io.err(`\rwriting ${path}: ${percent} %${counts}`);
    },
    /** Ends the line, if one was shown. */
    end(): void {
      if (shown >= 0) io.err("\n");
    },
  };
}

/** Every reviewed file's findings in turn, made a page at a time (see eachFinding). */
function* allFindings(reviewed: readonly { result: ReviewResult }[]): Generator<Finding> {
  for (const o of reviewed) yield* eachFinding(o.result);
}

/** Writes text given in pieces to a file, waiting for the disk when it is behind. */
async function writePieces(path: string, pieces: Iterable<string>): Promise<void> {
  const out = createWriteStream(path);
  const failed = once(out, "error").then(([error]) => Promise.reject(error));
  failed.catch(() => undefined);
  for (const piece of pieces) if (!out.write(piece)) await Promise.race([once(out, "drain"), failed]);
  out.end();
  await Promise.race([finished(out), failed]);
}

/** Standard output: one file as before (table, JSON document or CSV); several files together. */
function* render(outcomes: readonly FileOutcome[], args: Args): Generator<string> {
  const reviewed = outcomes.filter((o): o is { file: string; result: ReviewResult } => "result" in o);
  if (args.format === "csv") {
    yield CSV_HEADER.join(",") + "\r\n";
    for (const o of reviewed) {
      let batch = "";
      let count = 0;
      for (const row of toCsvRows(o.result, o.file)) {
        batch += row + "\r\n";
        if (++count % 1000 === 0) {
          yield batch;
          batch = "";
        }
      }
      if (batch) yield batch;
    }
  } else if (args.format === "json") {
    yield* outcomes.length === 1 && reviewed.length === 1 ? toJson(reviewed[0].result) : toMultiJson(outcomes);
  } else {
    for (let i = 0; i < reviewed.length; i++) {
      if (i > 0) yield "\n";
      yield* tablePieces(reviewed[i].result, reviewed[i].file);
    }
  }
}

/** Files from this size on show progress on a terminal. */
const PROGRESS_BYTES = 4 << 20;

async function reviewFile(file: string, args: Args, io: Io): Promise<ReviewResult> {
  const showProgress = io.tty && !args.quiet;
  let shown = false;
  const result = await reviewStream(
    file,
    {
      asOf: args.asOf,
      horizon: args.horizon,
      dateOrder: args.dateOrder,
      dateOrderChosen: args.dateOrderGiven,
      parameters: args.parameters,
    },
    {
      mapping: Object.keys(args.map).length ? (headerRow) => resolveMapping(headerRow, args.map) : undefined,
      onProgress: showProgress
        ? ({ rows, bytes, size }) => {
            // Only for files big enough to wait for (CSV by size, XLSX by rows).
            if (!shown && (size > 0 ? size < PROGRESS_BYTES : rows < 50000)) return;
            shown = true;
            io.err(`\r${bar(rows, bytes, size)}`);
          }
        : undefined,
    },
  );
  if (shown) io.err("\n");
  const alt = alternativeWarning(result);
  if (alt && !args.quiet) io.err(`review: ${file}: ${alt}`);
  return result;
}

/** --map role=Header → role → column index of that header in the report's header row. */
function resolveMapping(
  headerRow: readonly unknown[],
  map: Partial<Record<Role, string>>,
): Partial<Record<Role, number | null>> {
  const headers = headerRow.map((c) => normalizeHeader(c));
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
