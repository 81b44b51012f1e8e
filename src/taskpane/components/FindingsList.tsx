import * as React from "react";
import { Badge, Button, Caption1, Field, Select, ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import { RULE_IDS, RULE_TITLES, SEVERITIES, type Finding, type RuleId, type Severity } from "../../review";

const useStyles = makeStyles({
  filters: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS, alignItems: "end" },
  list: { listStyleType: "none", padding: 0, margin: 0 },
  item: {
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalS} 0`,
    display: "grid",
    rowGap: tokens.spacingVerticalXS,
  },
  head: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  meta: { color: tokens.colorNeutralForeground3 },
  message: { overflowWrap: "anywhere" },
});

const BADGE: Record<Severity, "danger" | "warning" | "informative"> = { high: "danger", warning: "warning", info: "informative" };
const PAGE = 100;

export interface FindingsListProps {
  findings: readonly Finding[];
  onGoToRow: (finding: Finding) => void;
}

/** The findings, most severe first, filterable by severity and rule, each with Go to row. */
export function FindingsList({ findings, onGoToRow }: FindingsListProps): React.ReactElement {
  const styles = useStyles();
  const [severities, setSeverities] = React.useState<Record<Severity, boolean>>({ high: true, warning: true, info: true });
  const [rule, setRule] = React.useState<RuleId | "">("");
  const [shown, setShown] = React.useState(PAGE);
  const counts = React.useMemo(() => {
    const c: Record<string, number> = {};
    for (const f of findings) c[f.severity] = (c[f.severity] ?? 0) + 1;
    return c;
  }, [findings]);
  const visible = React.useMemo(
    () => findings.filter((f) => severities[f.severity] && (rule === "" || f.rule === rule)),
    [findings, severities, rule],
  );
  React.useEffect(() => setShown(PAGE), [findings, severities, rule]);

  return (
    <section aria-label="Findings">
      <div className={styles.filters} role="group" aria-label="Filter findings">
        {SEVERITIES.map((s) => (
          <ToggleButton
            key={s}
            size="small"
            checked={severities[s]}
            aria-pressed={severities[s]}
            onClick={() => setSeverities({ ...severities, [s]: !severities[s] })}
          >
            {`${s[0].toUpperCase()}${s.slice(1)} (${counts[s] ?? 0})`}
          </ToggleButton>
        ))}
        <Field label="Rule" size="small">
          <Select aria-label="Filter by rule" size="small" value={rule} onChange={(_, d) => setRule(d.value as RuleId | "")}>
            <option value="">All rules</option>
            {RULE_IDS.map((r) => (
              <option key={r} value={r}>
                {RULE_TITLES[r]}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Caption1 aria-live="polite">
        {visible.length === findings.length ? `${findings.length} findings` : `${visible.length} of ${findings.length} findings shown`}
      </Caption1>
      <ul className={styles.list} aria-label="Findings list">
        {visible.slice(0, shown).map((f, i) => (
          <li key={`${f.row}-${f.rule}-${i}`} className={styles.item} data-rule={f.rule} data-row={f.row} data-severity={f.severity}>
            <div className={styles.head}>
              <Badge appearance="filled" color={BADGE[f.severity]}>
                {f.severity}
              </Badge>
              <strong>{RULE_TITLES[f.rule]}</strong>
              <span className={styles.meta}>
                {[f.customer, f.product].filter(Boolean).join(" · ")} · row {f.row}
              </span>
            </div>
            <div className={styles.message}>{f.message}</div>
            <div className={styles.head}>
              {f.actBy && (
                <span className={styles.meta} data-testid="act-by">
                  Act by {f.actBy}
                </span>
              )}
              {f.cost !== undefined && (
                <span className={styles.meta} data-testid="at-stake">
                  At stake: {f.cost.toLocaleString(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}
                </span>
              )}
              <Button size="small" onClick={() => onGoToRow(f)} aria-label={`Go to row ${f.row}${f.customer ? ` (${f.customer})` : ""}`}>
                Go to row
              </Button>
            </div>
          </li>
        ))}
      </ul>
      {visible.length > shown && (
        <Button appearance="subtle" onClick={() => setShown(shown + PAGE)}>
          Show {Math.min(PAGE, visible.length - shown)} more
        </Button>
      )}
    </section>
  );
}
