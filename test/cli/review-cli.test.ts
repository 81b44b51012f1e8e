/**
 * The command line as a person uses it: a report file in, a table or one JSON document out,
 * one clear line on stderr and a non-zero exit when the file cannot be reviewed.
 */
import { spawnSync } from "child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/review";

const samples = join(__dirname, "..", "review", "cases");
const distributor = join(samples, "sample-distributor-au", "input.csv");

async function run(...argv: string[]) {
  let out = "";
  let err = "";
  const code = await main(argv, {
    out: (t) => {
      out += t;
    },
    err: (t) => (err += t + "\n"),
    tty: false,
  });
  return { code, out, err };
}

const tmp = mkdtempSync(join(tmpdir(), "rr-cli-"));

describe("review command line", () => {
  it("--json prints one JSON document with rows, date order, findings (sheet row numbers) and summary", async () => {
    const { code, out, err } = await run(distributor, "--as-of", "2026-11-21", "--json");
    expect(code).toBe(0);
    expect(err).toBe("");
    const doc = JSON.parse(out);
    expect(doc.rows).toBe(41);
    expect(doc.dateOrder).toBe("dmy");
    expect(doc.findings).toContainEqual(
      expect.objectContaining({
        row: 5,
        rule: "REDUCTION_BLOCKED",
        severity: "high",
        date: "2026-12-20",
        actBy: "2026-12-26",
        customer: expect.any(String),
      }),
    );
    // Most urgent first: act-by dates never go back.
    const actBy = doc.findings.map((f: { actBy?: string }) => f.actBy ?? "9999");
    expect(actBy).toEqual([...actBy].sort());
    expect(doc.summary.bySeverity).toEqual({ high: 13, warning: 14, info: 5 });
  });

  it("the table lists the most urgent findings first (act-by date) and says which date order was used", async () => {
    const { code, out } = await run(distributor, "--as-of", "2026-11-21");
    expect(code).toBe(0);
    expect(out).toMatch(/41 rows reviewed \(header on row 4\)/);
    expect(out).toMatch(/Dates read day\/month\/year \(decided from the values\)/);
    const dates = out
      .split("\n")
      .filter((l) => /^\d{4}-\d{2}-\d{2}\s+(HIGH|WARNING|INFO)/.test(l))
      .map((l) => l.slice(0, 10));
    expect(dates.length).toBeGreaterThan(20);
    expect(dates).toEqual([...dates].sort());
  });

  it("says no day/month order was needed when every date is unambiguous, instead of naming an order it never used", async () => {
    const report = join(tmp, "iso.csv");
    writeFileSync(report, "Customer,Product,Term,Start Date\nA,P,P1Y,2025-12-01\nB,P,P1M,15-Jan-2026\n");
    const { out } = await run(report, "--as-of", "2026-11-21");
    expect(out).toMatch(/^Dates: no date needed a day\/month order \(date cells or unambiguous text\)$/m);
    expect(out).not.toMatch(/Dates read/);
    // One numeric date that could be read either way, and the order is named again (assumed).
    writeFileSync(report, "Customer,Product,Term,Start Date\nA,P,P1Y,2025-12-01\nB,P,P1M,01/02/2026\n");
    expect((await run(report, "--as-of", "2026-11-21")).out).toMatch(/^Dates read month\/day\/year \(ASSUMED/m);
  });

  it("says a date column's header stated the order", async () => {
    const report = join(tmp, "stated.csv");
    writeFileSync(report, "Customer,Product,Term,Start Date (dd/mm/yyyy)\nA,P,P1Y,01/12/2025\n");
    const { out, err } = await run(report, "--as-of", "2026-11-21");
    expect(out).toMatch(/^Dates read day\/month\/year \(as the header “Start Date \(dd\/mm\/yyyy\)” says\)$/m);
    expect(err).toBe("");
  });

  it("--horizon and --date-order change what is found", async () => {
    const report = join(tmp, "ambiguous.csv");
    writeFileSync(report, "Customer,Product,Term,Start Date\nA,P,P1Y,12/01/2025\n");
    const mdy = JSON.parse((await run(report, "--as-of", "2026-11-21", "--json")).out);
    expect(mdy.findings.map((f: { rule: string }) => f.rule)).toEqual(["RENEWAL_DUE"]);
    expect(mdy.summary.dateOrderAssumed).toBe(true);
    const dmy = JSON.parse((await run(report, "--as-of", "2026-11-21", "--json", "--date-order", "dmy")).out);
    expect(dmy.findings).toEqual([]);
    const short = JSON.parse((await run(report, "--as-of", "2026-11-21", "--json", "--horizon", "5")).out);
    expect(short.findings).toEqual([]);
  });

  it("--map corrects the column mapping by header; an unknown header is a clear error", async () => {
    const report = join(tmp, "mapped.csv");
    writeFileSync(report, "Customer,Product,Term,Bought,Licence Began\nA,P,P1Y,2025-01-10,2025-12-01\n");
    const plain = JSON.parse((await run(report, "--as-of", "2026-11-21", "--json")).out);
    expect(plain.findings).toEqual([]);
    const mapped = JSON.parse(
      (await run(report, "--as-of", "2026-11-21", "--json", "--map", "start_date=Licence Began")).out,
    );
    expect(mapped.findings.map((f: { rule: string; date: string }) => [f.rule, f.date])).toEqual([
      ["RENEWAL_DUE", "2026-12-01"],
    ]);
    const bad = await run(report, "--map", "start_date=Nope");
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/no column "Nope"/);
    expect((await run(report, "--map", "colour=Product")).code).toBe(2);
  });

  it("a missing file exits 1 with one line on stderr", async () => {
    const { code, out, err } = await run(join(tmp, "nope.csv"));
    expect(code).toBe(1);
    expect(out).toBe("");
    expect(err.trim().split("\n")).toHaveLength(1);
    expect(err).toMatch(/Cannot open .*nope\.csv/);
  });

  it("a file with no recognisable header exits 1 saying what a header needs", async () => {
    const f = join(tmp, "noheader.csv");
    writeFileSync(f, "a,b,c\n1,2,3\n");
    const { code, err } = await run(f);
    expect(code).toBe(1);
    expect(err).toMatch(/No header row found/);
  });

  it("a binary file is refused clearly", async () => {
    const f = join(tmp, "binary.csv");
    writeFileSync(f, Buffer.from([0, 1, 2, 3, 0, 255]));
    const { code, err } = await run(f);
    expect(code).toBe(1);
    expect(err).toMatch(/not a CSV or XLSX/);
  });

  it("--help and -h print the help on stdout and exit 0", async () => {
    for (const flag of ["--help", "-h"]) {
      const { code, out, err } = await run(flag);
      expect(code).toBe(0);
      expect(err).toBe("");
      expect(out).toMatch(/usage: renewal-radar review <report.csv\|report.xlsx\|folder>…/);
      expect(out).toMatch(/npm run --silent review -- <file>…/);
      expect(out).toMatch(/--date-order mdy\|dmy/);
      expect(out).toMatch(/Exit status: 0 reviewed; 1 [\s\S]*; 2 bad arguments; 3 findings at the --fail-on level/);
    }
  });

  it("an explicit --date-order is the user's choice, never reported as assumed", async () => {
    const report = join(tmp, "ambiguous-chosen.csv");
    writeFileSync(report, "Customer,Product,Term,Start Date\nA,P,P1Y,12/01/2025\n");
    const table = (await run(report, "--as-of", "2026-11-21", "--date-order", "mdy")).out;
    expect(table).not.toMatch(/ASSUMED/);
    expect(table).toMatch(/Dates read month\/day\/year \(as --date-order says\)/);
    expect(
      JSON.parse((await run(report, "--as-of", "2026-11-21", "--json", "--date-order", "dmy")).out).summary
        .dateOrderAssumed,
    ).toBe(false);
    expect((await run(report, "--as-of", "2026-11-21")).out).toMatch(/ASSUMED/);
  });

  it("a file named .xlsx that is not a workbook gets our own one-line message, not the zip library's", async () => {
    const f = join(tmp, "fake.xlsx");
    writeFileSync(f, "Customer,Product\nA,B\n");
    const { code, err } = await run(f);
    expect(code).toBe(1);
    expect(err).toMatch(/fake\.xlsx is not a readable \.xlsx workbook/);
    expect(err).not.toMatch(/central directory|signature/i);
    expect(err.trim().split("\n")).toHaveLength(1);
  });

  it("bad arguments exit 2 with the usage", async () => {
    expect((await run(distributor, "--as-of", "21/11/2026")).code).toBe(2);
    expect((await run(distributor, "--date-order", "ymd")).err).toMatch(/mdy or dmy/);
    expect((await run()).err).toMatch(/usage/);
  });

  it("a 20 MB report with a BOM, quoted commas, quotes and ragged rows is read to the end", async () => {
    const f = join(tmp, "big.csv");
    const lines = ["\ufeffCustomer,Product,Subscription ID,Qty,Term,Start Date,Notes"];
    let i = 0;
    let size = 0;
    while (size < 20 * 1024 * 1024) {
      const line =
        i % 7 === 0
          ? `"Comma, Inc",P${i},S${i},"1,200",P1Y,2025-03-01`
          : i % 11 === 0
            ? `Quote ""Co""${i},P${i},S${i},10,P1Y,2025-03-01,"note with ""quotes"" and, commas",extra,cells`
            : `Customer ${i},P${i},S${i},10,P1Y,2025-03-01,plain`;
      lines.push(line);
      size += line.length + 1;
      i++;
    }
    lines.push(`Last,Plast,Slast,10,P1Y,2025-11-22,`);
    writeFileSync(f, lines.join("\n"));
    const { code, out } = await run(f, "--as-of", "2026-11-21", "--json");
    expect(code).toBe(0);
    const doc = JSON.parse(out);
    expect(doc.rows).toBe(i + 1);
    expect(doc.findings).toEqual([expect.objectContaining({ row: i + 2, rule: "RENEWAL_DUE", customer: "Last" })]);
  }, 60000);

  it("an .xlsx report is read from its first sheet, dates cells included", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Report");
    ws.addRow(["Renewals"]);
    ws.addRow(["Customer", "Product", "Subscription ID", "Term", "Start Date", "Qty"]);
    ws.addRow(["Xlsx Co", "P1", "X1", "P1Y", new Date(Date.UTC(2025, 10, 22)), 12]);
    const f = join(tmp, "report.xlsx");
    await wb.xlsx.writeFile(f);
    const doc = JSON.parse((await run(f, "--as-of", "2026-11-21", "--json")).out);
    expect(doc.rows).toBe(1);
    expect(doc.findings).toEqual([expect.objectContaining({ row: 3, rule: "RENEWAL_DUE", date: "2026-11-22" })]);
  });

  it("reads formula cells by their saved values, and names one saved without a value instead of printing an object", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Report");
    ws.addRow(["Customer", "Product", "Subscription ID", "Qty", "Term", "Start Date", "End Date"]);
    ws.addRow([
      "Formula Co",
      "P1",
      "F1",
      { formula: "10+2", result: 12 },
      "P1Y",
      new Date(Date.UTC(2025, 10, 22)),
      { formula: "EDATE(F2,12)-1", result: new Date(Date.UTC(2026, 10, 21)) },
    ]);
    ws.addRow([
      "Formula Co",
      "P2",
      "F2",
      5,
      "P1Y",
      new Date(Date.UTC(2025, 10, 25)),
      { formula: "EDATE(F3,12)-1", result: { error: "#N/A" } },
    ]);
    const f = join(tmp, "formulas.xlsx");
    await wb.xlsx.writeFile(f);
    const doc = JSON.parse((await run(f, "--as-of", "2026-11-21", "--json")).out);
    expect(doc.findings).toContainEqual(expect.objectContaining({ row: 2, rule: "RENEWAL_DUE", date: "2026-11-22" }));
    const issue = doc.findings.find((x: { row: number; rule: string }) => x.row === 3 && x.rule === "DATA_ISSUE");
    expect(issue.message).toMatch(/End Date “\(a formula with no saved value\)” is not a date/);
    expect(JSON.stringify(doc)).not.toMatch(/object Object/);
  });

  describe("a workbook whose report is not on its first sheet", () => {
    /** A workbook of the given sheets, each `[name, rows, hidden?]`. */
    async function workbook(name: string, sheets: Array<[string, unknown[][], boolean?]>): Promise<string> {
      const ExcelJS = (await import("exceljs")).default;
      const wb = new ExcelJS.Workbook();
      for (const [sheetName, rows, hidden] of sheets) {
        const ws = wb.addWorksheet(sheetName, hidden ? { state: "hidden" } : undefined);
        for (const row of rows) ws.addRow(row);
      }
      const f = join(tmp, name);
      await wb.xlsx.writeFile(f);
      return f;
    }
    const report: unknown[][] = [
      ["Customer", "Product", "Subscription ID", "Term", "Start Date", "Qty"],
      ["Xlsx Co", "P1", "X1", "P1Y", new Date(Date.UTC(2025, 10, 22)), 12],
    ];
    const cover: unknown[][] = [["Monthly subscription report"], ["Prepared for: Xlsx Co"], [], ["See the next sheet"]];

    it("is read from the first sheet that has a header row, the sheets before it named as passed over", async () => {
      const f = await workbook("cover.xlsx", [
        ["Cover", cover],
        ["Old data", report, true],
        ["R&D Subscriptions", report],
      ]);
      const { code, out, err } = await run(f, "--as-of", "2026-11-21");
      expect([code, err]).toEqual([0, ""]);
      expect(out).toMatch(/cover\.xlsx \(sheet “R&D Subscriptions”\): 1 rows reviewed \(header on row 1\)/);
      // The hidden sheet is not read, nor named.
      expect(out).toMatch(/^Sheets passed over \(no header row\): “Cover”$/m);
      const doc = JSON.parse((await run(f, "--as-of", "2026-11-21", "--json")).out);
      expect(doc.sheet).toBe("R&D Subscriptions");
      // Rows as that sheet numbers them.
      expect(doc.findings).toEqual([expect.objectContaining({ row: 2, rule: "RENEWAL_DUE", date: "2026-11-22" })]);
    }, 30000);

    it("passes over a summary sheet (a header row, but no dates, term or status) for the report after it, and says why", async () => {
      const summary: unknown[][] = [
        ["Customer", "Product", "Qty"],
        ["Xlsx Co", "P1", 12],
      ];
      const f = await workbook("summary.xlsx", [
        ["Cover", cover],
        ["Summary", summary],
        ["Subscriptions", report],
      ]);
      const { code, out, err } = await run(f, "--as-of", "2026-11-21");
      expect([code, err]).toEqual([0, ""]);
      expect(out).toMatch(/summary\.xlsx \(sheet “Subscriptions”\): 1 rows reviewed/);
      expect(out).toMatch(/^Sheets passed over: “Cover” \(no header row\), “Summary” \(no dates, term or status\)$/m);
      expect(JSON.parse((await run(f, "--as-of", "2026-11-21", "--json")).out).findings).toEqual([
        expect.objectContaining({ row: 2, rule: "RENEWAL_DUE" }),
      ]);
    }, 30000);

    it("reads a summary sheet after all when no sheet has dates, a term or a status", async () => {
      const summary: unknown[][] = [
        ["Customer", "Product", "Qty", "Subscription ID"],
        ["Xlsx Co", "P1", 12, "A"],
        ["Xlsx Co", "P1", 3, "B"],
      ];
      const f = await workbook("only-summary.xlsx", [
        ["Cover", cover],
        ["Summary", summary],
        ["Notes", [["x"]]],
      ]);
      const { code, out } = await run(f, "--as-of", "2026-11-21");
      expect(code).toBe(0);
      expect(out).toMatch(/only-summary\.xlsx \(sheet “Summary”\): 2 rows reviewed/);
      // Every sheet was looked at for a better one: those without a header row are named.
      expect(out).toMatch(/^Sheets passed over \(no header row\): “Cover”, “Notes”$/m);
      expect(out).toMatch(/DUPLICATE_SUBSCRIPTION/);
    }, 30000);

    it("passes over a long first sheet without a header row (more rows than the layout waits for)", async () => {
      const junk = Array.from({ length: 21000 }, (_, i) => [`note ${i}`, i]);
      const f = await workbook("long-cover.xlsx", [
        ["Notes", junk],
        ["Report", report],
      ]);
      const doc = JSON.parse((await run(f, "--as-of", "2026-11-21", "--json")).out);
      expect(doc.sheet).toBe("Report");
      expect(doc.findings).toEqual([expect.objectContaining({ row: 2, rule: "RENEWAL_DUE" })]);
    }, 60000);

    it("says which sheets it looked at when none holds a report", async () => {
      const f = await workbook("no-report.xlsx", [
        ["Cover", cover],
        ["Blank", []],
        [
          "Notes",
          [
            ["a", "b"],
            ["c", "d"],
          ],
        ],
      ]);
      const { code, err } = await run(f, "--as-of", "2026-11-21");
      expect(code).toBe(1);
      expect(err).toMatch(
        /No sheet of the workbook holds a report \(looked at “Cover”, “Blank”, “Notes”\): the review needs a header row/,
      );
    }, 30000);

    it("reads a workbook again when exceljs' streaming reader fails before any sheet came (its zip race), but not a damaged one forever", async () => {
      const f = await workbook("race.xlsx", [["Report", report]]);
      const ExcelJS = (await import("exceljs")).default;
      const proto = ExcelJS.stream.xlsx.WorkbookReader.prototype as unknown as {
        [Symbol.asyncIterator]: () => AsyncIterator<unknown>;
      };
      const original = proto[Symbol.asyncIterator];
      let calls = 0;
      const failing = (times: number) =>
        jest.spyOn(proto, Symbol.asyncIterator).mockImplementation(function (this: unknown) {
          calls++;
          if (calls <= times) {
            // eslint-disable-next-line require-yield
            return (async function* () {
              throw new TypeError("Cannot read properties of undefined (reading 'sheets')");
            })();
          }
          return original.call(this);
        });
      const spy = failing(1);
      try {
        const { code, out } = await run(f, "--as-of", "2026-11-21", "--json");
        expect([code, calls]).toEqual([0, 2]);
        expect(JSON.parse(out).findings).toEqual([expect.objectContaining({ row: 2, rule: "RENEWAL_DUE" })]);
        // Failing every time: the user's one-line message after a few reads.
        calls = 0;
        spy.mockRestore();
        failing(99);
        const failed = await run(f, "--as-of", "2026-11-21");
        expect(failed.code).toBe(1);
        expect(failed.err).toMatch(/race\.xlsx is not a readable \.xlsx workbook/);
        expect(calls).toBe(3);
      } finally {
        jest.restoreAllMocks();
      }
    }, 30000);

    it("--highlight paints the report's sheet, not the first one", async () => {
      const f = await workbook("cover-highlight.xlsx", [
        ["Cover", cover],
        ["Subscriptions", report],
      ]);
      const copy = join(tmp, "cover-highlight-copy.xlsx");
      expect((await run(f, "--as-of", "2026-11-21", "--highlight", copy, "--quiet")).code).toBe(0);
      const ExcelJS = (await import("exceljs")).default;
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(copy);
      const fill = (sheet: string, row: number) =>
        (wb.getWorksheet(sheet)!.getRow(row).getCell(1).fill as { fgColor?: { argb?: string } } | undefined)?.fgColor
          ?.argb;
      expect(fill("Subscriptions", 2)).toBe("FFFFE8A3");
      expect([fill("Cover", 2), fill("Subscriptions", 1)]).toEqual([undefined, undefined]);
    }, 30000);
  });

  it("shows a progress bar on a terminal for a large report, and only there", async () => {
    const f = join(tmp, "progress.csv");
    const lines = ["Customer,Product,Subscription ID,Term,Start Date"];
    // Over 4 MB: big enough to show progress.
    for (let i = 0; i < 110000; i++) lines.push(`Customer ${i},Product,Subscription ${i},P1Y,2025-03-01`);
    writeFileSync(f, lines.join("\n"));
    let err = "";
    const code = await main([f, "--json"], { out: () => undefined, err: (t) => (err += t), tty: true });
    expect(code).toBe(0);
    expect(err).toMatch(/\[#+\.*\] \d+ % · [\d,]+ rows/);
    expect(err).toMatch(/\[#{30}\] 100 % · 110,001 rows/);
    const quiet = await run(f, "--json");
    expect(quiet.err).toBe("");
  }, 60000);

  it("npm run --silent review -- --json keeps stdout to the JSON document alone", () => {
    const result = spawnSync(
      "npm",
      ["run", "--silent", "review", "--", distributor, "--as-of", "2026-11-21", "--json"],
      {
        cwd: join(__dirname, "..", ".."),
        encoding: "utf8",
      },
    );
    expect(result.status).toBe(0);
    expect(() => JSON.parse(result.stdout)).not.toThrow();
  }, 60000);
});

describe("never a silent all-clear on a guessed date order", () => {
  const report = join(tmp, "guessed.csv");
  // 12/01/2025: 1 Dec 2025 month-first (renews in 10 days), 12 Jan 2025 day-first (nothing due).
  writeFileSync(report, "Customer,Product,Term,Start Date\nA,P,P1Y,12/01/2025\nB,Q,P1Y,03/02/2025\n");

  it("warns on stderr and adds dateOrderAlternative with the other reading's counts to --json", async () => {
    const { code, out, err } = await run(report, "--as-of", "2026-11-21", "--json");
    expect(code).toBe(0);
    expect(err).toMatch(/WARNING: the dates could be read either way and were read month\/day\/year \(assumed\)/);
    expect(err).toMatch(/--date-order dmy/);
    const doc = JSON.parse(out);
    expect(doc.findings).toHaveLength(1);
    expect(doc.dateOrderAlternative).toEqual({
      order: "dmy",
      findings: 0,
      bySeverity: { high: 0, warning: 0, info: 0 },
      differing: 1,
    });
  });

  it("says nothing more when both readings find the same", async () => {
    const same = join(tmp, "same.csv");
    writeFileSync(same, "Customer,Product,Term,Start Date\nA,P,P1Y,05/06/2023\n");
    const { err, out } = await run(same, "--as-of", "2026-11-21", "--json");
    expect(err).toBe("");
    expect(JSON.parse(out).dateOrderAlternative).toBeUndefined();
  });

  it("a day-first market's words (AUD, ex GST, .com.au) decide the order before the locale, and the table says which", async () => {
    const au = join(tmp, "au.csv");
    writeFileSync(au, "Customer,Product,Term,Start Date,Unit Price (ex GST)\nA,P,P1Y,12/01/2025,AUD 8.25\n");
    const doc = JSON.parse((await run(au, "--as-of", "2026-11-21", "--json")).out);
    expect(doc.dateOrder).toBe("dmy");
    expect(doc.summary.dateOrderSource).toBe("hint");
    expect(doc.summary.dateOrderAssumed).toBe(false);
    expect(doc.findings).toEqual([]);
    expect((await run(au, "--as-of", "2026-11-21")).out).toMatch(
      /Dates read day\/month\/year \(decided by “ex GST” in the header/,
    );
    const domain = join(tmp, "domain.csv");
    writeFileSync(domain, "Customer,Domain,Product,Term,Start Date\nA,contoso.com.au,P,P1Y,12/01/2025\n");
    expect(JSON.parse((await run(domain, "--as-of", "2026-11-21", "--json")).out).summary.dateOrderHint).toMatch(
      /\.com\.au/,
    );
  });
});

describe("columns mapped by their values", () => {
  it("the table and --json say which columns were mapped by their values", async () => {
    const f = join(samples, "unknown-headers-clear-values", "input.csv");
    const { out } = await run(f, "--as-of", "2026-11-21");
    expect(out).toMatch(
      /Mapped by their values \(no header named them\): Customer ← “Klient”, Subscription ID ← “Identyfikator”, Product ← “Towar”/,
    );
    const doc = JSON.parse((await run(f, "--as-of", "2026-11-21", "--json")).out);
    expect(doc.summary.inferredColumns).toContainEqual({ role: "term", column: 4, header: "Okres" });
  });
});

describe("--ics", () => {
  it("writes the act-by dates as an iCalendar file beside the usual output", async () => {
    const f = join(tmp, "renewals.ics");
    const { code, err } = await run(distributor, "--as-of", "2026-11-21", "--ics", f);
    expect(code).toBe(0);
    expect(err).toMatch(/act-by dates written to .*renewals\.ics/);
    const text = readFileSync(f, "utf8");
    expect(text).toMatch(/^BEGIN:VCALENDAR/);
    expect(text.match(/BEGIN:VEVENT/g)?.length).toBeGreaterThan(20);
    expect((await run(distributor, "--ics", "")).code).toBe(2);
  });
});

describe("many files, Excel and CSV output, automation", () => {
  const dir = join(tmp, "many");
  mkdirSync(dir, { recursive: true });
  const a = join(dir, "a.csv");
  const b = join(dir, "b.csv");
  writeFileSync(
    a,
    "Customer,Product,Subscription ID,Qty,Term,Start Date,Unit Price\nContoso,Microsoft 365 E3,S1,10,P1Y,2025-12-01,36\n=cmd|' /C calc'!A0,Power BI Pro,S2,5,P1Y,2025-12-05,10\n",
  );
  writeFileSync(
    b,
    "Customer,Product,Subscription ID,Qty,Term,Start Date,Unit Price\nContoso,Power BI Pro,S3,20,P1Y,2025-12-10,10\n",
  );
  const broken = join(tmp, "broken.csv");
  writeFileSync(broken, "nothing here that looks like a report\n");

  it("reviews several files and a folder: --json gives { files: [...], summary } with customers across files", async () => {
    const { code, out } = await run(dir, "--as-of", "2026-11-21", "--json");
    expect(code).toBe(0);
    const doc = JSON.parse(out);
    expect(doc.files.map((f: { file: string }) => f.file)).toEqual([a, b]);
    expect(doc.files[0].findings.length).toBeGreaterThan(0);
    expect(doc.summary).toMatchObject({ files: 2, reviewed: 2, failed: 0 });
    const contoso = doc.summary.customers.find((c: { customer: string }) => c.customer === "Contoso");
    // Both are renewals due: value renewing, never money at stake (RULES.md §6 of 2026-12-07).
    expect(contoso).toMatchObject({ files: 2, findings: 2, moneyAtStake: 0, valueRenewing: 4320 + 2400 });
  });

  it("counts a customer's files and money once per file, even when a file is given twice", async () => {
    const { code, out } = await run(a, b, a, "--as-of", "2026-11-21", "--json");
    expect(code).toBe(0);
    const doc = JSON.parse(out);
    expect(doc.summary).toMatchObject({ files: 3, reviewed: 3 });
    const contoso = doc.summary.customers.find((c: { customer: string }) => c.customer === "Contoso");
    // Its findings are listed as often as the files are; its files and money are counted once each.
    expect(contoso).toMatchObject({ files: 2, findings: 3, moneyAtStake: 0, valueRenewing: 4320 + 2400 });
  });

  it("keeps a customer billed in AUD in one file and NZD in another as two totals, never added", async () => {
    const aud = join(tmp, "aud.csv");
    const nzd = join(tmp, "nzd.csv");
    const header = "Customer,Product,Subscription ID,Qty,Term,Start Date,Unit Price,Currency\n";
    writeFileSync(aud, header + "Fabrikam,Microsoft 365 E3,S7,10,P1Y,2025-12-01,36,AUD\n");
    writeFileSync(nzd, header + "Fabrikam,Power BI Pro,S8,20,P1Y,2025-12-10,10,NZD\n");
    const { code, out } = await run(aud, nzd, "--as-of", "2026-11-21", "--json");
    expect(code).toBe(0);
    const fabrikam = JSON.parse(out).summary.customers.filter((c: { customer: string }) => c.customer === "Fabrikam");
    expect(fabrikam).toEqual([
      expect.objectContaining({ currency: "AUD", files: 1, valueRenewing: 4320 }),
      expect.objectContaining({ currency: "NZD", files: 1, valueRenewing: 2400 }),
    ]);
  });

  it("shows each amount of the table with its currency", async () => {
    const file = join(tmp, "two-currencies.csv");
    writeFileSync(
      file,
      "Customer,Product,Subscription ID,Qty,Term,Start Date,Unit Price,Currency\n" +
        "Fabrikam,Microsoft 365 E3,S7,10,P1Y,2025-12-01,36,AUD\nNorthwind,Power BI Pro,S8,20,P1Y,2025-12-10,10,NZD\n",
    );
    const { code, out } = await run(file, "--as-of", "2026-11-21");
    expect(code).toBe(0);
    expect(out).toMatch(/RENEWAL_DUE\s+AUD 4,320\.00\s+Fabrikam/);
    expect(out).toMatch(/RENEWAL_DUE\s+NZD 2,400\.00\s+Northwind/);
    expect(out).toContain("renewing within 30 days: AUD 4,320.00; NZD 2,400.00");
  });

  it("a file that cannot be read is reported on stderr and in files; the others still run; exit 1", async () => {
    const { code, out, err } = await run(a, broken, "--as-of", "2026-11-21", "--json");
    expect(code).toBe(1);
    expect(err).toMatch(/No header row found/);
    const doc = JSON.parse(out);
    expect(doc.files[1]).toMatchObject({ file: broken, error: expect.stringMatching(/No header row/) });
    expect(doc.files[0].findings.length).toBeGreaterThan(0);
  });

  it("--format csv prints one row per finding, with text that cannot become a formula in Excel", async () => {
    const { code, out } = await run(a, "--as-of", "2026-11-21", "--format", "csv");
    expect(code).toBe(0);
    const lines = out.trim().split("\r\n");
    expect(lines[0]).toBe(
      "File,Row,Act by,Severity,Rule,Finding,Customer,Product,Subscription ID,Date,Days,At stake,Renewing,Currency,Message",
    );
    expect(lines.some((l) => l.includes(",'=cmd|' /C calc'!A0,"))).toBe(true);
    expect(lines.some((l) => /,=/.test(l))).toBe(false);
  });

  it("--out writes a workbook: Findings (real dates, money, autofilter, frozen header, text never a formula) and Customers", async () => {
    const path = join(tmp, "findings.xlsx");
    expect((await run(a, b, "--as-of", "2026-11-21", "--out", path, "--quiet")).code).toBe(0);
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const sheet = wb.getWorksheet("Findings")!;
    expect(sheet.getRow(1).values).toEqual(expect.arrayContaining(["Act by", "Finding", "At stake", "Message"]));
    const actBy = sheet.getCell("A2").value as Date;
    expect(actBy).toBeInstanceOf(Date);
    expect(actBy.toISOString().slice(0, 10)).toBe("2026-11-30");
    expect(sheet.getColumn(8).numFmt).toBe("#,##0.00");
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const customers: string[] = [];
    sheet.eachRow((row, n) => n > 1 && customers.push(String(row.getCell(5).value)));
    expect(customers).toContain("'=cmd|' /C calc'!A0");
    sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
    expect(wb.getWorksheet("Customers")!.getCell("A2").value).toBe("Contoso");
  });

  it("--fail-on exits 3 when findings reach the level; --quiet prints nothing on stdout", async () => {
    const warn = await run(a, "--as-of", "2026-11-21", "--fail-on", "warning", "--quiet");
    expect(warn.code).toBe(3);
    expect(warn.out).toBe("");
    expect((await run(a, "--as-of", "2026-11-21", "--fail-on", "high")).code).toBe(0);
    expect((await run(a, "--fail-on", "sometimes")).code).toBe(2);
  });
});

describe("the bundled command", () => {
  it("renewal-radar review runs as plain JavaScript (package.json bin), and npm run review runs the same", () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8"));
    expect(pkg.bin["renewal-radar"]).toBe("bin/renewal-radar.js");
    expect(pkg.scripts.review).toBe("node bin/renewal-radar.js review");
    const result = spawnSync(
      process.execPath,
      [
        join(__dirname, "..", "..", "bin", "renewal-radar.js"),
        "review",
        distributor,
        "--as-of",
        "2026-11-21",
        "--format",
        "json",
      ],
      { encoding: "utf8" },
    );
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).rows).toBe(41);
  }, 60000);

  it("starts Node again with its heap options when they were not given, passing output and exit codes through", () => {
    const bin = join(__dirname, "..", "..", "bin", "renewal-radar.js");
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const flags: string[] = require("../../bin/heap-flags.js");
    expect(flags).toEqual(["--max-semi-space-size=8"]);
    const args = ["review", distributor, "--as-of", "2026-11-21", "--format", "json", "--fail-on", "high"];
    const again = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8" });
    const direct = spawnSync(process.execPath, [...flags, bin, ...args], { encoding: "utf8" });
    // The distributor sample has high findings: --fail-on high exits 3, through the second Node too.
    expect([again.status, direct.status]).toEqual([3, 3]);
    expect(again.stdout).toBe(direct.stdout);
    const missing = spawnSync(process.execPath, [bin, "review", join(tmp, "no-such-file.csv")], { encoding: "utf8" });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/Cannot open .*no-such-file\.csv/);
  }, 60000);
});

