import * as fc from "fast-check";
import {
  MAX_SERIAL,
  checkSerial,
  edate,
  fromYMD,
  isValidYMD,
  iso,
  toISO,
  toYMD,
  todaySerial,
} from "../../src/rules/dates";
import { readDateText } from "../../src/cells/date-text";

describe("day serials (RULES.md §1)", () => {
  it("1900-03-01 is serial 61 and 2024-01-15 is 45306, as in Excel", () => {
    expect(fromYMD(1900, 3, 1)).toBe(61);
    expect(fromYMD(2024, 1, 15)).toBe(45306);
    expect(fromYMD(9999, 12, 31)).toBe(MAX_SERIAL);
  });

  it("serial 60 (Excel's fictitious 1900-02-29) and anything below 61 is #NUM!", () => {
    expect(() => checkSerial(60, "start_date")).toThrow(/1900-02-29/);
    expect(() => checkSerial(1, "start_date")).toThrow(expect.objectContaining({ kind: "num" }));
    expect(checkSerial(61, "start_date")).toBe(61);
  });

  it("every serial turns into a calendar day and back unchanged", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: MAX_SERIAL }), (serial) => {
        const { year, month, day } = toYMD(serial);
        expect(isValidYMD(year, month, day)).toBe(true);
        expect(fromYMD(year, month, day)).toBe(serial);
      }),
      { numRuns: 5000 },
    );
  });

  it("consecutive serials are consecutive calendar days, across month ends and leap days", () => {
    expect(toISO(iso("2024-02-28") + 1)).toBe("2024-02-29");
    expect(toISO(iso("2024-02-29") + 1)).toBe("2024-03-01");
    expect(toISO(iso("2023-02-28") + 1)).toBe("2023-03-01");
    expect(toISO(iso("2100-02-28") + 1)).toBe("2100-03-01");
    expect(toISO(iso("2000-02-28") + 1)).toBe("2000-02-29");
    expect(toISO(iso("2024-12-31") + 1)).toBe("2025-01-01");
  });

  it("EDATE clamps to the month end: 31 Jan + 1 month is 28 Feb, or 29 Feb in a leap year", () => {
    expect(toISO(edate(iso("2021-01-31"), 1))).toBe("2021-02-28");
    expect(toISO(edate(iso("2024-01-31"), 1))).toBe("2024-02-29");
    expect(toISO(edate(iso("2024-02-29"), 12))).toBe("2025-02-28");
    expect(toISO(edate(iso("2024-02-29"), 48))).toBe("2028-02-29");
    expect(toISO(edate(iso("2024-03-31"), -1))).toBe("2024-02-29");
  });

  it("EDATE past 9999-12-31 is #NUM!, not a wrong date", () => {
    expect(() => edate(iso("9999-06-01"), 12)).toThrow(expect.objectContaining({ kind: "num" }));
  });

  it("today is the user's local calendar day, read from the clock's local fields", () => {
    expect(todaySerial(new Date(2026, 10, 21, 23, 59))).toBe(iso("2026-11-21"));
    expect(todaySerial(new Date(2026, 10, 21, 0, 0))).toBe(iso("2026-11-21"));
  });
});

