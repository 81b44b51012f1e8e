/**
 * @jest-environment jsdom
 *
 * The pane's components as a person uses them (React Testing Library): the findings list, the
 * mapping editor and the settings.
 */
import * as React from "react";
import { fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { FindingsList } from "../../src/taskpane/components/FindingsList";
import { FindingRow } from "../../src/taskpane/components/FindingRow";
import { MappingEditor } from "../../src/taskpane/components/MappingEditor";
import { SettingsPanel } from "../../src/taskpane/components/SettingsPanel";
import { StatusLine } from "../../src/taskpane/components/SummaryPanel";
import { DEFAULT_SETTINGS } from "../../src/excel/host";
import { reviewReport, type Finding } from "../../src/review";
import { NO_FILTER, type FindingsFilter } from "../../src/taskpane/findings-view";
import { formatDay, formatDayMonth, formatMoney, formatWhole } from "../../src/locale";
import { iso } from "../../src/rules/dates";

const wrap = (ui: React.ReactElement) => render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);

const findings: Finding[] = [
  {
    row: 5,
    rule: "REDUCTION_BLOCKED",
    severity: "high",
    message: "A reduction from 60 to 40 seats is not possible now.",
    date: "2026-12-20",
    actBy: "2026-12-26",
    customer: "Kestrel Logistics",
    product: "Microsoft 365 E3",
  },
  {
    row: 25,
    rule: "SUSPENDED_DATA_LOSS",
    severity: "high",
    message: "Suspended on 9 Oct 2026: data is deleted on 8 Dec 2026.",
    date: "2026-12-08",
    actBy: "2026-11-25",
  },
  {
    row: 7,
    rule: "RENEWAL_DUE",
    severity: "warning",
    message: "Renews on 13 Dec 2026 (in 22 days).",
    date: "2026-12-13",
  },
  { row: 9, rule: "NEW_ORDER_OVERLAP", severity: "high", message: "Customer is moving.", cost: 3254.79 },
  { row: 32, rule: "DATA_ISSUE", severity: "warning", message: "Term “<img src=x onerror=alert(1)>” is not a term." },
];

/** The list as the pane holds it: the filter lives with the pane (the timeline sets it too). */
function List({
  items = findings,
  onGoToRow = () => undefined,
}: {
  items?: Finding[];
  onGoToRow?: (f: Finding) => void;
}) {
  const [filter, setFilter] = React.useState<FindingsFilter>(NO_FILTER);
  return (
    <FindingsList
      findings={items}
      asOf={iso("2026-11-21")}
      filter={filter}
      onFilterChange={setFilter}
      onGoToRow={onGoToRow}
    />
  );
}
const listItems = () => within(screen.getByRole("list", { name: "Findings list" })).getAllByRole("listitem");

