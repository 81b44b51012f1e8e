/**
 * `--out findings.xlsx` on a large review: the workbook is written row by row, so its memory does not
 * grow with the findings (an in-memory workbook took ~19 KB a finding: 2 GB for 100,000).
 */
import { spawnSync } from "child_process";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { buildSync } from "esbuild";

const tmp = mkdtempSync(join(tmpdir(), "rr-out-"));

describe("the findings workbook of a large review", () => {
  it("is written as a stream: 40,000 findings add less than 2 KB each to the peak memory, and all are in it", async () => {
    // Every row renews within the horizon (a finding each); no two rows share a customer and a product.
    const lines = ["Customer,Product,Subscription ID,Quantity,Term,Start Date,Auto Renew,Unit Price"];
    for (let i = 0; i < 40000; i++)
      lines.push(
        `Customer ${i % 9000},Product ${Math.floor(i / 9000)},sub-${i},${1 + (i % 40)},P1Y,2025-12-${String(1 + (i % 20)).padStart(2, "0")},Yes,12.5`,
      );
    const file = join(tmp, "many.csv");
    writeFileSync(file, lines.join("\n"));
    // Inside the project, so the bundle finds exceljs (left out of it, as the command's bundle does).
    const script = join(__dirname, "..", "..", "node_modules", ".cache", "renewal-radar", "out-memory.js");
    buildSync({
      entryPoints: [join(__dirname, "fixtures", "out-memory.ts")],
      bundle: true,
      platform: "node",
      outfile: script,
      logLevel: "error",
      external: ["exceljs"],
    });
    const peak = (...args: string[]) => {
      const run = spawnSync(process.execPath, [script, file, ...args], {
        encoding: "utf8",
        cwd: join(__dirname, "..", ".."),
      });
      expect(run.stderr).toBe("");
      return JSON.parse(run.stdout) as { code: number; rss: number };
    };
    const out = join(tmp, "many.xlsx");
    const without = peak();
    const withOut = peak(out);
    expect(withOut.code).toBe(0);
    expect((withOut.rss - without.rss) * 1024).toBeLessThan(2 * 40000);
    const ExcelJS = (await import("exceljs")).default;
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(out, { worksheets: "emit", sharedStrings: "cache" });
    let rows = 0;
    for await (const sheet of reader) {
      for await (const row of sheet as AsyncIterable<unknown>) if (row) rows++;
      break;
    }
    expect(rows).toBe(40000 + 1);
  }, 120000);
});
