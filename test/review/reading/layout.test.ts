import { reviewReport, ReportError } from "../../../src/review";
import { isTotalsRow } from "../../../src/review/reading/data-rows";
import { findHeader, mapHeaderRow } from "../../../src/review/reading/header";
import { statedDateOrder } from "../../../src/review/reading/date-orders";
import { iso } from "../../../src/rules/dates";

const asOf = iso("2026-11-21");

describe("recognising real report layouts", () => {
  it("Partner Center's reconciliation headers map to their roles (ProductName wins over SkuName)", () => {
    const map = mapHeaderRow([
      "CustomerName",
      "SubscriptionId",
      "ProductName",
      "SkuName",
      "Quantity",
      "UnitPrice",
      "TermAndBillingCycle",
      "BillingFrequency",
      "SubscriptionStartDate",
      "SubscriptionEndDate",
    ]);
    expect(map).toEqual({
      customer: 0,
      subscription_id: 1,
      product: 2,
      quantity: 4,
      unit_price: 5,
      term: 6,
      billing_frequency: 7,
      start_date: 8,
      end_date: 9,
    });
  });

  it("Partner Center's subscription export (Subscription ID, Subscription, Quantity, Status)", () => {
    expect(mapHeaderRow(["Subscription ID", "Subscription", "Quantity", "Status"])).toEqual({
      subscription_id: 0,
      product: 1,
      quantity: 2,
      status: 3,
    });
  });

  it("the subscription's own status wins over a plain Status (an order's), and a price that says it is monthly over a plain Unit Price", () => {
    expect(mapHeaderRow(["Customer", "Status", "Subscription Status", "Unit Price", "Monthly Price"])).toEqual({
      customer: 0,
      status: 2,
      unit_price: 4,
    });
    const cells = [
      ["Customer", "Product", "Qty", "Term", "Start Date", "Status", "Subscription Status"],
      ["Acme Pty Ltd", "Microsoft 365 E3", 10, "P1Y", "2025-12-10", "Completed", "Suspended"],
    ];
    expect(reviewReport(cells, { asOf }).findings.map((f) => f.rule)).toEqual(["SUSPENDED_DATA_LOSS"]);
  });

  it("Ingram Micro's End Customer Name and Subscription Expiration Date", () => {
    expect(mapHeaderRow(["End Customer Name", "SKU", "Seats", "Subscription Expiration Date", "Term"])).toEqual({
      customer: 0,
      product: 1,
      quantity: 2,
      end_date: 3,
      term: 4,
    });
  });

  it("Pax8-style camelCase fields", () => {
    expect(
      mapHeaderRow(["companyName", "productName", "quantity", "billingTerm", "startDate", "endDate", "status"]),
    ).toEqual({
      customer: 0,
      product: 1,
      quantity: 2,
      term: 3,
      start_date: 4,
      end_date: 5,
      status: 6,
    });
  });

  it("the Microsoft 365 admin center's and CRM exports' headers (Total licenses, Expires On, Purchased On, Auto Renew Status)", () => {
    expect(
      mapHeaderRow([
        "Product name",
        "Assigned licenses",
        "Total licenses",
        "Purchased On",
        "Expires On",
        "Auto Renew Status",
        "Sub Status",
      ]),
    ).toEqual({
      product: 0,
      // RULES.md §6 of 2026-12-07: the licences assigned to users are a role of their own (UNUSED_SEATS).
      assigned: 1,
      quantity: 2,
      start_date: 3,
      end_date: 4,
      auto_renew: 5,
      status: 6,
    });
    expect(
      mapHeaderRow([
        "Customer Account Name",
        "SKU Description",
        "No. of Licences",
        "Billing Freq",
        "Commit Term",
        "Price Each",
        "Date Suspended",
      ]),
    ).toEqual({
      customer: 0,
      product: 1,
      quantity: 2,
      billing_frequency: 3,
      term: 4,
      unit_price: 5,
      status_date: 6,
    });
  });

  it("Dicker Data's Revaluation Date is the anniversary", () => {
    expect(mapHeaderRow(["Customer Name", "Revaluation Date"])).toEqual({ customer: 0, renewal_date: 1 });
  });

  it("headers match without case, spaces or punctuation", () => {
    expect(mapHeaderRow(["  AUTO-RENEW ", "status_changed", "planned qty."])).toEqual({
      auto_renew: 0,
      status_date: 1,
      planned_quantity: 2,
    });
  });

  it("a '#' in a header is a number: 'Subscription #' is the subscription id, never the product", () => {
    expect(mapHeaderRow(["Customer", "Subscription #", "Offer", "Seats"])).toEqual({
      customer: 0,
      subscription_id: 1,
      product: 2,
      quantity: 3,
    });
    expect(mapHeaderRow(["Sub Ref", "License ID"])).toEqual({ subscription_id: 0 });
  });

  it("a plain-number column headed as a monthly price is the unit price; one headed per year or as a total is not", () => {
    const cells = (header: string) => [
      ["Customer", "Product", "Subscription ID", "Seats", "Term", "Start Date", header],
      ["Acme Pty Ltd", "Microsoft 365 E3", "S-1", 10, "P1Y", iso("2025-12-10"), 36],
      ["Beta Ltd", "Power BI Pro", "S-2", 5, "P1Y", iso("2025-12-12"), 14],
    ];
    for (const header of ["List $/mo", "Cost per month", "Monthly Rate", "RRP pm", "Fee p/m"]) {
      const r = reviewReport(cells(header), { asOf });
      expect([header, r.summary.inferredColumns.map((c) => c.role)]).toEqual([header, ["unit_price"]]);
      expect(r.findings.find((f) => f.rule === "RENEWAL_DUE" && f.row === 2)?.cost).toBe(10 * 36 * 12);
    }
    for (const header of ["Annual Price $", "Total $ per month", "Seats/mo"]) {
      const r = reviewReport(cells(header), { asOf });
      expect([header, r.summary.inferredColumns.map((c) => c.role).includes("unit_price")]).toEqual([header, false]);
      expect([header, r.findings.filter((f) => f.cost !== undefined)]).toEqual([header, []]);
    }
  });

  it("the header is found below title lines and notes", () => {
    const cells = [
      ["Monthly report"],
      ["Generated 21/11/2026", ""],
      [],
      ["Customer", "Product", "Term"],
      ["A", "B", "P1Y"],
    ];
    expect(findHeader(cells).index).toBe(3);
  });

  it("the header is found below a long preamble (40 lines of notes and terms)", () => {
    const notes = Array.from({ length: 40 }, (_, i) => [
      `Note ${i + 1}: prices exclude GST; see terms and conditions.`,
    ]);
    const cells = [
      ...notes,
      ["Customer", "Product", "Term", "Start Date"],
      ["Acme Pty Ltd", "Microsoft 365 E3", "P1Y", "2025-12-01"],
    ];
    expect(findHeader(cells).index).toBe(40);
    expect(reviewReport(cells, { asOf }).rows).toBe(1);
  });

  it("a sheet with no recognisable header is refused with a message naming the columns looked for", () => {
    expect(() =>
      reviewReport(
        [
          ["a", "b"],
          ["1", "2"],
        ],
        { asOf },
      ),
    ).toThrow(ReportError);
    expect(() => reviewReport([["a", "b"]], { asOf })).toThrow(/Customer, Product, Quantity/);
    expect(() => reviewReport([], { asOf })).toThrow(/empty/);
  });
});

