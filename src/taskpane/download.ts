import { actByCalendar, type Finding } from "../review";
import type { Status } from "./pane-state";

/**
 * Saves text as a file through the browser's download (a Blob URL and a link click): no network,
 * nothing sent anywhere. Used for the act-by calendar.
 */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Give the browser the time to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** The act-by calendar's file name (the pane's download, and the name the Mac instructions give). */
export const CALENDAR_FILE = "renewal-radar-act-by.ics";

/** Downloads the act-by dates as an .ics file (one all-day event per finding); returns what to tell the user. */
export function downloadActByCalendar(findings: readonly Finding[]): Status {
  const dated = findings.filter((f) => f.actBy).length;
  try {
    downloadText(CALENDAR_FILE, actByCalendar(findings), "text/calendar;charset=utf-8");
    return {
      intent: "success",
      title: "Calendar downloaded",
      text: `${dated} act-by dates are in “${CALENDAR_FILE}”: open it to add them to your calendar. Importing it again updates them.`,
    };
  } catch (error) {
    return { intent: "error", title: "Could not make the calendar", text: `${(error as Error).message}` };
  }
}
