// `npm start`: where desktop Excel can exist (Windows, macOS), build, serve over https and sideload
// the add-in through office-addin-debugging (run on demand with npx: its peer-dependency chain does
// not install from every registry, so it is not a devDependency). Elsewhere (Linux, CI), or with
// RENEWAL_RADAR_DEMO=1, start the browser demo and print its address.
import { spawnSync } from "child_process";
import { createRequire } from "module";

const require = createRequire(import.meta.url);
const desktop = (process.platform === "win32" || process.platform === "darwin") && !process.env.RENEWAL_RADAR_DEMO && !process.env.CI;
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: "inherit", shell: process.platform === "win32" });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

if (desktop) {
  run("npx", ["--yes", "office-addin-dev-certs", "install"]);
  run("npx", ["webpack", "--mode", "development"]);
  run("npx", [
    "--yes", "office-addin-debugging", "start", "manifest.xml", "desktop", "--app", "excel",
    "--dev-server", "node scripts/serve.js --https --port 3000", "--dev-server-port", "3000",
  ]);
  console.log("Renewal Radar is sideloaded: in Excel, Home > Review report opens the pane; type =LIC. for the formulas.");
  console.log("Stop with: npx office-addin-debugging stop manifest.xml");
} else {
  run("npx", ["webpack", "--mode", "production"]);
  const { serve } = require("./serve.js");
  const port = Number(process.env.PORT) || 3000;
  // Port 3000 taken (another dev server)? Take a free one rather than fail.
  const { url } = await serve({ port }).catch((error) => {
    if (error.code !== "EADDRINUSE") throw error;
    console.log(`Port ${port} is in use: choosing a free port.`);
    return serve({ port: 0 });
  });
  console.log(`\nNo desktop Excel here: the browser demo is running.\n  Open ${url}demo.html  (the pane beside a sample report)\n  Formula help: ${url}help.html\nStop with Ctrl+C.`);
}