describe("a header its values do not bear out", () => {
  it("a Plan column of product names is the product, not the planned action: no data issue on every row, and a note says so", () => {
    const cells = [
      ["Customer", "Plan", "Subscription ID", "Seats", "Term", "Start Date"],
      ["Acme", "Microsoft 365 Business Basic", "S-1", 10, "P1Y", "2025-12-01"],
      ["Beta", "Exchange Online (Plan 1)", "S-2", 5, "P1M", "2026-10-28"],
    ];
    const r = reviewReport(cells, { asOf: iso("2026-11-23") });
    expect(r.columns.planned_action).toBeUndefined();
    expect(r.columns.product).toBe(1);
    expect(r.findings.filter((f) => f.rule === "DATA_ISSUE")).toEqual([]);
    expect(r.findings.find((f) => f.row === 2)?.product).toBe("Microsoft 365 Business Basic");
    expect(r.summary.notices).toContainEqual(
      expect.stringMatching(
        /^“Plan” is not read as the planned action: its values are not actions \(such as “Microsoft 365 Business Basic”\)/,
      ),
    );
    // The user's mapping still wins.
    expect(
      reviewReport(cells, { asOf: iso("2026-11-23"), mapping: { planned_action: 1 } }).columns.planned_action,
    ).toBe(1);
  });

  it("a State column of Australian states is no subscription status: no row is left unread", () => {
    const cells = [
      ["Customer Name", "State", "Product", "Subscription ID", "Qty", "Term", "Start Date"],
      ["Banksia Legal", "NSW", "Microsoft 365 E3", "S-1", 20, "Annual", "2025-12-01"],
      ["Quokka Cafe", "WA", "Microsoft 365 Business Basic", "S-2", 5, "Annual", "2025-12-02"],
    ];
    const r = reviewReport(cells, { asOf: iso("2026-11-23") });
    expect(r.columns.status).toBeUndefined();
    expect(r.findings.map((f) => f.rule)).toEqual(["RENEWAL_DUE", "RENEWAL_DUE"]);
    expect(r.summary.notices).toContainEqual(
      expect.stringMatching(/^“State” is not read as the status: its values are not statuses \(such as “NSW”\)/),
    );
    // A State column of statuses is the status.
    const states = cells.map((row, i) => (i === 0 ? row : [row[0], i === 1 ? "Suspended" : "Active", ...row.slice(2)]));
    expect(reviewReport(states, { asOf: iso("2026-11-23") }).findings.map((f) => f.rule)).toContain(
      "SUSPENDED_DATA_LOSS",
    );
  });

  it("a Subscription column of GUIDs is the subscription id, and the next header naming the product (Offer) is the product", () => {
    const cells = [
      ["Account", "Subscription", "Offer", "Seats", "Term", "Start Date"],
      ["100234", "9f1c2e11-aaaa-4bbb-8ccc-000000000001", "Microsoft 365 E3", 20, "Annual", "2025-12-01"],
      ["100234", "9f1c2e11-aaaa-4bbb-8ccc-000000000002", "Microsoft 365 E3", 5, "Annual", "2025-12-02"],
    ];
    const r = reviewReport(cells, { asOf: iso("2026-11-23") });
    expect([r.columns.subscription_id, r.columns.product]).toEqual([1, 2]);
    expect(r.summary.inferredColumns.map((c) => c.role)).toEqual(["subscription_id"]);
    // Two subscriptions of one product for one account: the duplicate is found.
    expect(r.findings.filter((f) => f.rule === "DUPLICATE_SUBSCRIPTION")).toHaveLength(2);
  });

  it("a Plan column of actions (most rows blank) is the planned action", () => {
    const cells = [
      ["Customer", "Product", "Subscription ID", "Seats", "Term", "Start Date", "Plan"],
      ["Acme", "Microsoft 365 E3", "S-1", 10, "P1Y", "2025-12-01", "Reduce"],
      ["Beta", "Microsoft 365 E3", "S-2", 5, "P1Y", "2025-12-02", ""],
      ["Gamma", "Microsoft 365 E3", "S-3", 5, "P1Y", "2025-12-03", "Keep"],
    ];
    const r = reviewReport(cells, { asOf: iso("2026-11-23") });
    expect(r.columns.planned_action).toBe(6);
    expect(r.summary.notices.join(" ")).not.toMatch(/not read as/);
  });
});

