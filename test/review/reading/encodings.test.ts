/**
 * The same report, saved the ways real tools save it, gives the same findings: UTF-8, UTF-16 LE
 * with a BOM, Windows-1252, ";"-separated with decimal commas and dotted dates, and dates as Excel
 * serial numbers in text (RULES.md §6 "Numbers in reports", "Files").
 */
import fc from "fast-check";
import { reviewReport } from "../../../src/review";
import { parseCsv } from "../../../src/review/reading/csv";
import { decodeReport } from "../../../src/review/reading/decode";
import { fromYMD, iso, toYMD } from "../../../src/rules/dates";

interface Sub {
  customer: string;
  product: string;
  id: string;
  qty: number;
  term: "P1M" | "P1Y" | "P3Y";
  start: number;
  autoRenew: boolean;
  price: number;
  action: "" | "Reduce" | "Transfer out";
}

const names = ["Müller GmbH", "Möller GmbH", "Société Générale", "Ørsted A/S", "Contoso", "Fabrikam"];
const products = ["Microsoft 365 E3", "Power BI Pro", "Exchange Online (Plan 1)"];
const AS_OF = iso("2026-11-21");

const sub = fc.record<Sub>({
  customer: fc.constantFrom(...names),
  product: fc.constantFrom(...products),
  id: fc.integer({ min: 1, max: 99999 }).map((n) => `S${n}`),
  qty: fc.integer({ min: 1, max: 5000 }),
  term: fc.constantFrom("P1M", "P1Y", "P3Y"),
  start: fc.integer({ min: iso("2023-01-01"), max: iso("2026-11-30") }),
  autoRenew: fc.boolean(),
  price: fc.integer({ min: 100, max: 99999 }).map((c) => c / 100),
  action: fc.constantFrom("", "", "Reduce", "Transfer out"),
});

const pad = (n: number) => String(n).padStart(2, "0");
const isoText = (s: number) => {
  const d = toYMD(s);
  return `${d.year}-${pad(d.month)}-${pad(d.day)}`;
};
const dotted = (s: number) => {
  const d = toYMD(s);
  return `${pad(d.day)}.${pad(d.month)}.${d.year}`;
};
const HEADER = [
  "Customer",
  "Product",
  "Subscription ID",
  "Quantity",
  "Term",
  "Start Date",
  "Auto Renew",
  "Unit Price",
  "Planned Action",
];

function csv(rows: Sub[], sep: string, cell: (s: Sub) => string[]): string {
  const q = (v: string) => (v.includes(sep) || v.includes('"') ? `"${v.replace(/"/g, '""')}"` : v);
  return [HEADER, ...rows.map(cell)].map((r) => r.map(q).join(sep)).join("\r\n") + "\r\n";
}

const plain = (s: Sub) => [
  s.customer,
  s.product,
  s.id,
  s.qty.toLocaleString("en-US"),
  s.term,
  isoText(s.start),
  s.autoRenew ? "Yes" : "No",
  `$${s.price.toFixed(2)}`,
  s.action,
];
const european = (s: Sub) => [
  s.customer,
  s.product,
  s.id,
  s.qty.toLocaleString("de-DE"),
  s.term,
  dotted(s.start),
  s.autoRenew ? "Yes" : "No",
  `${s.price.toFixed(2).replace(".", ",")} €`,
  s.action,
];
const serials = (s: Sub) => [
  s.customer,
  s.product,
  s.id,
  String(s.qty),
  s.term,
  String(s.start),
  s.autoRenew ? "Yes" : "No",
  s.price.toFixed(2),
  s.action,
];

function findings(bytes: Uint8Array): string[] {
  const result = reviewReport(parseCsv(decodeReport(bytes).text), { asOf: AS_OF });
  return result.findings
    .map((f) => [f.row, f.rule, f.severity, f.date ?? "-", f.cost ?? "", f.customer ?? ""].join(" "))
    .sort();
}

describe("a report re-encoded", () => {
  it("gives the same findings in UTF-8, UTF-16 LE (with or without a BOM), UTF-16 BE, Windows-1252, ';' with decimal commas, and serial dates", () => {
    fc.assert(
      fc.property(fc.array(sub, { minLength: 1, maxLength: 25 }), (rows) => {
        const text = csv(rows, ",", plain);
        const expected = findings(Buffer.from(text, "utf8"));
        expect(findings(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]))).toEqual(expected);
        expect(findings(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]))).toEqual(expected);
        // UTF-16 without a BOM, told by its zero bytes (LE, and BE by swapping each pair).
        expect(findings(Buffer.from(text, "utf16le"))).toEqual(expected);
        expect(findings(Buffer.from(text, "utf16le").swap16())).toEqual(expected);
        expect(findings(Buffer.from(text, "latin1"))).toEqual(expected); // Windows-1252 agrees with Latin-1 on these letters
        expect(findings(Buffer.from(csv(rows, ";", european), "utf8"))).toEqual(expected);
        expect(findings(Buffer.from(csv(rows, ",", serials), "utf8"))).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });

  it("keeps Müller and Möller apart when the file is Windows-1252 (no replacement characters)", () => {
    const text = csv(
      [
        {
          customer: "Müller GmbH",
          product: "Power BI Pro",
          id: "S1",
          qty: 5,
          term: "P1Y",
          start: fromYMD(2025, 3, 1),
          autoRenew: true,
          price: 10,
          action: "",
        },
        {
          customer: "Möller GmbH",
          product: "Power BI Pro",
          id: "S2",
          qty: 5,
          term: "P1Y",
          start: fromYMD(2025, 3, 1),
          autoRenew: true,
          price: 10,
          action: "",
        },
      ],
      ",",
      plain,
    );
    const decoded = decodeReport(Buffer.from(text, "latin1"));
    expect(decoded.encoding).toBe("windows-1252");
    expect(decoded.text).toContain("Möller GmbH");
    expect(findings(Buffer.from(text, "latin1")).filter((f) => f.includes("DUPLICATE"))).toEqual([]);
  });
});
