/**
 * Metamorphic tests: every golden report, changed as real exports change a report, must raise the
 * same findings (rule, severity, key date, act-by date, money; rows renumbered where lines move).
 * A variant that cannot carry a case's data (XML holds no NUL; Windows-1252 has no ✓) is counted as
 * not applicable, with its reason; a variant that fails is a bug.
 *
 * Variants: title and blank lines above the table; a totals and a footer line below it; columns in
 * reverse order; `;` with decimal commas; tab-separated; UTF-16 LE and Windows-1252 bytes; an .xlsx
 * behind a visible cover sheet and a hidden copy of the table; mapped headers replaced by another
 * English synonym and by another language's word; dates rewritten in each form RULES.md §6 lists.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import iconv from "iconv-lite";
import Papa from "papaparse";
import { ReportReview, reviewReport, type ReviewOptions, type ReviewResult } from "../../src/review";
import { parseCsv } from "../../src/review/reading/csv";
import { decodeReport } from "../../src/review/reading/decode";
import { DateReader } from "../../src/review/reading/date-reader";
import { statedDateOrder } from "../../src/review/reading/date-orders";
import { chooseSeparator } from "../../src/review/reading/separator";
import { LOCAL_HEADERS } from "../../src/review/reading/words/local-words";
import {
  ROLE_SYNONYMS,
  normalizeHeader,
  plainHeader,
  roleOfHeader,
  type Role,
} from "../../src/review/reading/words/roles";
import { iso, toYMD } from "../../src/rules/dates";
import { reviewStream } from "../../src/cli/review-stream";

const casesDir = join(__dirname, "cases");
const tmp = mkdtempSync(join(tmpdir(), "rr-metamorphic-"));

type Grid = string[][];
interface Variant {
  name: string;
  /** Rows the table moved down by. */
  shift: number;
  /** The variant as cells, or as a file (reviewed as the command line reads it), or why it does not apply. */
  cells?: Grid;
  file?: { bytes: Buffer; ext: string };
  xlsx?: (path: string) => Promise<void>;
  notApplicable?: string;
}

/** What must not change: each finding's row, rule, severity, key date, act-by date and money. */
function findingKeys(result: ReviewResult, shift = 0): string[] {
  return result.findings
    .map((f) => [f.row - shift, f.rule, f.severity, f.date ?? "-", f.actBy ?? "-", f.cost ?? "-"].join(" "))
    .sort();
}

const MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
const pad = (n: number) => String(n).padStart(2, "0");

/** The date forms of RULES.md §6, each from a serial; `decides`: the form's day/month order is read from the values. */
const DATE_FORMS: Array<{ name: string; write: (serial: number) => string; needsDayAbove12?: boolean }> = [
  { name: "ISO", write: (s) => iso8601(s) },
  { name: "ISO with time and zone", write: (s) => `${iso8601(s)}T09:30:00+10:00` },
  {
    name: "19-JAN-2024",
    write: (s) => {
      const d = toYMD(s);
      return `${pad(d.day)}-${MONTHS[d.month - 1]}-${d.year}`;
    },
  },
  {
    name: "DD.MM.YYYY",
    write: (s) => {
      const d = toYMD(s);
      return `${pad(d.day)}.${pad(d.month)}.${d.year}`;
    },
  },
  { name: "Excel serial as text", write: (s) => String(s) },
  {
    name: "M/D/YYYY H:mm",
    write: (s) => {
      const d = toYMD(s);
      return `${d.month}/${d.day}/${d.year} 9:30`;
    },
    needsDayAbove12: true,
  },
];

function iso8601(serial: number): string {
  const d = toYMD(serial);
  return `${d.year}-${pad(d.month)}-${pad(d.day)}`;
}

function width(cells: Grid): number {
  return Math.max(0, ...cells.map((r) => r.length));
}

/** A decimal-point amount or grouped count as a decimal-comma file writes it: "1,200.50" → "1.200,50". */
function withDecimalComma(cell: string): string {
  if (!/^[^\d]*-?\d{1,3}(?:,\d{3})*(?:\.\d+)?[^\d]*$/.test(cell) || !/[.,]/.test(cell)) return cell;
  return cell.replace(/[.,]/g, (c) => (c === "." ? "," : "."));
}