describe("a term column whose header counts in years", () => {
  it("reads Term (Years) 1 as an annual term: no monthly windows or monthly renewals", () => {
    const cells = [
      ["Customer", "Product", "Qty", "Term (Years)", "Start Date"],
      ["Acme Pty Ltd", "Microsoft 365 E3", 10, 1, "2026-03-15"],
      ["Beta Pty Ltd", "Microsoft 365 E3", 10, "3", "2024-12-20"],
    ];
    const r = reviewReport(cells, { asOf: iso("2026-12-03") });
    expect(r.columns.term).toBe(3);
    // Acme renews on 15 Mar 2027, Beta on 20 Dec 2027: nothing is due. Read as months, Acme would
    // renew on 15 Dec 2026 (RENEWAL_DUE) and Beta's "3" would be a data issue.
    expect(r.findings).toEqual([]);
  });

  it("reads Term (Months) 1 and 12 as months, as RULES.md §2 reads numbers", () => {
    const cells = [
      ["Customer", "Product", "Qty", "Term (Months)", "Start Date"],
      ["Acme Pty Ltd", "Microsoft 365 E3", 10, 1, "2026-11-15"],
    ];
    expect(reviewReport(cells, { asOf: iso("2026-12-03") }).findings.map((f) => [f.rule, f.date])).toEqual([
      ["RENEWAL_DUE", "2026-12-15"],
    ]);
  });
});

describe("a date column whose header states its format", () => {
  const report = (header: string, ...starts: string[]) => [
    ["Customer", "Product", "Subscription ID", "Term", header],
    ...starts.map((start, i) => [`C${i}`, "Microsoft 365 E3", `S${i}`, "P1Y", start]),
  ];

  it("reads dates the values cannot decide in the order the header states, and says so (not assumed)", () => {
    const r = reviewReport(report("Start Date (dd/mm/yyyy)", "01/12/2025", "02/12/2025"), { asOf: iso("2026-11-23") });
    expect([r.dateOrder, r.summary.dateOrderSource, r.summary.dateOrderAssumed]).toEqual(["dmy", "header", false]);
    expect(r.findings.map((f) => f.date)).toEqual(["2026-12-01", "2026-12-02"]);
    expect(r.summary.dateOrderAlternative).toBeUndefined();
  });

  it("lets values that decide win over the header", () => {
    const r = reviewReport(report("Start Date (dd/mm/yyyy)", "12/31/2025", "01/12/2025"), { asOf: iso("2026-11-23") });
    expect([r.dateOrder, r.summary.dateOrderSource]).toEqual(["mdy", "values"]);
  });

  it("finds the order in the ways headers write it, and none in a year-first format", () => {
    expect(
      [
        "Start (DD/MM/YYYY)",
        "Begin dd.mm.yy",
        "Ends d/m/yyyy",
        "Start Date (MM/DD/YYYY)",
        "Expiry m-d-yyyy",
        "Start (YYYY-MM-DD)",
        "Start Date",
        "Commitment (months)",
      ].map(statedDateOrder),
    ).toEqual(["dmy", "dmy", "dmy", "mdy", "mdy", undefined, undefined, undefined]);
  });
});

