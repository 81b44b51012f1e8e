/**
 * How the formulas behave in a sheet: ranges spill, bad cells get their own clear error,
 * optional arguments default as documented.
 */
import * as LIC from "../../src/functions/functions";
import { iso, todaySerial } from "../../src/rules/dates";
import { d, errorCode, one } from "../helpers";

const message = (v: unknown) => (v as Error).message;

describe("ranges", () => {
  it("a column of starts with one term spills one anniversary per row", () => {
    const result = LIC.nceAnniversary(
      [[d("2024-01-15")], [d("2021-01-31")], [d("2024-02-29")]],
      [["P1Y"]],
      [[d("2024-06-01")]],
    );
    expect(result).toEqual([[d("2025-01-15")], [d("2025-01-31")], [d("2025-02-28")]]);
  });

  it("a row of terms against a column of starts gives a table, as Excel broadcasts", () => {
    const result = LIC.nceAnniversary([[d("2024-01-15")], [d("2024-03-31")]], [["P1M", "P1Y"]], [[d("2024-04-01")]]);
    expect(result).toEqual([
      [d("2024-04-15"), d("2025-01-15")],
      [d("2024-04-30"), d("2025-03-31")],
    ]);
  });

  it("one bad row gets its own error; the rows around it still compute", () => {
    const result = LIC.nceAnniversary(
      [[d("2024-01-15")], ["soon"], [d("2024-01-15")]],
      [["P1Y"], ["P1Y"], ["Flexi"]],
      [[d("2024-06-01")]],
    );
    expect(result[0][0]).toBe(d("2025-01-15"));
    expect(errorCode(result[1][0])).toBe("#VALUE!");
    expect(message(result[1][0])).toMatch(/start_date "soon" is not a date/);
    expect(errorCode(result[2][0])).toBe("#VALUE!");
    expect(message(result[2][0])).toMatch(/P1M, P1Y, P3Y/);
  });

  it("ranges of different sizes give #N/A where the shorter one runs out, as in Excel", () => {
    const result = LIC.nceAnniversary(
      [[d("2024-01-15")], [d("2024-01-16")], [d("2024-01-17")]],
      [["P1Y"], ["P1Y"]],
      [[d("2024-06-01")]],
    );
    expect(result[1][0]).toBe(d("2025-01-16"));
    expect(errorCode(result[2][0])).toBe("#N/A");
    expect(message(result[2][0])).toMatch(/same size/);
  });
});

describe("bad input gets the right Excel error and a message that says what to fix", () => {
  it("03/04/2024 as text is ambiguous: #VALUE! asking for a real date or ISO text", () => {
    const r = one(LIC.nceAnniversary, "03/04/2024", "P1Y", d("2024-06-01"));
    expect(errorCode(r)).toBe("#VALUE!");
    expect(message(r)).toMatch(/ambiguous.*ISO text such as 2024-03-04/);
  });

  it("a two-digit year is no date for a formula (15-Jan-24, 1/15/24): #VALUE!, as RULES.md §1 lists four-digit forms only", () => {
    expect(errorCode(one(LIC.nceAnniversary, "15-Jan-24", "P1Y", d("2024-06-01")))).toBe("#VALUE!");
    expect(errorCode(one(LIC.nceAnniversary, "1/15/24", "P1Y", d("2024-06-01")))).toBe("#VALUE!");
  });

  it("ISO and month-name texts are read as dates", () => {
    expect(one(LIC.nceAnniversary, "2024-01-15", "annual", "15 January 2025")).toBe(d("2026-01-15"));
    expect(one(LIC.nceAnniversary, "Jan 15 2024", "P1Y", "2024-06-01T12:00:00Z")).toBe(d("2025-01-15"));
  });

  it("serial 60 (Excel's 1900-02-29) is #NUM!", () => {
    expect(errorCode(one(LIC.nceAnniversary, 60, "P1Y", d("2024-06-01")))).toBe("#NUM!");
  });

  it("a blank start date is #VALUE! asking for a date", () => {
    expect(message(one(LIC.nceTermEnd, "", "P1Y"))).toMatch(/start_date is blank/);
  });

  it("a discount typed as 15 instead of 15% is #NUM! saying to type 15%", () => {
    const r = one(LIC.eaLateDiscount, 15, d("2024-06-30"), d("2024-07-02"));
    expect(errorCode(r)).toBe("#NUM!");
    expect(message(r)).toMatch(/type 15%/);
  });

  it("discount text 15% is read as 0.15", () => {
    expect(one(LIC.eaLateDiscount, "15%", d("2024-06-30"), d("2024-07-02"))).toBe(0.12);
  });

  it("an unknown segment is #VALUE! listing the segments", () => {
    expect(message(one(LIC.eaLateDiscount, 0.15, d("2024-06-30"), d("2024-07-02"), "retail"))).toMatch(/public sector/);
  });

  it("negative seats are #NUM!", () => {
    expect(errorCode(one(LIC.nceOverlapCost, d("2024-01-15"), "P1Y", -5, 36, d("2024-07-15")))).toBe("#NUM!");
  });

  it("a backdated flag that is not TRUE/FALSE is #VALUE!", () => {
    expect(message(one(LIC.eptCredit, d("2021-12-31"), d("2022-02-18"), d("2022-01-01"), "maybe"))).toMatch(
      /TRUE or FALSE/,
    );
  });
});

