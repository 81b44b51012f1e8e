import * as React from "react";
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Switch,
  ToggleButton,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useVirtualizer } from "@tanstack/react-virtual";
import { RULE_IDS, RULE_TITLES, SEVERITIES, type Finding, type RuleId, type Severity } from "../../review";
import { iso } from "../../rules/dates";
import { formatCount, formatMoney } from "../../locale";
import {
  NO_FILTER,
  applyFilter,
  customerItems,
  DUE_WITHIN_DAYS,
  type DueWithin,
  findingItems,
  handledPool,
  isDueThisWeek,
  isFiltered,
  type FindingsFilter,
  type ListItem,
} from "../findings-view";
import { FindingRow, SEVERITY_WORD } from "./FindingRow";
import { handledKey, type HandledChange, type HandledMarks } from "../../excel/handled";

const useStyles = makeStyles({
  filters: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalXS,
    rowGap: tokens.spacingVerticalXS,
    alignItems: "center",
  },
  state: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    minHeight: "32px",
  },
  // The list scrolls on its own under the filters, so the first findings show on the first screen.
  scroller: {
    overflowY: "auto",
    overflowX: "hidden",
    maxHeight: "max(240px, calc(100vh - 300px))",
    minHeight: "120px",
    position: "relative",
  },
  virtual: { height: "max(240px, calc(100vh - 300px))" },
  list: { listStyleType: "none", padding: 0, margin: 0, position: "relative" },
  group: {
    padding: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXXS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    boxSizing: "border-box",
  },
  groupTitle: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
  },
  skip: {
    position: "absolute",
    left: "-10000px",
    ":focus": { position: "static", left: "auto" },
  },
  on: { fontWeight: tokens.fontWeightSemibold },
  rule: { flex: "1 1 10em", minWidth: 0, maxWidth: "16em" },
  end: { color: tokens.colorNeutralForeground3, paddingTop: tokens.spacingVerticalXS },
});

/** Lists longer than this are virtualised (only the rows in view are in the page). */
export const VIRTUAL_FROM = 200;

export interface FindingsListProps {
  findings: readonly Finding[];
  /** The review's day (serial). */
  asOf: number;
  filter: FindingsFilter;
  onFilterChange: (filter: FindingsFilter) => void;
  onGoToRow: (finding: Finding) => void;
  /**
   * Why the report could not be reviewed for renewals (RULES.md §6: never a silent all-clear): shown
   * where the findings would be when there are none.
   */
  notReviewed?: string;
  /** The findings the user handled (done, snoozed, noted): the handled ones are out of the list until Show handled. */
  handled?: HandledMarks;
  /** Marks a finding done, snoozes it or keeps a note with it. */
  onHandle?: (finding: Finding, change: HandledChange) => void;
}

const NO_MARKS: HandledMarks = {};

