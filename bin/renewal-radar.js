#!/usr/bin/env node
// `renewal-radar review FILE…` — the command line, as plain bundled JavaScript (no TypeScript compile
// at start). The bundle (.cli/renewal-radar.cjs, built with esbuild from src/cli/main.ts) is built on
// demand: when it is missing or older than any file under src/.
"use strict";
const { existsSync, readdirSync, statSync } = require("fs");
const { join } = require("path");

const root = join(__dirname, "..");
const bundle = join(root, ".cli", "renewal-radar.cjs");

/** The newest modification time of the sources the bundle is made from. */
function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (/\.(ts|tsx|json)$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function ensureBundle() {
  const src = join(root, "src");
  if (existsSync(bundle) && (!existsSync(src) || statSync(bundle).mtimeMs >= newestSource(src))) return;
  let esbuild;
  try {
    esbuild = require("esbuild");
  } catch {
    process.stderr.write(
      "renewal-radar: the command is not built and esbuild is not installed: run `npm install` first.\n",
    );
    process.exit(1);
  }
  esbuild.buildSync({
    entryPoints: [join(root, "src", "cli", "main.ts")],
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    outfile: bundle,
    logLevel: "warning",
    // exceljs is large and has its own runtime requires: loaded from node_modules, not bundled.
    external: ["exceljs"],
  });
}

/** Whether this Node was started with the command line's heap options (./heap-flags.js). */
function hasHeapFlags() {
  const given = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? "").split(/\s+/)];
  return HEAP_FLAGS.every((flag) => given.includes(flag));
}

const HEAP_FLAGS = require("./heap-flags.js");

ensureBundle();
if (hasHeapFlags()) {
  require(bundle)
    .run(process.argv.slice(2))
    .then((code) => {
      process.exitCode = code;
    });
} else {
  // Node again, with the heap options (they only work from the start): same arguments, same
  // terminal, its exit code or signal passed on.
  const { spawnSync } = require("child_process");
  const child = spawnSync(process.execPath, [...HEAP_FLAGS, __filename, ...process.argv.slice(2)], {
    stdio: "inherit",
  });
  if (child.error) {
    process.stderr.write(`renewal-radar: could not start Node: ${child.error.message}\n`);
    process.exitCode = 1;
  } else if (child.signal) process.kill(process.pid, child.signal);
  else process.exitCode = child.status ?? 1;
}
