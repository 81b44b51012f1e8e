import { spawnSync } from "child_process";
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { buildSync } from "esbuild";
import { own } from "../../src/review/reading/cells";
import { readName } from "../../src/review/reading/names";

describe("texts a review keeps past their row", () => {
  it("are copies equal to the text, whatever its characters", () => {
    for (const text of [
      "",
      "short",
      "Contoso Pharmaceuticals GmbH",
      "Müller & Söhne — Zürich",
      "東京商事株式会社 (Tokyo Shoji)",
      "😀".repeat(20),
    ])
      expect(own(text)).toBe(text);
  });

  it("share one copy and one key per distinct name, grouped without case or extra spaces", () => {
    const a = readName("  Contoso   Pharmaceuticals GmbH ");
    const b = readName("Contoso   Pharmaceuticals GmbH");
    expect(a).toBe(b);
    expect(a).toEqual({ text: "Contoso   Pharmaceuticals GmbH", key: "contoso pharmaceuticals gmbh" });
    expect(readName("CONTOSO pharmaceuticals gmbh").key).toBe(a.key);
  });

  it("hold only themselves: 5,000 kept slices of fifty 1 MB texts keep well under the 50 MB the texts were", () => {
    const dir = mkdtempSync(join(tmpdir(), "rr-own-"));
    try {
      const script = join(dir, "own-memory.js");
      buildSync({
        entryPoints: [join(__dirname, "fixtures", "own-memory.ts")],
        bundle: true,
        platform: "node",
        outfile: script,
        logLevel: "error",
      });
      const run = spawnSync(process.execPath, ["--expose-gc", script], { encoding: "utf8" });
      expect(run.stderr).toBe("");
      const { heldMB, kept, sample } = JSON.parse(run.stdout);
      expect(kept).toBe(5000);
      expect(sample).toBe("y".repeat(40));
      // Were each slice keeping its 1 MB text alive, the heap would hold 50 MB more.
      expect(heldMB).toBeLessThan(20);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