describe("correcting the mapping", () => {
  const cells = [
    ["Customer", "Product", "Subscription ID", "Term", "Start Date", "Licence Began"],
    ["A", "P", "S1", "P1Y", "2025-01-10", "2025-12-01"],
  ];

  it("a column can be moved to another role: findings follow the corrected mapping", () => {
    const detected = reviewReport(cells, { asOf });
    expect(detected.findings).toEqual([]);
    const corrected = reviewReport(cells, { asOf, mapping: { start_date: 5 } });
    expect(corrected.columns.start_date).toBe(5);
    expect(corrected.columns.renewal_date).toBeUndefined(); // "Licence Began" names no role
    expect(corrected.findings.map((f) => [f.rule, f.date])).toEqual([["RENEWAL_DUE", "2026-12-01"]]);
  });

  it("a role can be switched off", () => {
    const r = reviewReport(cells, { asOf, mapping: { term: null } });
    expect(r.columns.term).toBeUndefined();
    expect(r.summary.notices[0]).toMatch(/No term column/);
  });
});

describe("dates in reports", () => {
  it("a column's own values decide its order; a column that cannot decide follows the others", () => {
    const cells = [
      ["Customer", "Product", "Term", "Start Date", "Status", "Status Changed"],
      ["A", "P", "P1Y", "20/12/2024", "Suspended", "09/10/2026"],
    ];
    const r = reviewReport(cells, { asOf, dateOrder: "mdy" });
    expect(r.summary.dateColumns).toEqual([
      { header: "Start Date", role: "start_date", order: "dmy", source: "values" },
      { header: "Status Changed", role: "status_date", order: "dmy", source: "other-columns" },
    ]);
    expect(r.findings[0]).toMatchObject({ rule: "SUSPENDED_DATA_LOSS", date: "2026-12-08" });
  });

  it("the pane's switch forces an order whatever the values say", () => {
    const cells = [
      ["Customer", "Product", "Term", "Start Date"],
      ["A", "P", "P1Y", "12/01/2025"],
    ];
    const r = reviewReport(cells, { asOf, forceDateOrder: "dmy" });
    expect(r.dateOrder).toBe("dmy");
    expect(r.summary.dateOrderSource).toBe("chosen");
    expect(r.findings).toEqual([]);
  });
});

describe("reading never changes the input", () => {
  it("the cells are the same after a review", () => {
    const cells = [
      ["Customer", "Product", "Term", "Start Date", "Qty"],
      ["A", "P", "P1Y", "2025-11-22", "1,200"],
    ];
    const copy = JSON.parse(JSON.stringify(cells));
    reviewReport(cells, { asOf });
    expect(cells).toEqual(copy);
  });
});

describe("hostile cells", () => {
  const cells = [
    ["Customer", "Product", "Subscription ID", "Term", "Start Date"],
    ["<img src=x onerror=alert(1)>", "P", "S1", '=HYPERLINK("http://x","y")', "2026-03-01"],
  ];
  it("HTML and formulas in cells come back as quoted text inside a sentence", () => {
    const [f] = reviewReport(cells, { asOf }).findings;
    expect(f.message).toContain('“=HYPERLINK("http://x","y")”');
    expect(f.message).toMatch(/^Term /);
    expect(f.customer).toBe("<img src=x onerror=alert(1)>");
  });
  it("very long cell text is cut in messages", () => {
    const long = [
      ["Customer", "Product", "Term", "Start Date"],
      ["A", "P", "x".repeat(5000), "2026-03-01"],
    ];
    expect(reviewReport(long, { asOf }).findings[0].message.length).toBeLessThan(300);
  });
});

