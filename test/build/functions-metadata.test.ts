/**
 * functions.json as the add-in ships it: error cells allowed into the functions, today-dependent
 * functions volatile, production URLs only where ADDIN_URL is set. The built dist/ is checked again
 * by the browser tests after `npm run build`.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { finishMetadata, productionUrl, toProductionUrls } = require("../../scripts/functions-metadata.js");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { manifestFor } = require("../../scripts/manifest.js");

const root = join(__dirname, "..", "..");
const FILES = ["nce", "end-of-term", "pricing", "ea", "csp-incentives"].map((f) =>
  join(root, "src", "functions", `${f}.ts`),
);

let generated: string;
beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(FILES, false);
  expect(result.errors).toEqual([]);
  generated = result.metadataJson;
});

describe("functions.json", () => {
  it("allows error cells into the functions (allowErrorForDataTypeAny at the root), which the generator alone does not write", () => {
    expect(JSON.parse(generated).allowErrorForDataTypeAny).toBeUndefined();
    const meta = JSON.parse(finishMetadata(generated, null));
    expect(meta.allowErrorForDataTypeAny).toBe(true);
    // Data types in and out: formatted-number dates returned, and read back when fed into another formula.
    expect(meta.allowCustomDataForDataTypeAny).toBe(true);
    // Excel passes errors only to parameters of type any: every parameter is one.
    for (const f of meta.functions)
      for (const p of f.parameters) expect(`${f.id}.${p.name}: ${p.type}`).toBe(`${f.id}.${p.name}: any`);
  });

  it("marks exactly the functions whose date defaults to today as volatile, so they never go stale", () => {
    const meta = JSON.parse(finishMetadata(generated, null));
    const todayDefaulting = meta.functions
      .filter((f: { parameters: Array<{ name: string; optional?: boolean }> }) =>
        f.parameters.some((p) => p.optional && (p.name === "as_of" || p.name === "change_date")),
      )
      .map((f: { id: string }) => f.id)
      .sort();
    const volatile = meta.functions
      .filter((f: { options?: { volatile?: boolean } }) => f.options?.volatile)
      .map((f: { id: string }) => f.id)
      .sort();
    expect(volatile).toEqual(todayDefaulting);
    expect(volatile).toEqual([
      "CAN_REDUCE",
      "COMMITMENT_REMAINING",
      "EST_ELIGIBLE",
      "NCE_ANNIVERSARY",
      "NCE_END_OF_TERM",
      "NCE_TERM_END",
      "NEXT_REDUCE_DATE",
      "REDUCE_DEADLINE",
    ]);
  });

  it("keeps the development help URLs when ADDIN_URL is not set, and points them at ADDIN_URL when it is", () => {
    expect(finishMetadata(generated, null)).not.toMatch(/example\.com/);
    const prod = finishMetadata(generated, "https://addin.contoso.test/rr/");
    expect(prod).not.toMatch(/localhost/);
    expect(JSON.parse(prod).functions[0].helpUrl).toMatch(/^https:\/\/addin\.contoso\.test\/rr\/help\.html#/);
  });
});

describe("ADDIN_URL", () => {
  it("is optional: unset means no production URL at all, never a placeholder host", () => {
    expect(productionUrl({})).toBeNull();
    expect(productionUrl({ ADDIN_URL: "  " })).toBeNull();
  });
  it("must be https, and gets one trailing slash", () => {
    expect(productionUrl({ ADDIN_URL: "https://addin.contoso.test" })).toBe("https://addin.contoso.test/");
    expect(() => productionUrl({ ADDIN_URL: "http://addin.contoso.test" })).toThrow(/https/);
  });
  it("turns every localhost URL of the manifest into the production host, and its AppDomain into that host's origin", () => {
    const xml = readFileSync(join(root, "manifest.xml"), "utf8");
    const prod = manifestFor(xml, { url: "https://addin.contoso.test/rr/", version: "1.0.0", environment: "release" });
    expect(prod).not.toMatch(/localhost/);
    expect(prod).toMatch(/<AppDomain>https:\/\/addin\.contoso\.test<\/AppDomain>/);
    expect(toProductionUrls("see https://localhost:3000/help.html", "https://addin.contoso.test/rr/")).toBe(
      "see https://addin.contoso.test/rr/help.html",
    );
  });
});
