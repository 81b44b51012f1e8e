// `npm run release`: the add-in as an administrator deploys it. With ADDIN_URL (the https address
// the files will be served from) it builds release/ — the files to copy to any static https host —
// with release/manifest.xml pointing at that address (scripts/manifest.js says how it differs from
// the development manifest). docs/deploy.md says what to do with both.
import { spawnSync } from "child_process";
import { existsSync, readFileSync, readdirSync, statSync } from "fs";
import { createRequire } from "module";
import { join } from "path";

const require = createRequire(import.meta.url);
const { productionUrl } = require("./functions-metadata.js");

let url;
try {
  url = productionUrl();
} catch (error) {
  console.error(error.message);
  process.exit(2);
}
if (!url) {
  console.error(
    "npm run release needs ADDIN_URL: the https address the add-in's files will be served from, e.g.\n" +
      "  ADDIN_URL=https://addins.example.org/renewal-radar/ npm run release\n" +
      "(Windows PowerShell: $env:ADDIN_URL='https://addins.example.org/renewal-radar/'; npm run release)",
  );
  process.exit(2);
}

const webpack = join("node_modules", "webpack-cli", "bin", "cli.js");
const r = spawnSync(process.execPath, [webpack, "--mode", "production", "--env", "release"], { stdio: "inherit" });
if (r.status !== 0) process.exit(r.status ?? 1);

const out = "release";
if (!existsSync(join(out, "manifest.xml"))) {
  console.error("The build did not write release/manifest.xml.");
  process.exit(1);
}
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else files.push(path.slice(out.length + 1).replace(/\\/g, "/"));
  }
};
walk(out);
const version = /<Version>([^<]+)<\/Version>/.exec(readFileSync(join(out, "manifest.xml"), "utf8"))?.[1];
console.log(`
Renewal Radar ${version} is ready in release/ (${files.length} files) for ${url}

1. Copy everything in release/ to ${url}
   (any static https host; docs/deploy.md has the cache settings).
2. Check that ${url}taskpane.html opens in a browser.
3. Deploy release/manifest.xml: Microsoft 365 admin center > Settings > Integrated apps >
   Upload custom apps > Office Add-in > upload the manifest file, and choose the users.
   One person can instead upload it in Excel: Home > Add-ins > More Add-ins > My Add-ins > Upload My Add-in.
`);
