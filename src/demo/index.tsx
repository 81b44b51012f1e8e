/**
 * The browser demo: the real task pane beside a small in-page workbook preloaded with a sample
 * report, through the same WorkbookHost interface as Excel. For trying the product with no Excel,
 * and for the browser tests.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { DEFAULT_SETTINGS } from "../excel/host";
import { MemoryWorkbook } from "../excel/memory-workbook";
import { parseCsv } from "../review";
import { App } from "../taskpane/App";
import sample from "./sample-report.csv";
import { WorkbookView } from "./WorkbookView";
import { readReportFile } from "./open-file";

const params = new URLSearchParams(location.search);
const workbook = new MemoryWorkbook();
workbook.addSheet("Report", parseCsv(sample));
// Cells the user had coloured before the review: Clear must leave them as they were.
workbook.setFill("Report", 4, 0, "#C6EFCE");
workbook.setFill("Report", 4, 1, "#C6EFCE");
workbook.addSheet("Notes", [["Renewal meeting notes"], ["Call Banksia Legal about the EMS reduction"]]);
workbook.activate("Report");
workbook.select({ sheet: "Report", top: 3, left: 0, bottom: 3, right: 0 });
if (params.get("theme") === "dark" || params.get("theme") === "light")
  workbook.themeOverride = params.get("theme") as "dark" | "light";
// The demo may fix as_of from its address (?asOf=2026-11-21) so that what it shows is reproducible.
if (params.get("asOf")) void workbook.saveSettings({ ...DEFAULT_SETTINGS, asOf: params.get("asOf")! });

/** For tests and people exploring: load another report, as if pasted into a new sheet. */
(window as unknown as { renewalRadarDemo: unknown }).renewalRadarDemo = {
  workbook,
  paste(name: string, csv: string) {
    workbook.addSheet(name, parseCsv(csv));
    workbook.activate(name);
  },
  /** A file's bytes, as if opened or dropped on the page. */
  open(fileName: string, bytes: Uint8Array) {
    const { name, cells } = readReportFile(fileName, bytes);
    return addReport(name, cells);
  },
};

let added = 0;
/** Adds a report to the demo workbook as a new sheet, and shows it. */
function addReport(name: string, cells: unknown[][]): string {
  added++;
  const sheet = `${name || "Pasted"} ${added}`.slice(0, 31);
  workbook.addSheet(sheet, cells);
  workbook.activate(sheet);
  return sheet;
}

/** Reads a chosen or dropped file into a new sheet; says what was added or what went wrong. */
async function openFile(file: File): Promise<string> {
  try {
    const { name, cells } = readReportFile(file.name, new Uint8Array(await file.arrayBuffer()));
    return `“${addReport(name, cells)}” added from ${file.name}: press Review.`;
  } catch (error) {
    return (error as Error).message;
  }
}

/**
 * Your own report, all in the page (nothing is uploaded): paste CSV text or rows copied from a
 * spreadsheet, or open (or drop anywhere on the page) a CSV or .xlsx file. The box closes after use.
 */
function OwnReport({ onMessage }: { onMessage: (m: string) => void }): React.ReactElement {
  const [text, setText] = React.useState("");
  const [open, setOpen] = React.useState(false);
  return (
    <details
      style={{ padding: 4, fontSize: 13 }}
      open={open}
      onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}
    >
      <summary>Try your own report…</summary>
      <label htmlFor="open-report" style={{ display: "block", margin: "4px 0" }}>
        Open a CSV or .xlsx file (or drop it anywhere on this page):
      </label>
      <input
        id="open-report"
        type="file"
        accept=".csv,.tsv,.txt,.xlsx,.xlsm,text/csv"
        onChange={async (e) => {
          const file = e.target.files?.[0];
          if (!file) return;
          onMessage(await openFile(file));
          e.target.value = "";
          setOpen(false);
        }}
      />
      <label htmlFor="paste-report" style={{ display: "block", margin: "4px 0" }}>
        Or paste CSV text, or rows copied from a spreadsheet (tab-separated), header row included:
      </label>
      <textarea
        id="paste-report"
        rows={6}
        style={{ width: "100%", boxSizing: "border-box" }}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <button
        disabled={!text.trim()}
        onClick={() => {
          const sheet = addReport("Pasted", parseCsv(text));
          setText("");
          setOpen(false);
          onMessage(`“${sheet}” added: press Review.`);
        }}
      >
        Add as a new sheet
      </button>
    </details>
  );
}

/** The pane's width (Excel's task pane is 320 px at its narrowest); ?pane=320 tries that. */
const PANE_WIDTH = Math.min(800, Math.max(300, Number(params.get("pane")) || 400));

function Demo(): React.ReactElement {
  const [paneOpen, setPaneOpen] = React.useState(true);
  const [key, setKey] = React.useState(0);
  const [message, setMessage] = React.useState("");
  // Ctrl+V anywhere outside a text field pastes a report as a new sheet, as pasting into a sheet does.
  React.useEffect(() => {
    const onPaste = (e: ClipboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target?.closest("input, textarea, select, [contenteditable=true]")) return;
      const text = e.clipboardData?.getData("text/plain") ?? "";
      if (!text.trim()) return;
      e.preventDefault();
      setMessage(`“${addReport("Pasted", parseCsv(text))}” added from the clipboard: press Review.`);
    };
    document.addEventListener("paste", onPaste);
    return () => document.removeEventListener("paste", onPaste);
  }, []);
  return (
    <div
      onDragOver={(e) => e.preventDefault()}
      onDrop={async (e) => {
        e.preventDefault();
        const file = e.dataTransfer.files[0];
        if (file) setMessage(await openFile(file));
      }}
      style={{
        display: "grid",
        gridTemplateColumns: paneOpen ? `minmax(0, 1fr) ${PANE_WIDTH}px` : "minmax(0, 1fr) auto",
        height: "100vh",
        overflow: "hidden",
      }}
    >
      <WorkbookView workbook={workbook} />
      <aside
        aria-label="Task pane"
        style={{ borderLeft: "1px solid #c8c6c4", overflowY: "auto", overflowX: "hidden", height: "100vh" }}
      >
        <div style={{ display: "flex", justifyContent: "flex-end", padding: 4 }}>
          <button
            onClick={() => {
              setPaneOpen(!paneOpen);
              setKey(key + 1);
            }}
          >
            {paneOpen ? "Close pane" : "Open Renewal Radar"}
          </button>
        </div>
        {paneOpen && <OwnReport onMessage={setMessage} />}
        {/* What a drop or a file did, also when the box is closed. */}
        {paneOpen && message && (
          <p role="status" data-testid="demo-file-status" style={{ margin: 4, fontSize: 13 }}>
            {message}
          </p>
        )}
        {paneOpen && <App key={key} host={workbook} />}
      </aside>
    </div>
  );
}

createRoot(document.getElementById("root")!).render(<Demo />);