describe("--highlight", () => {
  it("writes a copy of an .xlsx report with its risky rows filled by severity; the report itself is unchanged", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Report");
    ws.addRow(["Customer", "Product", "Subscription ID", "Term", "Start Date", "Status"]);
    ws.addRow(["Due Co", "P1", "X1", "P1Y", new Date(Date.UTC(2025, 10, 22)), "Active"]);
    ws.addRow(["Quiet Co", "P2", "X2", "P1Y", new Date(Date.UTC(2025, 5, 1)), "Active"]);
    ws.addRow(["Gone Co", "P3", "X3", "P1Y", new Date(Date.UTC(2025, 5, 1)), "Suspended"]);
    const input = join(tmp, "highlight-input.xlsx");
    await wb.xlsx.writeFile(input);
    const before = readFileSync(input);
    const copy = join(tmp, "highlight-copy.xlsx");
    expect((await run(input, "--as-of", "2026-11-21", "--highlight", copy, "--quiet")).code).toBe(0);
    expect(readFileSync(input).equals(before)).toBe(true);
    const read = new ExcelJS.Workbook();
    await read.xlsx.readFile(copy);
    const sheet = read.worksheets[0];
    const argb = (cell: string) => (sheet.getCell(cell).fill as { fgColor?: { argb?: string } })?.fgColor?.argb;
    expect(argb("A2")).toBe("FFFFE8A3"); // renewal due: warning
    expect(argb("F2")).toBe("FFFFE8A3");
    expect(argb("A3")).toBeUndefined();
    expect(argb("A4")).toBe("FFF4B6B6"); // suspended: high
    expect(sheet.getCell("A2").value).toBe("Due Co");
    expect((await run(input, "--highlight", input)).code).toBe(2);
    expect((await run(distributor, "--highlight", copy)).code).toBe(2);
  });
});

