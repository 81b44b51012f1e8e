/**
 * Excel shows a custom function's message only for #VALUE! and #N/A. Every error a function can
 * give is listed on its help page (what Excel cannot show for #NUM! is said there), and every
 * #VALUE! / #N/A carries a message that says what to fix.
 */
import { join } from "path";
import fc from "fast-check";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as LIC from "../../src/functions/functions";
import help from "../../src/functions/help.json";
import { errorCode } from "../helpers";

const root = join(__dirname, "..", "..");
const FILES = ["nce", "end-of-term", "pricing", "ea", "csp-incentives"].map((f) =>
  join(root, "src", "functions", `${f}.ts`),
);
type Help = Record<string, { rule: string; example: string; result: string; errors: string[] }>;
const pages = help as Help;

/** A function's error lines, following "as OTHER_FUNCTION". */
function errorLines(id: string): string[] {
  const lines = pages[id]?.errors ?? [];
  return lines.flatMap((l) => (/^as [A-Z_]+$/.test(l) ? errorLines(l.slice(3)) : [l]));
}

const awkward = fc.oneof(
  fc.constantFrom<unknown>(
    -5,
    0,
    0.5,
    1,
    15,
    60,
    61,
    45306,
    45306.75,
    3e6,
    2958466,
    "",
    " ",
    "P1Y",
    "P1M",
    "P3Y",
    "monthly",
    "triennial",
    "month",
    "15%",
    "150%",
    "03/04/2024",
    "2024-01-15",
    "Flexi",
    "education",
    "online",
    "x",
    true,
    false,
    null,
  ),
  fc.integer({ min: -100, max: 3_000_000 }),
  fc.string({ maxLength: 6 }),
);

let functions: Array<{ id: string; name: string; arity: number }>;
beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(FILES, false);
  const meta = JSON.parse(result.metadataJson);
  functions = meta.functions.map((f: { id: string; parameters: unknown[] }) => ({
    id: f.id,
    name: result.associate.find((a: { id: string }) => a.id === f.id)!.functionName,
    arity: f.parameters.length,
  }));
});

describe("error messages users can see", () => {
  it("every function has a help entry with its rule, an example, its result and its errors", () => {
    for (const f of functions) {
      const page = pages[f.id];
      expect(page ? f.id : `${f.id} has no help entry`).toBe(f.id);
      expect(page.example).toContain(`=LIC.${f.id}(`);
      expect(page.rule.length).toBeGreaterThan(1);
      expect(errorLines(f.id).length).toBeGreaterThan(0);
    }
  });

  it("every error code a function gives for awkward input is on its help page, and every #VALUE!/#N/A has a message", () => {
    for (const f of functions) {
      const fn = (LIC as unknown as Record<string, (...a: unknown[][][]) => unknown[][]>)[f.name];
      const seen = new Set<string>();
      fc.assert(
        fc.property(fc.array(awkward, { minLength: f.arity, maxLength: f.arity }), (args) => {
          const value = fn(...args.map((a) => [[a]]))[0][0];
          const code = errorCode(value);
          if (code === undefined) return;
          seen.add(code);
          if (code === "#VALUE!" || code === "#N/A") expect((value as Error).message.length).toBeGreaterThan(15);
        }),
        { numRuns: 400, seed: 7 },
      );
      const documented = errorLines(f.id).join(" ");
      for (const code of seen) expect(`${f.id} ${code}: ${documented.includes(code)}`).toBe(`${f.id} ${code}: true`);
    }
  });
});
