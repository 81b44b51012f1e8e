/**
 * What a user of real Excel meets in a cell (issue: ready for a real Excel): dates that look like
 * dates, blank rows that stay blank, whole-column references that do not spill a million rows,
 * input errors Excel cannot return coming back as #VALUE! with a reason, and data-type inputs —
 * a LIC date fed into another LIC formula — read as their basic value.
 */
import * as LIC from "../../src/functions/functions";
import { DATE_FORMAT } from "../../src/functions/cell-values";
import { d, errorCode, one } from "../helpers";

const message = (v: unknown) => (v as Error).message;

/** Excel's Office global as the shared runtime has it, answering isSetSupported for CustomFunctionsRuntime. */
function withHost<T>(customFunctionsRuntime: string, run: () => T): T {
  const g = globalThis as unknown as { Office?: unknown };
  const before = g.Office;
  const [major, minor] = customFunctionsRuntime.split(".").map(Number);
  g.Office = {
    context: {
      requirements: {
        isSetSupported: (name: string, version: string) => {
          const [vMajor, vMinor] = version.split(".").map(Number);
          return name === "CustomFunctionsRuntime" && (major > vMajor || (major === vMajor && minor >= vMinor));
        },
      },
    },
  };
  try {
    return run();
  } finally {
    g.Office = before;
  }
}

describe("dates look like dates", () => {
  const DATE_FUNCTIONS: Array<[string, () => unknown]> = [
    ["NCE_ANNIVERSARY", () => one(LIC.nceAnniversary, d("2024-01-15"), "P1Y", d("2024-06-01"))],
    ["NCE_TERM_END", () => one(LIC.nceTermEnd, d("2024-01-15"), "P1Y", d("2024-06-01"))],
    ["NEXT_REDUCE_DATE", () => one(LIC.nextReduceDate, d("2024-01-15"), "P1Y", d("2024-06-01"))],
    ["REDUCE_DEADLINE", () => one(LIC.reduceDeadline, d("2024-01-15"), "P1Y", d("2024-06-01"))],
    ["COTERM_END", () => one(LIC.cotermEnd, d("2024-01-15"), "P1Y", undefined)],
    ["CSP_DEPROVISION_DATE", () => one(LIC.cspDeprovisionDate, d("2024-01-15"), undefined)],
    ["EA_RENEWAL_START", () => one(LIC.eaRenewalStart, d("2024-06-30"), d("2024-07-02"), undefined, undefined)],
    ["OLS_DEPROVISION_DATE", () => one(LIC.olsDeprovisionDate, d("2024-06-30"), undefined, undefined)],
  ];

  it.each(DATE_FUNCTIONS)(
    "%s returns a date-formatted number where Excel supports formatted numbers (CustomFunctionsRuntime 1.4)",
    (_name, call) => {
      const plain = call() as number;
      expect(typeof plain).toBe("number");
      const formatted = withHost("1.4", call);
      expect(formatted).toEqual({ type: "Double", basicValue: plain, numberFormat: DATE_FORMAT });
    },
  );

  it("returns the plain serial on a host without formatted numbers (CustomFunctionsRuntime 1.3) and outside Excel", () => {
    expect(withHost("1.3", () => one(LIC.nceAnniversary, d("2024-01-15"), "P1Y", d("2024-06-01")))).toBe(
      d("2025-01-15"),
    );
    expect(one(LIC.nceAnniversary, d("2024-01-15"), "P1Y", d("2024-06-01"))).toBe(d("2025-01-15"));
  });

  it("the date format is ISO, which reads the same in every locale", () => {
    expect(DATE_FORMAT).toBe("yyyy-mm-dd");
  });

  it("formats only dates: money, fractions and TRUE/FALSE stay plain values", () => {
    withHost("1.4", () => {
      expect(one(LIC.nceOverlapCost, d("2024-01-15"), "P1Y", 50, 36, d("2025-01-14"))).toBe(59.18);
      expect(one(LIC.canReduce, d("2024-01-15"), "P1Y", d("2025-01-17"), undefined)).toBe(true);
      expect(one(LIC.eptCharge, 100, undefined)).toBe(103);
    });
  });

  it("a LIC date fed into another LIC formula still works (the formatted number arrives as a data type)", () => {
    withHost("1.4", () => {
      const anniversary = one(LIC.nceAnniversary, d("2024-01-15"), "P1Y", d("2024-06-01"));
      // Excel hands the cell's formatted number to the next formula as it was returned.
      const termEnd = one(LIC.nceTermEnd, anniversary, "P1Y", d("2025-06-01"));
      expect(termEnd).toEqual({ type: "Double", basicValue: d("2026-01-14"), numberFormat: DATE_FORMAT });
      expect(
        one(
          LIC.canReduce,
          anniversary,
          "P1Y",
          { type: "Double", basicValue: d("2025-01-20"), numberFormat: DATE_FORMAT },
          undefined,
        ),
      ).toBe(true);
    });
  });

  it("reads a formatted number, a string value and a boolean value from the data-types API as their basic values", () => {
    expect(
      one(
        LIC.nceAnniversary,
        { type: "FormattedNumber", basicValue: d("2024-01-15"), numberFormat: "d/m/yyyy" },
        "P1Y",
        d("2024-06-01"),
      ),
    ).toBe(d("2025-01-15"));
    expect(
      one(
        LIC.nceAnniversary,
        { type: "String", basicValue: "2024-01-15", properties: {} },
        { type: "String", basicValue: "annual" },
        d("2024-06-01"),
      ),
    ).toBe(d("2025-01-15"));
    expect(
      one(LIC.eptCredit, d("2024-06-30"), d("2024-07-02"), d("2024-07-01"), { type: "Boolean", basicValue: true }),
    ).toBe(one(LIC.eptCredit, d("2024-06-30"), d("2024-07-02"), d("2024-07-01"), true));
  });

  it("an entity (a data-type card) is no date: #VALUE! that says what to give instead", () => {
    const r = one(LIC.nceAnniversary, { type: "Entity", text: "Contoso", properties: {} }, "P1Y", d("2024-06-01"));
    expect(errorCode(r)).toBe("#VALUE!");
    expect(message(r)).toMatch(/start_date must be a date/);
  });
});