describe("RULES.md parameters on the command line (issue 24)", () => {
  const ea = join(__dirname, "..", "review", "cases", "ea-list-end-date", "input.csv");
  const ended = join(__dirname, "..", "review", "cases", "terms-ended-auto-renew-off", "input.csv");

  it("--ea-horizon moves the EA renewals due: 90 days finds the enrollment expiring in 40, 30 days does not", async () => {
    const rules = async (...extra: string[]) =>
      JSON.parse((await run(ea, "--as-of", "2026-11-21", "--json", ...extra)).out).findings.map(
        (f: { rule: string }) => f.rule,
      );
    expect(await rules()).toContain("EA_RENEWAL_DUE");
    expect(await rules("--ea-horizon", "30")).not.toContain("EA_RENEWAL_DUE");
    expect((await run(ea, "--ea-horizon", "soon")).code).toBe(2);
  });

  it("--est-start moves the day EST began: a term that ended 2026-05-31 expired instead when it is 2026-06-04", async () => {
    const acacia = async (...extra: string[]) =>
      JSON.parse((await run(ended, "--as-of", "2026-11-21", "--json", ...extra)).out).findings.find(
        (f: { row: number; rule: string }) => f.row === 2 && f.rule === "PAST_TERM_END",
      );
    expect((await acacia()).severity).toBe("warning");
    expect((await acacia("--est-start", "2026-06-04")).severity).toBe("high");
    expect((await run(ended, "--est-start", "June")).code).toBe(2);
  });
});