/** The work list: findings most urgent first (or by customer), with filters that always show. */
export function FindingsList({
  findings,
  asOf,
  filter,
  onFilterChange,
  onGoToRow,
  notReviewed,
  handled = NO_MARKS,
  onHandle,
}: FindingsListProps): React.ReactElement {
  const styles = useStyles();
  const [byCustomer, setByCustomer] = React.useState(false);
  const [showHandled, setShowHandled] = React.useState(false);
  const [open, setOpen] = React.useState<ReadonlySet<string>>(new Set());
  /** What the user just did to a finding, said in the list's live state line. */
  const [lastHandled, setLastHandled] = React.useState("");
  const { pool, handled: handledCount } = React.useMemo(
    () => handledPool(findings, handled, asOf, showHandled),
    [findings, handled, asOf, showHandled],
  );
  const counts = React.useMemo(() => {
    const c: Record<Severity | "week", number> = { high: 0, warning: 0, info: 0, week: 0 };
    for (const f of pool) {
      c[f.severity]++;
      if (isDueThisWeek(f, asOf)) c.week++;
    }
    return c;
  }, [pool, asOf]);
  /** Findings to act on within 7, 30, 60, 90 days (late ones included), as the views count them. */
  const dueCounts = React.useMemo(() => {
    const c = Object.fromEntries(DUE_WITHIN_DAYS.map((n) => [n, 0])) as Record<DueWithin, number>;
    for (const f of pool) {
      if (f.actBy === undefined) continue;
      const left = iso(f.actBy) - asOf;
      for (const n of DUE_WITHIN_DAYS) if (left <= n) c[n]++;
    }
    return c;
  }, [pool, asOf]);
  const visible = React.useMemo(() => applyFilter(pool, filter, asOf), [pool, filter, asOf]);
  const items = React.useMemo(
    () => (byCustomer ? customerItems(visible) : findingItems(visible)),
    [visible, byCustomer],
  );
  const toggle = (key: string) => {
    const next = new Set(open);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    setOpen(next);
  };
  const set = (change: Partial<FindingsFilter>) => onFilterChange({ ...filter, ...change });
  const handle = onHandle
    ? (f: Finding, change: HandledChange) => {
        onHandle(f, change);
        const who = f.customer || `row ${f.row}`;
        setLastHandled(
          change.done
            ? `Marked done: ${who}.${showHandled ? "" : " Hidden until Show handled."}`
            : change.done === false
              ? `Reopened: ${who}.`
              : change.snoozeUntil
                ? `Snoozed: ${who}.${showHandled ? "" : " Hidden until Show handled."}`
                : change.snoozeUntil === null
                  ? `Snooze ended: ${who}.`
                  : `Note ${change.note ? "saved" : "removed"}: ${who}.`,
        );
      }
    : undefined;
  const hidden = SEVERITIES.filter((s) => !filter.severities[s]);
  const inUse = [
    hidden.length ? `${hidden.map((s) => SEVERITY_WORD[s]).join(", ")} hidden` : "",
    filter.rule ? RULE_TITLES[filter.rule] : "",
    filter.dueThisWeek ? "due this week" : "",
    filter.dueWithin !== undefined ? `due within ${filter.dueWithin} days` : "",
    filter.rows?.label ?? "",
  ].filter(Boolean);

  return (
    <section aria-label="Findings">
      <div className={styles.filters} role="group" aria-label="Filter findings">
        {SEVERITIES.map((s) => (
          <ToggleButton
            key={s}
            size="small"
            appearance={filter.severities[s] ? "primary" : "outline"}
            checked={filter.severities[s]}
            aria-pressed={filter.severities[s]}
            onClick={() => set({ severities: { ...filter.severities, [s]: !filter.severities[s] } })}
          >
            <span aria-hidden="true">{filter.severities[s] ? "✓ " : "✗ "}</span>
            {`${SEVERITY_WORD[s]} (${formatCount(counts[s])})`}
          </ToggleButton>
        ))}
        <ToggleButton
          size="small"
          appearance={filter.dueThisWeek ? "primary" : "outline"}
          checked={filter.dueThisWeek}
          aria-pressed={filter.dueThisWeek}
          onClick={() => set({ dueThisWeek: !filter.dueThisWeek })}
        >
          <span aria-hidden="true">{filter.dueThisWeek ? "✓ " : ""}</span>
          {`Due this week (${formatCount(counts.week)})`}
        </ToggleButton>
        <Select
          className={styles.rule}
          aria-label="Filter by rule"
          size="small"
          value={filter.rule}
          onChange={(_, d) => set({ rule: d.value as RuleId | "" })}
        >
          <option value="">All rules</option>
          {RULE_IDS.map((r) => (
            <option key={r} value={r}>
              {RULE_TITLES[r]}
            </option>
          ))}
        </Select>
        <Select
          className={styles.rule}
          aria-label="Due within"
          size="small"
          value={filter.dueWithin === undefined ? "" : String(filter.dueWithin)}
          onChange={(_, d) => set({ dueWithin: d.value ? (Number(d.value) as DueWithin) : undefined })}
        >
          <option value="">Due any time</option>
          {DUE_WITHIN_DAYS.map((n) => (
            <option key={n} value={n}>
              {`Due within ${n} days (${formatCount(dueCounts[n])})`}
            </option>
          ))}
        </Select>
        <Switch checked={byCustomer} label="Group by customer" onChange={(_, d) => setByCustomer(d.checked)} />
      </div>
      <div className={styles.state} aria-live="polite">
        <Caption1 className={inUse.length ? styles.on : undefined}>
          {visible.length === pool.length
            ? `${formatCount(pool.length)} findings`
            : `${formatCount(visible.length)} of ${formatCount(pool.length)} findings shown`}
          {inUse.length ? ` · ${inUse.join(" · ")}` : ""}
          {handledCount > 0 ? ` · ${formatCount(handledCount)} handled${showHandled ? "" : ", hidden"}` : ""}
        </Caption1>
        {isFiltered(filter) && (
          <Button size="small" appearance="subtle" onClick={() => onFilterChange(NO_FILTER)}>
            Show all
          </Button>
        )}
        {(handledCount > 0 || showHandled) && (
          <ToggleButton
            size="small"
            appearance="subtle"
            checked={showHandled}
            aria-pressed={showHandled}
            onClick={() => setShowHandled(!showHandled)}
          >
            Show handled
          </ToggleButton>
        )}
        {lastHandled && <Caption1 data-testid="last-handled">{lastHandled}</Caption1>}
      </div>
      <a className={styles.skip} href="#after-findings">
        Skip past the findings list
      </a>
      {findings.length === 0 && notReviewed ? (
        <MessageBar intent="warning" data-testid="list-not-reviewed">
          <MessageBarBody>
            <MessageBarTitle>Not reviewed for renewals</MessageBarTitle>
            {notReviewed}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <Items
          items={items}
          asOf={asOf}
          open={open}
          onToggle={toggle}
          onGoToRow={onGoToRow}
          handled={handled}
          onHandle={handle}
        />
      )}
      <Caption1 id="after-findings" tabIndex={-1} className={styles.end} block>
        End of the findings list
      </Caption1>
    </section>
  );
}

