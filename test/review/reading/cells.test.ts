/**
 * Report cells as distributors write them: terms and planned actions in their many spellings are
 * read; anything else stays a data issue (RULES.md §6). Formulas stay strict (RULES.md §2).
 */
import { DateReader } from "../../../src/review/reading/date-reader";
import {
  BAD,
  BLANK,
  readAction,
  readAmount,
  readCount,
  readFlag,
  readStatus,
  renewalInStatus,
  seatsInAction,
} from "../../../src/review/reading/cells";
import { readTerm, readTermInYears } from "../../../src/review/reading/term-cells";
import { readName } from "../../../src/review/reading/names";
import { iso } from "../../../src/rules/dates";
import { reviewReport } from "../../../src/review";
import { parseTerm } from "../../../src/cells/terms";

describe("report terms", () => {
  it.each([
    ["Annual Commitment", 12],
    ["Monthly Commitment", 1],
    ["Triennial commitment", 36],
    ["Annual (Monthly Billing)", 12],
    ["Annual - Paid Monthly", 12],
    ["P1Y (annual)", 12],
    ["1Y", 12],
    ["3Y", 36],
    ["36M", 36],
    ["1 yr", 12],
    ["12 mo", 12],
    ["Month to month", 1],
    ["Month-to-month", 1],
    ["NCE Annual", 12],
    ["NCE Monthly Commitment", 1],
    ["Annual/Monthly", 12],
    ["P1Y/Monthly", 12],
    ["P3Y/Annual", 36],
    ["One-Year commitment for monthly/yearly billing", 12],
    ["Annual Upfront", 12],
    ["Yearly Prepaid", 12],
    ["Annual Monthly", 12],
    ["Monthly Monthly", 1],
    ["3 Years Upfront", 36],
    ["New Commerce Annual", 12],
  ])("%s is a term of %i months", (text, months) => {
    expect(readTerm(text)).toBe(months);
  });

  it.each(["Flexible", "Monthly billing", "Monthly/yearly billing", "2 Years", "Trial", "Legacy Annual", "Upfront"])(
    "%s is not a term (a data issue)",
    (text) => {
      expect(readTerm(text)).toBe(BAD);
    },
  );

  it("a term column counted in years reads 1 and 3 as one and three years (not months); other numbers are no term; text reads as usual", () => {
    expect([
      readTermInYears(1),
      readTermInYears("3"),
      readTermInYears(12),
      readTermInYears("P1M"),
      readTermInYears(""),
    ]).toEqual([12, 36, BAD, 1, BLANK]);
  });

  it("formulas keep RULES.md §2's forms only: 'Annual Commitment' is #VALUE! there", () => {
    expect(() => parseTerm("Annual Commitment")).toThrow(/not a term/);
  });
});

describe("report amounts: seats and monthly prices", () => {
  it.each([
    ["10 seats", 10],
    ["5 users", 5],
    ["1,200 licences", 1200],
    ["36.00/month", 36],
    ["$36.00 /user/month", 36],
    ["$36.00 per user per month", 36],
    ["AUD 8.25 pupm", 8.25],
  ])("%s reads as %d", (text, n) => {
    expect(readAmount(text)).toBe(n);
  });

  it("a price per year (or per anything but the month) is no monthly price: a data issue, never read 12 times too high", () => {
    for (const text of ["432.00/year", "$432 per year", "432.00 per annum", "2.00/day"])
      expect(readAmount(text)).toBe(BAD);
  });

  it("words with no number stay a data issue", () => {
    for (const text of ["per month", "seats", "n/a"]) expect(readAmount(text)).toBe(BAD);
  });
});

