/**
 * `npm run bench`: speed of the formulas and of the report review, each against a baseline measured
 * in the same run. Prints absolute figures and ratios; asserts nothing (speed is not a test).
 *
 * 1. NCE_ANNIVERSARY and CAN_REDUCE over 100,000 rows in one range call, against the same answers
 *    computed per row with date-fns and Date objects.
 * 2. The review of generated 100,000-row reports (distributor and Partner Center layouts, a mix of
 *    risks), against parsing the same CSV alone.
 * 3. The command line streaming Partner Center reconciliation files of 100,000 and 1,000,000 rows
 *    (each run in its own process: time and peak memory), against streaming the same file's rows
 *    alone. `BENCH_CLI_ROWS=100000` runs the first size only.
 */
import { addDays, addMonths, differenceInCalendarDays } from "date-fns";
import * as LIC from "../src/functions/functions";
import { parseCsv } from "../src/review/reading/csv";
import { reviewReport } from "../src/review";
import { iso, toYMD } from "../src/rules/dates";
import { distributorCsv, partnerCenterCsv, partnerCenterLines, seeded } from "./generate";
import { execFileSync } from "child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
// The Node options the command line starts with (a CommonJS list, shared with bin/renewal-radar.js).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const HEAP_FLAGS: string[] = require("../bin/heap-flags.js");

(globalThis as any).CustomFunctions ??= {
  Error: class extends Error {
    constructor(
      public code: string,
      message?: string,
    ) {
      super(message);
    }
  },
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" },
};

const ROWS = 100_000;
const RUNS = 7;

function time(fn: () => unknown): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/** Median of RUNS timings after two warm-up runs. */
function measure(fn: () => unknown): number {
  fn();
  fn();
  const times = Array.from({ length: RUNS }, () => time(fn)).sort((a, b) => a - b);
  return times[Math.floor(RUNS / 2)];
}

const fmt = (n: number, d = 1) => n.toLocaleString("en-US", { maximumFractionDigits: d, minimumFractionDigits: d });

// ---- 1. formulas ---------------------------------------------------------------------------
const rand = seeded();
const starts = Array.from({ length: ROWS }, () => [iso("2018-01-01") + Math.floor(rand() * 3000)]);
const termOf = [1, 12, 36];
const terms = Array.from({ length: ROWS }, () => [termOf[Math.floor(rand() * 3)]]);
const asOf = [[iso("2026-11-21")]];

// date-fns baseline: a Date per row, addMonths (clamps month ends like EDATE) until after as_of.
const EPOCH = new Date(1899, 11, 30);
const toDate = (serial: number) => addDays(EPOCH, serial);
const toSerial = (d: Date) => differenceInCalendarDays(d, EPOCH);
function baselineAnniversary(start: number, months: number, asOfSerial: number): number {
  const s = toDate(start);
  const a = toDate(asOfSerial);
  let k = 1;
  let next = addMonths(s, months);
  while (next <= a) next = addMonths(s, ++k * months);
  return toSerial(next);
}
function baselineCanReduce(start: number, months: number, change: number): boolean {
  const s = toDate(start);
  const c = toDate(change);
  if (c < s) return false;
  let k = 0;
  let renewal = s;
  for (;;) {
    const next = addMonths(s, (k + 1) * months);
    if (next > c) break;
    renewal = next;
    k++;
  }
  return differenceInCalendarDays(c, renewal) < 7;
}

const ours = LIC.nceAnniversary(starts, terms, asOf);
for (let i = 0; i < ROWS; i += 997) {
  const expected = baselineAnniversary(starts[i][0], terms[i][0], asOf[0][0]);
  if (ours[i][0] !== expected)
    throw new Error(`row ${i}: ${ours[i][0]} != ${expected} (${JSON.stringify(toYMD(starts[i][0]))})`);
}
const oursReduce = LIC.canReduce(starts, terms, asOf);
for (let i = 0; i < ROWS; i += 997) {
  if (oursReduce[i][0] !== baselineCanReduce(starts[i][0], terms[i][0], asOf[0][0]))
    throw new Error(`CAN_REDUCE row ${i} differs`);
}