describe("defaults of left-out arguments", () => {
  afterEach(() => jest.useRealTimers());

  it("as_of left out means the user's today", () => {
    jest.useFakeTimers().setSystemTime(new Date(2026, 10, 21, 9, 30));
    expect(todaySerial()).toBe(iso("2026-11-21"));
    expect(one(LIC.nceAnniversary, d("2024-12-20"), "P1Y")).toBe(d("2026-12-20"));
    expect(one(LIC.canReduce, d("2026-11-18"), "P1M")).toBe(true);
  });

  it("EA segment left out is commercial; reduction left out is 3 points", () => {
    expect(one(LIC.eaLateDiscount, 0.1, d("2024-06-30"), d("2024-07-02"))).toBe(0.07);
    expect(one(LIC.eaLateDiscount, 0.1, d("2024-06-30"), d("2024-07-02"), "commercial", 0.05)).toBe(0.05);
  });

  it("EPT charge adds 3 % unless another admin fee is given", () => {
    expect(one(LIC.eptCharge, 100)).toBe(103);
    expect(one(LIC.eptCharge, 100, 0.05)).toBe(105);
  });

  it("CSP data is removed 60 days after suspension unless other days are given", () => {
    expect(one(LIC.cspDeprovisionDate, d("2026-10-09"))).toBe(d("2026-12-08"));
    expect(one(LIC.cspDeprovisionDate, d("2026-10-09"), 90)).toBe(d("2027-01-07"));
  });

  it("EPT opt-out purges data 90 days after the later of expiry and opt-out", () => {
    expect(one(LIC.olsDeprovisionDate, d("2024-06-30"))).toBe(d("2024-09-28"));
    expect(one(LIC.olsDeprovisionDate, d("2024-06-30"), d("2024-07-15"))).toBe(d("2024-10-13"));
    expect(one(LIC.olsDeprovisionDate, d("2024-06-30"), d("2024-07-15"), 30)).toBe(d("2024-08-14"));
  });

  it("CPOR needs 150 paid seats unless another minimum is given", () => {
    expect(one(LIC.cporEligible, 149)).toBe(false);
    expect(one(LIC.cporEligible, 150)).toBe(true);
    expect(one(LIC.cporEligible, "1,200")).toBe(true);
    expect(one(LIC.cporEligible, 120, 100)).toBe(true);
  });
});