describe("blank in, blank out", () => {
  it("a formula whose inputs are all blank gives an empty cell, not #VALUE!", () => {
    expect(one(LIC.nceAnniversary, null, "", undefined)).toBe("");
    expect(one(LIC.nceOverlapCost, "", null, null, "", undefined)).toBe("");
    expect(one(LIC.eaLateDiscount, null, null, null, undefined, undefined)).toBe("");
  });

  it("a half-filled row is still an error that says what is missing", () => {
    const r = one(LIC.nceAnniversary, null, "P1Y", d("2024-06-01"));
    expect(errorCode(r)).toBe("#VALUE!");
    expect(message(r)).toMatch(/start_date is blank/);
    expect(errorCode(one(LIC.nceAnniversary, d("2024-01-15"), "", d("2024-06-01")))).toBe("#VALUE!");
  });

  it("a range with empty rows in a half-filled sheet gives empty cells on those rows, with a typed term as a constant", () => {
    const starts = [[d("2024-01-15")], [null], [""], [d("2021-01-31")], [null]];
    const result = LIC.nceAnniversary([...starts, [d("2024-02-29")]], [["P1Y"]], [[d("2024-06-01")]]);
    expect(result).toEqual([[d("2025-01-15")], [""], [""], [d("2025-01-31")], [""], [d("2025-02-28")]]);
  });

  it("a row where one range holds a value and another is blank is half-filled: an error saying what is missing, not an empty cell", () => {
    const result = LIC.nceAnniversary(
      [[d("2024-01-15")], [null], [null]],
      [["P1Y"], ["P1Y"], [null]],
      [[d("2024-06-01")]],
    );
    expect(result[0][0]).toBe(d("2025-01-15"));
    expect(errorCode(result[1][0])).toBe("#VALUE!");
    expect(result).toHaveLength(2);
  });

  it("a whole-column reference (A:A, 1,048,576 rows) spills only as far as the last row with data", () => {
    const column: unknown[][] = Array.from({ length: 1048576 }, () => [null]);
    column[0] = ["Start"];
    column[1] = [d("2024-01-15")];
    column[3] = [d("2024-03-31")];
    const result = LIC.nceAnniversary(column, [["P1Y"]], [[d("2024-06-01")]]);
    expect(result).toHaveLength(4);
    expect(errorCode(result[0][0])).toBe("#VALUE!");
    expect(result.slice(1)).toEqual([[d("2025-01-15")], [""], [d("2025-03-31")]]);
  });

  it("a range that is blank all the way down still gives one empty cell", () => {
    expect(LIC.nceAnniversary([[null], [null], [""]], [["P1Y"]], [[d("2024-06-01")]])).toEqual([[""]]);
  });
});