console.log(
  `Renewal Radar benchmark (Node ${process.version}, ${ROWS.toLocaleString()} rows, median of ${RUNS} runs)\n`,
);
console.log("1. Formulas: one range call over 100,000 rows, vs date-fns Date objects per row (same answers, checked)");
for (const [name, fn, base] of [
  [
    "NCE_ANNIVERSARY",
    () => LIC.nceAnniversary(starts, terms, asOf),
    () => starts.map((s, i) => baselineAnniversary(s[0], terms[i][0], asOf[0][0])),
  ],
  [
    "CAN_REDUCE",
    () => LIC.canReduce(starts, terms, asOf),
    () => starts.map((s, i) => baselineCanReduce(s[0], terms[i][0], asOf[0][0])),
  ],
] as const) {
  const t = measure(fn);
  const b = measure(base);
  console.log(
    `   ${name.padEnd(16)} ${fmt(t)} ms  ${fmt(ROWS / (t / 1000) / 1e6, 2)} M rows/s   baseline ${fmt(b)} ms  ratio ${fmt(b / t)}x faster   (targets: >= 10x, >= 2 M rows/s)`,
  );
}

// ---- 1b. volatile recalculation ------------------------------------------------------------
// The today-defaulting functions are volatile: Excel runs them again on every recalculation of the
// workbook (any edit, F9, opening it). What one recalculation of a sheet holding
// =NCE_ANNIVERSARY, =CAN_REDUCE and =COMMITMENT_REMAINING over 100,000 rows (as_of left out) costs.
{
  const seats = starts.map((_, i) => [1 + (i % 250)]);
  const prices = starts.map((_, i) => [6 + (i % 90)]);
  const recalc = measure(() => {
    LIC.nceAnniversary(starts, terms);
    LIC.canReduce(starts, terms);
    LIC.commitmentRemaining(starts, terms, seats, prices);
  });
  const base = measure(() => starts.map((s, i) => baselineAnniversary(s[0], terms[i][0], asOf[0][0])));
  console.log(
    `   recalculation of 3 volatile range formulas x 100,000 rows: ${fmt(recalc)} ms per recalculation ` +
      `(${fmt(recalc / 3)} ms a formula) = ${fmt(base / recalc, 2)}x faster than the date-fns baseline computing NCE_ANNIVERSARY alone (${fmt(base)} ms)`,
  );
}

// ---- 2. review -----------------------------------------------------------------------------
console.log("\n2. Review of a generated 100,000-row report, vs parsing the same CSV alone (papaparse)");
for (const [layout, csv] of [
  ["distributor (D/M/Y, title lines, totals)", distributorCsv(ROWS, rand)],
  ["Partner Center reconciliation (M/D/Y)", partnerCenterCsv(ROWS, rand)],
] as const) {
  const options = { asOf: iso("2026-11-21") };
  let findings = 0;
  const parse = measure(() => parseCsv(csv));
  const whole = measure(() => {
    findings = reviewReport(parseCsv(csv), options).findings.length;
  });
  const parsed = parseCsv(csv);
  const alone = measure(() => reviewReport(parsed, options));
  // Memory: the heap the parsed cells and the result hold, and the process's peak resident size.
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.memoryUsage().heapUsed;
  const cells = parseCsv(csv);
  const r = reviewReport(cells, options);
  const held = process.memoryUsage().heapUsed - before;
  const peakRss = process.resourceUsage().maxRSS / 1024;
  console.log(
    `   ${layout}\n     parse ${fmt(parse)} ms; review alone ${fmt(alone)} ms = ${fmt(alone / parse, 2)}x the parse; ` +
      `parse + review ${fmt(whole)} ms = ${fmt(whole / parse, 2)}x the parse (target <= 2x, < 1500 ms);\n     ` +
      `${fmt(ROWS / (whole / 1000) / 1000, 0)} k rows/s; ${findings.toLocaleString()} findings; ` +
      `cells + result hold ${fmt(held / 1048576, 0)} MB of heap, process peak RSS ${fmt(peakRss, 0)} MB; csv ${fmt(csv.length / 1048576, 1)} MB; ${r.rows} rows read`,
  );
}

