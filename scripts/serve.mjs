// A static file server for dist/ on 127.0.0.1 (http), for the browser demo and the browser tests.
// With --https it serves with the Office dev certificates (~/.office-addin-dev-certs), for sideloading.
import { createServer as createHttp } from "http";
import { createServer as createHttps } from "https";
import { readFile, stat } from "fs/promises";
import { existsSync, readFileSync } from "fs";
import { homedir } from "os";
import { extname, join, normalize, resolve } from "path";
import { fileURLToPath } from "url";

const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".json": "application/json",
  ".png": "image/png", ".xml": "application/xml", ".map": "application/json", ".txt": "text/plain; charset=utf-8",
};

export function serve({ root = resolve(fileURLToPath(new URL("../dist", import.meta.url))), port = 0, host = "127.0.0.1", https = false } = {}) {
  const handler = async (req, res) => {
    try {
      const url = new URL(req.url, "http://x");
      let path = normalize(join(root, decodeURIComponent(url.pathname)));
      if (!path.startsWith(root)) throw new Error("outside");
      if ((await stat(path)).isDirectory()) path = join(path, "index.html");
      const body = await readFile(path);
      res.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream", "cache-control": "no-store" });
      res.end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
    }
  };
  let server;
  if (https) {
    const dir = join(homedir(), ".office-addin-dev-certs");
    if (!existsSync(join(dir, "localhost.crt"))) throw new Error("No Office dev certificates: run `npx office-addin-dev-certs install` first.");
    server = createHttps({ cert: readFileSync(join(dir, "localhost.crt")), key: readFileSync(join(dir, "localhost.key")) }, handler);
  } else {
    server = createHttp(handler);
  }
  return new Promise((ok) => server.listen(port, host, () => ok({ server, url: `${https ? "https" : "http"}://${host === "127.0.0.1" && https ? "localhost" : host}:${server.address().port}/` })));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const port = Number(args[args.indexOf("--port") + 1]) || 3000;
  const { url } = await serve({ port, https: args.includes("--https") });
  console.log(`Serving dist/ at ${url}`);
}