describe("roles from values never take days, months or percentages for the seats", () => {
  it("Days To Renewal before Licences Owned: the licences are the seats (I1 counts 40, not 12)", () => {
    const cells = [
      ["Customer", "Product", "Days To Renewal", "Licences Owned", "Term", "Start Date"],
      ["Acme Pty Ltd", "Microsoft 365 E3", 12, 40, "P1Y", "2025-12-15"],
      ["Beta Pty Ltd", "Microsoft 365 E3", 300, 5, "P1Y", "2026-09-29"],
    ];
    const r = reviewReport(cells, { asOf: iso("2026-12-03") });
    expect(r.columns.quantity).toBe(3);
    expect(r.summary.belowIncentiveMinimum).toContainEqual(
      expect.objectContaining({ customer: "Acme Pty Ltd", seats: 40 }),
    );
  });

  it("a column of counts under an unknown header still fills the seats at exactly 80 % readable values (the threshold)", () => {
    const cells: unknown[][] = [["Customer", "Product", "Anzahl", "Term", "Start Date"]];
    ["10", "12", "5", "7", "viele"].forEach((n, i) =>
      cells.push([`Customer ${i}`, "Microsoft 365 E3", n, "P1Y", "2025-12-15"]),
    );
    expect(reviewReport(cells, { asOf: iso("2026-12-03") }).columns.quantity).toBe(2);
  });

  it("a column of counts whose header says days, months, a percentage, an id, or seats assigned or available is never the seats", () => {
    for (const header of [
      "Days Left",
      "Months Remaining",
      "Usage %",
      "Account ID",
      "Assigned Licenses",
      "Available Licenses",
    ]) {
      const cells = [
        ["Customer", "Product", header, "Term", "Start Date"],
        ["Acme Pty Ltd", "Microsoft 365 E3", 12, "P1Y", "2025-12-15"],
      ];
      expect([header, reviewReport(cells, { asOf: iso("2026-12-03") }).columns.quantity]).toEqual([header, undefined]);
    }
  });
});

describe("seats planned for the renewal, by their header's words", () => {
  it("Qty at Renewal below the seats held is a planned reduction: REDUCTION_BLOCKED outside the window, RENEWAL_DUE high", () => {
    for (const header of ["Qty at Renewal", "Next Term Seats", "Renewal Licences", "Planned Seats"]) {
      const cells = [
        ["Customer", "Product", "Qty", header, "Term", "Start Date", "Auto Renew"],
        ["Acme Pty Ltd", "Microsoft 365 E3", 20, 15, "P1Y", "2025-12-10", "Yes"],
      ];
      const r = reviewReport(cells, { asOf: iso("2026-12-03") });
      expect([header, r.columns.planned_quantity]).toEqual([header, 3]);
      expect(r.findings.map((f) => [f.rule, f.severity]).sort()).toEqual([
        ["REDUCTION_BLOCKED", "high"],
        ["RENEWAL_DUE", "high"],
      ]);
    }
  });

  it("a header that only speaks of renewing, or of seats not to renew, is no planned seat count", () => {
    for (const header of ["Renewal Price", "Seats Not Renewing"]) {
      const cells = [
        ["Customer", "Product", "Qty", header, "Term", "Start Date"],
        ["Acme Pty Ltd", "Microsoft 365 E3", 20, 15, "P1Y", "2025-12-10"],
      ];
      expect([header, reviewReport(cells, { asOf: iso("2026-12-03") }).columns.planned_quantity]).toEqual([
        header,
        undefined,
      ]);
    }
  });
});

describe("roles from values never take a tenant's or an order's GUID for the subscription id", () => {
  it("a Tenant ID column is no subscription id: a customer's two subscriptions of a product are both counted for I1", () => {
    const guid = (n: number) => `${n.toString(16).padStart(8, "0")}-1a2b-4c3d-8e9f-0a1b2c3d4e5f`;
    for (const header of ["Tenant ID", "Customer ID", "Order ID", "MPN ID"]) {
      const cells: unknown[][] = [["Customer", header, "Product", "Qty", "Term", "Start Date"]];
      cells.push(
        ["Acme Pty Ltd", guid(0), "Microsoft 365 E3", 10, "P1Y", "2025-06-10"],
        ["Acme Pty Ltd", guid(0), "Microsoft 365 E3", 5, "P1Y", "2026-03-01"],
      );
      for (let i = 1; i <= 20; i++)
        cells.push([`Customer ${i} Pty Ltd`, guid(i), "Power BI Pro", 5, "P1Y", "2025-06-12"]);
      const r = reviewReport(cells, { asOf: iso("2026-12-03") });
      expect([header, r.columns.subscription_id]).toEqual([header, undefined]);
      expect(r.summary.belowIncentiveMinimum).toContainEqual(
        expect.objectContaining({ customer: "Acme Pty Ltd", product: "Microsoft 365 E3", seats: 15 }),
      );
    }
  });
});