// ---- 3. the command line, streaming -----------------------------------------------------------
{
  console.log(
    "\n3. renewal-radar review FILE, streamed, vs streaming the same file's rows alone (papaparse): `--quiet` (the review, no output)\n" +
      "   and `--format json` (the whole document written to /dev/null); median of 3 taken in turn, each run in its own process (peak RSS is its own);\n" +
      "   then the other outputs of the same review once each: the table (the default output), --out FILE.xlsx, --ics FILE.ics",
  );
  const dir = mkdtempSync(join(tmpdir(), "rr-bench-"));
  const runner = join(__dirname, "cli-run.js");
  const sizes = (process.env.BENCH_CLI_ROWS ?? "100000,1000000").split(",").map(Number);
  try {
    // Each size twice: the usual mix of terms, and a findings-dense book (nine rows in ten monthly:
    // nearly every row raises a finding, ~1.16 million findings at a million rows).
    for (const [n, monthly] of sizes.flatMap(
      (s) =>
        [
          [s, false],
          [s, true],
        ] as Array<[number, boolean]>,
    )) {
      const file = join(dir, `pc-${n}${monthly ? "-monthly" : ""}.csv`);
      // Written in blocks: a million rows are never one string.
      writeFileSync(file, "");
      let block: string[] = [];
      for (const line of partnerCenterLines(n, seeded(n), monthly)) {
        block.push(line);
        if (block.length === 20000) {
          writeFileSync(file, block.join("\n") + "\n", { flag: "a" });
          block = [];
        }
      }
      writeFileSync(file, block.join("\n") + "\n", { flag: "a" });
      const once = (mode: string) =>
        // With the Node options the command line starts with (bin/heap-flags.js).
        JSON.parse(
          execFileSync(process.execPath, [...HEAP_FLAGS, runner, mode, file], { encoding: "utf8", maxBuffer: 1 << 20 }),
        ) as {
          ms: number;
          rss: number;
        };
      // The three modes in turn (parse, quiet, json, parse, …), so that the machine's drift in speed
      // falls on all of them alike; then each mode's median.
      const modes = ["parse", "quiet", "review"];
      const runs = new Map(modes.map((m) => [m, [] as { ms: number; rss: number }[]]));
      for (let round = 0; round < 3; round++) for (const m of modes) runs.get(m)!.push(once(m));
      const median = (mode: string) => runs.get(mode)!.sort((a, b) => a.ms - b.ms)[1];
      const parse = median("parse");
      const line = (label: string, r: { ms: number; rss: number }) =>
        `     ${label} ${fmt(r.ms, 0)} ms = ${fmt(r.ms / parse.ms, 2)}x the parse (target <= 2x), peak RSS ${fmt(r.rss, 0)} MB (target <= 400 MB at 1M rows); ${fmt((r.ms / n) * 1000, 1)} µs a row`;
      console.log(
        `   ${n.toLocaleString("en-US")} rows${monthly ? ", findings-dense (9 in 10 monthly)" : ""} (${fmt(statSync(file).size / 1048576, 0)} MB): parse alone ${fmt(parse.ms, 0)} ms, peak RSS ${fmt(parse.rss, 0)} MB`,
      );
      console.log(line("review --quiet       ", median("quiet")));
      console.log(line("review --format json ", median("review")));
      // The other outputs of the same review, once each: what they add to the time and the memory.
      const outputs: Array<[string, string]> = [
        ["table", "review (table output)   "],
        ["out", "review --out FILE.xlsx  "],
        ["ics", "review --ics FILE.ics   "],
      ];
      for (const [mode, label] of outputs) {
        const r = once(mode);
        console.log(`     ${label}${fmt(r.ms, 0)} ms, peak RSS ${fmt(r.rss, 0)} MB (once)`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
