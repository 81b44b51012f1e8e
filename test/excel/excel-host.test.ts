/**
 * The office.js host against office-addin-mock: how many times it syncs, which ranges it touches,
 * and that it never writes a value into the report or a formula into a sheet.
 */
import { OfficeMockObject } from "office-addin-mock";
import { ExcelHost, MARKER } from "../../src/excel/excel-host";
import { FINDINGS_HEADER, HIGHLIGHT_COLORS, columnLetters, excelDateFormat } from "../../src/excel/host";
import { withHandled } from "../../src/excel/handled";
import { iso } from "../../src/rules/dates";
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
  /** The options each Excel.run was given. */
  runOptions: unknown[];
  /** Syncs whose batch held back recalculation (suspendApiCalculationUntilNextSync). */
  heldSyncs: number;
  /** onChanged handlers registered, by sheet; removed ones are dropped. */
  changeHandlers: Map<string, Array<(e: { address: string }) => Promise<void>>>;
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

/** How the fake workbook misbehaves, as real Excel does. */
interface Quirks {
  /** The sheet is protected (Review > Protect Sheet). */
  protected?: boolean;
  /** More than one area is selected (Ctrl+click). */
  multiArea?: boolean;
  /** office.js error code thrown by the sync with this number (1-based), e.g. a cell being edited. */
  failSync?: { at: number; code: string };
  /** A block whose values weigh more than this many UTF-8 bytes fails with ResponsePayloadSizeLimitExceeded. */
  payloadLimit?: number;
  /** The sheet's protection allows formatting cells (Review > Protect Sheet > "Format cells" ticked). */
  allowFormatCells?: boolean;
  /** The workbook uses the 1904 date system. */
  dateSystem1904?: boolean;
  /** Sheets whose conditional formats Excel refuses to change (protected): deleting one fails the sync with AccessDenied. */
  lockedSheets?: string[];
}