describe("report auto-renew flags and statuses", () => {
  it.each([
    ["Auto Renew On", true],
    ["Auto-renew enabled", true],
    ["Will renew", true],
    ["Renewing", true],
    ["Auto Renew Off", false],
    ["Will not renew", false],
    ["Do not renew", false],
    ["Non-renewing", false],
    ["Cancel at end of term", false],
  ])("the renewal phrase %s reads as %s", (text, on) => {
    expect(readFlag(text)).toBe(on);
  });

  it("a word that says neither stays a data issue", () => {
    for (const text of ["Active", "Maybe", "Renewal"]) expect(readFlag(text)).toBe(BAD);
  });

  it("Automatic and Recurring are on, Non-recurring off; a dash, N/A or Not set is a blank cell (no data issue)", () => {
    expect([readFlag("Automatic"), readFlag("Recurring"), readFlag("Non-recurring")]).toEqual([true, true, false]);
    for (const text of ["-", "N/A", "Not set", " — "]) expect([text, readFlag(text)]).toEqual([text, BLANK]);
    // A tracking sheet's tick and cross marks.
    for (const text of ["✓", "✔", "☑", "✅"]) expect([text, readFlag(text)]).toEqual([text, true]);
    for (const text of ["✗", "✘", "☒", "❌"]) expect([text, readFlag(text)]).toEqual([text, false]);
  });

  it("a status with a note in brackets is the status; terminated and ended are ended; pending stays a data issue", () => {
    expect(readStatus("Active (auto-renew)")).toBe("active");
    expect(readStatus("Suspended (non-payment)")).toBe("suspended");
    expect(readStatus("Terminated")).toBe("ended");
    expect(readStatus("Ended")).toBe("ended");
    expect(readStatus("Pending")).toBe(BAD);
  });

  it("a marketplace's On Hold (CloudBlue's word for a subscription suspended for non-payment) is suspended, Removed is ended, Live and Provisioned are active", () => {
    expect(readStatus("On Hold")).toBe("suspended");
    expect(readStatus("Hold")).toBe("suspended");
    expect(readStatus("Removed")).toBe("ended");
    expect(readStatus("Live")).toBe("active");
    expect(readStatus("Provisioned")).toBe("active");
    // The Microsoft 365 admin center's expired subscription, before it is disabled.
    expect(readStatus("In grace period")).toBe("ended");
  });

  it("a note after a dash or a colon is not part of the status; Enabled is active (Disabled's opposite)", () => {
    expect(readStatus("Suspended - non-payment")).toBe("suspended");
    expect(readStatus("Cancelled: customer request")).toBe("ended");
    expect(readStatus("Active – renewing")).toBe("active");
    expect(readStatus("Enabled")).toBe("active");
    // A dash inside a word is no note.
    expect(readStatus("Pending-Cancel")).toBe(BAD);
    expect(readStatus("Re-activated")).toBe(BAD);
  });
});

describe("report dates written as one number, year first (ERP exports)", () => {
  it("20261130 (text or number) is 30 Nov 2026; 20261301 is no day; an Excel serial stays a serial", () => {
    const dates = new DateReader("mdy");
    expect(dates.read("20261130")).toBe(iso("2026-11-30"));
    expect(dates.read(20240229)).toBe(iso("2024-02-29"));
    expect(dates.read("20261301")).toBe(BAD);
    expect(dates.read(20250229)).toBe(BAD);
    expect(dates.read(45306)).toBe(iso("2024-01-15"));
    expect(dates.read("45306")).toBe(iso("2024-01-15"));
  });
});

describe("a pivot table's (blank)", () => {
  it("is a blank cell for every reader: no data issue, no name", () => {
    expect(readStatus("(blank)")).toBe("active");
    expect(readAction("(blank)")).toBe(BLANK);
    expect(readAmount(" (Blank) ")).toBe(BLANK);
    expect(new DateReader("mdy").read("(blank)")).toBe(BLANK);
    expect(readName("(blank)").text).toBe("");
    // A name that merely ends in a bracket is a name.
    expect(readName("Contoso (blank stationery)").text).toBe("Contoso (blank stationery)");
  });
});

describe("report planned actions", () => {
  it.each([
    ["Cancel at end of term", "cancel"],
    ["Do not renew", "cancel"],
    ["Reduce seats", "reduce"],
    ["Downsize", "reduce"],
    ["Move to new partner", "move"],
    ["Transfer out", "move"],
    ["No change", "keep"],
    ["Renew", "keep"],
    ["Add seats", "increase"],
    ["Upgrade to E5", "upgrade"],
    ["Auto-Renew", "keep"],
    ["None", "keep"],
    ["No action", "keep"],
    ["Do nothing", "keep"],
    ["Let expire", "cancel"],
    ["Expire", "cancel"],
    ["Downgrade to E3", "reduce"],
    ["Switch to another partner", "move"],
    ["Migrate to new CSP", "move"],
  ])("%s is %s", (text, action) => {
    expect(readAction(text)).toBe(action);
  });

  it("a switch of term or product is no move to another partner: a data issue, not an overlap cost", () => {
    for (const text of ["Switch to monthly", "Migrate to E5", "Switch to annual billing"])
      expect([text, readAction(text)]).toEqual([text, BAD]);
  });

  it("a cell that says nothing is decided yet (-, N/A, TBD) is read as blank: no data issue", () => {
    for (const text of ["-", "N/A", "n/a", "TBD", "tbc", "—", " ? "])
      expect([text, readAction(text)]).toEqual([text, BLANK]);
  });

  it("words that are no action stay a data issue", () => {
    expect(readAction("Call customer")).toBe(BAD);
  });
});