/** The headers of the columns a header names (one column per role), replaced by `pick`'s word when it gives one. */
function renamedHeaders(
  cells: Grid,
  headerIndex: number,
  pick: (role: Role, header: string) => string | undefined,
): Grid | undefined {
  const header = cells[headerIndex];
  const byRole = new Map<Role, number[]>();
  header.forEach((h, c) => {
    const found = roleOfHeader(h);
    if (found) byRole.set(found[0], [...(byRole.get(found[0]) ?? []), c]);
  });
  const renamed = [...header];
  let changed = 0;
  for (const [role, columns] of byRole) {
    const h = header[columns[0]];
    // Kept: a role two columns name (which wins depends on the words), a header stating a date order
    // or carrying a currency or tax ("Price (AUD)"): their words say more than the role.
    if (columns.length > 1 || statedDateOrder(h) || plainHeader(h).trim() !== h.trim()) continue;
    const word = pick(role, h);
    if (!word) continue;
    renamed[columns[0]] = word;
    changed++;
  }
  return changed ? cells.map((row, i) => (i === headerIndex ? renamed : row)) : undefined;
}

/** Words of two meanings (checked against their values: roles-by-values BORNE_OUT): never a replacement. */
const TWO_MEANINGS = new Set(["plan", "action", "intent", "state", "subscription", "item"]);
function otherSynonym(words: readonly string[], role: Role, header: string): string | undefined {
  return words.find(
    (w) =>
      normalizeHeader(w) !== normalizeHeader(header) &&
      !TWO_MEANINGS.has(normalizeHeader(w)) &&
      roleOfHeader(w)?.[0] === role,
  );
}

