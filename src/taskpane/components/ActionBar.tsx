import * as React from "react";
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Status } from "../pane-state";

const useStyles = makeStyles({
  actions: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalXS,
    rowGap: tokens.spacingVerticalXS,
  },
  progress: { display: "grid", rowGap: tokens.spacingVerticalXS },
});

export interface ActionBarProps {
  busy: boolean;
  canWrite: boolean;
  canCalendar: boolean;
  onReview: () => void;
  onClear: () => void;
  onWrite: () => void;
  onCalendar: () => void;
}

/** The pane's commands: Review, Clear highlights, Write findings to a sheet, Add to calendar. */
export function ActionBar(props: ActionBarProps): React.ReactElement {
  const styles = useStyles();
  return (
    <div className={styles.actions}>
      <Button appearance="primary" onClick={props.onReview} disabled={props.busy}>
        Review
      </Button>
      <Button size="small" onClick={props.onClear} disabled={props.busy}>
        Clear highlights
      </Button>
      <Button size="small" onClick={props.onWrite} disabled={props.busy || !props.canWrite}>
        Write findings to a sheet
      </Button>
      <Button size="small" onClick={props.onCalendar} disabled={props.busy || !props.canCalendar}>
        Add to calendar
      </Button>
    </div>
  );
}

/** Long work's progress, with Cancel (also Escape) while reading or reviewing. */
export function ProgressPanel(props: {
  label: string;
  done: number;
  total: number;
  cancellable: boolean;
  onCancel: () => void;
}): React.ReactElement {
  const styles = useStyles();
  return (
    <div className={styles.progress} role="status" aria-live="polite">
      <ProgressBar value={props.total ? props.done / props.total : undefined} aria-label={props.label} />
      <Caption1>
        {props.label} {props.total ? `${props.done.toLocaleString()} of ${props.total.toLocaleString()}` : ""}
      </Caption1>
      {props.cancellable && (
        <Button size="small" onClick={props.onCancel} aria-keyshortcuts="Escape">
          Cancel (Esc)
        </Button>
      )}
    </div>
  );
}

/** The one message about the last thing the pane did (announced to screen readers). */
export function StatusMessage({ status }: { status: Status | null }): React.ReactElement {
  return (
    <div aria-live="polite">
      {status && (
        <MessageBar intent={status.intent}>
          <MessageBarBody>
            <MessageBarTitle>{status.title}</MessageBarTitle>
            {status.text}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

/** Shown when the user edits the reviewed report after the review: the findings may be out of date. */
export function StaleNotice({ onReview, busy }: { onReview: () => void; busy: boolean }): React.ReactElement {
  return (
    <MessageBar intent="warning" role="status">
      <MessageBarBody>
        <MessageBarTitle>The report changed</MessageBarTitle>
        Cells of the reviewed report were edited after the review: the findings may be out of date.
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onReview} disabled={busy}>
          Review again
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
