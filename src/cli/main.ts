/**
 * The entry of the bundled command `renewal-radar` (bin/renewal-radar.js): `renewal-radar review
 * FILE…`. `review` may be left out (`npm run review -- FILE` passes it).
 */
import { main } from "./review";

const HELP =
  "usage: renewal-radar review <report.csv|report.xlsx|folder>… [options]   (renewal-radar review --help for the options)\n";

/** Runs the command with process I/O; resolves to the exit code. */
export async function run(argv: string[]): Promise<number> {
  const args = argv[0] === "review" ? argv.slice(1) : argv;
  if (argv.length === 0 || (argv[0] !== "review" && (argv[0] === "help" || argv[0] === "--version"))) {
    process.stdout.write(HELP);
    return argv.length === 0 ? 2 : 0;
  }
  return main(args, {
    // Waits for a slow reader of stdout (a pipe) instead of buffering a million-row output.
    out: (t) =>
      process.stdout.write(t)
        ? undefined
        : new Promise<void>((resolve) => process.stdout.once("drain", () => resolve())),
    err: (t) => process.stderr.write(t.endsWith("\n") || t.startsWith("\r") ? t : t + "\n"),
    tty: Boolean(process.stderr.isTTY),
  });
}
