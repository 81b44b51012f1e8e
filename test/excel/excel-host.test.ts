/**
 * The office.js host against office-addin-mock: how many times it syncs, which ranges it touches,
 * and that it never writes a value into the report or a formula into a sheet.
 */
import { OfficeMockObject } from "office-addin-mock";
import { ExcelHost, MARKER } from "../../src/excel/excel-host";
import { HIGHLIGHT_COLORS, columnLetters } from "../../src/excel/host";
import type { Finding, Severity } from "../../src/review";

interface CF {
  address: string;
  type: string;
  formula: string;
  color?: string;
  deleted?: boolean;
}

interface World {
  excel: any;
  syncs: number;
  /** Addresses whose values were loaded, in order. */
  reads: string[];
  /** JSON size of each block read. */
  blockBytes: number[];
  /** Values written, by address. */
  writes: Map<string, unknown[][]>;
  formats: Map<string, unknown[][]>;
  links: Map<string, unknown>;
  cfs: Map<string, CF[]>;
  sheets: string[];
  selected: string[];
  activated: string[];
}

const addr = (r0: number, c0: number, rows: number, cols: number) =>
  `${columnLetters(c0)}${r0 + 1}:${columnLetters(c0 + cols - 1)}${r0 + rows}`;

/** A workbook whose active sheet "Report" holds `cells` from A1, with `selection` selected. */
function makeWorld(cells: unknown[][], selection = { r: 0, c: 0, rows: 1, cols: 1 }, existingCfs: CF[] = []): World {
  const created: OfficeMockObject[] = [];
  const w: World = {
    excel: null, syncs: 0, reads: [], blockBytes: [], writes: new Map(), formats: new Map(), links: new Map(),
    cfs: new Map([["Report", existingCfs]]), sheets: ["Report", "Renewal Radar findings"], selected: [], activated: [],
  };
  const mk = (data: Record<string, unknown>) => {
    const m = new OfficeMockObject(data) as any;
    created.push(m);
    return m;
  };
  const width = Math.max(...cells.map((r) => r.length));
  const cfCollection = (sheet: string) => {
    const list = w.cfs.get(sheet) ?? [];
    w.cfs.set(sheet, list);
    // office-addin-mock models objects, not collections: `load` fills `items` like office.js would.
    const collection: any = {
      items: undefined,
      load: (fields: string) => {
        expect(fields).toContain("customOrNullObject/rule/formula");
        collection.items = list.map((cf) => ({
          type: cf.type,
          customOrNullObject: { isNullObject: cf.type !== "Custom", rule: { formula: cf.formula } },
          delete: () => (cf.deleted = true),
        }));
      },
    };
    return collection;
  };
  /** A range; `sample` marks the few rows read with the report's size (not a block). */
  const range = (sheet: string, r0: number, c0: number, rows: number, cols: number, sample = false): any => {
    const a = addr(r0, c0, rows, cols);
    const m = mk({
      address: `${sheet}!${a}`, rowIndex: r0, columnIndex: c0, rowCount: rows, columnCount: cols,
      values: Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => cells[r0 + i]?.[c0 + j] ?? "")),
      getCell: (r: number, c: number) => range(sheet, r0 + r, c0 + c, 1, 1),
      getRow: (r: number) => range(sheet, r0 + r, c0, 1, cols, true),
      // The used range always starts at A1 here, so the intersection is the selection cut to the data.
      getIntersectionOrNullObject: (other: any) => {
        const rows2 = Math.min(r0 + rows, other.rowIndex + other.rowCount) - r0;
        const cols2 = Math.min(c0 + cols, other.columnIndex + other.columnCount) - c0;
        if (rows2 <= 0 || cols2 <= 0) return Object.assign(range(sheet, r0, c0, 1, 1), { isNullObject: true });
        return Object.assign(range(sheet, r0, c0, rows2, cols2), { isNullObject: false });
      },
      getResizedRange: (dr: number, dc: number) => range(sheet, r0, c0, rows + dr, cols + dc, sample),
      select: () => w.selected.push(`${sheet}!${a}`),
    });
    const load = m.load.bind(m);
    m.load = (what: string) => {
      if (String(what).includes("values") && !sample) {
        w.reads.push(a);
        w.blockBytes.push(JSON.stringify(m.values === undefined ? [] : cells.slice(r0, r0 + rows)).length);
      }
      return load(what);
    };
    return m;
  };
  const writable = (sheet: string, a: string) => {
    const target: any = { format: { font: {}, autofitColumns: () => undefined } };
    Object.defineProperty(target, "values", { set: (v) => w.writes.set(`${sheet}!${a}`, v) });
    Object.defineProperty(target, "numberFormat", { set: (v) => w.formats.set(`${sheet}!${a}`, v) });
    Object.defineProperty(target, "hyperlink", { set: (v) => w.links.set(`${sheet}!${a}`, v) });
    return target;
  };
  const worksheet = (name: string): any =>
    mk({
      name,
      getUsedRangeOrNullObject: () => Object.assign(range(name, 0, 0, cells.length, width), { isNullObject: false, rowIndex: 0, columnIndex: 0, rowCount: cells.length, columnCount: width }),
      getRange: (a?: string) => (a === undefined ? { conditionalFormats: cfCollection(name) } : Object.assign(writable(name, a), { select: () => w.selected.push(`${name}!${a}`) })),
      getRanges: (a: string) => ({
        conditionalFormats: {
          add: (type: string) => {
            const cf: CF = { address: a, type, formula: "" };
            w.cfs.get(name)!.push(cf);
            return {
              custom: {
                rule: { set formula(f: string) { cf.formula = f; } },
                format: { fill: { set color(c: string) { cf.color = c; } } },
              },
            };
          },
        },
      }),
      activate: () => w.activated.push(name),
      freezePanes: { freezeRows: () => undefined },
    });
  const data = {
    context: {
      workbook: {
        worksheets: {
          getActiveWorksheet: () => worksheet("Report"),
          getItem: (name: string) => worksheet(name),
          items: [],
          add: (name: string) => {
            w.sheets.push(name);
            return worksheet(name);
          },
        },
        getSelectedRange: () => range("Report", selection.r, selection.c, selection.rows, selection.cols),
      },
    },
    run: async function (callback: (context: any) => Promise<unknown>) {
      return callback(this.context);
    },
  };
  const excel = new OfficeMockObject(data) as any;
  // An enum, not a loadable object.
  excel.ConditionalFormatType = { custom: "Custom" };
  const ws = excel.context.workbook.worksheets;
  ws.load = () => {
    ws.items = w.sheets.map((name) => ({ name, getRange: () => ({ conditionalFormats: cfCollection(name) }) }));
    return ws;
  };
  const baseSync = excel.context.sync.bind(excel.context);
  excel.context.sync = async () => {
    w.syncs++;
    await baseSync();
    for (const m of created) await m.sync();
  };
  w.excel = excel;
  (globalThis as any).Excel = excel;
  return w;
}