/** A workbook whose active sheet "Report" holds `cells` from A1, with `selection` selected. */
function makeWorld(
  cells: unknown[][],
  selection = { r: 0, c: 0, rows: 1, cols: 1 },
  existingCfs: CF[] = [],
  quirks: Quirks = {},
): World {
  const created: OfficeMockObject[] = [];
  const w: World = {
    excel: null,
    syncs: 0,
    runOptions: [],
    heldSyncs: 0,
    changeHandlers: new Map(),
    reads: [],
    blockBytes: [],
    writes: new Map(),
    formats: new Map(),
    links: new Map(),
    cfs: new Map([["Report", existingCfs]]),
    sheets: ["Report", "Renewal Radar findings"],
    selected: [],
    activated: [],
  };
  const mk = (data: Record<string, unknown>) => {
    const m = new OfficeMockObject(data) as any;
    created.push(m);
    return m;
  };
  const width = cells.reduce((m, r) => Math.max(m, r.length), 0);
  const empty = cells.every((r) => r.every((v) => v === "" || v === null || v === undefined));
  /** Blocks whose values were asked for since the last sync: [address, UTF-8 bytes]. */
  let pending: Array<[string, number]> = [];
  /** Calls queued on a null object: real Excel fails the next sync with InvalidOperation. */
  let nullObjectCalls = 0;
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
          delete: () => {
            if (quirks.lockedSheets?.includes(sheet)) deniedDelete = true;
            else cf.deleted = true;
          },
        }));
      },
    };
    return collection;
  };
  /** A range; `sample` marks the few rows read with the report's size (not a block). */
  const range = (sheet: string, r0: number, c0: number, rows: number, cols: number, sample = false): any => {
    const a = addr(r0, c0, rows, cols);
    const m = mk({
      address: `${sheet}!${a}`,
      rowIndex: r0,
      columnIndex: c0,
      rowCount: rows,
      columnCount: cols,
      values: Array.from({ length: rows }, (_, i) =>
        Array.from({ length: cols }, (_, j) => cells[r0 + i]?.[c0 + j] ?? ""),
      ),
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
        const bytes = Buffer.byteLength(JSON.stringify(cells.slice(r0, r0 + rows)), "utf8");
        pending.push([a, bytes]);
      }
      return load(what);
    };
    return m;
  };
  /** Sheet protection as a plain object: office-addin-mock would hand back its own object for an unloaded property. */
  const withProtection = (sheet: any) =>
    Object.assign(sheet, {
      protection: {
        protected: Boolean(quirks.protected),
        options: { allowFormatCells: Boolean(quirks.allowFormatCells) },
        load: () => undefined,
      },
    });
  let holding = false;
  let deniedDelete = false;
  /** The used range of an empty sheet: a null object; anything queued on it fails the next sync. */
  const nullRange = () => {
    const poisoned = () => {
      nullObjectCalls++;
      return nullRange();
    };
    return {
      isNullObject: true,
      load: () => undefined,
      getRow: poisoned,
      getCell: poisoned,
      getResizedRange: poisoned,
      getIntersectionOrNullObject: poisoned,
      get rowCount(): number {
        nullObjectCalls++;
        return 0;
      },
    };
  };
  const writable = (sheet: string, a: string) => {
    const target: any = { format: { font: {}, autofitColumns: () => undefined } };
    Object.defineProperty(target, "values", { set: (v) => w.writes.set(`${sheet}!${a}`, v) });
    Object.defineProperty(target, "numberFormat", { set: (v) => w.formats.set(`${sheet}!${a}`, v) });
    Object.defineProperty(target, "hyperlink", { set: (v) => w.links.set(`${sheet}!${a}`, v) });
    return target;
  };
  const worksheet = (name: string): any =>
    withProtection(
      mk({
        name,
        getUsedRangeOrNullObject: () =>
          empty
            ? nullRange()
            : Object.assign(range(name, 0, 0, cells.length, width), {
                isNullObject: false,
                rowIndex: 0,
                columnIndex: 0,
                rowCount: cells.length,
                columnCount: width,
              }),
        getRangeByIndexes: (r: number, c: number, rows: number, cols: number) => range(name, r, c, rows, cols),

        getRange: (a?: string) =>
          a === undefined
            ? { conditionalFormats: cfCollection(name) }
            : Object.assign(writable(name, a), { select: () => w.selected.push(`${name}!${a}`) }),
        getRanges: (a: string) => ({
          conditionalFormats: {
            add: (type: string) => {
              const cf: CF = { address: a, type, formula: "" };
              w.cfs.get(name)!.push(cf);
              return {
                custom: {
                  rule: {
                    set formula(f: string) {
                      cf.formula = f;
                    },
                  },
                  format: {
                    fill: {
                      set color(c: string) {
                        cf.color = c;
                      },
                    },
                  },
                },
              };
            },
          },
        }),
        activate: () => w.activated.push(name),
        freezePanes: { freezeRows: () => undefined },
        onChanged: {
          add: (handler: (e: { address: string }) => Promise<void>) => {
            const list = w.changeHandlers.get(name) ?? [];
            list.push(handler);
            w.changeHandlers.set(name, list);
            return {
              context: data.context,
              remove: () =>
                w.changeHandlers.set(
                  name,
                  (w.changeHandlers.get(name) ?? []).filter((h) => h !== handler),
                ),
            };
          },
        },
      }),
    );
  const data = {
    context: {
      application: { suspendApiCalculationUntilNextSync: () => (holding = true) },
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
        // DATE(1904,1,1): 1462 in the 1900 date system, 0 in the 1904 one.
        functions: { date: () => ({ value: quirks.dateSystem1904 ? 0 : 1462, load: () => undefined }) },
        getSelectedRanges: () => {
          const first = {
            rowIndex: selection.r,
            columnIndex: selection.c,
            rowCount: selection.rows,
            columnCount: selection.cols,
          };
          const items = quirks.multiArea ? [first, { ...first, rowIndex: first.rowIndex + 50 }] : [first];
          return { areaCount: items.length, load: () => undefined, areas: { items, load: () => undefined } };
        },
      },
    },
    // Excel.run(batch), Excel.run(options, batch) or Excel.run(context, batch).
    run: async function (first: any, second?: (context: any) => Promise<unknown>) {
      if (second) w.runOptions.push(first);
      return (second ?? first)(this.context);
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
    const asked = pending;
    pending = [];
    const fail = (code: string, message: string) => Object.assign(new Error(message), { code });
    if (nullObjectCalls) throw fail("InvalidOperation", "The requested operation is invalid on a null object.");
    if (quirks.failSync?.at === w.syncs) throw fail(quirks.failSync.code, `Excel said ${quirks.failSync.code}.`);
    if (holding) w.heldSyncs++;
    holding = false;
    if (deniedDelete) {
      deniedDelete = false;
      throw fail("AccessDenied", "The cell or chart you're trying to change is protected.");
    }
    const tooBig = asked.find(([, bytes]) => quirks.payloadLimit !== undefined && bytes > quirks.payloadLimit);
    if (tooBig) throw fail("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
    for (const [a, bytes] of asked) {
      w.reads.push(a);
      w.blockBytes.push(bytes);
    }
    await baseSync();
    for (const m of created) await m.sync();
  };
  w.excel = excel;
  (globalThis as any).Excel = excel;
  return w;
}

