/**
 * The command line reads a report as a stream (src/cli/stream-report, src/cli/review-stream): the
 * same findings as the report in memory, across chunk boundaries and encodings, with memory that
 * follows the findings, not the file.
 */
import { spawnSync } from "child_process";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { buildSync } from "esbuild";
import { main, toTable } from "../../src/cli/review";
import { reviewStream } from "../../src/cli/review-stream";
import { reviewReport } from "../../src/review";
import { parseCsv } from "../../src/review/reading/csv";
import { FindingStore } from "../../src/review/findings/store";
import { iso } from "../../src/rules/dates";

const tmp = mkdtempSync(join(tmpdir(), "rr-stream-"));
const asOf = iso("2026-11-21");

/** A report of `n` rows with accented and CJK names, quoted cells with commas and line breaks. */
function report(n: number): string {
  const lines = ["Customer,Product,Subscription ID,Quantity,Term,Start Date,Auto Renew,Notes"];
  const names = ["Müller GmbH", "Société Générale", "東京商事", "Zoë & Co", "Ørsted A/S"];
  for (let i = 0; i < n; i++) {
    const start = `2025-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 27) + 1).padStart(2, "0")}`;
    const note = i % 7 === 0 ? `"line one, with a comma\nline two ""quoted"""` : "";
    lines.push(
      `${names[i % 5]} ${Math.floor(i / 3)},Microsoft 365 E3,sub-${i % 50 === 0 ? i - 1 : i},${1 + (i % 40)},${i % 4 ? "P1Y" : "P1M"},${start},${i % 9 ? "Yes" : "No"},${note}`,
    );
  }
  return lines.join("\r\n") + "\r\n";
}