function variantsOf(cells: Grid, text: string, options: ReviewOptions): Variant[] {
  const review = new ReportReview(cells, options);
  const headerIndex = review.layout.headerIndex;
  const separator = chooseSeparator(text);
  const csv = (grid: Grid, delimiter = separator) => Papa.unparse(grid, { delimiter, newline: "\r\n" }) + "\r\n";
  const w = width(cells);
  const padded = cells.map((r) => [...r, ...Array(w - r.length).fill("")]);
  // XML 1.0 holds no control characters but tab, line feed and carriage return.
  const control = cells.some((r) => r.some((c) => Array.from(c).some((ch) => ch < " " && !"\t\n\r".includes(ch))));
  const out: Variant[] = [
    {
      name: "title and blank lines above the table",
      shift: 3,
      cells: [["Renewals report"], ["Generated by the distributor portal"], [], ...cells],
    },
    {
      name: "a totals line and a footer line below the table",
      shift: 0,
      cells: [...cells, ["Total", ...Array(w - 1).fill("")], ["Page 1 of 1"]],
    },
    { name: "columns in reverse order", shift: 0, cells: padded.map((r) => [...r].reverse()) },
  ];
  out.push(
    separator === ","
      ? {
          name: "; with decimal commas",
          shift: 0,
          file: {
            bytes: Buffer.from(
              csv(
                cells.map((r, i) => (i <= headerIndex ? r : r.map(withDecimalComma))),
                ";",
              ),
            ),
            ext: ".csv",
          },
        }
      : { name: "; with decimal commas", shift: 0, notApplicable: "the report is not comma-separated" },
  );
  out.push({ name: "tab-separated", shift: 0, file: { bytes: Buffer.from(csv(cells, "\t")), ext: ".tsv" } });
  out.push({
    name: "UTF-16 LE with a BOM",
    shift: 0,
    file: { bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv(cells), "utf16le")]), ext: ".csv" },
  });
  const latin = iconv.encode(csv(cells), "win1252");
  out.push(
    iconv.decode(latin, "win1252") === csv(cells)
      ? { name: "Windows-1252", shift: 0, file: { bytes: latin, ext: ".csv" } }
      : { name: "Windows-1252", shift: 0, notApplicable: "a character Windows-1252 does not have" },
  );
  out.push(
    control
      ? {
          name: "an .xlsx behind a cover sheet and a hidden sheet",
          shift: 0,
          notApplicable: "XML holds no control characters",
        }
      : {
          name: "an .xlsx behind a cover sheet and a hidden sheet",
          shift: 0,
          xlsx: async (path) => {
            const ExcelJS = (await import("exceljs")).default;
            const wb = new ExcelJS.Workbook();
            wb.addWorksheet("Cover").addRow(["Renewals report"]);
            const hidden = wb.addWorksheet("Lookup", { state: "hidden" });
            for (const row of cells.slice(0, headerIndex + 2)) hidden.addRow(row);
            const sheet = wb.addWorksheet("Report");
            cells.forEach((row, i) => row.forEach((v, c) => v !== "" && (sheet.getCell(i + 1, c + 1).value = v)));
            await wb.xlsx.writeFile(path);
          },
        },
  );
  const english = renamedHeaders(cells, headerIndex, (role, h) => otherSynonym(ROLE_SYNONYMS[role], role, h));
  if (english) out.push({ name: "headers as other English synonyms", shift: 0, cells: english });
  const local = renamedHeaders(cells, headerIndex, (role, h) => otherSynonym(LOCAL_HEADERS[role] ?? [], role, h));
  if (local) out.push({ name: "headers in another language", shift: 0, cells: local });

  // Dates: every cell the review read as a date, in one form throughout.
  const dateColumns = review.layout.dates.columns;
  const rows = review.dataRows;
  for (const form of DATE_FORMS) {
    const name = `dates as ${form.name}`;
    if (!dateColumns.length) {
      out.push({ name, shift: 0, notApplicable: "no date column" });
      continue;
    }
    const grid = cells.map((r) => [...r]);
    const days: number[] = [];
    for (const dc of dateColumns) {
      const reader = new DateReader(dc.order);
      for (const i of rows) {
        const serial = reader.read(grid[i][dc.column]);
        if (typeof serial !== "number") continue;
        grid[i][dc.column] = form.write(serial);
        days.push(toYMD(serial).day);
      }
    }
    if (form.needsDayAbove12 && !days.some((d) => d > 12))
      out.push({ name, shift: 0, notApplicable: "no day above 12: the values cannot decide the order" });
    else out.push({ name, shift: 0, cells: grid });
  }
  return out;
}

const tally = { cases: 0, passed: 0, notApplicable: 0 };

const csvCases = readdirSync(casesDir).filter((name) => existsSync(join(casesDir, name, "input.csv")));

describe.each(csvCases)("golden report %s, changed as exports change it", (name) => {
  const dir = join(casesDir, name);
  const raw = JSON.parse(readFileSync(join(dir, "options.json"), "utf8"));
  const options: ReviewOptions = { ...raw, asOf: iso(raw.asOf) };
  const text = decodeReport(readFileSync(join(dir, "input.csv"))).text;
  const cells = parseCsv(text);
  const original = reviewReport(cells, options);
  const expected = findingKeys(original);
  const variants = variantsOf(cells, text, options);
  tally.cases++;

  it.each(variants.map((v) => [v.name, v]))(
    "raises the same findings: %s",
    async (_name, variant) => {
      const v = variant as Variant;
      if (v.notApplicable) {
        tally.notApplicable++;
        expect(v.notApplicable.length).toBeGreaterThan(5);
        return;
      }
      let result: ReviewResult;
      if (v.cells) result = reviewReport(v.cells, options);
      else if (v.file) result = reviewReport(parseCsv(decodeReport(v.file.bytes).text), options);
      else {
        const path = join(tmp, `${name}.xlsx`);
        await v.xlsx!(path);
        result = await reviewStream(path, options);
        expect(result.sheet).toBe("Report");
      }
      expect(findingKeys(result, v.shift)).toEqual(expected);
      tally.passed++;
    },
    30000,
  );
});

afterAll(() => {
  // The suite's own count, for the test run's log.
  console.log(
    `metamorphic: ${tally.passed} variants of ${tally.cases} golden cases passed; ${tally.notApplicable} not applicable`,
  );
});
