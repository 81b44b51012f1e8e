import * as React from "react";
import {
  Caption1,
  FluentProvider,
  Title3,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import {
  DEFAULT_SETTINGS,
  snapshotWidth,
  type PaneSettings,
  type ReportSnapshot,
  type WorkbookHost,
} from "../excel/host";
import { ReportError, actByCalendar, dateOrderMattered, type Finding, type ReviewResult, type Role } from "../review";
import type { DateOrder } from "../rules/dates";
import { ActionBar, ProgressPanel, StaleNotice, StatusMessage } from "./components/ActionBar";
import { DateOrderBanner } from "./components/DateOrderBanner";
import { downloadActByCalendar } from "./download";
import { CalendarExport } from "./components/CalendarExport";
import { PHASE_LABEL, type Phase, type Status, type TabName } from "./pane-state";
import { FindingsList } from "./components/FindingsList";
import { MappingEditor } from "./components/MappingEditor";
import { PaneTabs } from "./components/PaneTabs";
import { SettingsPanel } from "./components/SettingsPanel";
import { StatusLine, reviewSentence } from "./components/SummaryPanel";
import { Timeline } from "./components/Timeline";
import { NO_FILTER, type FindingsFilter } from "./findings-view";
import { iso, todaySerial } from "../rules/dates";
import { withHandled, type HandledChange, type HandledMarks } from "../excel/handled";
import {
  reviewOptions,
  runReview,
  savedChoices,
  withSavedDateOrder,
  withSavedMapping,
  type ReviewChoices,
} from "./run-review";

const useStyles = makeStyles({
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
  root: {
    padding: tokens.spacingHorizontalM,
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr)",
    rowGap: tokens.spacingVerticalS,
    alignContent: "start",
    minHeight: "100vh",
    boxSizing: "border-box",
  },
  hint: { color: tokens.colorNeutralForeground3 },
  title: { margin: 0 },
});

export type AppProps = { host: WorkbookHost };