describe("roles from values never take a billing period for the term", () => {
  it("Partner Center's ChargeEndDate is not read as the term end when SubscriptionEndDate is missing", () => {
    const cells = [
      [
        "CustomerName",
        "ProductName",
        "SubscriptionId",
        "Quantity",
        "TermAndBillingCycle",
        "SubscriptionStartDate",
        "ChargeStartDate",
        "ChargeEndDate",
      ],
      [
        "A",
        "Microsoft 365 E3",
        "S1",
        "10",
        "One-Year commitment for monthly/yearly billing",
        "3/10/2026",
        "11/1/2026",
        "11/30/2026",
      ],
    ];
    const r = reviewReport(cells, { asOf });
    expect(r.columns.end_date).toBeUndefined();
    expect(r.summary.inferredColumns.map((c) => c.header)).not.toContain("ChargeEndDate");
    expect(r.findings).toEqual([]); // renews 2027-03-10, not 2026-12-01
  });

  it("a next billing, payment or due date, a promotion's or trial's end, a price lock, a deadline or a transfer is not read as the term end", () => {
    const headers = [
      "Next Billing Date",
      "Next Bill Date",
      "Payment Date",
      "Due Date",
      "Paid Until",
      "Promotion End Date",
      "Trial End Date",
      "Price Locked Until",
      "Cancel By",
      "Reduction Deadline",
      "Transfer Date",
      "Last Login",
      "PCToBCExchangeRateDate",
    ];
    for (const header of headers) {
      const cells = [
        ["Customer", "Product", "Qty", "Term", "Start Date", header],
        ["Acme Pty Ltd", "Microsoft 365 E3", "10", "P1Y", "2026-03-15", "2026-12-15"],
      ];
      const r = reviewReport(cells, { asOf: iso("2026-12-03") });
      expect([header, r.columns.end_date, r.findings]).toEqual([header, undefined, []]); // renews 2027-03-15
      // Nor any other date of the subscription's (an exchange rate's date was read as the status date).
      expect([header, Object.values(r.columns).includes(5)]).toEqual([header, false]);
    }
  });
});

describe("roles from values never take a total or a yearly price for the monthly unit price", () => {
  const report = (priceHeader: string, price: string) => [
    ["Customer", "Product", "Qty", "Term", "Start Date", "Auto Renew", priceHeader],
    ["Acme Pty Ltd", "Microsoft 365 E3", "10", "P1Y", "2025-12-10", "Yes", price],
  ];

  it("a Line Total, an Amount or a GST column of money is no unit price: the renewal has no cost rather than one ten times too high", () => {
    for (const header of ["Line Total", "Amount (AUD)", "GST", "Extended Price", "Monthly Total inc GST"]) {
      const r = reviewReport(report(header, "$360.00"), { asOf });
      expect([header, r.columns.unit_price]).toEqual([header, undefined]);
      expect(r.findings.map((f) => [f.rule, f.cost])).toEqual([["RENEWAL_DUE", undefined]]);
    }
  });

  it("an Annual Price, a Yearly Price or a Unit Price (annual) is a price per year: not read as the monthly price (money twelve times too high)", () => {
    for (const header of ["Annual Price", "Yearly Price", "Unit Price (annual)", "Price p.a.", "Price per annum"]) {
      expect([header, reviewReport(report(header, "$432.00"), { asOf }).columns.unit_price]).toEqual([
        header,
        undefined,
      ]);
    }
  });

  it("a money column headed by a plain word is still the unit price, and so are decorated price headers", () => {
    for (const header of ["Sell ex GST", "Rate", "Unit Price (AUD)", "Unit Price (monthly)", "Price per month"]) {
      const r = reviewReport(report(header, "$36.00"), { asOf });
      expect([header, r.columns.unit_price]).toEqual([header, 6]);
      expect(r.findings[0].cost).toBe(4320); // 10 seats × 36.00 × 12 months
    }
  });
});