/** A report of n data rows, 10 columns, one renewal due in 10 days on every 7th row. */
function report(n: number): unknown[][] {
  const header = ["Customer", "Product", "Subscription ID", "Qty", "Term", "Start Date", "Auto Renew", "Status", "Planned Qty", "Notes"];
  const rows = Array.from({ length: n }, (_, i) => [`C${i % 50}`, `P${i}`, `S${i}`, 10, "P1Y", i % 7 === 0 ? 45992 : 45700, "Yes", "Active", "", "x"]);
  return [header, ...rows];
}

describe("reading a report from Excel", () => {
  it("reads the used range in blocks of 20,000 rows: one sync for its size plus one per block", async () => {
    const cells = report(45000);
    const w = makeWorld(cells);
    const snap = await new ExcelHost().readReport();
    expect(snap.values).toHaveLength(45001);
    expect(snap.values[45000]).toEqual(cells[45000]);
    expect(w.reads).toEqual(["A1:J20000", "A20001:J40000", "A40001:J45001"]);
    expect(w.syncs).toBe(1 + 3);
    expect(snap).toMatchObject({ sheet: "Report", firstRow: 1, firstColumn: 0, address: "A1:J45001" });
  });

  it("a review + highlight of N rows takes at most ⌈N/20000⌉ + 3 syncs", async () => {
    for (const n of [10, 19999, 20000, 60001]) {
      const cells = report(n - 1);
      const w = makeWorld(cells);
      const host = new ExcelHost();
      const snap = await host.readReport();
      await host.highlight({ sheet: snap.sheet, firstColumn: 0, columnCount: 10, rows: [{ row: 2, severity: "high" }, { row: 3, severity: "high" }] });
      expect(w.syncs).toBeLessThanOrEqual(Math.ceil(n / 20000) + 3);
    }
  });

  it("a selection is read as it is, and keeps its place in the sheet", async () => {
    const cells = [["title"], [], ["", "Customer", "Product"], ["", "A", "B"]];
    const w = makeWorld(cells, { r: 2, c: 1, rows: 2, cols: 2 });
    const snap = await new ExcelHost().readReport();
    expect(snap).toMatchObject({ firstRow: 3, firstColumn: 1, address: "B3:C4", values: [["Customer", "Product"], ["A", "B"]] });
    expect(w.reads).toEqual(["B3:C4"]);
  });

  it("a selection of whole columns is read only down to the last row with values", async () => {
    const w = makeWorld(report(30), { r: 0, c: 0, rows: 1048576, cols: 3 });
    const snap = await new ExcelHost().readReport();
    expect(snap.values).toHaveLength(31);
    expect(snap.address).toBe("A1:C31");
    expect(w.reads).toEqual(["A1:C31"]);
  });

  it("a selection outside the data is refused with a message saying what to select", async () => {
    makeWorld(report(3), { r: 100, c: 0, rows: 5, cols: 5 });
    await expect(new ExcelHost().readReport()).rejects.toThrow(/select the report, or a single cell/);
  });

  it("a wide report of long texts is read in smaller blocks so no response nears 5 MB", async () => {
    const long = "x".repeat(400);
    const cells = [Array.from({ length: 40 }, (_, i) => `H${i}`), ...Array.from({ length: 3000 }, () => Array(40).fill(long))];
    const w = makeWorld(cells);
    const snap = await new ExcelHost().readReport();
    expect(snap.values).toHaveLength(3001);
    expect(w.reads.length).toBeGreaterThan(1);
    for (const bytes of w.blockBytes.slice(1)) expect(bytes).toBeLessThan(5 * 1024 * 1024);
  });

  it("reading reports progress and stops when cancelled", async () => {
    makeWorld(report(45000));
    const seen: number[] = [];
    const controller = new AbortController();
    await expect(
      new ExcelHost().readReport((done) => {
        seen.push(done);
        controller.abort();
      }, controller.signal),
    ).rejects.toThrow(/Cancelled/);
    expect(seen).toEqual([20000]);
  });
});