/** The task pane: Review, the findings, the mapping, the timeline and the settings. */
export function App({ host }: AppProps): React.ReactElement {
  const styles = useStyles();
  const [settings, setSettings] = React.useState<PaneSettings>(DEFAULT_SETTINGS);
  /** The findings the user handled (done, snoozed, noted), kept with the workbook. */
  const [handled, setHandled] = React.useState<HandledMarks>({});
  /** The latest marks, for changes made faster than a render. */
  const handledNow = React.useRef(handled);
  const [phase, setPhase] = React.useState<Phase>("idle");
  const [progress, setProgress] = React.useState<{ done: number; total: number }>({ done: 0, total: 0 });
  const [snapshot, setSnapshot] = React.useState<ReportSnapshot | null>(null);
  const [result, setResult] = React.useState<ReviewResult | null>(null);
  const [choices, setChoices] = React.useState<ReviewChoices>({ mapping: {} });
  /** The layout key of the report under review (its header row), under which corrections are kept. */
  const [layout, setLayout] = React.useState<string | undefined>(undefined);
  const [status, setStatus] = React.useState<Status | null>(null);
  const [tab, setTab] = React.useState<TabName>("findings");
  const [filter, setFilter] = React.useState<FindingsFilter>(NO_FILTER);
  const abort = React.useRef<AbortController | null>(null);
  /** The act-by calendar as text, where the host cannot save a file (Excel on Mac). */
  const [calendarText, setCalendarText] = React.useState<string | null>(null);
  /** The report was edited after the review (the host's watch said so). */
  const [stale, setStale] = React.useState(false);
  /** Stops the host's watch on the reviewed report. */
  const unwatch = React.useRef<(() => Promise<void>) | null>(null);
  const busy = phase !== "idle" && phase !== "done";

  /** Watches the reviewed report: an edit in it says the findings may be stale. A watch that cannot start only costs the notice. */
  const watch = async (snap: ReportSnapshot) => {
    await unwatch.current?.();
    unwatch.current = null;
    setStale(false);
    try {
      unwatch.current = await host.watchReport(snap, () => setStale(true));
    } catch {
      // No watch: the pane works as before, without the stale notice.
    }
  };
  React.useEffect(() => () => void unwatch.current?.(), []);

  React.useEffect(() => {
    if (!busy) return;
    // Escape cancels long work, as Cancel does, wherever the focus is (the busy buttons are disabled).
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") abort.current?.abort();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [busy]);

  React.useEffect(() => {
    host.loadSettings().then(
      (saved) => saved && setSettings({ ...DEFAULT_SETTINGS, ...saved }),
      () => setStatus({ intent: "warning", title: "Settings not loaded", text: "Using the defaults." }),
    );
    host.loadHandled().then(
      (marks) => {
        handledNow.current = marks;
        setHandled(marks);
      },
      () =>
        setStatus({
          intent: "warning",
          title: "Handled findings not loaded",
          text: "Findings marked done or snoozed before are listed again; nothing in the workbook was changed.",
        }),
    );
  }, [host]);

  /**
   * Marks a finding done, snoozes it or keeps a note: shown at once, and kept with the workbook (a
   * failure to save says so; the mark still applies until the pane closes).
   */
  const onHandle = async (finding: Finding, change: HandledChange) => {
    const next = withHandled(handledNow.current, finding, change, todaySerial());
    handledNow.current = next;
    setHandled(next);
    await saveOrSay(() => host.saveHandled(next), "Not kept with the workbook", "The change");
  };

  /** Saves with the workbook what applies now either way; a failure to save says so (`what`: "The change"). */
  const saveOrSay = async (save: () => Promise<void>, title: string, what: string) => {
    try {
      await save();
    } catch (error) {
      setStatus({
        intent: "warning",
        title,
        text: `${what} applies now but could not be saved with the workbook: ${(error as Error).message}`,
      });
    }
  };

  const fail = (error: unknown, keepResult: boolean) => {
    if ((error as Error)?.name === "AbortError") {
      setStatus({ intent: "info", title: "Cancelled", text: "Nothing in the sheet was changed." });
    } else {
      const text = error instanceof ReportError ? error.message : `${(error as Error)?.message ?? error}`;
      setStatus({ intent: "error", title: "Could not review", text });
      if (!keepResult) {
        // A failed new review leaves no stale findings under the error.
        setResult(null);
        setSnapshot(null);
      }
    }
    setPhase(keepResult && result ? "done" : "idle");
  };

  /** Reviews a snapshot with the current choices, then repaints the highlights. */
  const reviewSnapshot = async (
    snap: ReportSnapshot,
    nextChoices: ReviewChoices,
    nextSettings: PaneSettings,
    signal: AbortSignal,
  ) => {
    setPhase("reviewing");
    setProgress({ done: 0, total: snap.values.length });
    const reviewed = await runReview(
      snap,
      reviewOptions(nextSettings, nextChoices, snap),
      (done, total) => setProgress({ done, total }),
      signal,
    );
    setResult(reviewed);
    const width = snapshotWidth(snap);
    const s = reviewed.summary;
    if (nextSettings.highlight) {
      setPhase("painting");
      try {
        await host.highlight({
          sheet: snap.sheet,
          firstColumn: snap.firstColumn,
          columnCount: width,
          rows: Array.from(reviewed.rowSeverity, ([row, severity]) => ({ row, severity })),
        });
      } catch (error) {
        // The review itself succeeded: its findings stay; only the painting step failed.
        setPhase("done");
        setStatus({
          intent: "warning",
          title: `${s.rowsRead} rows reviewed, but the rows were not highlighted`,
          text: `${(error as Error)?.message ?? error} The findings are listed below.`,
        });
        return;
      }
    }
    setPhase("done");
    // The status line under the buttons says how the review went; no message repeats it.
    setStatus(null);
  };

  const onReview = async () => {
    const controller = new AbortController();
    abort.current = controller;
    setStatus(null);
    setCalendarText(null);
    try {
      setPhase("reading");
      setProgress({ done: 0, total: 0 });
      const snap = await host.readReport((done, total) => setProgress({ done, total }), controller.signal, {
        highlight: settings.highlight,
      });
      // A report with a header row the user corrected before is read with those corrections.
      const { key, choices: fresh } = savedChoices(snap, settings);
      setLayout(key);
      setSnapshot(snap);
      setChoices(fresh);
      setFilter(NO_FILTER);
      await reviewSnapshot(snap, fresh, settings, controller.signal);
      setTab("findings");
      await watch(snap);
    } catch (error) {
      fail(error, false);
    }
  };

  /** Reviews the same snapshot again (mapping, date order or settings changed); false if it failed. */
  const rerun = async (next: ReviewChoices, nextSettings = settings): Promise<boolean> => {
    if (!snapshot) return false;
    const controller = new AbortController();
    abort.current = controller;
    setChoices(next);
    try {
      await reviewSnapshot(snapshot, next, nextSettings, controller.signal);
      return true;
    } catch (error) {
      fail(error, true);
      return false;
    }
  };

  const onMappingChange = async (role: Role, column: number | null) => {
    const next = { ...choices, mapping: { ...choices.mapping, [role]: column } };
    if (!(await rerun(next))) return;
    if (layout) await keepMapping(layout, next.mapping);
  };

  /**
   * Keeps a choice the user made for this report's layout with the workbook; it applies now either
   * way, and a failure to save says so (`what`: "mapping", "date order").
   */
  const keepChoice = async (nextSettings: PaneSettings, what: string) => {
    setSettings(nextSettings);
    const title = `${what.charAt(0).toUpperCase()}${what.slice(1)} not kept`;
    await saveOrSay(() => host.saveSettings(nextSettings), title, `The ${what}`);
  };

  /** Keeps the user's corrections with the workbook for reports with this header row. */
  const keepMapping = (key: string, mapping: ReviewChoices["mapping"]) =>
    keepChoice(withSavedMapping(settings, key, mapping), "mapping");

  const onMappingReset = async () => {
    if (!(await rerun({ ...choices, mapping: {} }))) return;
    if (layout) await keepMapping(layout, {});
  };
  /** The user's date order: used now, and kept with the workbook for the next review of this layout. */
  const onDateOrderChange = async (order: DateOrder) => {
    if (!(await rerun({ ...choices, forceDateOrder: order })) || !layout) return;
    await keepChoice(withSavedDateOrder(settings, layout, order), "date order");
  };

  const onClear = async () => {
    try {
      const { removed, failed } = await host.clearHighlights();
      const sheets = failed.map((f) => `“${f.sheet}”`).join(", ");
      if (failed.length) {
        setStatus({
          intent: "warning",
          title: removed ? "Highlights cleared, except on some sheets" : "Could not clear the highlights",
          text:
            `Excel refused on ${sheets} (${failed[0].reason.replace(/\.$/, "")}): unprotect ${failed.length > 1 ? "them" : "it"} ` +
            `(Review > Unprotect Sheet), then press Clear highlights again.` +
            `${removed ? " The other sheets look as they did before the review." : ""}`,
        });
      } else {
        setStatus(
          removed
            ? {
                intent: "success",
                title: "Highlights cleared",
                text: "The sheets look as they did before the review: only Renewal Radar's colours were removed.",
              }
            : {
                intent: "info",
                title: "Nothing to clear",
                text: "Renewal Radar has not highlighted any rows in this workbook.",
              },
        );
      }
    } catch (error) {
      setStatus({ intent: "error", title: "Could not clear", text: `${(error as Error).message}` });
    }
  };

  const onWrite = async () => {
    if (!result || !snapshot) return;
    setPhase("writing");
    try {
      const width = snapshotWidth(snapshot);
      const name = await host.writeFindings(result.findings, snapshot, width, {
        marks: handled,
        asOf: iso(result.summary.asOf),
      });
      setStatus({
        intent: "success",
        title: "Findings written",
        text: `${result.findings.length} findings are on the new sheet “${name}”.`,
      });
    } catch (error) {
      setStatus({ intent: "error", title: "Could not write findings", text: `${(error as Error).message}` });
    }
    setPhase("done");
  };

  /** The act-by dates as an .ics download (one all-day event per finding), for Outlook or any calendar; as text to copy where downloads do not work. */
  const onCalendar = () => {
    if (!result) return;
    if (host.canDownloadFiles()) {
      setStatus(downloadActByCalendar(result.findings));
      return;
    }
    setStatus(null);
    setCalendarText(actByCalendar(result.findings));
  };

  const onGoToRow = async (f: Finding) => {
    if (!snapshot) return;
    const width = snapshotWidth(snapshot);
    try {
      await host.goToRow(snapshot.sheet, f.row, snapshot.firstColumn, width);
    } catch (error) {
      setStatus({ intent: "error", title: "Could not go to the row", text: `${(error as Error).message}` });
    }
  };

  const onSaveSettings = async (next: PaneSettings) => {
    setSettings(next);
    try {
      await host.saveSettings(next);
    } catch (error) {
      setStatus({ intent: "error", title: "Settings not saved", text: `${(error as Error).message}` });
      return;
    }
    if (snapshot && !(await rerun(choices, next))) return;
    setStatus({
      intent: "success",
      title: "Settings saved",
      text: `They are kept with this workbook.${snapshot ? " The review was updated." : ""}`,
    });
  };

  const theme = host.theme() === "dark" ? webDarkTheme : webLightTheme;

  return (
    <FluentProvider theme={theme}>
      <main className={styles.root} aria-busy={busy}>
        <header>
          <h1 className={styles.title}>
            <Title3>Renewal Radar</Title3>
          </h1>
          {!result && (
            <Caption1 className={styles.hint} block>
              Select a pasted report (or a cell in it) and press Review.
            </Caption1>
          )}
        </header>
        <ActionBar
          busy={busy}
          canWrite={Boolean(result && result.findings.length > 0)}
          canCalendar={Boolean(result?.findings.some((f) => f.actBy))}
          onReview={onReview}
          onClear={onClear}
          onWrite={onWrite}
          onCalendar={onCalendar}
        />
        {busy && (
          <ProgressPanel
            label={PHASE_LABEL[phase]}
            done={progress.done}
            total={progress.total}
            cancellable={phase === "reading" || phase === "reviewing"}
            onCancel={() => abort.current?.abort()}
          />
        )}
        <StatusMessage status={status} />
        {stale && result && <StaleNotice onReview={onReview} busy={busy} />}
        {calendarText !== null && result && (
          <CalendarExport
            text={calendarText}
            count={result.findings.filter((f) => f.actBy).length}
            copy={(text) => navigator.clipboard.writeText(text)}
            onClose={() => setCalendarText(null)}
          />
        )}
        {result && <DateOrderBanner result={result} onSwitch={onDateOrderChange} />}
        {/* Always in the page, so that a screen reader announces the result when it arrives. */}
        <div role="status" aria-live="polite" className={styles.visuallyHidden} data-testid="review-announcement">
          {result ? reviewSentence(result) : ""}
        </div>
        {result && <StatusLine result={result} />}
        <PaneTabs
          label="Views"
          selected={tab}
          onSelect={setTab}
          tabs={[
            { value: "findings", label: "Findings", disabled: !result },
            { value: "mapping", label: "Mapping", disabled: !result },
            { value: "timeline", label: "Timeline", disabled: !result },
            { value: "settings", label: "Settings" },
          ]}
        />
        <div role="tabpanel" id="pane-tabpanel" aria-labelledby={`tab-${tab}`}>
          {tab === "findings" && result && (
            <FindingsList
              findings={result.findings}
              asOf={iso(result.summary.asOf)}
              filter={filter}
              onFilterChange={setFilter}
              onGoToRow={onGoToRow}
              notReviewed={result.summary.warning}
              handled={handled}
              onHandle={onHandle}
            />
          )}
          {tab === "mapping" && result && (
            <MappingEditor
              headers={result.headers}
              columns={result.columns}
              detected={result.detectedColumns}
              dateOrder={result.dateOrder}
              dateOrderSource={
                choices.forceDateOrder
                  ? "chosen"
                  : !dateOrderMattered(result.summary)
                    ? "none"
                    : result.summary.dateOrderAssumed
                      ? "default"
                      : result.summary.dateOrderSource
              }
              kind={result.kind}
              inferred={result.summary.inferredColumns}
              examples={result.columnExamples}
              onChange={onMappingChange}
              onReset={Object.keys(choices.mapping).length ? onMappingReset : undefined}
              onDateOrderChange={onDateOrderChange}
            />
          )}
          {tab === "timeline" && result && (
            <Timeline
              result={result}
              onWeek={(rows, label) => (setFilter({ ...NO_FILTER, rows: { rows, label } }), setTab("findings"))}
            />
          )}
          {tab === "settings" && <SettingsPanel settings={settings} onSave={onSaveSettings} />}
          {!result && tab !== "settings" && <Caption1 className={styles.hint}>No review yet.</Caption1>}
        </div>
      </main>
    </FluentProvider>
  );
}
