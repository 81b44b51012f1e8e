import * as React from "react";
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { HIGHLIGHT_COLORS } from "../../excel/host";
import type { ReviewResult, Severity } from "../../review";

const useStyles = makeStyles({
  chart: { display: "flex", alignItems: "flex-end", columnGap: "3px", height: "110px", borderBottom: `1px solid ${tokens.colorNeutralStroke1}` },
  bar: { flex: 1, display: "flex", flexDirection: "column-reverse", minWidth: "8px" },
  labels: { display: "flex", columnGap: "3px" },
  label: { flex: 1, fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3, textAlign: "center" },
  legend: { display: "flex", columnGap: tokens.spacingHorizontalM, flexWrap: "wrap" },
  swatch: { display: "inline-block", width: "10px", height: "10px", marginRight: "4px" },
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)" },
});

type Level = Severity | "none";
const LEVELS: Level[] = ["none", "info", "warning", "high"];
const COLORS: Record<Level, string> = { ...HIGHLIGHT_COLORS, none: "#8A8886" };
const WEEKS = 13;

/** Anniversaries per week over the next 90 days, coloured by the row's most severe finding. */
export function Timeline({ result }: { result: ReviewResult }): React.ReactElement {
  const styles = useStyles();
  const weeks = React.useMemo(() => {
    const buckets = Array.from({ length: WEEKS }, () => ({ none: 0, info: 0, warning: 0, high: 0 }) as Record<Level, number>);
    for (const u of result.upcoming) {
      const w = Math.min(WEEKS - 1, Math.max(0, Math.floor((u.days - 1) / 7)));
      buckets[w][result.rowSeverity.get(u.row) ?? "none"]++;
    }
    return buckets;
  }, [result]);
  const max = Math.max(1, ...weeks.map((b) => b.none + b.info + b.warning + b.high));
  const total = result.upcoming.length;
  return (
    <section aria-label="Renewal timeline">
      <Caption1>
        {total} anniversaries in the next 90 days, by week from {result.summary.asOf}.
      </Caption1>
      <div className={styles.chart} role="img" aria-label={`Bar chart of ${total} anniversaries over 13 weeks`}>
        {weeks.map((b, i) => (
          <div key={i} className={styles.bar} title={`Week ${i + 1}: ${b.high} high, ${b.warning} warning, ${b.none + b.info} other`}>
            {LEVELS.map((l) =>
              b[l] ? <div key={l} style={{ height: `${(b[l] / max) * 100}px`, background: COLORS[l] }} /> : null,
            )}
          </div>
        ))}
      </div>
      <div className={styles.labels} aria-hidden="true">
        {weeks.map((_, i) => (
          <span key={i} className={styles.label}>
            {i % 2 === 0 ? `w${i + 1}` : ""}
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
      <table className={styles.hidden}>
        <caption>Anniversaries per week</caption>
        <thead>
          <tr><th>Week</th><th>High</th><th>Warning</th><th>Other</th></tr>
        </thead>
        <tbody>
          {weeks.map((b, i) => (
            <tr key={i}><td>{i + 1}</td><td>{b.high}</td><td>{b.warning}</td><td>{b.none + b.info}</td></tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
