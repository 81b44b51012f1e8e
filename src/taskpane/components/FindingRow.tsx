import * as React from "react";
import { Badge, Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { RULE_TITLES, type Finding, type Severity } from "../../review";
import { daysLeft, formatDay, formatDayMonth, formatIso, formatMoney, formatWhole } from "../../locale";
import { iso, toYMD } from "../../rules/dates";

const useStyles = makeStyles({
  item: {
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXS} 0`,
    boxSizing: "border-box",
  },
  // One line when the pane is wide enough; at 320 px the date, money and button wrap below.
  line: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
  },
  toggle: {
    flex: "1 1 9em",
    minWidth: 0,
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    background: "none",
    border: "none",
    padding: `${tokens.spacingVerticalXXS} 0`,
    color: "inherit",
    font: "inherit",
    textAlign: "start",
    cursor: "pointer",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  text: { minWidth: 0, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  what: { fontWeight: tokens.fontWeightSemibold },
  chevron: { flex: "none", width: "1em", color: tokens.colorNeutralForeground3 },
  when: { flex: "none", whiteSpace: "nowrap", color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  late: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  go: { minWidth: "auto", flex: "none" },
  badge: { minWidth: "4.2em", flex: "none" },
  money: { flex: "none", whiteSpace: "nowrap", fontSize: tokens.fontSizeBase200, fontVariantNumeric: "tabular-nums" },
  // No display rule here: the `hidden` attribute must keep a closed line's message out of view.
  details: { padding: `${tokens.spacingVerticalXS} 0 ${tokens.spacingVerticalXS} 1.5em`, overflowWrap: "anywhere" },
  meta: { display: "block", color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});

/** An act-by date on a card: day and month in the review's year, with the year otherwise (the locale's order). */
function shortDate(isoText: string, asOf: number): string {
  const serial = iso(isoText);
  return toYMD(serial).year === toYMD(asOf).year ? formatDayMonth(serial) : formatDay(serial);
}

export const BADGE: Record<Severity, "danger" | "warning" | "informative"> = {
  high: "danger",
  warning: "warning",
  info: "informative",
};
export const SEVERITY_WORD: Record<Severity, string> = { high: "High", warning: "Warning", info: "Info" };

export interface FindingRowProps {
  finding: Finding;
  /** The review's day (serial), for days left. */
  asOf: number;
  open: boolean;
  onToggle: () => void;
  onGoToRow: (f: Finding) => void;
  /** For a virtualised list: its position and measuring ref. */
  style?: React.CSSProperties;
  index?: number;
  measure?: (el: HTMLElement | null) => void;
}

/**
 * One finding on one line: severity, customer · product, what to do, act-by date with days left,
 * money at stake, and Go to row. The line opens to the full message.
 */
export function FindingRow({
  finding: f,
  asOf,
  open,
  onToggle,
  onGoToRow,
  style,
  index,
  measure,
}: FindingRowProps): React.ReactElement {
  const styles = useStyles();
  const id = `finding-${f.row}-${f.rule}`;
  const title = RULE_TITLES[f.rule];
  const who = [f.customer, f.product].filter(Boolean).join(" · ") || "no customer or product";
  const left = f.actBy ? iso(f.actBy) - asOf : undefined;
  return (
    <li
      className={styles.item}
      style={style}
      data-index={index}
      ref={measure}
      data-rule={f.rule}
      data-row={f.row}
      data-severity={f.severity}
    >
      <div className={styles.line}>
        <Badge
          size="small"
          className={styles.badge}
          appearance="filled"
          color={BADGE[f.severity]}
          title={`Severity: ${SEVERITY_WORD[f.severity]}`}
        >
          {SEVERITY_WORD[f.severity]}
        </Badge>
        <button
          type="button"
          className={styles.toggle}
          aria-expanded={open}
          aria-controls={id}
          onClick={onToggle}
          title={`${title}: ${who} (rule id ${f.rule})`}
        >
          <span className={styles.chevron} aria-hidden="true">
            {open ? "▾" : "▸"}
          </span>
          <span className={styles.text}>
            {/* The customer first: the name an account manager scans for; then what to do, then the product. */}
            <span className={styles.what}>{f.customer || "No customer"}</span> · {title}
            {f.product ? ` · ${f.product}` : ""}
          </span>
        </button>
        {f.actBy && left !== undefined && (
          <span
            className={mergeClasses(styles.when, left < 0 && styles.late)}
            data-testid="act-by"
            title={`Act by ${formatIso(f.actBy)}`}
          >
            <span className={styles.hidden}>Act by </span>
            {shortDate(f.actBy, asOf)} · {daysLeft(left)}
          </span>
        )}
        {f.cost !== undefined && (
          <span className={styles.money} data-testid="at-stake" title={`Money at stake: ${formatMoney(f.cost)}`}>
            {formatWhole(f.cost)}
            <span className={styles.hidden}> at stake</span>
          </span>
        )}
        <Button
          size="small"
          className={styles.go}
          onClick={() => onGoToRow(f)}
          aria-label={`Go to row ${f.row}: ${title}${f.customer ? `, ${f.customer}` : ""}`}
        >
          Row {f.row}
        </Button>
      </div>
      <div id={id} className={styles.details} hidden={!open}>
        <span style={{ display: "block" }}>{f.message}</span>
        <span className={styles.meta}>
          {[
            `Row ${f.row}`,
            f.subscriptionId && `subscription ${f.subscriptionId}`,
            f.date && `date ${formatIso(f.date)}`,
            `rule ${f.rule}`,
          ]
            .filter(Boolean)
            .join(" · ")}
        </span>
      </div>
    </li>
  );
}
