// A static file server for dist/ (http on 127.0.0.1), for the browser demo and the browser tests.
// With --https it serves with the Office dev certificates (~/.office-addin-dev-certs), for sideloading.
const http = require("http");
const https = require("https");
const { readFile, stat } = require("fs/promises");
const { existsSync, readFileSync } = require("fs");
const { homedir } = require("os");
const { extname, join, normalize, resolve } = require("path");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
  ".map": "application/json",
  ".txt": "text/plain; charset=utf-8",
};

/** Serves `root`; resolves to { server, url } once listening. Port 0 picks a free port. */
function serve({ root = resolve(__dirname, "..", "dist"), port = 0, host = "127.0.0.1", secure = false } = {}) {
  const handler = async (req, res) => {
    try {
      const url = new URL(req.url, "http://x");
      let path = normalize(join(root, decodeURIComponent(url.pathname)));
      if (!path.startsWith(root)) throw new Error("outside");
      if ((await stat(path)).isDirectory()) path = join(path, "demo.html");
      const body = await readFile(path);
      res.writeHead(200, {
        "content-type": TYPES[extname(path)] || "application/octet-stream",
        "cache-control": "no-store",
      });
      res.end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
    }
  };
  let server;
  if (secure) {
    const dir = join(homedir(), ".office-addin-dev-certs");
    if (!existsSync(join(dir, "localhost.crt")))
      throw new Error("No Office dev certificates: run `npx office-addin-dev-certs install` first.");
    server = https.createServer(
      { cert: readFileSync(join(dir, "localhost.crt")), key: readFileSync(join(dir, "localhost.key")) },
      handler,
    );
  } else {
    server = http.createServer(handler);
  }
  return new Promise((ok, fail) => {
    server.on("error", fail);
    server.listen(port, host, () =>
      ok({ server, url: `${secure ? "https://localhost" : `http://${host}`}:${server.address().port}/` }),
    );
  });
}

module.exports = { serve };

if (require.main === module) {
  const args = process.argv.slice(2);
  const port = Number(args[args.indexOf("--port") + 1]) || 3000;
  serve({ port, secure: args.includes("--https") }).then(({ url }) => console.log(`Serving dist/ at ${url}`));
}
