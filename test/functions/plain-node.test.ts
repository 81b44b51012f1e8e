/**
 * functions.ts must load in plain Node (bundled to JavaScript, as the add-in ships it) once a CustomFunctions global exists, exporting each
 * function under its camelCase name; the README documents every one of them.
 */
import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { pathToFileURL } from "url";
import { buildSync } from "esbuild";
import * as LIC from "../../src/functions/functions";

const root = join(__dirname, "..", "..");
const NAMES: Record<string, string> = {
  NCE_ANNIVERSARY: "nceAnniversary",
  NCE_TERM_END: "nceTermEnd",
  CAN_REDUCE: "canReduce",
  NEXT_REDUCE_DATE: "nextReduceDate",
  REDUCE_DEADLINE: "reduceDeadline",
  NCE_OVERLAP_COST: "nceOverlapCost",
  EA_LATE_DISCOUNT: "eaLateDiscount",
  EPT_CHARGE: "eptCharge",
  EPT_CREDIT: "eptCredit",
  EA_RENEWAL_START: "eaRenewalStart",
  OLS_DEPROVISION_DATE: "olsDeprovisionDate",
  CSP_DEPROVISION_DATE: "cspDeprovisionDate",
  CPOR_ELIGIBLE: "cporEligible",
};

it("exports the 13 functions of the catalogue under their camelCase names", () => {
  for (const name of Object.values(NAMES)) expect(typeof (LIC as Record<string, unknown>)[name]).toBe("function");
});

it("loads and computes in plain Node, bundled, with a minimal CustomFunctions global", () => {
  const dir = mkdtempSync(join(tmpdir(), "rr-node-"));
  const bundle = join(dir, "functions.cjs");
  buildSync({
    entryPoints: [join(root, "src", "functions", "functions.ts")],
    bundle: true,
    platform: "node",
    format: "cjs",
    outfile: bundle,
    logLevel: "error",
  });
  const script = `
    globalThis.CustomFunctions = { Error: class extends Error { constructor(code, message) { super(message); this.code = code; } },
      ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" } };
    const { default: LIC } = await import(${JSON.stringify(pathToFileURL(bundle).href)});
    const r = LIC.nceAnniversary([[45306]], [["P1Y"]], [[45444]]);
    const e = LIC.canReduce([[45306]], [["P1Y"]], [[45301]]);
    console.log(JSON.stringify([r[0][0], e[0][0].code]));`;
  const file = join(dir, "check.mjs");
  writeFileSync(file, script);
  const out = spawnSync(process.execPath, [file], { cwd: root, encoding: "utf8" });
  expect(out.stderr).toBe("");
  expect(JSON.parse(out.stdout)).toEqual([45672, "#N/A"]);
});

it("the README's formula reference documents every function, with an example", () => {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  for (const name of Object.keys(NAMES)) {
    expect(readme).toContain(`\`LIC.${name}(`);
    expect(readme).toContain(`=LIC.${name}(`);
  }
});
