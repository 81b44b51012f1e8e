/**
 * The separator of a report's text is chosen from its table (RULES.md §6: `;`-separated files with
 * decimal commas), in the pane (pasted lines) and the command line (files) alike.
 */
import fc from "fast-check";
import { readFileSync } from "fs";
import { join } from "path";
import { chooseSeparator, SEPARATORS } from "../../../src/review/reading/separator";
import { splitPastedLines } from "../../../src/review/reading/csv";

const german = readFileSync(
  join(__dirname, "..", "cases", "semicolon-title-lines-two-amount-columns", "input.csv"),
  "utf8",
);

describe("choosing a report's separator from its table", () => {
  it("takes ; for a German export whose title lines and decimal commas make , look likelier", () => {
    expect(chooseSeparator(german)).toBe(";");
  });

  it("splits the same lines pasted into one column at ; (the pane's paste)", () => {
    const pasted = german
      .trimEnd()
      .split("\n")
      .map((line) => (line ? [line] : [""]));
    const cells = splitPastedLines(pasted)!;
    expect(cells[3]).toEqual(expect.arrayContaining(["Kunde", "Anzahl", "Einzelpreis"]));
    expect(cells[4]).toEqual(expect.arrayContaining(["11,70 €", "292,50 €"]));
    expect(cells).toHaveLength(pasted.length);
  });

  it("takes , for an English CSV whose notes hold semicolons", () => {
    const text =
      "Renewals; December; draft\nCustomer,Product,Quantity,Start Date\nAcme; Inc,E3,10,2026-01-01\nBeta,E5,5,2026-02-01\n";
    expect(chooseSeparator(text)).toBe(",");
  });

  it("takes the separator that splits the table evenly when no header row names known roles", () => {
    expect(chooseSeparator("Title line\n\nA\tB\tC\n1,5\t2,5\t3\n4,5\t5,5\t6\n")).toBe("\t");
  });

  it("recovers the separator of any table with a known header, with title lines and decimal commas in its amounts", () => {
    const cell = fc.stringMatching(/^[A-Za-z ]{1,8}$/);
    const amount = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }));
    fc.assert(
      fc.property(
        fc.constantFrom(...SEPARATORS),
        fc.array(cell, { maxLength: 3 }),
        fc.array(fc.tuple(cell, cell, amount, amount), { minLength: 1, maxLength: 12 }),
        (separator, titles, rows) => {
          const decimal = separator === "," ? "." : ",";
          const money = ([a, b]: [number, number]) => `${a}${decimal}${String(b).padStart(2, "0")}`;
          const lines = [
            ...titles,
            "",
            ["Customer", "Product", "Unit Price", "Annual Value"].join(separator),
            ...rows.map(([c, p, x, y]) => [c, p, money(x), money(y)].join(separator)),
          ];
          expect(chooseSeparator(lines.join("\n"))).toBe(separator);
        },
      ),
    );
  });
});
