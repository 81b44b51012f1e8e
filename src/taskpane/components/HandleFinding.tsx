import * as React from "react";
import { Button, Field, Input, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../review";
import { formatDay } from "../../locale";
import { iso, toISO } from "../../rules/dates";
import {
  MAX_NOTE_LENGTH,
  handledState,
  type HandledChange,
  type HandledMark,
  type HandledState,
} from "../../excel/handled";

const useStyles = makeStyles({
  group: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr)",
    rowGap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalXS,
  },
  row: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "end",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  date: { width: "10.5em", maxWidth: "100%" },
});

/** How a handled finding stands, in words: "Done", "Snoozed until 15 Dec 2026"; "" when open. */
export function handledWords(state: HandledState): string {
  if (state.kind === "done") return "Done";
  if (state.kind === "snoozed") return `Snoozed until ${formatDay(iso(state.until))}`;
  return "";
}

export interface HandleFindingProps {
  finding: Finding;
  mark?: HandledMark;
  /** The review's day (serial): a snooze ends on a later day. */
  asOf: number;
  onHandle: (finding: Finding, change: HandledChange) => void;
}

/**
 * What the user can do with a finding once it is open: mark it done (or reopen it), snooze it to a
 * day after the review's, and keep a note for a colleague. The marks are kept with the workbook.
 */
export function HandleFinding({ finding, mark, asOf, onHandle }: HandleFindingProps): React.ReactElement {
  const styles = useStyles();
  const state = handledState(mark, asOf);
  const earliest = toISO(asOf + 1);
  const [until, setUntil] = React.useState(mark?.snoozeUntil ?? toISO(asOf + 7));
  const [note, setNote] = React.useState(mark?.note ?? "");
  const untilValid = /^\d{4}-\d{2}-\d{2}$/.test(until) && until >= earliest;
  const noteChanged = note.trim() !== (mark?.note ?? "");
  return (
    <div className={styles.group} role="group" aria-label="Handle this finding">
      <div className={styles.row}>
        {state.kind === "done" ? (
          <Button size="small" onClick={() => onHandle(finding, { done: false })}>
            Reopen
          </Button>
        ) : (
          <Button size="small" onClick={() => onHandle(finding, { done: true })}>
            Mark done
          </Button>
        )}
        {state.kind === "snoozed" && (
          <Button size="small" onClick={() => onHandle(finding, { snoozeUntil: null })}>
            End snooze
          </Button>
        )}
      </div>
      <div className={styles.row}>
        <Field
          label="Snooze until"
          size="small"
          validationState={untilValid ? "none" : "error"}
          validationMessage={untilValid ? undefined : `Choose a day after ${formatDay(asOf)}.`}
        >
          <Input
            className={styles.date}
            type="date"
            size="small"
            min={earliest}
            value={until}
            onChange={(_, d) => setUntil(d.value)}
          />
        </Field>
        <Button size="small" disabled={!untilValid} onClick={() => onHandle(finding, { snoozeUntil: until })}>
          Snooze
        </Button>
      </div>
      <Field label="Note" size="small" hint={`Kept with the workbook; up to ${MAX_NOTE_LENGTH} characters.`}>
        <Textarea
          size="small"
          resize="vertical"
          maxLength={MAX_NOTE_LENGTH}
          value={note}
          onChange={(_, d) => setNote(d.value)}
        />
      </Field>
      <div className={styles.row}>
        <Button size="small" disabled={!noteChanged} onClick={() => onHandle(finding, { note: note.trim() || null })}>
          {mark?.note && !note.trim() ? "Remove note" : "Save note"}
        </Button>
      </div>
    </div>
  );
}
