// `npm start`: where desktop Excel can exist (Windows, macOS), build, serve over https and sideload
// the add-in through office-addin-debugging (run on demand with npx: its peer-dependency chain does
// not install from every registry, so it is not a devDependency). Elsewhere (Linux, CI), or with
// RENEWAL_RADAR_DEMO=1, start the browser demo and print its address.
//
// Stopping it (Ctrl+C, or SIGTERM to npm) stops everything it started: the demo's server closes,
// a running child gets the same signal, and on the desktop the dev server office-addin-debugging
// left running is stopped with `office-addin-debugging stop`.
import { OFFICE_ADDIN_DEBUGGING, OFFICE_ADDIN_DEV_CERTS } from "./office-tools.mjs";
import { spawn, spawnSync } from "child_process";
import { createRequire } from "module";

const require = createRequire(import.meta.url);
const desktop =
  (process.platform === "win32" || process.platform === "darwin") && !process.env.RENEWAL_RADAR_DEMO && !process.env.CI;
const shell = process.platform === "win32";
/** What to undo when the user stops `npm start`. */
const cleanups = [];
let child = null;

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: "inherit", shell });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

/** Runs a long step as a child that receives the signals `npm start` receives. */
const runForwarding = (cmd, args) =>
  new Promise((resolve) => {
    child = spawn(cmd, args, { stdio: "inherit", shell });
    child.on("exit", (code, signal) => {
      child = null;
      resolve(code ?? (signal ? 1 : 0));
    });
  });

let stopping = false;
const stop = async (signal) => {
  if (stopping) return;
  stopping = true;
  child?.kill(signal);
  for (const undo of cleanups) await undo();
  process.exit(0);
};
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => stop(signal));
// npm does not always pass a SIGTERM on to its script: when npm is gone (this process is handed to
// another parent), stop as if signalled, so no server is left running.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) void stop("SIGTERM");
}, 500).unref();

const build = () => {
  if (process.env.RENEWAL_RADAR_SKIP_BUILD) return;
  run("npx", ["webpack", "--mode", desktop ? "development" : "production"]);
  console.log("Built dist/.");
};

if (desktop) {
  run("npx", ["--yes", OFFICE_ADDIN_DEV_CERTS, "install"]);
  build();
  cleanups.push(
    () =>
      new Promise((resolve) =>
        spawn("npx", ["--yes", OFFICE_ADDIN_DEBUGGING, "stop", "manifest.xml"], { stdio: "inherit", shell }).on(
          "exit",
          resolve,
        ),
      ),
  );
  const code = await runForwarding("npx", [
    "--yes",
    OFFICE_ADDIN_DEBUGGING,
    "start",
    "manifest.xml",
    "desktop",
    "--app",
    "excel",
    "--dev-server",
    "node scripts/serve.js --https --port 3000",
    "--dev-server-port",
    "3000",
  ]);
  if (code !== 0) process.exit(code);
  console.log(
    "Renewal Radar is sideloaded: in Excel, Home > Review report opens the pane; type =LIC. for the formulas.",
  );
  console.log("Press Ctrl+C to stop the dev server and unload the add-in.");
  setInterval(() => undefined, 1 << 30);
} else {
  build();
  const { serve } = require("./serve.js");
  const port = Number(process.env.PORT ?? 3000);
  // Port 3000 taken (another dev server)? Take a free one rather than fail.
  const { server, url } = await serve({ port }).catch((error) => {
    if (error.code !== "EADDRINUSE") throw error;
    console.log(`Port ${port} is in use: choosing a free port.`);
    return serve({ port: 0 });
  });
  cleanups.push(
    () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  );
  console.log(
    `\nNo desktop Excel here: the browser demo is running.\n  Open ${url}demo.html  (the pane beside a sample report)\n  Formula help: ${url}help.html\nStop with Ctrl+C.`,
  );
}