describe("a column of plain Yes/No is not the auto-renew when its header names something else", () => {
  const report = (header: string, values: [string, string]) => [
    ["Customer", "Product", "Qty", "Term", "Start Date", header],
    ["Acme Pty Ltd", "Microsoft 365 E3", "10", "P1Y", "2025-12-10", values[0]],
    ["Beta Pty Ltd", "Microsoft 365 E3", "5", "P1Y", "2025-12-12", values[1]],
  ];

  it("an Is Trial or Active column of No is not auto-renew off: no Extended Service Term risk is raised from it", () => {
    for (const header of ["Is Trial", "Trial", "Active", "Billable"]) {
      const r = reviewReport(report(header, ["No", "No"]), { asOf: iso("2026-12-03") });
      expect([header, r.columns.auto_renew]).toEqual([header, undefined]);
      expect(r.findings.filter((f) => f.rule === "EST_RISK")).toEqual([]);
    }
  });

  it("a header that says the opposite (Do Not Renew, Non-renewing, Cancel at term end) is never read as auto-renew: its Yes would be read as on", () => {
    for (const header of [
      "Do Not Renew",
      "Non-renewing",
      "Cancel at term end",
      "Opt out of auto-renewal",
      "Discontinued",
    ]) {
      const r = reviewReport(report(header, ["Yes", "No"]), { asOf: iso("2026-12-03") });
      expect([header, r.columns.auto_renew]).toEqual([header, undefined]);
    }
  });

  it("Renews, Auto, Recurring headers over Yes/No, and Auto/Manual values under any header, are the auto-renew", () => {
    const cases: Array<[string, [string, string]]> = [
      ["Renews?", ["Yes", "No"]],
      ["Auto", ["TRUE", "FALSE"]],
      ["Recurring", ["Y", "N"]],
      ["Renewal Setting", ["Auto", "Manual"]],
      ["Setting", ["Auto", "Manual"]],
    ];
    for (const [header, values] of cases) {
      const r = reviewReport(report(header, values), { asOf: iso("2026-12-03") });
      expect([header, r.columns.auto_renew]).toEqual([header, 5]);
      expect(r.findings.filter((f) => f.rule === "EST_RISK").map((f) => f.row)).toEqual([3]);
    }
  });

  it("Enabled/Disabled under a header that speaks of renewing is the auto-renew; under another it is the status (Disabled is ended)", () => {
    const cells = [
      ["Customer", "Product", "Qty", "Term", "Start Date", "Renewal", "Lifecycle"],
      ["Acme Pty Ltd", "Microsoft 365 E3", "10", "P1Y", "2025-12-10", "Disabled", "Enabled"],
      ["Beta Pty Ltd", "Microsoft 365 E3", "5", "P1Y", "2025-12-12", "Enabled", "Enabled"],
      ["Gamma Pty Ltd", "Microsoft 365 E3", "5", "P1Y", "2025-12-13", "Enabled", "Disabled"],
    ];
    const r = reviewReport(cells, { asOf: iso("2026-12-03") });
    expect([r.columns.auto_renew, r.columns.status]).toEqual([5, 6]);
    expect(r.findings.map((f) => [f.row, f.rule]).sort()).toEqual([
      [2, "EST_RISK"],
      [2, "RENEWAL_DUE"],
      [3, "RENEWAL_DUE"],
    ]);
  });

  it("of two Yes/No columns no header names, the one whose header speaks of renewing is the auto-renew, wherever it stands", () => {
    const cells = [
      ["Customer", "Product", "Qty", "Term", "Start Date", "Managed", "Renews"],
      ["Acme Pty Ltd", "Microsoft 365 E3", "10", "P1Y", "2025-12-10", "Yes", "Yes"],
      ["Beta Pty Ltd", "Microsoft 365 E3", "5", "P1Y", "2025-12-12", "Yes", "No"],
    ];
    expect(reviewReport(cells, { asOf: iso("2026-12-03") }).columns.auto_renew).toBe(6);
  });
});

