import * as React from "react";
import { Badge, Link, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ACTION_WORDS, RULE_TITLES, type Finding, type Severity } from "../../review";
import { daysLeft, formatDay, formatDayMonth, formatIso, formatWhole } from "../../locale";
import { iso, toYMD } from "../../rules/dates";
import { handledState, type HandledChange, type HandledMark } from "../../excel/handled";
import { HandleFinding, handledWords } from "./HandleFinding";

const useStyles = makeStyles({
  item: {
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXXS} 0`,
    boxSizing: "border-box",
  },
  // The finding reads whole at 320 px: its lines wrap, nothing is cut off.
  toggle: {
    display: "block",
    width: "100%",
    minWidth: 0,
    background: "none",
    border: "none",
    padding: 0,
    color: "inherit",
    font: "inherit",
    textAlign: "start",
    cursor: "pointer",
    overflowWrap: "anywhere",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  line: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
  },
  who: { fontWeight: tokens.fontWeightSemibold, minWidth: 0 },
  chevron: { flex: "none", width: "1em", color: tokens.colorNeutralForeground3 },
  action: { minWidth: 0 },
  when: { whiteSpace: "nowrap", color: tokens.colorNeutralForeground2 },
  late: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  badge: { minWidth: "4.2em", flex: "none", alignSelf: "center" },
  money: { whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  last: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalS,
    paddingInlineStart: "1.5em",
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
  },
  product: { minWidth: 0 },
  go: { flex: "none" },
  // No display rule here: the `hidden` attribute must keep a closed line's message out of view.
  details: { padding: `${tokens.spacingVerticalXS} 0 ${tokens.spacingVerticalXS} 1.5em`, overflowWrap: "anywhere" },
  meta: { display: "block", color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  handled: { flex: "none", alignSelf: "center" },
  note: {
    display: "block",
    paddingInlineStart: "1.5em",
    fontStyle: "italic",
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
    whiteSpace: "pre-line",
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
  /** The user's mark on this finding (done, snoozed, note), kept with the workbook. */
  mark?: HandledMark;
  /** Marks the finding done, snoozes it or keeps a note; without it the finding cannot be handled. */
  onHandle?: (f: Finding, change: HandledChange) => void;
  /** For a virtualised list: its position and measuring ref. */
  style?: React.CSSProperties;
  index?: number;
  measure?: (el: HTMLElement | null) => void;
}

/** What to do, as a sentence's start: "Set the end-of-term action", "Sign the EA renewal". */
function actionWords(f: Finding): string {
  const words = ACTION_WORDS[f.rule];
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Money with its currency and its kind: "AUD 1,200 at stake", "4,320 renewing" (RULES.md §6). */
export function moneyWords(f: Finding): string | undefined {
  if (f.cost === undefined) return undefined;
  const amount = f.currency ? `${f.currency} ${formatWhole(f.cost)}` : formatWhole(f.cost);
  return `${amount} ${f.moneyKind === "renewing" ? "renewing" : "at stake"}`;
}

/**
 * One finding, whole at the pane's narrowest width (lines wrap, nothing is cut off): severity as a
 * word, the customer and the money with its currency; what to do and by when; the product, the rule
 * and a link to the row. The finding opens to its full message.
 */
export function FindingRow({
  finding: f,
  asOf,
  open,
  onToggle,
  onGoToRow,
  mark,
  onHandle,
  style,
  index,
  measure,
}: FindingRowProps): React.ReactElement {
  const styles = useStyles();
  const id = `finding-${f.row}-${f.rule}`;
  const title = RULE_TITLES[f.rule];
  const left = f.actBy ? iso(f.actBy) - asOf : undefined;
  const money = moneyWords(f);
  const handled = handledWords(handledState(mark, asOf));
  return (
    <li
      className={styles.item}
      style={style}
      data-index={index}
      ref={measure}
      data-rule={f.rule}
      data-row={f.row}
      data-severity={f.severity}
      data-handled={handled ? "true" : undefined}
    >
      <button type="button" className={styles.toggle} aria-expanded={open} aria-controls={id} onClick={onToggle}>
        <span className={styles.line}>
          <Badge size="small" className={styles.badge} appearance="filled" color={BADGE[f.severity]}>
            {SEVERITY_WORD[f.severity]}
          </Badge>
          <span className={styles.who}>{f.customer || "No customer"}</span>
          {money && (
            <span className={styles.money} data-testid="at-stake">
              {money}
            </span>
          )}
        </span>
        <span className={styles.line}>
          <span className={styles.chevron} aria-hidden="true">
            {open ? "▾" : "▸"}
          </span>
          <span className={styles.action} data-testid="action">
            {actionWords(f)}
          </span>
          {f.actBy && left !== undefined && (
            <span className={mergeClasses(styles.when, left < 0 && styles.late)} data-testid="act-by">
              by {shortDate(f.actBy, asOf)} · {daysLeft(left)}
            </span>
          )}
          {handled && (
            <Badge size="small" appearance="tint" color="success" className={styles.handled} data-testid="handled">
              {handled}
            </Badge>
          )}
        </span>
      </button>
      <div className={styles.last}>
        <span className={styles.product}>{[f.product, title].filter(Boolean).join(" · ")}</span>
        <Link
          as="button"
          className={styles.go}
          onClick={() => onGoToRow(f)}
          aria-label={`Go to row ${f.row}: ${title}${f.customer ? `, ${f.customer}` : ""}`}
        >
          Row {f.row}
        </Link>
      </div>
      {mark?.note && (
        <span className={styles.note} data-testid="note">
          Note: {mark.note}
        </span>
      )}
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
        {open && onHandle && <HandleFinding finding={f} mark={mark} asOf={asOf} onHandle={onHandle} />}
      </div>
    </li>
  );
}
