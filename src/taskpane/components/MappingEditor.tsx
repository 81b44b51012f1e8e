import * as React from "react";
import { Button, Caption1, Field, Select, Switch, makeStyles, tokens } from "@fluentui/react-components";
import { ROLES, ROLE_LABELS, type ColumnMap, type Role } from "../../review";
import type { DateOrder } from "../../rules/dates";

const useStyles = makeStyles({
  grid: { display: "grid", gridTemplateColumns: "1fr", rowGap: tokens.spacingVerticalS },
  note: { color: tokens.colorNeutralForeground3 },
});

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

/** The column mapping the review detected (role ← header), correctable from drop-downs, and the date order with a switch. */
export function MappingEditor(props: MappingEditorProps): React.ReactElement {
  const styles = useStyles();
  const { headers, columns, detected } = props;
  return (
    <section aria-label="Column mapping" className={styles.grid}>
      <Field label="Date order" hint={ORDER_HINTS[props.dateOrderSource] ?? ORDER_HINTS.values}>
        <Switch
          checked={props.dateOrder === "dmy"}
          label={props.dateOrder === "dmy" ? "Day first (31/12/2026)" : "Month first (12/31/2026)"}
          onChange={(_, data) => props.onDateOrderChange(data.checked ? "dmy" : "mdy")}
        />
      </Field>
      {ROLES.map((role) => {
        const column = columns[role];
        const changed = column !== detected[role];
        return (
          <Field key={role} label={`${ROLE_LABELS[role]}${changed ? " (changed)" : ""}`}>
            <Select
              aria-label={`Column for ${ROLE_LABELS[role]}`}
              data-role={role}
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
      <Caption1 className={styles.note}>
        A column plays one role: choosing it here frees it from another. Your corrections are kept with this workbook
        and used again for reports with the same header row.
      </Caption1>
      {props.onReset && (
        <Button onClick={props.onReset} size="small">
          Use the detected mapping
        </Button>
      )}
    </section>
  );
}
