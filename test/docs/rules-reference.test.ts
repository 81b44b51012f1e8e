/**
 * The rules reference in the repository (docs/RULES.md) is the contract a reader follows from the
 * code: every section a comment cites, and every rule the rules table maps to code, is in it.
 */
import { readFileSync, readdirSync, statSync } from "fs";
import { join } from "path";

const root = join(__dirname, "..", "..");
const reference = readFileSync(join(root, "docs", "RULES.md"), "utf8");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe("the rules reference a clone can follow (docs/RULES.md)", () => {
  it("has the six sections, from dates to reviewing a pasted report", () => {
    const sections = Array.from(reference.matchAll(/^## (\d+)\. /gm), (m) => Number(m[1]));
    expect(sections).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("holds every section a code comment cites as RULES.md §N", () => {
    const cited = new Set<string>();
    for (const file of sources(join(root, "src")))
      for (const m of readFileSync(file, "utf8").matchAll(/RULES\.md §(\d+)/g)) cited.add(m[1]);
    expect(cited.size).toBeGreaterThan(3);
    for (const section of cited) expect(reference).toMatch(new RegExp(`^## ${section}\\. `, "m"));
  });

  it("defines every rule the rules table maps to code (N1 … I1)", () => {
    const table = readFileSync(join(root, "src", "rules", "README.md"), "utf8");
    const ids = new Set(Array.from(table.matchAll(/\b([NCEI][1-9])\b/g), (m) => m[1]));
    expect(ids.size).toBeGreaterThan(10);
    for (const id of ids) expect(reference).toContain(`**${id}`);
  });
});
