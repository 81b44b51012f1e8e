import * as React from "react";
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { HIGHLIGHT_COLORS } from "../../excel/host";
import type { ReviewResult, Severity } from "../../review";
import { formatCount, formatDayMonth } from "../../locale";
import { iso } from "../../rules/dates";

const useStyles = makeStyles({
  chart: {
    display: "flex",
    alignItems: "flex-end",
    columnGap: "2px",
    height: "130px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  bar: {
    flex: "1 1 0",
    minWidth: 0,
    height: "100%",
    display: "flex",
    flexDirection: "column-reverse",
    background: "none",
    border: "none",
    padding: 0,
    cursor: "pointer",
    ":hover": { background: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  count: {
    fontSize: tokens.fontSizeBase100,
    color: tokens.colorNeutralForeground2,
    textAlign: "center",
    lineHeight: "14px",
  },
  labels: { display: "flex", columnGap: "2px" },
  // A label every fourth week, starting under its week and running over the unlabelled ones.
  label: {
    flex: "1 1 0",
    minWidth: 0,
    fontSize: tokens.fontSizeBase100,
    color: tokens.colorNeutralForeground3,
    textAlign: "start",
    overflow: "visible",
    whiteSpace: "nowrap",
  },
  legend: { display: "flex", columnGap: tokens.spacingHorizontalM, flexWrap: "wrap" },
  swatch: { display: "inline-block", width: "10px", height: "10px", marginRight: "4px" },
});

type Level = Severity | "none";
const LEVELS: Level[] = ["none", "info", "warning", "high"];
const COLORS: Record<Level, string> = { ...HIGHLIGHT_COLORS, none: "#8A8886" };
const WEEKS = 13;

export interface TimelineProps {
  result: ReviewResult;
  /** A week was chosen: show the findings of the rows renewing in it. */
  onWeek: (rows: ReadonlySet<number>, label: string) => void;
}

/**
 * Anniversaries per week over the next 90 days, coloured by the row's most severe finding; each
 * week is a button (dated, with its count) that filters the findings list to its rows.
 */
export function Timeline({ result, onWeek }: TimelineProps): React.ReactElement {
  const styles = useStyles();
  const asOf = iso(result.summary.asOf);
  const weeks = React.useMemo(() => {
    const buckets = Array.from({ length: WEEKS }, () => ({
      none: 0,
      info: 0,
      warning: 0,
      high: 0,
      rows: new Set<number>(),
    }));
    for (const u of result.upcoming) {
      const w = Math.min(WEEKS - 1, Math.max(0, Math.floor((u.days - 1) / 7)));
      buckets[w][result.rowSeverity.get(u.row) ?? "none"]++;
      buckets[w].rows.add(u.row);
    }
    return buckets.map((b, i) => {
      const first = asOf + 1 + i * 7;
      const last = first + 6;
      return {
        ...b,
        first,
        last,
        total: b.none + b.info + b.warning + b.high,
        label: `${formatDayMonth(first)} – ${formatDayMonth(last)}`,
      };
    });
  }, [result, asOf]);
  const max = Math.max(1, ...weeks.map((b) => b.total));
  const total = result.upcoming.length;
  return (
    <section aria-label="Renewal timeline">
      <Caption1 block>
        {formatCount(total)} anniversaries in the next 90 days, by week. Choose a week to list its findings.
      </Caption1>
      <div className={styles.chart} role="group" aria-label="Anniversaries per week">
        {weeks.map((b, i) => (
          <button
            type="button"
            key={i}
            className={styles.bar}
            disabled={b.total === 0}
            onClick={() => onWeek(b.rows, `renewing ${b.label}`)}
            aria-label={`Week of ${b.label}: ${b.total} anniversaries (${b.high} high, ${b.warning} warning, ${b.none + b.info} other)`}
            title={`${b.label}: ${b.high} high, ${b.warning} warning, ${b.none + b.info} other`}
          >
            {LEVELS.map((l) =>
              b[l] ? (
                <span
                  key={l}
                  style={{ display: "block", width: "100%", height: `${(b[l] / max) * 100}px`, background: COLORS[l] }}
                />
              ) : null,
            )}
            <span className={styles.count} aria-hidden="true">
              {b.total || ""}
            </span>
          </button>
        ))}
      </div>
      <div className={styles.labels} aria-hidden="true">
        {weeks.map((b, i) => (
          <span key={i} className={styles.label}>
            {i % 4 === 0 ? formatDayMonth(b.first) : ""}
          </span>
        ))}
      </div>
      <div className={styles.legend}>
        {(["high", "warning", "none"] as Level[]).map((l) => (
          <Caption1 key={l}>
            <span className={styles.swatch} style={{ background: COLORS[l] }} />
            {l === "none" ? "no finding" : l}
          </Caption1>
        ))}
      </div>
    </section>
  );
}
