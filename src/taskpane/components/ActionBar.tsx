import * as React from "react";
import { Button, Caption1, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
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
      <Button onClick={props.onClear} disabled={props.busy}>
        Clear highlights
      </Button>
      <Button onClick={props.onWrite} disabled={props.busy || !props.canWrite}>
        Write findings to a sheet
      </Button>
      <Button onClick={props.onCalendar} disabled={props.busy || !props.canCalendar}>
        Add to calendar
      </Button>
    </div>
  );
}

/** Long work's progress, with Cancel (also Escape) while reading or reviewing. */
export function ProgressPanel(props: { label: string; done: number; total: number; cancellable: boolean; onCancel: () => void }): React.ReactElement {
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