describe("date texts (RULES.md §1)", () => {
  const jan15 = iso("2024-01-15");
  it.each([
    ["2024-01-15"],
    ["2024-01-15T00:00:00Z"],
    ["2024-01-15 00:00"],
    ["15-Jan-2024"],
    ["15 Jan 2024"],
    ["15 January 2024"],
    ["Jan 15 2024"],
    ["January 15, 2024"],
  ])("%s reads as 2024-01-15 whatever the machine's time zone", (text) => {
    const r = readDateText(text);
    expect(r).toEqual({ ok: true, serial: jan15 });
  });

  it("a time of day becomes the serial's fraction (for the 168-hour window)", () => {
    const r = readDateText("2024-01-15T18:00:00Z");
    expect(r).toEqual({ ok: true, serial: jan15 + 0.75 });
  });

  it("03/04/2024 is ambiguous without a date order, and reads either way with one", () => {
    expect(readDateText("03/04/2024")).toMatchObject({ ok: false, reason: "ambiguous" });
    expect(readDateText("03/04/2024", "mdy")).toEqual({ ok: true, serial: iso("2024-03-04") });
    expect(readDateText("03/04/2024", "dmy")).toEqual({ ok: true, serial: iso("2024-04-03") });
    expect(readDateText("6/26/2024 0:00", "mdy")).toEqual({ ok: true, serial: iso("2024-06-26") });
  });

  it("reports' other forms (reportForms): Excel's long date with its weekday, an ordinal day, a JavaScript date's text, a named zone (UTC, GMT) or an offset after the time read as written, a comma before the time; never in a formula", () => {
    for (const text of [
      "Monday, November 30, 2026",
      "Mon, 30 Nov 2026",
      "Monday, 30 November 2026",
      "30th November 2026",
      "30/Nov/2026",
      "Mon Nov 30 2026 00:00:00 GMT+0000 (Coordinated Universal Time)",
      "2026-11-30 00:00:00 UTC",
      "11/30/2026 GMT",
      "2026-11-30 00:00 UTC+11:00",
      "Nov 30, 2026, 12:00:00 AM",
      "30 Nov 2026, 00:00",
      "11/30/2026 12:00:00 AM +00:00",
      "11/30/2026 00:00 -05:00",
    ]) {
      expect([text, readDateText(text, "mdy", true)]).toEqual([text, { ok: true, serial: iso("2026-11-30") }]);
      expect(readDateText(text, "mdy").ok).toBe(false);
    }
    // A weekday before something that is no date leaves no date.
    expect(readDateText("Monday, soon", "mdy", true)).toMatchObject({ ok: false });
  });

  it("two-digit years are read only for reports (reportForms), as 20yy; the formulas stay with four digits", () => {
    expect(readDateText("11/30/26", "mdy", true)).toEqual({ ok: true, serial: iso("2026-11-30") });
    expect(readDateText("30.11.26", "dmy", true)).toEqual({ ok: true, serial: iso("2026-11-30") });
    expect(readDateText("19-JAN-24", undefined, true)).toEqual({ ok: true, serial: iso("2024-01-19") });
    // A three-year term ending in 2030 is not read as 1930, as Excel's own pivot would.
    expect(readDateText("6/30/30 12:00 AM", "mdy", true)).toEqual({ ok: true, serial: iso("2030-06-30") });
    expect(readDateText("03/04/24", undefined, true)).toMatchObject({ ok: false, reason: "ambiguous" });
    expect(readDateText("02/29/25", "mdy", true)).toMatchObject({ ok: false, reason: "invalid" });
    expect(readDateText("11/30/26", "mdy")).toMatchObject({ ok: false, reason: "not-a-date" });
    expect(readDateText("19-JAN-24")).toMatchObject({ ok: false, reason: "not-a-date" });
    expect(readDateText("11/30/2026 9:15", "mdy", true)).toEqual({
      ok: true,
      serial: iso("2026-11-30") + (9 * 60 + 15) / 1440,
    });
  });

  it("31/02/2025 is not a real day", () => {
    expect(readDateText("31/02/2025", "dmy")).toMatchObject({ ok: false, reason: "invalid" });
    expect(readDateText("2025-02-29")).toMatchObject({ ok: false, reason: "invalid" });
  });

  it("1900-02-29 and earlier days are out of range", () => {
    expect(readDateText("1900-01-15")).toMatchObject({ ok: false, reason: "out-of-range" });
  });

  it("words that are not dates say so", () => {
    expect(readDateText("pending")).toMatchObject({ ok: false, reason: "not-a-date" });
    expect(readDateText("15-Foo-2024")).toMatchObject({ ok: false, reason: "not-a-date" });
  });
});