interface ItemsProps {
  items: readonly ListItem[];
  asOf: number;
  open: ReadonlySet<string>;
  onToggle: (key: string) => void;
  onGoToRow: (f: Finding) => void;
  handled: HandledMarks;
  onHandle?: (f: Finding, change: HandledChange) => void;
}

function Items(props: ItemsProps): React.ReactElement {
  return props.items.length > VIRTUAL_FROM ? <VirtualItems {...props} /> : <PlainItems {...props} />;
}

function renderItem(
  item: ListItem,
  p: ItemsProps,
  styles: ReturnType<typeof useStyles>,
  extra: { style?: React.CSSProperties; index?: number; measure?: (el: HTMLElement | null) => void } = {},
) {
  if (item.kind === "customer") {
    return (
      <li key={item.key} className={styles.group} style={extra.style} data-index={extra.index} ref={extra.measure}>
        <h3 className={styles.groupTitle}>
          {item.customer || "No customer"} — {formatCount(item.findings)} finding{item.findings === 1 ? "" : "s"}
          {item.money > 0
            ? ` · ${Object.entries(item.moneyByCurrency)
                .map(([c, a]) => (c ? `${c} ${formatMoney(a)}` : formatMoney(a)))
                .join(", ")} at stake`
            : ""}
        </h3>
      </li>
    );
  }
  return (
    <FindingRow
      key={item.key}
      finding={item.finding}
      asOf={p.asOf}
      open={p.open.has(item.key)}
      onToggle={() => p.onToggle(item.key)}
      onGoToRow={p.onGoToRow}
      mark={p.handled[handledKey(item.finding)]}
      onHandle={p.onHandle}
      {...extra}
    />
  );
}

function PlainItems(props: ItemsProps): React.ReactElement {
  const styles = useStyles();
  return (
    <div className={styles.scroller}>
      <ul className={styles.list} aria-label="Findings list">
        {props.items.map((item) => renderItem(item, props, styles))}
      </ul>
    </div>
  );
}

/** A long list: only the rows in view (and a few around) are in the page; heights are measured. */
function VirtualItems(props: ItemsProps): React.ReactElement {
  const styles = useStyles();
  const parent = React.useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: props.items.length,
    getScrollElement: () => parent.current,
    estimateSize: (i) => (props.items[i].kind === "customer" ? 40 : 38),
    overscan: 8,
    getItemKey: (i) => props.items[i].key,
  });
  const rows = virtualizer.getVirtualItems();
  return (
    <div ref={parent} className={`${styles.scroller} ${styles.virtual}`} data-virtual="true">
      <ul className={styles.list} aria-label="Findings list" style={{ height: virtualizer.getTotalSize() }}>
        {rows.map((v) =>
          renderItem(props.items[v.index], props, styles, {
            index: v.index,
            measure: virtualizer.measureElement,
            style: { position: "absolute", top: 0, left: 0, width: "100%", transform: `translateY(${v.start}px)` },
          }),
        )}
      </ul>
    </div>
  );
}