/** A report of n data rows, 10 columns, one renewal due in 10 days on every 7th row. */
function report(n: number): unknown[][] {
  const header = [
    "Customer",
    "Product",
    "Subscription ID",
    "Qty",
    "Term",
    "Start Date",
    "Auto Renew",
    "Status",
    "Planned Qty",
    "Notes",
  ];
  const rows = Array.from({ length: n }, (_, i) => [
    `C${i % 50}`,
    `P${i}`,
    `S${i}`,
    10,
    "P1Y",
    i % 7 === 0 ? 45992 : 45700,
    "Yes",
    "Active",
    "",
    "x",
  ]);
  return [header, ...rows];
}

describe("reading a report from Excel", () => {
  it("reads the used range in blocks of up to 20,000 rows: one sync to look at the sheet, a 50-row block to weigh the rows, then one per block", async () => {
    const cells = report(45000);
    const w = makeWorld(cells);
    const snap = await new ExcelHost().readReport();
    expect(snap.values).toHaveLength(45001);
    expect(snap.values[45000]).toEqual(cells[45000]);
    expect(w.reads).toEqual(["A1:J50", "A51:J20050", "A20051:J40050", "A40051:J45001"]);
    expect(w.syncs).toBe(1 + 4);
    expect(snap).toMatchObject({ sheet: "Report", firstRow: 1, firstColumn: 0, address: "A1:J45001" });
  });

  it("a review + highlight of N rows takes at most ⌈N/20000⌉ + 4 syncs", async () => {
    for (const n of [10, 19999, 20000, 60001]) {
      const cells = report(n - 1);
      const w = makeWorld(cells);
      const host = new ExcelHost();
      const snap = await host.readReport();
      await host.highlight({
        sheet: snap.sheet,
        firstColumn: 0,
        columnCount: 10,
        rows: [
          { row: 2, severity: "high" },
          { row: 3, severity: "high" },
        ],
      });
      expect(w.syncs).toBeLessThanOrEqual(Math.ceil(n / 20000) + 4);
    }
  });

  it("a selection is read as it is, and keeps its place in the sheet", async () => {
    const cells = [["title"], [], ["", "Customer", "Product"], ["", "A", "B"]];
    const w = makeWorld(cells, { r: 2, c: 1, rows: 2, cols: 2 });
    const snap = await new ExcelHost().readReport();
    expect(snap).toMatchObject({
      firstRow: 3,
      firstColumn: 1,
      address: "B3:C4",
      values: [
        ["Customer", "Product"],
        ["A", "B"],
      ],
    });
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

  it("a report whose later rows are much heavier than the first 50 (Cyrillic and CJK text) is read in blocks under 5 MB of UTF-8", async () => {
    const light = ["A", "B", "S", 1, "P1Y", 45700, "Yes", "Active", "", ""];
    const heavy = (i: number) => [
      `ООО «Кириллица» ${i}`,
      "製品".repeat(300),
      `S${i}`,
      1,
      "P1Y",
      45700,
      "Yes",
      "Active",
      "",
      "注記".repeat(600),
    ];
    const cells = [
      report(0)[0],
      ...Array.from({ length: 60 }, () => light),
      ...Array.from({ length: 6000 }, (_, i) => heavy(i)),
    ];
    const w = makeWorld(cells, undefined, [], { payloadLimit: 5 * 1024 * 1024 });
    const snap = await new ExcelHost().readReport();
    expect(snap.values).toHaveLength(6061);
    expect(snap.values[6060]).toEqual(cells[6060]);
    for (const bytes of w.blockBytes) expect(bytes).toBeLessThanOrEqual(5 * 1024 * 1024);
  });

  it("a block Excel refuses as too large (ResponsePayloadSizeLimitExceeded) is halved and read again, nothing lost", async () => {
    const cells = report(30000);
    // A limit far below what the blocks weigh, as a host with a smaller limit would have.
    const w = makeWorld(cells, undefined, [], { payloadLimit: 300 * 1024 });
    const snap = await new ExcelHost().readReport();
    expect(snap.values).toHaveLength(30001);
    expect(snap.values.map((r) => r[2])).toEqual(cells.map((r) => r[2]));
    for (const bytes of w.blockBytes) expect(bytes).toBeLessThanOrEqual(300 * 1024);
  });
});

describe("a review Excel cannot do says in one sentence what to do, and paints nothing", () => {
  const refuses = async (w: World, pattern: RegExp, options = { highlight: true }) => {
    await expect(new ExcelHost().readReport(undefined, undefined, options)).rejects.toThrow(pattern);
    expect(w.cfs.get("Report")!.length).toBe(0);
  };

  it("an empty sheet: paste the report first (the null used range is never queued into further calls)", async () => {
    const w = makeWorld([[""]]);
    await refuses(w, /Sheet “Report” is empty: paste the report into it/);
    expect(w.syncs).toBe(1);
  });

  it("a whole-column selection on an empty sheet: the same sentence", async () => {
    await refuses(makeWorld([], { r: 0, c: 0, rows: 1048576, cols: 2 }), /is empty/);
  });

  it("a single selected cell outside the data: click a cell inside the report", async () => {
    await refuses(
      makeWorld(report(3), { r: 40, c: 20, rows: 1, cols: 1 }),
      /selected cell U41 is outside the data of “Report” \(A1:J4\): click a cell inside the report/,
    );
  });

  it("several selected areas: select one block", async () => {
    await refuses(
      makeWorld(report(3), undefined, [], { multiArea: true }),
      /Several separate areas are selected: select one block/,
    );
  });

  it("a protected sheet, when highlighting is on: unprotect it or turn highlighting off; with highlighting off it is read", async () => {
    const w = makeWorld(report(3), undefined, [], { protected: true });
    await refuses(w, /“Report” is protected.*Unprotect Sheet.*turn off “Highlight risky rows”/);
    await expect(new ExcelHost().readReport(undefined, undefined, { highlight: false })).resolves.toMatchObject({
      address: "A1:J4",
    });
  });

  it("a cell being edited (InvalidOperationInCellEditMode): finish editing, then try again", async () => {
    await refuses(
      makeWorld(report(3), undefined, [], { failSync: { at: 1, code: "InvalidOperationInCellEditMode" } }),
      /Excel is editing a cell.*press Enter or Esc/,
    );
  });

  it("a findings sheet the add-in wrote: go to the sheet that holds the report", async () => {
    const cells = [FINDINGS_HEADER.slice(), ["high", "RENEWAL_DUE", "Row 5", "A", "B", "S1", 46357, 10, "", "Renews"]];
    await refuses(makeWorld(cells), /findings sheet Renewal Radar wrote: go to the sheet that holds the report/);
  });

  it("an office.js failure while highlighting or writing names the step that failed", async () => {
    makeWorld(report(3), undefined, [], { failSync: { at: 1, code: "AccessDenied" } });
    await expect(
      new ExcelHost().highlight({
        sheet: "Report",
        firstColumn: 0,
        columnCount: 10,
        rows: [{ row: 2, severity: "high" }],
      }),
    ).rejects.toThrow(/Excel refused to highlight the risky rows: the sheet or workbook is protected/);
    makeWorld(report(3), undefined, [], { failSync: { at: 1, code: "ItemNotFound" } });
    await expect(
      new ExcelHost().writeFindings(
        [],
        { sheet: "Report", address: "A1:J4", firstRow: 1, firstColumn: 0, values: [] },
        10,
      ),
    ).rejects.toThrow(/Could not write the findings to a new sheet: the sheet was renamed or deleted/);
    makeWorld(report(3), undefined, [], { failSync: { at: 1, code: "GeneralException" } });
    await expect(new ExcelHost().goToRow("Report", 3, 0, 10)).rejects.toThrow(
      /Could not go to the row: .*GeneralException/,
    );
  });

  it("a wide report of long texts is read in smaller blocks so no response nears 5 MB", async () => {
    const long = "x".repeat(400);
    const cells = [
      Array.from({ length: 40 }, (_, i) => `H${i}`),
      ...Array.from({ length: 3000 }, () => Array(40).fill(long)),
    ];
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
    expect(seen).toEqual([50]);
  });
});

describe("highlighting", () => {
  it("paints contiguous rows of one severity as one area, with one conditional format per severity", async () => {
    const w = makeWorld(report(20));
    await new ExcelHost().highlight({
      sheet: "Report",
      firstColumn: 0,
      columnCount: 10,
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
    await new ExcelHost().highlight({
      sheet: "Report",
      firstColumn: 0,
      columnCount: 10,
      rows: [{ row: 3, severity: "high" }],
    });
    expect(old.deleted).toBe(true);
    expect(user.deleted).toBeUndefined();
    expect(bar.deleted).toBeUndefined();
    expect(w.syncs).toBe(2);
  });

  it("Clear removes only the add-in's highlights, sheet by sheet: one sync to list the sheets, at most two a sheet", async () => {
    const user: CF = { address: "A1:A9", type: "Custom", formula: "=A1>5" };
    const ours: CF = { address: "A2:J2", type: "Custom", formula: `=${MARKER}=0` };
    const w = makeWorld(report(5), undefined, [user, ours]);
    w.cfs.set("Renewal Radar findings", [{ address: "A1:A1", type: "Custom", formula: `=${MARKER}=0` }]);
    const result = await new ExcelHost().clearHighlights();
    expect(result).toEqual({ removed: 2, failed: [] });
    expect(ours.deleted).toBe(true);
    expect(user.deleted).toBeUndefined();
    expect(w.syncs).toBe(1 + 2 + 2);
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
      {
        row: 5,
        rule: "RENEWAL_DUE",
        severity: "warning",
        message: "Renews on 1 Dec 2026.",
        date: "2026-12-01",
        days: 10,
        actBy: "2026-11-30",
        cost: 4320,
        moneyKind: "renewing",
        currency: "AUD",
        customer: '=HYPERLINK("http://x")',
        product: "+cmd",
        subscriptionId: "@S1",
      },
      {
        row: 9,
        rule: "DATA_ISSUE",
        severity: "warning",
        message: "Term “x” is not a term.",
        customer: "<img src=x onerror=alert(1)>",
      },
    ];
    // The user snoozed the first finding with a note that looks like a formula.
    const marks = withHandled({}, findings[0], { snoozeUntil: "2026-12-15", note: "=1+1 ask Jo" }, iso("2026-11-21"));
    const name = await new ExcelHost().writeFindings(
      findings,
      { sheet: "Report", address: "A1:J9", firstRow: 1, firstColumn: 0, values: [] },
      10,
      { marks, asOf: iso("2026-11-21") },
    );
    expect(name).toBe("Renewal Radar findings (2)");
    const body = w.writes.get(`${name}!A2:Q3`)!;
    // In words, most urgent first: act-by date (a real date cell), severity, the rule's title, the row link…
    expect(body[0].slice(0, 8)).toEqual([
      46356,
      "warning",
      "Renewal due",
      "Row 5",
      '\'=HYPERLINK("http://x")',
      "'+cmd",
      "'@S1",
      46357,
    ]);
    // …a renewal's value in the Renewing column, never At stake (RULES.md §6), and the rule's id last, for filtering.
    expect(body[0][9]).toBe("");
    expect(body[0][10]).toBe(4320);
    expect(body[0][11]).toBe("AUD");
    // What the user handled: snoozed to a real date cell, and the note as text, never a formula.
    expect(body[0].slice(13, 16)).toEqual(["Snoozed", 46371, "'=1+1 ask Jo"]);
    expect(body[1].slice(13, 16)).toEqual(["", "", ""]);
    expect(body[0][16]).toBe("RENEWAL_DUE");
    expect(body[1][4]).toBe("<img src=x onerror=alert(1)>");
    const formats = w.formats.get(`${name}!A2:Q3`)!;
    expect(formats[0][14]).toBe(formats[0][0]);
    expect(formats[0][15]).toBe("@");
    expect(formats[0][4]).toBe("@");
    // Dates as the user's locale writes them (Node's locale here: a day, a short month and a year).
    expect(formats[0][0]).toMatch(/d/);
    expect(formats[0][0]).toMatch(/mmm/);
    expect(formats[0][7]).toBe(formats[0][0]);
    expect(w.links.get(`${name}!D2`)).toMatchObject({ documentReference: "'Report'!A5:J5", textToDisplay: "Row 5" });
    expect(w.links.get(`${name}!D3`)).toMatchObject({ documentReference: "'Report'!A9:J9" });
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
    const settings = {
      asOf: "2026-11-21",
      horizon: 45,
      dateOrder: "dmy" as const,
      deprovisionDays: 60,
      estFee: 0.03,
      estFeeNoMonthly: 0.23,
      monthlyBillingPremium: 0.05,
      monthlyTermPremium: 0.2,
      lateReduction: 0.03,
      pauMinimum: 150,
      eaHorizon: 90,
      estStart: 46146,
      highlight: true,
    };
    await host.saveSettings(settings);
    expect(o.saved()).toBe(1);
    expect(await new ExcelHost().loadSettings()).toEqual(settings);
  });

  it("keeps the handled findings in the workbook's document settings, apart from the settings, and reads them back", async () => {
    const o = office();
    const host = new ExcelHost();
    expect(await host.loadHandled()).toEqual({});
    const marks = { "S1|RENEWAL_DUE|2026-12-31": { done: true, note: "Renewed", changed: "2026-12-08" } };
    await host.saveHandled(marks);
    expect(o.saved()).toBe(1);
    expect(await new ExcelHost().loadHandled()).toEqual(marks);
    expect(await new ExcelHost().loadSettings()).toBeNull();
    // Something else under the key (a damaged file) is not trusted.
    o.store.set("RenewalRadar.handled", "done");
    expect(await new ExcelHost().loadHandled()).toEqual({});
  });

  it("follows a dark Office theme and a light one", () => {
    office("#1F1F1F");
    expect(new ExcelHost().theme()).toBe("dark");
    office("#FFFFFF");
    expect(new ExcelHost().theme()).toBe("light");
  });
});

describe("the findings sheet's date format follows the user's locale", () => {
  it.each([
    ["en-GB", "d mmm yyyy"],
    ["en-US", "mmm d, yyyy"],
    ["de-DE", "d. mmm yyyy"],
  ])("%s writes dates as %s", (locale, code) => {
    expect(excelDateFormat(locale)).toBe(code);
  });
});

describe("a host that waits instead of failing (issue: ready for a real Excel)", () => {
  const findings: Finding[] = [
    {
      row: 3,
      rule: "RENEWAL_DUE",
      severity: "warning",
      message: "Renews on 1 Dec 2026.",
      date: "2026-12-01",
      days: 10,
      actBy: "2026-11-30",
    },
  ];

  it("runs every batch with delayForCellEdit, so Review and Clear pressed while a cell is being edited wait for the user", async () => {
    const w = makeWorld(report(5), undefined, [{ address: "A2:J2", type: "Custom", formula: `=${MARKER}=0` }]);
    const host = new ExcelHost();
    const snap = await host.readReport();
    await host.highlight({ sheet: "Report", firstColumn: 0, columnCount: 10, rows: [{ row: 3, severity: "high" }] });
    await host.clearHighlights();
    await host.writeFindings(findings, snap, 10);
    await host.goToRow("Report", 3, 0, 10);
    expect(w.runOptions.length).toBeGreaterThanOrEqual(6);
    for (const options of w.runOptions) expect(options).toEqual({ delayForCellEdit: true });
  });

  it("holds back recalculation while it paints highlights and writes the findings sheet (volatile LIC formulas recalculate once, not per block)", async () => {
    const w = makeWorld(report(5));
    const host = new ExcelHost();
    await host.highlight({ sheet: "Report", firstColumn: 0, columnCount: 10, rows: [{ row: 3, severity: "high" }] });
    expect(w.heldSyncs).toBe(1);
    const many = Array.from({ length: 4500 }, (_, i) => ({ ...findings[0], row: i + 2 }));
    await host.writeFindings(
      many,
      { sheet: "Report", address: "A1:J4502", firstRow: 1, firstColumn: 0, values: [] },
      10,
    );
    // Three blocks of 2,000 findings, each written with recalculation held.
    expect(w.heldSyncs).toBe(1 + 3);
  });

  it("Clear goes sheet by sheet: a protected sheet does not stop the others, and is named", async () => {
    const ours: CF = { address: "A2:J2", type: "Custom", formula: `=${MARKER}=0` };
    const lockedOurs: CF = { address: "A1:A1", type: "Custom", formula: `=${MARKER}=0` };
    const w = makeWorld(report(5), undefined, [ours], { lockedSheets: ["Renewal Radar findings"] });
    w.cfs.set("Renewal Radar findings", [lockedOurs]);
    const result = await new ExcelHost().clearHighlights();
    expect(ours.deleted).toBe(true);
    expect(lockedOurs.deleted).toBeUndefined();
    expect(result.removed).toBe(1);
    expect(result.failed).toEqual([{ sheet: "Renewal Radar findings", reason: expect.stringMatching(/protected/) }]);
  });

  it("a protected sheet whose protection allows formatting cells is reviewed and highlighted", async () => {
    makeWorld(report(3), undefined, [], { protected: true, allowFormatCells: true });
    await expect(new ExcelHost().readReport(undefined, undefined, { highlight: true })).resolves.toMatchObject({
      sheet: "Report",
    });
  });

  it("InvalidSelection now means a chart, picture or shape is selected, and says so", async () => {
    makeWorld(report(3), undefined, [], { failSync: { at: 1, code: "InvalidSelection" } });
    await expect(new ExcelHost().readReport()).rejects.toThrow(
      /A chart, picture or shape is selected, not cells.*click a cell of the report/,
    );
  });

  it("watches the reviewed report: an edit inside it is reported, one elsewhere is not, and stopping removes the watch", async () => {
    const w = makeWorld(report(5));
    const host = new ExcelHost();
    const snap = await host.readReport();
    let heard = 0;
    const stop = await host.watchReport(snap, () => heard++);
    const [handler] = w.changeHandlers.get("Report")!;
    await handler({ address: "D3" });
    await handler({ address: "M40:N41" });
    await handler({ address: "$B$6" });
    expect(heard).toBe(2);
    await stop();
    expect(w.changeHandlers.get("Report")).toEqual([]);
  });
});

describe("the 1904 date system (issue: ready for a real Excel)", () => {
  it("reads which date system the workbook uses with the report (DATE(1904,1,1) is 0 in a 1904 workbook)", async () => {
    makeWorld(report(3), undefined, [], { dateSystem1904: true });
    expect((await new ExcelHost().readReport()).dateSystem).toBe(1904);
    makeWorld(report(3));
    expect((await new ExcelHost().readReport()).dateSystem).toBe(1900);
  });

  it("writes the findings sheet's dates as the 1904 workbook counts them, so they show the same day", async () => {
    const w = makeWorld(report(5), undefined, [], { dateSystem1904: true });
    const host = new ExcelHost();
    const snap = await host.readReport();
    const finding: Finding = {
      row: 3,
      rule: "RENEWAL_DUE",
      severity: "warning",
      message: "m",
      date: "2026-12-01",
      days: 10,
      actBy: "2026-11-30",
    };
    await host.writeFindings([finding], snap, 10);
    const written = [...w.writes.entries()].find(([a]) => a.includes("A2:"))![1] as unknown[][];
    // 2026-11-30 is 46356 in the 1900 system and 1462 less in the 1904 one.
    expect(written[0][0]).toBe(46356 - 1462);
    expect(written[0][7]).toBe(46357 - 1462);
  });
});