describe("FindingsList", () => {
  it("shows each finding whole: severity as a word, customer and money, what to do by when, product, rule and a link to its row", () => {
    wrap(<List />);
    const items = listItems();
    expect(items).toHaveLength(5);
    expect(items[0].textContent).toContain("Kestrel Logistics");
    expect(within(items[0]).getByTestId("action").textContent).toBe("Reduce seats in the renewal window");
    expect(items[0].textContent).toContain("Microsoft 365 E3 · Reduction not possible now");
    expect(within(items[0]).getByTestId("act-by").textContent).toBe(
      `by ${formatDayMonth(iso("2026-12-26"))} · in 35 days`,
    );
    expect(
      within(items[0]).getByRole("button", { name: "Go to row 5: Reduction not possible now, Kestrel Logistics" }),
    ).toBeTruthy();
    expect(items[3].textContent).toContain(`${formatWhole(3254.79)} at stake`);
  });

  it("opens a line to its full message, and closes it again", async () => {
    const user = userEvent.setup();
    wrap(<List />);
    const toggle = within(listItems()[0]).getByRole("button", { expanded: false });
    expect(screen.getByText("A reduction from 60 to 40 seats is not possible now.").closest("[hidden]")).not.toBeNull();
    await user.click(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    expect(screen.getByText("A reduction from 60 to 40 seats is not possible now.").closest("[hidden]")).toBeNull();
    await user.click(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
  });

  it("filters by severity, by rule and to what is due this week, and always says which filter is on", async () => {
    const user = userEvent.setup();
    wrap(<List />);
    await user.click(screen.getByRole("button", { name: "High (3)" }));
    expect(screen.getByRole("button", { name: "High (3)" }).getAttribute("aria-pressed")).toBe("false");
    expect(listItems()).toHaveLength(2);
    expect(screen.getByText(/2 of 5 findings shown · High hidden/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Show all" }));
    expect(listItems()).toHaveLength(5);
    await user.click(screen.getByRole("button", { name: "Due this week (1)" }));
    expect(listItems().map((li) => li.getAttribute("data-row"))).toEqual(["25"]);
    expect(screen.getByText(/1 of 5 findings shown · due this week/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Show all" }));
    await user.selectOptions(screen.getByLabelText("Filter by rule"), "SUSPENDED_DATA_LOSS");
    expect(listItems()).toHaveLength(1);
    expect(listItems()[0].textContent).toContain("Suspended on 9 Oct 2026");
  });

  it("groups by customer, each customer with its findings and money at stake", async () => {
    wrap(<List />);
    await userEvent.setup().click(screen.getByRole("switch", { name: "Group by customer" }));
    const headings = screen.getAllByRole("heading").map((h) => h.textContent);
    expect(headings).toEqual([
      `No customer — 4 findings · ${formatMoney(3254.79)} at stake`,
      "Kestrel Logistics — 1 finding",
    ]);
  });

  it("Go to row hands the finding to the pane", async () => {
    const onGoToRow = jest.fn();
    wrap(<List onGoToRow={onGoToRow} />);
    await userEvent.setup().click(screen.getByRole("button", { name: /^Go to row 25/ }));
    expect(onGoToRow).toHaveBeenCalledWith(findings[1]);
  });

  it("shows cell text from the report as text, not HTML", () => {
    const { container } = wrap(<List />);
    expect(container.querySelector("img")).toBeNull();
    expect(screen.getByText(/<img src=x onerror=alert\(1\)>/)).toBeTruthy();
  });

  it("offers a link to skip past the findings list", () => {
    wrap(<List />);
    const skip = screen.getByRole("link", { name: "Skip past the findings list" });
    expect(skip.getAttribute("href")).toBe("#after-findings");
    expect(document.getElementById("after-findings")).not.toBeNull();
  });
});

describe("MappingEditor", () => {
  const headers = ["Customer Name", "Product", "Start Date", "Revaluation Date", "Term"];
  const columns = { customer: 0, product: 1, start_date: 2, renewal_date: 3, term: 4 };

  it("shows each role with the header it was mapped to", () => {
    wrap(
      <MappingEditor
        headers={headers}
        columns={columns}
        detected={columns}
        dateOrder="dmy"
        dateOrderSource="values"
        onChange={() => undefined}
        onDateOrderChange={() => undefined}
      />,
    );
    expect((screen.getByLabelText("Column for Start date") as HTMLSelectElement).value).toBe("2");
    expect((screen.getByLabelText("Column for Status") as HTMLSelectElement).value).toBe("");
    expect(screen.getByText("Decided from the dates in the report.")).toBeTruthy();
  });

  it("a correction from a drop-down reports the role and column; (not used) reports null", async () => {
    const onChange = jest.fn();
    const user = userEvent.setup();
    wrap(
      <MappingEditor
        headers={headers}
        columns={columns}
        detected={columns}
        dateOrder="dmy"
        dateOrderSource="values"
        onChange={onChange}
        onDateOrderChange={() => undefined}
      />,
    );
    await user.selectOptions(screen.getByLabelText("Column for Start date"), "Revaluation Date");
    expect(onChange).toHaveBeenLastCalledWith("start_date", 3);
    await user.selectOptions(screen.getByLabelText("Column for Term"), "(not used)");
    expect(onChange).toHaveBeenLastCalledWith("term", null);
  });

  it("marks a changed role and says when the date order was assumed; the switch flips it", async () => {
    const onDateOrderChange = jest.fn();
    wrap(
      <MappingEditor
        headers={headers}
        columns={{ ...columns, start_date: 3 }}
        detected={columns}
        dateOrder="mdy"
        dateOrderSource="default"
        onChange={() => undefined}
        onDateOrderChange={onDateOrderChange}
      />,
    );
    expect(screen.getByText("Start date (changed)")).toBeTruthy();
    expect(screen.getByText(/Assumed: the dates could be read either way/)).toBeTruthy();
    fireEvent.click(screen.getByRole("switch"));
    expect(onDateOrderChange).toHaveBeenCalledWith("dmy");
  });
});

describe("a mapping you can check (the report's kind, columns found by their values, examples)", () => {
  const eaHeaders = ["Customer", "Enrollment", "End Date", "Signed", "Annual Amount", "Notes"];
  const ea = { customer: 0, subscription_id: 1, expiry_date: 2, signed_date: 3, annual_value: 4 };
  const props = {
    headers: eaHeaders,
    columns: ea,
    detected: ea,
    dateOrder: "dmy" as const,
    dateOrderSource: "values",
    onChange: () => undefined,
    onDateOrderChange: () => undefined,
  };

  it("an EA enrollment list lists its roles, not a subscription's term or auto-renew; every role on request", async () => {
    wrap(<MappingEditor {...props} kind="ea" />);
    expect(screen.getByTestId("mapping-kind").textContent).toMatch(/EA enrollment list/);
    expect(screen.getByLabelText("Column for Enrollment expiry (EA)")).toBeTruthy();
    expect(screen.queryByLabelText("Column for Term")).toBeNull();
    expect(screen.queryByLabelText("Column for Auto-renew")).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: /^Show every role \(\d+ more\)$/ }));
    expect(screen.getByLabelText("Column for Term")).toBeTruthy();
  });

  it("a CSP report lists no EA-only role unless a column plays it", () => {
    const csp = { customer: 0, product: 1, start_date: 2, renewal_date: 3, term: 4 };
    const cspHeaders = ["Customer Name", "Product", "Start Date", "Revaluation Date", "Term"];
    wrap(<MappingEditor {...props} headers={cspHeaders} columns={csp} detected={csp} kind="csp" />);
    expect(screen.getByLabelText("Column for Term")).toBeTruthy();
    expect(screen.queryByLabelText("Column for Enrollment expiry (EA)")).toBeNull();
    expect(screen.queryByLabelText(/Column for Segment/)).toBeNull();
  });

  it("marks a column mapped by its values and shows a few of each column's values, dates with the day read", () => {
    wrap(
      <MappingEditor
        {...props}
        kind="ea"
        inferred={[{ role: "annual_value", column: 4 }]}
        examples={[
          [{ text: "Alpen AG" }, { text: "Bergbahn <b>GmbH</b>" }],
          [{ text: "E1" }],
          [
            { text: "03/04/2026", day: iso("2026-04-03") },
            { text: "", day: iso("2026-12-31") },
          ],
          [],
          [{ text: "12,400.00" }],
          [],
        ]}
      />,
    );
    expect(screen.getByText("Annual value (EA) (found by its values)")).toBeTruthy();
    expect(screen.getByLabelText("Column for Annual value (EA)").getAttribute("data-by-values")).toBe("true");
    expect(screen.getByText("e.g. Alpen AG · Bergbahn <b>GmbH</b>")).toBeTruthy();
    expect(
      screen.getByText(`e.g. 03/04/2026 → ${formatDay(iso("2026-04-03"))} · ${formatDay(iso("2026-12-31"))}`),
    ).toBeTruthy();
  });
});

describe("how the dates were read", () => {
  // As Excel's range.values hands a sheet whose dates are date cells: serial numbers.
  const sheet = (start: unknown) => [
    ["Customer", "Product", "Term", "Start Date"],
    ["Alpen AG", "Microsoft 365 E3", "P1Y", start],
  ];

  it("a sheet of date cells says no day/month order was needed, not that one was assumed", async () => {
    wrap(<StatusLine result={reviewReport(sheet(iso("2025-12-01")), { asOf: iso("2026-11-21") })} />);
    expect(screen.queryByText(/dates M\/D\/Y/)).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Details" }));
    expect(screen.getByText(/Dates: no date needed a day\/month order/)).toBeTruthy();
    expect(screen.queryByText(/assumed/)).toBeNull();
  });

  it("a sheet of dates written 01/02/2026 names the order it assumed", async () => {
    wrap(<StatusLine result={reviewReport(sheet("01/02/2026"), { asOf: iso("2026-11-21") })} />);
    expect(screen.getByText(/dates M\/D\/Y/).textContent).toMatch(/\(assumed\)/);
  });

  it("a date column whose header states dd/mm/yyyy: the details say so", async () => {
    const cells = [
      ["Customer", "Product", "Term", "Start Date (dd/mm/yyyy)"],
      ["Alpen AG", "Microsoft 365 E3", "P1Y", "01/12/2025"],
    ];
    wrap(<StatusLine result={reviewReport(cells, { asOf: iso("2026-11-21") })} />);
    fireEvent.click(screen.getByRole("button", { name: "Details" }));
    expect(screen.getByText(/Dates read day\/month\/year/).textContent).toMatch(/as a date column's header says/);
  });

  it("the mapping tab says the switch decided nothing when no date needed it", () => {
    wrap(
      <MappingEditor
        headers={["Customer", "Start Date"]}
        columns={{ customer: 0, start_date: 1 }}
        detected={{ customer: 0, start_date: 1 }}
        dateOrder="mdy"
        dateOrderSource="none"
        onChange={() => undefined}
        onDateOrderChange={() => undefined}
      />,
    );
    expect(screen.getByText(/Not needed: every date is a date cell or unambiguous text/)).toBeTruthy();
    expect(screen.queryByText(/Assumed/)).toBeNull();
  });
});

describe("SettingsPanel", () => {
  it("saves the settings as the rules take them (percentages as fractions)", async () => {
    const onSave = jest.fn();
    const user = userEvent.setup();
    wrap(<SettingsPanel settings={DEFAULT_SETTINGS} onSave={onSave} />);
    const horizon = screen.getByLabelText("Horizon (days)");
    await user.clear(horizon);
    await user.type(horizon, "45");
    const fee = screen.getByLabelText("Extended Service Term fee, %");
    await user.clear(fee);
    await user.type(fee, "5");
    await user.click(screen.getByLabelText("Day first (31/12/2026)"));
    await user.click(screen.getByRole("button", { name: "Save settings" }));
    expect(onSave).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, horizon: 45, estFee: 0.05, dateOrder: "dmy" });
  });

  it("refuses a bad value with a message by its field, and saves nothing", async () => {
    const onSave = jest.fn();
    const user = userEvent.setup();
    wrap(<SettingsPanel settings={DEFAULT_SETTINGS} onSave={onSave} />);
    const days = screen.getByLabelText("Days from suspension to data deletion");
    await user.clear(days);
    await user.click(screen.getByRole("button", { name: "Save settings" }));
    expect(screen.getByText("Enter a whole number from 0 to 3660.")).toBeTruthy();
    expect(onSave).not.toHaveBeenCalled();
  });

  it("Restore defaults puts the RULES.md defaults back in the form", async () => {
    const user = userEvent.setup();
    wrap(<SettingsPanel settings={{ ...DEFAULT_SETTINGS, horizon: 90, pauMinimum: 100 }} onSave={() => undefined} />);
    expect((screen.getByLabelText("Horizon (days)") as HTMLInputElement).value).toBe("90");
    await user.click(screen.getByRole("button", { name: "Restore defaults" }));
    expect((screen.getByLabelText("Horizon (days)") as HTMLInputElement).value).toBe("30");
    expect((screen.getByLabelText("Paid seats needed for partner incentives") as HTMLInputElement).value).toBe("150");
  });
});

describe("the review's summary lines (RULES.md §5 I1, §6 money)", () => {
  const cells = [
    ["Customer", "Product", "Subscription ID", "Qty", "Term", "Start Date", "Unit Price", "Currency"],
    ["Kiwi Freight", "Microsoft 365 E3", "K1", 10, "P1Y", "2025-12-10", 36, "NZD"],
    ["Outback Mining", "Microsoft 365 E3", "O1", 20, "P1Y", "2026-11-18", 55, "AUD"],
  ];

  it("shows the value renewing by currency, never added across currencies, and no money at stake where there is none", () => {
    wrap(<StatusLine result={reviewReport(cells, { asOf: iso("2026-11-21") })} />);
    const renewing = screen.getByTestId("value-renewing").textContent ?? "";
    expect(renewing).toMatch(/NZD .*4,?320/);
    expect(renewing).toMatch(/AUD .*13,?200/);
    expect(screen.queryByTestId("money-at-stake")).toBeNull();
  });

  it("I1 is a summary line whose minimum is a setting to check against the current guide, never a row finding", () => {
    const result = reviewReport(cells, { asOf: iso("2026-11-21") });
    expect(result.findings.some((f) => /incentive/i.test(f.message))).toBe(false);
    wrap(<StatusLine result={result} />);
    fireEvent.click(screen.getByRole("button", { name: "Details" }));
    expect(screen.getByText(/below the 150-seat\s+incentive minimum/)).toBeTruthy();
    expect(screen.getByText(/check it against the current Microsoft partner incentives guide/)).toBeTruthy();
  });
});

describe("a finding's money (RULES.md §6: two kinds, in the report's currency)", () => {
  const finding = (over: Partial<Finding>): Finding => ({
    row: 7,
    rule: "RENEWAL_DUE",
    severity: "warning",
    message: "Renews on 10 Dec 2026 (in 19 days); the end-of-term action can be set until 9 Dec 2026.",
    date: "2026-12-10",
    days: 19,
    actBy: "2026-12-09",
    customer: "Wattle Logistics",
    product: "Microsoft 365 E3",
    ...over,
  });

  it("says the amount with its currency and whether it is at stake or renewing", () => {
    wrap(
      <ul>
        <FindingRow
          finding={finding({ cost: 4320, moneyKind: "renewing", currency: "AUD" })}
          asOf={iso("2026-11-21")}
          open={false}
          onToggle={() => undefined}
          onGoToRow={() => undefined}
        />
        <FindingRow
          finding={finding({ row: 8, rule: "EST_RISK", cost: 442.8, moneyKind: "atStake", currency: "NZD" })}
          asOf={iso("2026-11-21")}
          open={false}
          onToggle={() => undefined}
          onGoToRow={() => undefined}
        />
      </ul>,
    );
    const [renewal, est] = screen.getAllByTestId("at-stake").map((e) => e.textContent);
    expect(renewal).toBe(`AUD ${formatWhole(4320)} renewing`);
    expect(est).toBe(`NZD ${formatWhole(442.8)} at stake`);
    expect(screen.getAllByTestId("action").map((e) => e.textContent)).toEqual([
      "Set the end-of-term action",
      "Cancel at end of term or turn auto-renew on",
    ]);
  });
});
