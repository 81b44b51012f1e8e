/**
 * One measured run of the command line for `npm run bench` (section 3), in its own process so its
 * peak memory is its own: `parse FILE` streams the file's rows and counts them (the parsing alone);
 * `review FILE` runs `renewal-radar review FILE --format json` with the output written to /dev/null (synchronously, as stdout redirected to a file is);
 * `quiet FILE` runs `renewal-radar review FILE --quiet` (the review alone, as automation runs it);
 * `table`, `out` and `ics` run the review with its default output (the table, to /dev/null), with
 * `--quiet --out FILE.xlsx`, and with `--quiet --ics FILE.ics` (the files written next to FILE).
 * Prints {"ms", "rss" (peak resident MB), "rows"} on stdout.
 */
import { closeSync, openSync, writeSync } from "fs";
import { main } from "../src/cli/review";
import { streamReport } from "../src/cli/stream-report";

(async () => {
  const [mode, file] = process.argv.slice(2);
  const t0 = process.hrtime.bigint();
  let rows = 0;
  if (mode === "parse") {
    await streamReport(file, () => {
      rows++;
    });
  } else {
    // Written as `renewal-radar review … > file` writes: process.stdout to a file is synchronous in Node.
    const sink = openSync("/dev/null", "w");
    const args: Record<string, string[]> = {
      quiet: ["--quiet"],
      review: ["--format", "json"],
      table: [],
      out: ["--quiet", "--out", `${file}.xlsx`],
      ics: ["--quiet", "--ics", `${file}.ics`],
    };
    if (!args[mode]) throw new Error(`unknown mode ${mode}`);
    const code = await main([file, ...args[mode], "--as-of", "2026-11-21"], {
      out: (t) => {
        writeSync(sink, t);
      },
      err: (t) => process.stderr.write(t + "\n"),
      tty: false,
    });
    closeSync(sink);
    if (code !== 0) throw new Error(`review exited ${code}`);
  }
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  process.stdout.write(JSON.stringify({ ms, rss: process.resourceUsage().maxRSS / 1024, rows }));
})();