describe("streamed review of a report file", () => {
  const text = report(40000); // about 3.5 MB: many 64 KB chunks, characters and quoted cells across their ends
  const inMemory = reviewReport(parseCsv(text), { asOf });

  it.each([
    ["UTF-8", () => Buffer.from(text, "utf8")],
    ["UTF-8 with a BOM", () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")])],
    ["UTF-16 LE with a BOM", () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")])],
    ["UTF-16 LE without a BOM", () => Buffer.from(text, "utf16le")],
    ["UTF-16 BE without a BOM", () => Buffer.from(text, "utf16le").swap16()],
  ])("finds the same as the report in memory when the file is %s", async (name, bytes) => {
    const file = join(tmp, `${name.replace(/\W+/g, "-")}.csv`);
    writeFileSync(file, bytes());
    const streamed = await reviewStream(file, { asOf });
    expect(streamed.rows).toBe(40000);
    expect(streamed.findings.length).toBeGreaterThan(1000);
    expect(streamed.findings).toEqual(inMemory.findings);
    expect(streamed.summary).toEqual(inMemory.summary);
    // Kept compact while streaming, made when read: the same highlights and timeline as in memory.
    expect(streamed.rowSeverity).toEqual(inMemory.rowSeverity);
    expect(streamed.upcoming).toEqual(inMemory.upcoming);
    expect(streamed.summary.rowsWithFindings).toBe(streamed.rowSeverity.size);
  });

  it("prints as --json the in-memory review's findings and summary, its hundreds of I1 pairs written a page at a time", async () => {
    const file = join(tmp, "json.csv");
    writeFileSync(file, text);
    let out = "";
    const code = await main([file, "--format", "json", "--as-of", "2026-11-21"], {
      out: (t) => void (out += t),
      err: () => undefined,
      tty: false,
    });
    expect(code).toBe(0);
    const doc = JSON.parse(out);
    expect(inMemory.summary.belowIncentiveMinimum.length).toBeGreaterThan(1000);
    expect(doc.summary.belowIncentiveMinimum).toEqual(inMemory.summary.belowIncentiveMinimum);
    // The --json contract names the money by currency moneyAtStake / valueRenewing, the per-customer list moneyByCustomer.
    const { moneyAtStake, moneyAtStakeByCurrency, valueRenewingByCurrency, ...rest } = JSON.parse(
      JSON.stringify(inMemory.summary),
    );
    expect(doc.summary).toEqual({
      ...rest,
      moneyByCustomer: moneyAtStake,
      moneyAtStake: moneyAtStakeByCurrency,
      valueRenewing: valueRenewingByCurrency,
    });
    expect(doc.findings).toEqual(JSON.parse(JSON.stringify(inMemory.findings)));
  });

  it("makes no finding object and sorts nothing for --quiet or --fail-on, and only a page at a time for --json", async () => {
    const file = join(tmp, "quiet.csv");
    writeFileSync(file, text);
    const made = jest.spyOn(FindingStore.prototype, "finding");
    const sorted = jest.spyOn(FindingStore.prototype, "urgencyOrder");
    try {
      const io = { out: () => undefined, err: () => undefined, tty: false };
      expect(await main([file, "--quiet", "--fail-on", "warning", "--as-of", "2026-11-21"], io)).toBe(3);
      expect(made).not.toHaveBeenCalled();
      expect(sorted).not.toHaveBeenCalled();
      let live = 0;
      let most = 0;
      // Each finding made is written before the next page is made: count what one output piece needs.
      made.mockClear();
      await main([file, "--format", "json", "--as-of", "2026-11-21"], {
        out: () => {
          most = Math.max(most, made.mock.calls.length - live);
          live = made.mock.calls.length;
        },
        err: () => undefined,
        tty: false,
      });
      // Sorted once, when the first page was made.
      expect(sorted).toHaveBeenCalledTimes(1);
      expect(made.mock.calls.length).toBe(inMemory.findings.length);
      expect(most).toBeLessThanOrEqual(100);
    } finally {
      made.mockRestore();
      sorted.mockRestore();
    }
  });

  it("prints the table 200 lines at a time, the same text as the whole table, with only 20 I1 pairs made", async () => {
    const file = join(tmp, "table.csv");
    writeFileSync(file, text);
    const pieces: string[] = [];
    expect(
      await main([file, "--as-of", "2026-11-21"], {
        out: (t) => void pieces.push(t),
        err: () => undefined,
        tty: false,
      }),
    ).toBe(0);
    const streamed = await reviewStream(file, { asOf });
    expect(pieces.join("")).toBe(toTable(streamed, file));
    expect(pieces.length).toBeGreaterThan(2);
    // 200 lines a piece; the last also carries the closing summary (by rule, up to 20 I1 pairs).
    for (const piece of pieces) expect(piece.split("\n").length).toBeLessThanOrEqual(240);
    expect(pieces.join("")).toMatch(/… and \d+ more \(see --json\)/);
    // The I1 pairs were never all made: the summary's list is still the lazy one.
    expect(Object.getOwnPropertyDescriptor(streamed.summary, "belowIncentiveMinimum")?.get).toBeDefined();
  });

  it("shows how far writing a large findings workbook is on a terminal, and only there", async () => {
    const file = join(tmp, "progress.csv");
    writeFileSync(file, text);
    const out = join(tmp, "progress.xlsx");
    let err = "";
    const io = { out: () => undefined, err: (t: string) => void (err += t), tty: true };
    expect(await main([file, "--format", "json", "--as-of", "2026-11-21", "--out", out], io)).toBe(0);
    expect(inMemory.findings.length).toBeGreaterThan(10000);
    expect(err).toMatch(
      new RegExp(`\\rwriting ${out.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: \\d+ % \\(10,000 of [\\d,]+ findings\\)`),
    );
    expect(err).toContain(
      `: 100 % (${inMemory.findings.length.toLocaleString("en-US")} of ${inMemory.findings.length.toLocaleString("en-US")} findings)\n`,
    );
    err = "";
    expect(await main([file, "--format", "json", "--as-of", "2026-11-21", "--out", out], { ...io, tty: false })).toBe(
      0,
    );
    expect(err).toBe("");
  }, 60000);

  it("reads a Windows-1252 file (not UTF-8) with its accents intact", async () => {
    const latin = text.replace(/東京商事/g, "Tokyo Shoji");
    const file = join(tmp, "cp1252.csv");
    // Latin-1 bytes of these names are their Windows-1252 bytes.
    writeFileSync(file, Buffer.from(latin, "latin1"));
    const streamed = await reviewStream(file, { asOf });
    expect(streamed.findings).toEqual(reviewReport(parseCsv(latin), { asOf }).findings);
    expect(streamed.findings.some((f) => f.customer?.startsWith("Müller GmbH"))).toBe(true);
  });

  it("holds the findings and the grouping keys, not the file: memory stays flat over 300,000 rows", () => {
    // Rows without a customer are not kept for the cross-row rules; about one in ten has a finding.
    const lines = ["Customer,Product,Subscription ID,Quantity,Term,Start Date,Auto Renew"];
    for (let i = 0; i < 300000; i++)
      lines.push(
        `,Microsoft 365 Business Premium (no customer on this line),${"a".repeat(30)}-${i},${1 + (i % 40)},P1Y,2025-${String((i % 12) + 1).padStart(2, "0")}-15,Yes`,
      );
    const file = join(tmp, "flat.csv");
    const bytes = Buffer.from(lines.join("\n"));
    writeFileSync(file, bytes);
    const script = join(tmp, "stream-memory.js");
    buildSync({
      entryPoints: [join(__dirname, "fixtures", "stream-memory.ts")],
      bundle: true,
      platform: "node",
      outfile: script,
      logLevel: "error",
    });
    const run = spawnSync(process.execPath, ["--expose-gc", script, file], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    const { before, after, rows, findings } = JSON.parse(run.stdout);
    expect(rows).toBe(300000);
    expect(findings).toBeGreaterThan(20000);
    // The file is ~36 MB; what the review holds is its findings, a few hundred bytes each. Were the
    // parser's chunks kept alive by a finding's text, it would hold ~2,000 bytes a finding, 3× the file.
    const held = after - before;
    expect(held).toBeLessThan(bytes.length);
    expect(held / findings).toBeLessThan(800);
  }, 120000);
});
