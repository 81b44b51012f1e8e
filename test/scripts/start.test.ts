/**
 * `npm start` as a person runs it where there is no desktop Excel: it serves the browser demo and,
 * when stopped (SIGTERM to npm, as a terminal or a process manager sends), leaves nothing running.
 */
import { spawn } from "child_process";
import { request } from "http";
import { join } from "path";

const root = join(__dirname, "..", "..");

const reachable = (url: string) =>
  new Promise<boolean>((resolve) => {
    const req = request(url, { method: "HEAD", timeout: 1000 }, () => resolve(true));
    req.on("error", () => resolve(false));
    req.on("timeout", () => {
      req.destroy();
      resolve(false);
    });
    req.end();
  });

describe("npm start (browser demo)", () => {
  it("prints the demo's address, serves it, and stops serving when npm is stopped", async () => {
    const npm = spawn("npm", ["start", "--silent"], {
      cwd: root,
      env: { ...process.env, RENEWAL_RADAR_DEMO: "1", RENEWAL_RADAR_SKIP_BUILD: "1", PORT: "0" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no address printed: ${out}`)), 30000);
      npm.stdout.on("data", (d) => {
        out += d;
        const m = /Open (http:\/\/127\.0\.0\.1:\d+\/)demo\.html/.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      });
    });
    expect(await reachable(url)).toBe(true);
    const exited = new Promise((resolve) => npm.on("exit", resolve));
    npm.kill("SIGTERM");
    await exited;
    // The server must be gone with it within a few seconds.
    let up = true;
    for (let i = 0; i < 50 && up; i++) {
      await new Promise((r) => setTimeout(r, 100));
      up = await reachable(url);
    }
    expect(up).toBe(false);
  }, 60000);
});
