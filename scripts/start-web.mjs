// `npm run start:web`: Excel on the web. With a document URL (argument or DOCUMENT_URL), sideloads
// through office-addin-debugging (on demand with npx); without one, serves the add-in over https and
// prints how to upload the manifest by hand.
import { OFFICE_ADDIN_DEBUGGING, OFFICE_ADDIN_DEV_CERTS } from "./office-tools.mjs";
import { spawnSync } from "child_process";
import { createRequire } from "module";

const require = createRequire(import.meta.url);
const documentUrl = process.argv[2] || process.env.DOCUMENT_URL;
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: "inherit", shell: process.platform === "win32" });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
run("npx", ["--yes", OFFICE_ADDIN_DEV_CERTS, "install"]);
run("npx", ["webpack", "--mode", "development"]);
if (documentUrl) {
  run("npx", [
    "--yes",
    OFFICE_ADDIN_DEBUGGING,
    "start",
    "manifest.xml",
    "web",
    "--app",
    "excel",
    "--document",
    documentUrl,
    "--dev-server",
    "node scripts/serve.js --https --port 3000",
    "--dev-server-port",
    "3000",
  ]);
} else {
  const { serve } = require("./serve.js");
  const { url } = await serve({ port: 3000, secure: true });
  console.log(`Serving the add-in at ${url}.
In Excel on the web: open a workbook, Home > Add-ins > More Add-ins > My Add-ins > Upload My Add-in,
and choose manifest.xml from this folder. Or run: npm run start:web -- <workbook URL>`);
}