describe("a name's grouping key", () => {
  it("ignores case and folds runs of spaces, tabs and no-break spaces into one space", () => {
    const key = (text: string) => readName(text).key;
    expect(key("Contoso Ltd")).toBe("contoso ltd");
    expect(key("CONTOSO  LTD")).toBe("contoso ltd");
    expect(key("Contoso\tLtd")).toBe("contoso ltd");
    expect(key("Contoso\u00a0Ltd")).toBe("contoso ltd");
    expect(key(" Contoso \u2003 Ltd ")).toBe("contoso ltd");
    expect(readName("Contoso\tLtd").text).toBe("Contoso\tLtd");
  });
});

describe("seats a planned reduction's words give (no planned-quantity cell)", () => {
  it.each([
    ["Reduce to 40", 50, 40],
    ["Reduce from 50 to 40 seats", 50, 40],
    ["reduce -> 40", 50, 40],
    ["Reduce by 10", 50, 40],
    ["Reduce by 5 licences", 20, 15],
    ["Reduce to 0", 10, 0],
  ])("%s of %i seats leaves %i", (text, held, left) => {
    expect(seatsInAction(text, held)).toBe(left);
  });

  it.each([
    ["Reduce seats", 50],
    ["Downgrade to E3", 50],
    ["Reduce to 60", 50],
    ["Reduce by 60", 50],
    ["Reduce to 40 by January", 50],
  ])("%s gives no seats (none, or not fewer than the %i held)", (text, held) => {
    expect(seatsInAction(text, held)).toBeUndefined();
  });

  it("puts the money of the cut on the finding, as a planned-quantity column would", () => {
    const r = reviewReport(
      [
        ["Customer", "Product", "Subscription ID", "Seats", "Term", "Start Date", "Planned Action", "Unit Price"],
        ["Acme", "Microsoft 365 E3", "S1", 50, "P1Y", "2025-12-20", "Reduce to 40", 36],
      ],
      { asOf: iso("2026-12-03") },
    );
    // Next anniversary 2026-12-20 (17 days): (50 - 40) x 36 x 12 x 17 / 365.
    expect(r.findings.find((f) => f.rule === "REDUCTION_BLOCKED")).toEqual(
      expect.objectContaining({ cost: 201.21, message: expect.stringMatching(/from 50 to 40 seats/) }),
    );
  });
});

describe("a status's note about renewing (no auto-renew column)", () => {
  it.each([
    ["Active - Non Renewing", false],
    ["Active (auto-renew off)", false],
    ["Active: will not renew", false],
    ["Active (Auto-renew)", true],
    ["Active", BLANK],
    ["Suspended - non-payment", BLANK],
    ["Active (trial)", BLANK],
  ])("%s says %s", (text, flag) => {
    expect(renewalInStatus(text)).toBe(flag);
  });

  it("raises EST_RISK for an active subscription whose status says it will not renew, and only where no auto-renew column speaks", () => {
    const header = ["Customer", "Product", "Subscription ID", "Seats", "Term", "Start Date", "Status"];
    const row = ["Acme", "Microsoft 365 E3", "S1", 10, "P1Y", "2025-12-20", "Active - Non Renewing"];
    const asOf = iso("2026-12-03");
    expect(reviewReport([header, row], { asOf }).findings.map((f) => f.rule)).toEqual(["RENEWAL_DUE", "EST_RISK"]);
    // An auto-renew column that says Yes wins over the status's words.
    expect(
      reviewReport(
        [
          [...header, "Auto Renew"],
          [...row, "Yes"],
        ],
        { asOf },
      ).findings.map((f) => f.rule),
    ).toEqual(["RENEWAL_DUE"]);
  });
});

describe("counts of seats and licences (RULES.md §6: whole numbers)", () => {
  it.each([
    ["1.200", 1200],
    ["1,200", 1200],
    ["1 200", 1200],
    ["1\u00a0200", 1200],
    ["1'200", 1200],
    ["12.000.000", 12000000],
    ["150", 150],
    [150, 150],
    ["10 seats", 10],
  ])("reads %j as %d seats, whatever the report's decimal mark", (text, seats) => {
    expect(readCount(text)).toBe(seats);
    expect(readCount(text, true)).toBe(seats);
  });

  it.each(["12,5", "2.5", 2.5, "-3", "abc", "1.20"])("takes %j for no count (a data issue)", (text) => {
    expect(readCount(text, true)).toBe(BAD);
  });

  it("leaves a blank count blank", () => {
    expect(readCount("")).toBe(BLANK);
  });
});
