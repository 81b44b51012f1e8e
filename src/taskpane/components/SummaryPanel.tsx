import * as React from "react";
import {
  Badge,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  DATE_ORDER_NOT_NEEDED,
  ROLE_LABELS,
  RULE_TITLES,
  dateOrderMattered,
  type ReviewResult,
  type RuleId,
} from "../../review";
import { formatCount, formatIso, formatMoney as money } from "../../locale";

const useStyles = makeStyles({
  row: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    alignItems: "center",
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  note: { color: tokens.colorNeutralForeground3 },
  line: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
  },
  details: { borderLeft: `3px solid ${tokens.colorNeutralStroke2}`, paddingLeft: tokens.spacingHorizontalS },
});

const ORDER_SHORT = { mdy: "M/D/Y", dmy: "D/M/Y" };

/** Amounts by currency in words, never added across currencies (RULES.md §6): "AUD 1,234.00, EUR 56.00". */
/** An amount with its currency ("AUD 1,200.00"; the amount alone where the report shows none). */
function inCurrency(currency: string, amount: number): string {
  return currency ? `${currency} ${money(amount)}` : money(amount);
}

function byCurrency(amounts: Record<string, number>): string {
  return Object.entries(amounts)
    .filter(([, a]) => a > 0)
    .map(([c, a]) => inCurrency(c, a))
    .join(", ");
}

/**
 * The review's result in one sentence, as a screen reader hears it after Review: rows, findings by
 * severity, the two kinds of money, and what could not be reviewed (never a silent all-clear).
 */
export function reviewSentence(result: ReviewResult): string {
  const s = result.summary;
  const total = s.bySeverity.high + s.bySeverity.warning + s.bySeverity.info;
  const parts = [
    `Review done: ${formatCount(s.rowsRead)} row${s.rowsRead === 1 ? "" : "s"} reviewed, ${formatCount(total)} finding${total === 1 ? "" : "s"}` +
      (total ? ` (${s.bySeverity.high} high, ${s.bySeverity.warning} warning, ${s.bySeverity.info} info)` : ""),
  ];
  const atStake = byCurrency(s.moneyAtStakeByCurrency);
  const renewing = byCurrency(s.valueRenewingByCurrency);
  if (atStake) parts.push(`${atStake} at stake`);
  if (renewing) parts.push(`${renewing} renewing in ${s.horizon} days`);
  if (s.warning) parts.push(`Not reviewed for renewals: ${s.warning}`);
  return parts.join(". ") + ".";
}

/**
 * After a review, one compact line: rows, counts by severity, money at stake and how dates were
 * read; Details opens the full summary. It takes the focus when a review's result arrives, so the
 * keyboard and a screen reader start from the result.
 */
export function StatusLine({ result }: { result: ReviewResult }): React.ReactElement {
  const styles = useStyles();
  const [open, setOpen] = React.useState(false);
  const section = React.useRef<HTMLElement>(null);
  React.useEffect(() => section.current?.focus(), [result]);
  const s = result.summary;
  const atStake = byCurrency(s.moneyAtStakeByCurrency);
  const renewing = byCurrency(s.valueRenewingByCurrency);
  return (
    <section aria-label="Review summary" ref={section} tabIndex={-1} data-testid="review-summary">
      {s.warning && (
        // Never a silent all-clear (RULES.md §6): as prominent as a finding.
        <MessageBar intent="warning" data-testid="not-reviewed">
          <MessageBarBody>
            <MessageBarTitle>Not reviewed for renewals</MessageBarTitle>
            {s.warning}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.line} data-testid="summary-counts">
        <strong>{`${formatCount(s.rowsRead)} row${s.rowsRead === 1 ? "" : "s"} reviewed`}</strong>
        <Badge color="danger" appearance="filled">{`${formatCount(s.bySeverity.high)} high`}</Badge>
        <Badge color="warning" appearance="filled">{`${formatCount(s.bySeverity.warning)} warning`}</Badge>
        <Badge color="informative" appearance="filled">{`${formatCount(s.bySeverity.info)} info`}</Badge>
        {atStake && <span data-testid="money-at-stake">{atStake} at stake</span>}
        {renewing && <span data-testid="value-renewing">{`${renewing} renewing in ${s.horizon} days`}</span>}
        {dateOrderMattered(s) && (
          <span className={styles.note}>
            dates {ORDER_SHORT[s.dateOrder]}
            {s.dateOrderAssumed ? " (assumed)" : ""}
          </span>
        )}
        <Button
          size="small"
          appearance="subtle"
          aria-expanded={open}
          aria-controls="review-details"
          onClick={() => setOpen(!open)}
        >
          {open ? "Hide details" : "Details"}
        </Button>
      </div>
      <div id="review-details" className={styles.details} hidden={!open}>
        {open && <SummaryPanel result={result} />}
      </div>
    </section>
  );
}

const ORDER_WORDS = { mdy: "month/day/year", dmy: "day/month/year" };

/** The review in full: money, the date order, counts by rule, notices and the I1 summary. */
export function SummaryPanel({ result }: { result: ReviewResult }): React.ReactElement {
  const styles = useStyles();
  const s = result.summary;
  const rules = (Object.entries(s.byRule) as Array<[RuleId, number]>).filter(([, n]) => n > 0);
  return (
    <div>
      {s.moneyAtStake.length > 0 && (
        <Caption1 data-testid="money-summary">
          Money at stake {byCurrency(s.moneyAtStakeByCurrency) || money(0)}
          {s.moneyAtStake.some((m) => m.amount > 0)
            ? ` (most: ${s.moneyAtStake
                .filter((m) => m.amount > 0)
                .slice(0, 3)
                .map((m) => `${m.customer || "no customer"} ${inCurrency(m.currency, m.amount)}`)
                .join("; ")})`
            : ""}
          ; renewing within {s.horizon} days {byCurrency(s.valueRenewingByCurrency) || money(0)}.
        </Caption1>
      )}
      <Caption1 className={styles.note}>
        As of {formatIso(s.asOf)}, horizon {s.horizon} days. Header on row {result.headerRow}.{" "}
        {!dateOrderMattered(s) ? `Dates: ${DATE_ORDER_NOT_NEEDED}` : `Dates read ${ORDER_WORDS[s.dateOrder]}`}
        {s.dateOrderAssumed
          ? " (assumed: check the Mapping tab)"
          : s.dateOrderSource === "hint"
            ? ` (decided by ${s.dateOrderHint})`
            : s.dateOrderSource === "header"
              ? " (as a date column's header says)"
              : ""}
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
          Mapped by their values (no header named them):{" "}
          {s.inferredColumns
            .map((c) => `${ROLE_LABELS[c.role]} ← “${c.header || `column ${c.column + 1}`}”`)
            .join(", ")}
          . Check the Mapping tab.
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
            {s.belowIncentiveMinimum.length} customer/product pairs below the {s.belowIncentiveMinimum[0].minimum}-seat
            incentive minimum
          </summary>
          {/* RULES.md I1: a summary line, never a row finding; the minimum is a setting to check each July. */}
          <Caption1 className={styles.note} block>
            The minimum is a setting (Rule I1): check it against the current Microsoft partner incentives guide, which
            changes every July.
          </Caption1>
          <ul className={styles.list}>
            {s.belowIncentiveMinimum.slice(0, 200).map((b) => (
              <li key={`${b.customer}|${b.product}`}>
                {b.customer || "(no customer)"} — {b.product}: {b.seats}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
