import * as React from "react";
import { Badge, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { ROLE_LABELS, RULE_TITLES, type ReviewResult, type RuleId } from "../../review";

const money = (n: number) => n.toLocaleString(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS, alignItems: "center" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  note: { color: tokens.colorNeutralForeground3 },
});

const ORDER_WORDS = { mdy: "month/day/year", dmy: "day/month/year" };

/** Rows reviewed, counts by severity and rule, the date order, notices and the I1 summary. */
export function SummaryPanel({ result }: { result: ReviewResult }): React.ReactElement {
  const styles = useStyles();
  const s = result.summary;
  const rules = (Object.entries(s.byRule) as Array<[RuleId, number]>).filter(([, n]) => n > 0);
  return (
    <section aria-label="Summary">
      <div className={styles.row} data-testid="summary-counts">
        <span>
          <strong>{s.rowsRead}</strong> rows reviewed
        </span>
        <Badge color="danger" appearance="filled">{`${s.bySeverity.high} high`}</Badge>
        <Badge color="warning" appearance="filled">{`${s.bySeverity.warning} warning`}</Badge>
        <Badge color="informative" appearance="filled">{`${s.bySeverity.info} info`}</Badge>
      </div>
      {(s.moneyAtStake.length > 0 || s.renewingValue > 0) && (
        <Caption1 data-testid="money-summary">
          Money at stake {money(s.moneyAtStake.reduce((t, m) => t + m.amount, 0))}
          {s.moneyAtStake.length > 0 ? ` (most: ${s.moneyAtStake.slice(0, 3).map((m) => `${m.customer || "no customer"} ${money(m.amount)}`).join("; ")})` : ""}; renewing within{" "}
          {s.horizon} days {money(s.renewingValue)}.
        </Caption1>
      )}
      <Caption1 className={styles.note}>
        As of {s.asOf}, horizon {s.horizon} days. Header on row {result.headerRow}. Dates read {ORDER_WORDS[s.dateOrder]}
        {s.dateOrderAssumed ? " (assumed: check the Mapping tab)" : s.dateOrderSource === "hint" ? ` (decided by ${s.dateOrderHint})` : ""}
        {s.decimalComma ? "; amounts read with decimal commas (36,00)" : ""}.
      </Caption1>
      {rules.length > 0 && (
        <ul className={styles.list} aria-label="Findings by rule">
          {rules.map(([rule, n]) => (
            <li key={rule}>
              {RULE_TITLES[rule]}: {n}
            </li>
          ))}
        </ul>
      )}
      {s.inferredColumns.length > 0 && (
        <Caption1 role="note" data-testid="inferred-columns">
          Mapped by their values (no header named them): {s.inferredColumns.map((c) => `${ROLE_LABELS[c.role]} ← “${c.header || `column ${c.column + 1}`}”`).join(", ")}. Check the
          Mapping tab.
        </Caption1>
      )}
      {s.notices.map((n) => (
        <Caption1 key={n} role="note">
          {n}
        </Caption1>
      ))}
      {s.belowIncentiveMinimum.length > 0 && (
        <details>
          <summary>
            {s.belowIncentiveMinimum.length} customer/product pairs below the {s.belowIncentiveMinimum[0].minimum}-seat incentive minimum
          </summary>
          <ul className={styles.list}>
            {s.belowIncentiveMinimum.slice(0, 200).map((b) => (
              <li key={`${b.customer}|${b.product}`}>
                {b.customer} — {b.product}: {b.seats}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
