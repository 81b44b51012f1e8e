/** The pane's states and status messages (what App.tsx shows while it works). */

export type Phase = "idle" | "reading" | "reviewing" | "painting" | "writing" | "done";
export type TabName = "findings" | "mapping" | "timeline" | "settings";

/** The one message the pane shows about the last thing it did. */
export interface Status {
  intent: "success" | "error" | "warning" | "info";
  title: string;
  text: string;
}

export const PHASE_LABEL: Record<Phase, string> = {
  idle: "",
  reading: "Reading the report from the sheet…",
  reviewing: "Reviewing rows…",
  painting: "Highlighting risky rows…",
  writing: "Writing findings to a new sheet…",
  done: "",
};
