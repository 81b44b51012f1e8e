import * as React from "react";
import { Button, Caption1, Field, Select, Switch, makeStyles, tokens } from "@fluentui/react-components";
import {
  ROLES,
  ROLE_LABELS,
  rolesOfKind,
  type ColumnExample,
  type ColumnMap,
  type ReportKind,
  type Role,
} from "../../review";
import type { DateOrder } from "../../rules/dates";
import { formatDay } from "../../locale";

const useStyles = makeStyles({
  grid: { display: "grid", gridTemplateColumns: "minmax(0, 1fr)", rowGap: tokens.spacingVerticalS },
  note: { color: tokens.colorNeutralForeground3 },
  examples: { overflowWrap: "anywhere" },
});

const KIND_WORDS: Record<ReportKind, string> = {
  csp: "CSP subscription report",
  ea: "EA enrollment list",
};

/**
 * A column's example values as the mapping shows them: "Contoso · Fabrikam", a date cell as its day,
 * a date written as text with the day it was read as ("03/04/2026 → 3 Apr 2026").
 */
export function examplesText(examples: readonly ColumnExample[] | undefined): string {
  if (!examples?.length) return "";
  return examples
    .map((e) => {
      if (e.day === undefined) return e.text;
      const day = formatDay(e.day);
      return e.text && e.text !== day ? `${e.text} → ${day}` : day;
    })
    .join(" · ");
}

export interface MappingEditorProps {
  headers: readonly string[];
  columns: ColumnMap;
  detected: ColumnMap;
  dateOrder: DateOrder;
  /** How the order was decided: values, header, other-columns, hint, default (assumed), chosen, or none (no date needed it). */
  dateOrderSource: string;
  onChange: (role: Role, column: number | null) => void;
  onDateOrderChange: (order: DateOrder) => void;
  /** Back to the detected mapping (shown when the user has corrections). */
  onReset?: () => void;
  /** The report's kind: only its roles are listed until the user asks for every role. */
  kind?: ReportKind;
  /** Columns mapped by their values (no header named the role): marked so the user checks them. */
  inferred?: ReadonlyArray<{ role: Role; column: number }>;
  /** A few values of each column (by column index), shown beside the role it plays. */
  examples?: readonly ColumnExample[][];
}

/** How the date order was decided, by its source (App passes "none" where no date needed an order). */
const ORDER_HINTS: Record<string, string> = {
  default: "Assumed: the dates could be read either way. Check a date and switch if needed.",
  none: "Not needed: every date is a date cell or unambiguous text. The switch applies to dates written like 03/04/2026.",
  chosen: "Chosen by you.",
  header: "Stated in a date column's header (such as dd/mm/yyyy).",
  hint: "Decided by a day-first market's words in the report (AUD, GST, VAT, .com.au …).",
  values: "Decided from the dates in the report.",
};

/**
 * The column mapping the review detected (role ← header), correctable from drop-downs: the roles of
 * the report's kind (every role on request), each with a few of its column's values, columns mapped
 * by their values marked; and the date order with a switch.
 */
export function MappingEditor(props: MappingEditorProps): React.ReactElement {
  const styles = useStyles();
  const { headers, columns, detected } = props;
  const kind = props.kind ?? "csp";
  const [everyRole, setEveryRole] = React.useState(false);
  const ofKind = new Set(rolesOfKind(kind));
  // A role the user or the review mapped is always listed, whatever the kind.
  const shown = ROLES.filter((r) => everyRole || ofKind.has(r) || columns[r] !== undefined);
  const more = ROLES.length - shown.length;
  const byValues = new Set((props.inferred ?? []).map((c) => `${c.role}|${c.column}`));
  return (
    <section aria-label="Column mapping" className={styles.grid}>
      <Field label="Date order" hint={ORDER_HINTS[props.dateOrderSource] ?? ORDER_HINTS.values}>
        <Switch
          checked={props.dateOrder === "dmy"}
          label={props.dateOrder === "dmy" ? "Day first (31/12/2026)" : "Month first (12/31/2026)"}
          onChange={(_, data) => props.onDateOrderChange(data.checked ? "dmy" : "mdy")}
        />
      </Field>
      <Caption1 className={styles.note} data-testid="mapping-kind">
        {everyRole
          ? `Read as a ${KIND_WORDS[kind]}: every role is listed.`
          : `Read as a ${KIND_WORDS[kind]}: the roles that matter for it are listed.`}
      </Caption1>
      {shown.map((role) => {
        const column = columns[role];
        const changed = column !== detected[role];
        const found = column !== undefined && !changed && byValues.has(`${role}|${column}`);
        const examples = column === undefined ? "" : examplesText(props.examples?.[column]);
        return (
          <Field
            key={role}
            label={`${ROLE_LABELS[role]}${changed ? " (changed)" : found ? " (found by its values)" : ""}`}
            hint={examples ? <span className={styles.examples}>e.g. {examples}</span> : undefined}
          >
            <Select
              aria-label={`Column for ${ROLE_LABELS[role]}`}
              data-role={role}
              data-by-values={found ? "true" : undefined}
              value={column === undefined ? "" : String(column)}
              onChange={(_, data) => props.onChange(role, data.value === "" ? null : Number(data.value))}
            >
              <option value="">(not used)</option>
              {headers.map((h, i) => (
                <option key={i} value={String(i)}>
                  {h || `(column ${i + 1})`}
                </option>
              ))}
            </Select>
          </Field>
        );
      })}
      {(more > 0 || everyRole) && (
        <Button size="small" appearance="subtle" onClick={() => setEveryRole(!everyRole)}>
          {everyRole ? `Only the roles of a ${KIND_WORDS[kind]}` : `Show every role (${more} more)`}
        </Button>
      )}
      <Caption1 className={styles.note}>
        A column plays one role: choosing it here frees it from another. Your corrections are kept with this workbook
        and used again for reports with the same header row. A column marked “found by its values” had no header naming
        its role: check its examples.
      </Caption1>
      {props.onReset && (
        <Button onClick={props.onReset} size="small">
          Use the detected mapping
        </Button>
      )}
    </section>
  );
}
