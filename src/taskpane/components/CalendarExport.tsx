import * as React from "react";
import { Button, Caption1, Field, Subtitle2, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { CALENDAR_FILE } from "../download";

const useStyles = makeStyles({
  root: {
    display: "grid",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  buttons: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalXS },
  text: { fontFamily: tokens.fontFamilyMonospace },
});

export interface CalendarExportProps {
  /** The iCalendar text. */
  text: string;
  /** How many act-by dates it holds. */
  count: number;
  /** Copies text to the clipboard; rejects where the host does not allow it. */
  copy: (text: string) => Promise<void>;
  onClose: () => void;
}

/**
 * The act-by calendar where the pane cannot save a file (Excel on Mac and iPad: their web view drops
 * downloads): the calendar's text to copy, and how to make the .ics file from it. Nothing here says a
 * file was saved, because none was.
 */
export function CalendarExport({ text, count, copy, onClose }: CalendarExportProps): React.ReactElement {
  const styles = useStyles();
  const area = React.useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = React.useState<"no" | "yes" | "failed">("no");
  const onCopy = async () => {
    try {
      await copy(text);
      setCopied("yes");
    } catch {
      // The clipboard is not ours to write here: select the text so ⌘C copies it.
      area.current?.focus();
      area.current?.select();
      setCopied("failed");
    }
  };
  return (
    <section className={styles.root} aria-labelledby="calendar-export-title">
      <Subtitle2 id="calendar-export-title">Add {count} act-by dates to your calendar</Subtitle2>
      <Caption1>Excel on this computer cannot save files from an add-in, so the calendar is here as text:</Caption1>
      <ol className={styles.steps}>
        <li>Copy the calendar below.</li>
        <li>In TextEdit: File › New, Format › Make Plain Text, paste.</li>
        <li>
          Save it as “{CALENDAR_FILE}” and open the file: Calendar or Outlook adds the dates. Saving and opening it
          again later updates them.
        </li>
      </ol>
      <div className={styles.buttons}>
        <Button appearance="primary" size="small" onClick={onCopy}>
          Copy the calendar
        </Button>
        <Button size="small" onClick={onClose}>
          Close
        </Button>
      </div>
      <div aria-live="polite">
        {copied === "yes" && (
          <Caption1>Copied. Paste it into a plain-text document and save it as “{CALENDAR_FILE}”.</Caption1>
        )}
        {copied === "failed" && (
          <Caption1>Excel did not let the pane copy: the text is selected — press ⌘C (Ctrl+C) to copy it.</Caption1>
        )}
      </div>
      <Field label="Calendar (iCalendar text)">
        <Textarea ref={area} className={styles.text} value={text} readOnly resize="vertical" rows={6} />
      </Field>
    </section>
  );
}