describe("highlighting", () => {
  it("paints contiguous rows of one severity as one area, with one conditional format per severity", async () => {
    const w = makeWorld(report(20));
    await new ExcelHost().highlight({
      sheet: "Report", firstColumn: 0, columnCount: 10,
      rows: [
        ...[5, 6, 7, 10].map((row) => ({ row, severity: "high" as Severity })),
        { row: 9, severity: "warning" as Severity },
      ],
    });
    const ours = w.cfs.get("Report")!;
    expect(ours.map((c) => [c.address, c.color])).toEqual([
      ["A9:J9", HIGHLIGHT_COLORS.warning],
      ["A5:J7,A10:J10", HIGHLIGHT_COLORS.high],
    ]);
    expect(ours.every((c) => c.formula.includes(MARKER))).toBe(true);
    expect(w.writes.size).toBe(0);
    expect(w.formats.size).toBe(0);
  });

  it("a new review replaces the add-in's earlier highlights and leaves the user's own conditional formats", async () => {
    const user: CF = { address: "A1:A9", type: "Custom", formula: "=A1>5" };
    const old: CF = { address: "A2:J2", type: "Custom", formula: `=${MARKER}=0` };
    const bar: CF = { address: "D1:D9", type: "DataBar", formula: "" };
    const w = makeWorld(report(5), undefined, [user, old, bar]);
    await new ExcelHost().highlight({ sheet: "Report", firstColumn: 0, columnCount: 10, rows: [{ row: 3, severity: "high" }] });
    expect(old.deleted).toBe(true);
    expect(user.deleted).toBeUndefined();
    expect(bar.deleted).toBeUndefined();
    expect(w.syncs).toBe(2);
  });

  it("Clear removes only the add-in's highlights, on every sheet, in three syncs", async () => {
    const user: CF = { address: "A1:A9", type: "Custom", formula: "=A1>5" };
    const ours: CF = { address: "A2:J2", type: "Custom", formula: `=${MARKER}=0` };
    const w = makeWorld(report(5), undefined, [user, ours]);
    w.cfs.set("Renewal Radar findings", [{ address: "A1:A1", type: "Custom", formula: `=${MARKER}=0` }]);
    const removed = await new ExcelHost().clearHighlights();
    expect(removed).toBe(2);
    expect(ours.deleted).toBe(true);
    expect(user.deleted).toBeUndefined();
    expect(w.syncs).toBe(3);
  });
});