describe("the 168-hour window with times of day (N3)", () => {
  it("a whole-day change date is open through day 6 and closed on day 7", () => {
    expect(one(LIC.canReduce, d("2024-01-15"), "P1Y", d("2024-01-21"))).toBe(true);
    expect(one(LIC.canReduce, d("2024-01-15"), "P1Y", d("2024-01-22"))).toBe(false);
  });

  it("bought at 14:00, a change 167 hours later is allowed and 169 hours later is not", () => {
    const bought = d("2024-01-15") + 14 / 24;
    expect(one(LIC.canReduce, bought, "P1Y", d("2024-01-22") + 13 / 24)).toBe(true);
    expect(one(LIC.canReduce, bought, "P1Y", d("2024-01-22") + 15 / 24)).toBe(false);
  });

  it("seats added mid-term can be reduced for 7 days after the addition", () => {
    expect(one(LIC.canReduce, d("2024-01-15"), "P1Y", d("2024-03-16"), d("2024-03-10"))).toBe(true);
    expect(one(LIC.canReduce, d("2024-01-15"), "P1Y", d("2024-03-17"), d("2024-03-10"))).toBe(false);
  });

  it("before the start, NEXT_REDUCE_DATE is the start and REDUCE_DEADLINE the purchase window's last day", () => {
    expect(one(LIC.nextReduceDate, d("2024-01-15"), "P1Y", d("2024-01-10"))).toBe(d("2024-01-15"));
    expect(one(LIC.reduceDeadline, d("2024-01-15"), "P1Y", d("2024-01-10"))).toBe(d("2024-01-21"));
  });

  it("inside a window NEXT_REDUCE_DATE is as_of; outside it is the next anniversary", () => {
    expect(one(LIC.nextReduceDate, d("2024-01-15"), "P1Y", d("2025-01-17"))).toBe(d("2025-01-17"));
    expect(one(LIC.reduceDeadline, d("2024-01-15"), "P1Y", d("2025-01-17"))).toBe(d("2025-01-21"));
    expect(one(LIC.nextReduceDate, d("2024-01-15"), "P1Y", d("2024-06-01"))).toBe(d("2025-01-15"));
    expect(one(LIC.reduceDeadline, d("2024-01-15"), "P1Y", d("2024-06-01"))).toBe(d("2025-01-21"));
  });

  it("an order placed on the anniversary day itself overlaps the whole renewed year (N2: on a renewal day, the next one)", () => {
    expect(one(LIC.nceOverlapCost, d("2024-01-15"), "P1Y", 50, 36, d("2025-01-15"))).toBe(21600);
    expect(one(LIC.nceOverlapCost, d("2024-01-15"), "P1Y", 50, 36, d("2025-01-14"))).toBe(59.18);
  });
});

describe("an error cell in an input range (allowErrorForDataTypeAny)", () => {
  const na = () => new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable);
  it("gives exactly that row the error it received; the other rows of a 5-row spill still compute", () => {
    const starts = [
      [d("2024-01-15")],
      [na()],
      [d("2024-01-15")],
      [new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero)],
      [d("2021-01-31")],
    ];
    const result = LIC.nceAnniversary(starts, [["P1Y"]], [[d("2024-06-01")]]);
    expect(result.map((r) => errorCode(r[0]) ?? r[0])).toEqual([
      d("2025-01-15"),
      "#N/A",
      d("2025-01-15"),
      "#DIV/0!",
      d("2025-01-31"),
    ]);
  });

  it("reads an error in any argument, also a single-cell one that broadcasts to every row", () => {
    const result = LIC.canReduce(
      [[d("2024-01-15")], [d("2024-01-16")]],
      [[new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, "bad term")]],
      [[d("2025-01-20")]],
    );
    expect(result.map((r) => errorCode(r[0]))).toEqual(["#VALUE!", "#VALUE!"]);
    expect((result[0][0] as Error).message).toBe("bad term");
  });

  it("understands an error cell value as rich values hand it (type Error, errorType NotAvailable)", () => {
    const result = LIC.eptCharge([
      [100],
      [{ type: "Error", errorType: "NotAvailable" }],
      [{ type: "Error", errorType: "Ref" }],
    ]);
    // #REF! cannot come out of a custom function: it comes back as #VALUE! naming it (test/functions/real-excel.test.ts).
    expect(result.map((r) => errorCode(r[0]) ?? r[0])).toEqual([103, "#N/A", "#VALUE!"]);
  });

  it("an ordinary object that is not an error is still a bad value with a message, not a passed-on error", () => {
    const r = one(LIC.eptCharge, { code: "oops" });
    expect(errorCode(r)).toBe("#VALUE!");
    expect((r as Error).message).toMatch(/not a number/);
  });
});
