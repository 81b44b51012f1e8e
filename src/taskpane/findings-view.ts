/**
 * The findings list as the pane shows it (pure, tested in Node): which findings the filters keep,
 * and the items of the list — findings in urgency order, or grouped by customer with each group's
 * money at stake.
 */
import { iso } from "../rules/dates";
import { moneyOfFindings, type Finding, type RuleId, type Severity } from "../review";
import { isHandled, type HandledMarks } from "../excel/handled";

/** Days an act-by date may lie ahead to count as due this week (today and the next 6 days; late ones too). */
export const WEEK_DAYS = 7;

/** The renewal views distributor portals offer: due within 7, 30, 60 or 90 days. */
export const DUE_WITHIN_DAYS = [7, 30, 60, 90] as const;
export type DueWithin = (typeof DUE_WITHIN_DAYS)[number];

export interface FindingsFilter {
  severities: Record<Severity, boolean>;
  rule: RuleId | "";
  /** Only findings to act on by as_of + 6 days (late ones included). */
  dueThisWeek: boolean;
  /** Only findings to act on within this many days of as_of (late ones included; undefined: any). */
  dueWithin?: DueWithin;
  /** Only findings of these rows (a week of the timeline), with how the filter is named. */
  rows?: { label: string; rows: ReadonlySet<number> };
}

export const NO_FILTER: FindingsFilter = {
  severities: { high: true, warning: true, info: true },
  rule: "",
  dueThisWeek: false,
};

/** Whether anything is filtered out. */
export function isFiltered(f: FindingsFilter): boolean {
  return (
    !f.severities.high ||
    !f.severities.warning ||
    !f.severities.info ||
    f.rule !== "" ||
    f.dueThisWeek ||
    f.dueWithin !== undefined ||
    f.rows !== undefined
  );
}

/** The findings the filter keeps, in their order. `asOf`: the review's day (serial). */
export function applyFilter(findings: readonly Finding[], filter: FindingsFilter, asOf: number): Finding[] {
  const last = asOf + WEEK_DAYS - 1;
  const out: Finding[] = [];
  for (const f of findings) {
    if (!filter.severities[f.severity]) continue;
    if (filter.rule !== "" && f.rule !== filter.rule) continue;
    if (filter.dueThisWeek && (f.actBy === undefined || iso(f.actBy) > last)) continue;
    if (filter.dueWithin !== undefined && (f.actBy === undefined || iso(f.actBy) > asOf + filter.dueWithin)) continue;
    if (filter.rows && !filter.rows.rows.has(f.row)) continue;
    out.push(f);
  }
  return out;
}

/**
 * The findings the list starts from: without those the user handled (done, or snoozed past `asOf`)
 * unless `showHandled`; and how many handled ones there are.
 */
export function handledPool(
  findings: readonly Finding[],
  marks: HandledMarks,
  asOf: number,
  showHandled: boolean,
): { pool: readonly Finding[]; handled: number } {
  if (Object.keys(marks).length === 0) return { pool: findings, handled: 0 };
  const open: Finding[] = [];
  for (const f of findings) if (!isHandled(marks, f, asOf)) open.push(f);
  return { pool: showHandled ? findings : open, handled: findings.length - open.length };
}

/** Whether a finding is due this week (see WEEK_DAYS). */
export function isDueThisWeek(f: Finding, asOf: number): boolean {
  return f.actBy !== undefined && iso(f.actBy) <= asOf + WEEK_DAYS - 1;
}

export type ListItem =
  | { kind: "finding"; finding: Finding; key: string }
  | {
      kind: "customer";
      customer: string;
      findings: number;
      /** Money at stake by currency ("" for none): never added across currencies (RULES.md §6). */
      moneyByCurrency: Record<string, number>;
      /** The largest of those amounts: only to put the customers with most at stake first. */
      money: number;
      key: string;
    };

/** The list's items: the findings as they are (urgency order), each with a stable key. */
export function findingItems(findings: readonly Finding[]): ListItem[] {
  const keys = stableKeys();
  return findings.map((finding) => ({ kind: "finding", finding, key: keys(finding) }));
}

/**
 * Keys that stay with a finding when the list around it changes (a filter, a finding marked done),
 * so an opened finding stays the one opened: its row, rule and field, numbered only if repeated.
 */
function stableKeys(prefix = ""): (f: Finding) => string {
  const seen = new Map<string, number>();
  return (f) => {
    const base = `${prefix}${f.row}|${f.rule}|${f.field ?? ""}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return n ? `${base}|${n}` : base;
  };
}

/**
 * Grouped by customer: a heading per customer (its findings and money at stake: each row counted
 * once, at its largest cost, as the summary does), customers with the most money first, then the
 * most urgent; inside a group the findings keep their urgency order.
 */
export function customerItems(findings: readonly Finding[]): ListItem[] {
  const groups = new Map<string, { findings: Finding[]; first: number }>();
  findings.forEach((f, i) => {
    const name = f.customer ?? "";
    let g = groups.get(name);
    if (!g) groups.set(name, (g = { findings: [], first: i }));
    g.findings.push(f);
  });
  const list = Array.from(groups, ([customer, g]) => {
    const byCurrency = new Map<string, Finding[]>();
    for (const f of g.findings) {
      const c = f.currency ?? "";
      byCurrency.set(c, [...(byCurrency.get(c) ?? []), f]);
    }
    const moneyByCurrency: Record<string, number> = {};
    for (const [c, list] of byCurrency) {
      const amount = moneyOfFindings(list);
      if (amount > 0) moneyByCurrency[c] = amount;
    }
    return { customer, ...g, moneyByCurrency, money: Math.max(0, ...Object.values(moneyByCurrency)) };
  });
  list.sort((a, b) => b.money - a.money || a.first - b.first);
  const items: ListItem[] = [];
  for (const g of list) {
    items.push({
      kind: "customer",
      customer: g.customer,
      findings: g.findings.length,
      moneyByCurrency: g.moneyByCurrency,
      money: g.money,
      key: `customer|${g.customer}`,
    });
    const keys = stableKeys(`${g.customer}|`);
    for (const finding of g.findings) items.push({ kind: "finding", finding, key: keys(finding) });
  }
  return items;
}