describe("go to row and writing findings", () => {
  it("Go to row activates the report's sheet and selects the row across the report's width", async () => {
    const w = makeWorld(report(5));
    await new ExcelHost().goToRow("Report", 5, 1, 3);
    expect(w.activated).toEqual(["Report"]);
    expect(w.selected).toEqual(["Report!B5:D5"]);
    expect(w.syncs).toBe(1);
  });

  it("findings go to a new sheet (never over an existing one) as text that cannot become a formula, linked to their rows", async () => {
    const w = makeWorld(report(5));
    const findings: Finding[] = [
      { row: 5, rule: "RENEWAL_DUE", severity: "warning", message: "Renews on 1 Dec 2026.", date: "2026-12-01", days: 10, customer: "=HYPERLINK(\"http://x\")", product: "+cmd", subscriptionId: "@S1" },
      { row: 9, rule: "DATA_ISSUE", severity: "warning", message: "Term “x” is not a term.", customer: "<img src=x onerror=alert(1)>" },
    ];
    const name = await new ExcelHost().writeFindings(findings, { sheet: "Report", address: "A1:J9", firstRow: 1, firstColumn: 0, values: [] }, 10);
    expect(name).toBe("Renewal Radar findings (2)");
    const body = w.writes.get(`${name}!A2:J3`)!;
    expect(body[0].slice(0, 7)).toEqual(["warning", "RENEWAL_DUE", "Row 5", "'=HYPERLINK(\"http://x\")", "'+cmd", "'@S1", 46357]);
    expect(body[1][3]).toBe("<img src=x onerror=alert(1)>");
    const formats = w.formats.get(`${name}!A2:J3`)!;
    expect(formats[0][3]).toBe("@");
    expect(w.links.get(`${name}!C2`)).toMatchObject({ documentReference: "'Report'!A5:J5", textToDisplay: "Row 5" });
    expect(w.links.get(`${name}!C3`)).toMatchObject({ documentReference: "'Report'!A9:J9" });
    expect(w.writes.get("Report!A1:J1")).toBeUndefined();
  });
});

describe("settings and theme", () => {
  function office(bodyBackgroundColor?: string) {
    const store = new Map<string, unknown>();
    let saved = 0;
    (globalThis as any).Office = {
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      context: {
        officeTheme: bodyBackgroundColor ? { bodyBackgroundColor } : undefined,
        document: {
          settings: {
            get: (k: string) => store.get(k) ?? null,
            set: (k: string, v: unknown) => store.set(k, v),
            saveAsync: (cb: (r: { status: string }) => void) => {
              saved++;
              cb({ status: "succeeded" });
            },
          },
        },
      },
    };
    return { store, saved: () => saved };
  }

  it("keeps the pane's settings in the workbook's document settings and reads them back", async () => {
    const o = office();
    const host = new ExcelHost();
    expect(await host.loadSettings()).toBeNull();
    const settings = { asOf: "2026-11-21", horizon: 45, dateOrder: "dmy" as const, deprovisionDays: 60, estFee: 0.03, lateReduction: 0.03, pauMinimum: 150, highlight: true };
    await host.saveSettings(settings);
    expect(o.saved()).toBe(1);
    expect(await new ExcelHost().loadSettings()).toEqual(settings);
  });

  it("follows a dark Office theme and a light one", () => {
    office("#1F1F1F");
    expect(new ExcelHost().theme()).toBe("dark");
    office("#FFFFFF");
    expect(new ExcelHost().theme()).toBe("light");
  });
});