describe("a totals line", () => {
  it("is a row whose first filled cell says Total, Totals, Subtotal, Grand total or Sum, in any case", () => {
    for (const first of [
      "Total",
      "TOTAL",
      " totals ",
      "Subtotal",
      "Sub total",
      "Grand Total",
      "grand  subtotal",
      "Sum",
      "SUM:",
    ]) {
      expect(isTotalsRow(["", first, "", "1,200"])).toBe(true);
    }
  });

  it("is a sparse row whose first cell says more after the word (Total for Acme), but not a customer called Total Tools with its data", () => {
    expect(isTotalsRow(["Total for Acme", "", "", "15"])).toBe(true);
    expect(isTotalsRow(["Total (AUD)", "", "4,237", "", "1.2"])).toBe(true);
    expect(isTotalsRow(["Total Tools", "Microsoft 365 E3", "S-3", "7", "P1Y", "2025-12-02"])).toBe(false);
    // The word alone is a totals line however many sums follow it.
    expect(isTotalsRow(["Total", "", "15", "450.00", "36.00", "12"])).toBe(true);
  });

  it("is a sparse row whose first cell ends with Total, Count or Sum, as Excel's Subtotal command writes (Acme Pty Ltd Total), but not a customer called Smith Total with its data", () => {
    for (const first of [
      "Acme Pty Ltd Total",
      "Acme Pty Ltd total:",
      "Beta Totals",
      "Acme Count",
      "Acme Sum",
      "Acme Subtotal",
      "Σ total",
    ]) {
      expect([first, isTotalsRow([first, "", "", "20"])]).toEqual([first, true]);
    }
    expect(isTotalsRow(["Smith Total", "Microsoft 365 E3", "S-3", "7", "P1Y", "2025-12-02"])).toBe(false);
    expect(isTotalsRow(["Totalcare Ltd", "", "", "20"])).toBe(false);
    expect(isTotalsRow(["Acme Pty Ltd", "", "", "20"])).toBe(false);
  });

  it("does not end the data: a report exported page by page, each page with its title, header and total, is read whole", () => {
    const header = ["Customer", "Product", "Subscription ID", "Quantity", "Term", "Start Date", "Auto Renew"];
    const cells = [
      ["Active subscriptions"],
      header,
      ["Acme", "Microsoft 365 E3", "S-1", 10, "P1Y", "2025-12-01", "Yes"],
      ["Total", "", "", 10],
      [],
      ["Page 2"],
      header.map((h) => ` ${h.toUpperCase()} `),
      ["Beta", "Microsoft 365 E3", "S-3", 7, "P1Y", "2025-12-02", "Yes"],
      ["Grand total", "", "", 17],
      ["Printed 23/11/2026", "Page 2 of 2"],
    ];
    const r = reviewReport(cells, { asOf: iso("2026-11-23") });
    expect(r.rows).toBe(2);
    expect(r.findings.map((f) => [f.row, f.rule])).toEqual([
      [3, "RENEWAL_DUE"],
      [8, "RENEWAL_DUE"],
    ]);
  });

  it("a sparse data row after a subtotal is still data (only a line of one or two cells is a footer)", () => {
    const header = [
      "Customer",
      "Product",
      "Subscription ID",
      "Quantity",
      "Term",
      "Start Date",
      "Auto Renew",
      "Status",
      "Planned Qty",
      "Planned Action",
      "Notes",
    ];
    const cells = [
      header,
      ["Acme", "Microsoft 365 E3", "S-1", 10, "P1Y", "2025-12-01", "Yes", "Active", 8, "Reduce", "call in Dec"],
      ["Subtotal", "", "", 10],
      ["Beta", "Microsoft 365 E3", "", "", "P1Y", "2025-12-02"],
      ["Total", "", "", 10],
      ["Prices ex GST", "Page 1 of 1"],
    ];
    const r = reviewReport(cells, { asOf: iso("2026-11-23") });
    expect(r.rows).toBe(2);
    expect(r.findings.filter((f) => f.rule === "RENEWAL_DUE").map((f) => f.row)).toEqual([2, 4]);
  });

  it("is not a row that starts with anything else", () => {
    for (const first of [
      "Customer 1",
      "Contoso",
      "Summary",
      "Subscriptions",
      "Grandview Ltd",
      "Tot",
      "Totally Cloud",
      "Count Me In",
    ]) {
      expect(isTotalsRow([first, "Total"])).toBe(false);
    }
    expect(isTotalsRow([12, "Totally Cloud", "Microsoft 365 E3", "P1Y", "2026-01-01"])).toBe(false);
  });

  it("is a subtotal whose amounts come before its label (the grouped column is not the first)", () => {
    expect(isTotalsRow([12, "Total"])).toBe(true);
    expect(isTotalsRow(["12", "Total"])).toBe(true);
    expect(isTotalsRow(["3.652,5", "", "Soma"])).toBe(true);
    expect(isTotalsRow([20, "", "Acme Pty Ltd Total"])).toBe(true);
    expect(isTotalsRow([20, 340.5, "Grand Total"])).toBe(true);
  });
});

describe("a customer header with a qualifier (Dynamics 365, ERP exports)", () => {
  const asOf = iso("2026-11-21");
  const report = (header: string, a: string, b: string) => [
    [header, "Product", "Quantity", "Term", "Start Date"],
    [a, "Microsoft 365 E3", 10, "P1Y", "2026-03-01"],
    [b, "Microsoft 365 E3", 5, "P1Y", "2026-04-01"],
    [a, "Power BI Pro", 3, "P1Y", "2026-05-01"],
  ];

  it.each(["Potential Customer", "Ship-to Customer", "Bill-to Customer", "Sold-to Party", "Endkunde Name"])(
    "takes “%s” for the customer when no column is, and says so",
    (header) => {
      const r = reviewReport(report(header, "Wattle Logistics", "Banksia Dental"), { asOf });
      expect(r.summary.inferredColumns).toEqual([{ role: "customer", column: 0, header }]);
      expect(r.summary.notices.join(" ")).toContain(`“${header}” is read as the customer`);
    },
  );

  it.each([
    ["Customer Country", "Australia", "New Zealand"],
    ["Customer ID", "C-1001", "C-1002"],
    ["Customer Type", "Commercial", "Education"],
    ["Reseller Customer Number", "R1", "R2"],
  ])("does not take “%s” for the customer", (header, a, b) => {
    const r = reviewReport(report(header, a, b), { asOf });
    expect(r.summary.inferredColumns.map((c) => c.role)).not.toContain("customer");
  });
});
