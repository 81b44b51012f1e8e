/**
 * Golden report cases: each folder under cases/ holds a report (input.csv as file bytes in any
 * encoding the command line reads, or input.json
 * as Excel's range.values), the review options, and the findings expected — written by hand from
 * RULES.md, one line per finding: `row rule severity date|- [actBy=YYYY-MM-DD] [cost=N]  # why`
 * (act-by date and money at stake as RULES.md §6's second table defines them). Optional facts: `rows N`,
 * `dateOrder dmy|mdy`, `assumed yes|no`, `inferred role,…`, `belowMinimum N`, `below customer|product|seats`,
 * `notice TEXT` (a note the review shows contains TEXT), `warning TEXT` (the not-reviewed warning contains
 * TEXT; without it, a case must have none), `atStake N` and `renewing N` (the summary's two kinds of money; by
 * currency as `atStake AUD=12.5 NZD=3`).
 */
import { readFileSync, readdirSync, existsSync } from "fs";
import { join } from "path";
import { moneyOfFindings, reviewReport, type ReviewOptions } from "../../src/review";
import { parseCsv } from "../../src/review/reading/csv";
import { decodeReport } from "../../src/review/reading/decode";
import { iso } from "../../src/rules/dates";
import { reviewStream } from "../../src/cli/review-stream";

const casesDir = join(__dirname, "cases");

interface Expected {
  findings: string[];
  facts: Record<string, string>;
  below: string[];
}

function readExpected(file: string): Expected {
  const out: Expected = { findings: [], facts: {}, below: [] };
  for (const raw of readFileSync(file, "utf8").split("\n")) {
    const line = raw.replace(/#.*$/, "").trim();
    if (!line) continue;
    const parts = line.split(/\s+/);
    if (/^\d+$/.test(parts[0])) out.findings.push(parts.join(" "));
    else if (parts[0] === "below") out.below.push(line.slice(6).trim());
    else out.facts[parts[0]] = parts.slice(1).join(" ");
  }
  return out;
}

function readInput(dir: string): unknown[][] {
  const json = join(dir, "input.json");
  if (existsSync(json)) return JSON.parse(readFileSync(json, "utf8"));
  // As the command line reads a file: its bytes decoded (UTF-8, UTF-16, Windows-1252), then CSV.
  return parseCsv(decodeReport(readFileSync(join(dir, "input.csv"))).text);
}

describe.each(readdirSync(casesDir))("golden report %s", (name) => {
  const dir = join(casesDir, name);
  const raw = JSON.parse(readFileSync(join(dir, "options.json"), "utf8"));
  const options: ReviewOptions = { ...raw, asOf: iso(raw.asOf) };
  const expected = readExpected(join(dir, "expected.txt"));
  const result = reviewReport(readInput(dir), options);

  it("raises exactly the hand-worked findings (row, rule, severity, key date, cost)", () => {
    const actual = result.findings.map((f) =>
      [
        f.row,
        f.rule,
        f.severity,
        f.date ?? "-",
        ...(f.actBy !== undefined ? [`actBy=${f.actBy}`] : []),
        ...(f.cost !== undefined ? [`cost=${f.cost}`] : []),
      ].join(" "),
    );
    expect(actual.sort()).toEqual(expected.findings.slice().sort());
  });

  it("reads the expected number of data rows and the expected date order", () => {
    if (expected.facts.rows) expect(result.rows).toBe(Number(expected.facts.rows));
    if (expected.facts.dateOrder) expect(result.dateOrder).toBe(expected.facts.dateOrder);
    if (expected.facts.assumed) expect(result.summary.dateOrderAssumed).toBe(expected.facts.assumed === "yes");
    if (expected.facts.inferred)
      expect(result.summary.inferredColumns.map((c) => c.role)).toEqual(expected.facts.inferred.split(","));
    if (expected.facts.notice) expect(result.summary.notices.join("\n")).toContain(expected.facts.notice);
    // Never a silent all-clear (RULES.md §6): the warning is there exactly where the case says.
    if (expected.facts.warning) expect(result.summary.warning).toContain(expected.facts.warning);
    else expect(result.summary.warning).toBeUndefined();
    // Money of two kinds: one amount (a report without currencies), or by currency ("AUD=12.5 NZD=3", "$=4").
    const byCurrency = (text: string) =>
      Object.fromEntries(text.split(/\s+/).map((p) => [p.split("=")[0], Number(p.split("=")[1])]));
    if (expected.facts.atStake?.includes("="))
      expect(result.summary.moneyAtStakeByCurrency).toEqual(byCurrency(expected.facts.atStake));
    else if (expected.facts.atStake)
      expect(result.summary.moneyAtStake.reduce((t, m) => t + m.amount, 0)).toBeCloseTo(
        Number(expected.facts.atStake),
        2,
      );
    if (expected.facts.renewing?.includes("="))
      expect(result.summary.valueRenewingByCurrency).toEqual(byCurrency(expected.facts.renewing));
    else if (expected.facts.renewing)
      expect(result.summary.valueRenewingByCurrency).toEqual({ "": Number(expected.facts.renewing) });
    if (expected.facts.belowMinimum)
      expect(result.summary.belowIncentiveMinimum).toHaveLength(Number(expected.facts.belowMinimum));
    for (const b of expected.below) {
      const [customer, product, seats] = b.split("|").map((s) => s.trim());
      expect(result.summary.belowIncentiveMinimum).toContainEqual(
        expect.objectContaining({ customer, product, seats: Number(seats) }),
      );
    }
  });

  it("counts the same money over its findings (the pane's customer groups) as its summary, in each currency", () => {
    const currencies = new Set([
      ...Object.keys(result.summary.moneyAtStakeByCurrency),
      ...result.findings.map((f) => f.currency ?? ""),
    ]);
    for (const currency of currencies) {
      const ofCurrency = result.findings.filter((f) => (f.currency ?? "") === currency);
      expect(`${currency}: ${moneyOfFindings(ofCurrency)}`).toBe(
        `${currency}: ${result.summary.moneyAtStakeByCurrency[currency] ?? 0}`,
      );
    }
  });

  it("words every finding as one line that cannot be taken for a formula", () => {
    for (const f of result.findings) {
      expect(f.message.length).toBeGreaterThan(20);
      expect(f.message).not.toMatch(/\n/);
      expect(f.message).toMatch(/^[A-Za-z]/);
    }
  });

  const csv = join(dir, "input.csv");
  // Cases given as range.values (input.json) have no file to stream.
  if (existsSync(csv))
    it("reads the same streamed from the file, row by row, as the command line does", async () => {
      const streamed = await reviewStream(csv, options);
      expect(streamed.findings).toEqual(result.findings);
      expect(streamed.summary).toEqual(result.summary);
      expect([streamed.rows, streamed.headerRow, streamed.dateOrder]).toEqual([
        result.rows,
        result.headerRow,
        result.dateOrder,
      ]);
    });
});