describe("input errors Excel does not allow a function to return", () => {
  it.each([
    ["#REF!", "Ref", /#REF!.*deleted cell/],
    ["#NAME?", "Name", /#NAME\?.*spelling/],
    ["#SPILL!", "Spill", /#SPILL!/],
    ["#CALC!", "Calc", /#CALC!/],
    ["#BUSY!", "Busy", /#BUSY!/],
  ])("%s in an input cell comes back as #VALUE! whose message names it", (code, errorType, text) => {
    for (const input of [{ code }, { type: "Error", errorType }]) {
      const r = one(LIC.nceAnniversary, input, "P1Y", d("2024-06-01"));
      expect(errorCode(r)).toBe("#VALUE!");
      expect(message(r)).toMatch(text);
    }
  });

  it("#N/A, #DIV/0!, #NUM! and #NULL! are passed on as themselves", () => {
    const E = CustomFunctions.ErrorCode;
    for (const code of [E.notAvailable, E.divisionByZero, E.invalidNumber, E.nullReference]) {
      expect(errorCode(one(LIC.nceAnniversary, new CustomFunctions.Error(code), "P1Y", d("2024-06-01")))).toBe(code);
    }
  });
});

describe("a workbook in the 1904 date system", () => {
  const in1904 = (isoText: string) => d(isoText) - 1462;
  afterEach(() => LIC.setFormulaDateSystem(1900));

  it("reads date cells and writes dates as the 1904 workbook counts them, so each cell shows the right day", () => {
    LIC.setFormulaDateSystem(1904);
    expect(one(LIC.nceAnniversary, in1904("2024-01-15"), "P1Y", in1904("2024-06-01"))).toBe(in1904("2025-01-15"));
    expect(one(LIC.nceAnniversary, "2024-01-15", "P1Y", "2024-06-01")).toBe(in1904("2025-01-15"));
    expect(one(LIC.canReduce, in1904("2024-01-15"), "P1Y", in1904("2025-01-21"), undefined)).toBe(true);
    expect(one(LIC.canReduce, in1904("2024-01-15"), "P1Y", in1904("2025-01-22"), undefined)).toBe(false);
  });

  it("has no fake 29 February 1900: serial 60 of a 1904 workbook is an ordinary day (1904-03-01)", () => {
    LIC.setFormulaDateSystem(1904);
    expect(one(LIC.cspDeprovisionDate, 60, 0)).toBe(60);
  });

  it("is asked once on start: DATE(1904,1,1) = 0 means 1904, and Excel then recalculates everything", async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { detectDateSystem } = require("../../src/excel/date-system-probe");
    for (const [value, expected, recalculations] of [
      [0, 1904, 1],
      [1462, 1900, 0],
    ] as const) {
      let calculated = 0;
      const context = {
        workbook: { functions: { date: () => ({ value, load: () => undefined }) } },
        application: { calculate: () => calculated++ },
        sync: async () => undefined,
      };
      (globalThis as unknown as { Excel: unknown }).Excel = {
        run: async (batch: (c: unknown) => unknown) => batch(context),
        CalculationType: { full: "Full" },
      };
      const told: number[] = [];
      await expect(detectDateSystem((s: number) => told.push(s))).resolves.toBe(expected);
      expect(told).toEqual([expected]);
      expect(calculated).toBe(recalculations);
    }
    (globalThis as unknown as { Excel: unknown }).Excel = { run: async () => Promise.reject(new Error("no Excel")) };
    await expect(detectDateSystem(() => undefined)).resolves.toBe(1900);
    delete (globalThis as unknown as { Excel?: unknown }).Excel;
  });
});
