/**
 * Runs a review in small steps so the pane stays responsive on 100,000 rows, reports progress and
 * stops when cancelled. Pure apart from yielding to the browser between steps.
 */
import { paneLocale } from "../locale";
import {
  DEFAULT_PARAMETERS,
  ReportReview,
  layoutKey,
  type ReviewOptions,
  type ReviewResult,
  type Role,
  type RuleParameters,
} from "../review";
import { iso, todaySerial, type DateOrder } from "../rules/dates";
import { MAX_SAVED_MAPPINGS, type PaneSettings, type ReportSnapshot } from "../excel/host";

export interface ReviewChoices {
  /** Mapping corrections: role → column index within the report, or null. */
  mapping: Partial<Record<Role, number | null>>;
  /** The user's date-order switch, when touched. */
  forceDateOrder?: DateOrder;
  /**
   * The order the user chose for this layout in an earlier review (kept with the workbook): the order
   * when the values cannot decide, reported as chosen — never forced over values that decide.
   */
  savedDateOrder?: DateOrder;
}

/** Review options from the pane's settings, the user's corrections and where the report sits. */
export function reviewOptions(
  settings: PaneSettings,
  choices: ReviewChoices,
  snapshot: ReportSnapshot,
  today = todaySerial(),
): ReviewOptions {
  return {
    asOf: settings.asOf ? iso(settings.asOf) : today,
    horizon: settings.horizon,
    dateOrder: choices.savedDateOrder ?? settings.dateOrder,
    ...(choices.savedDateOrder ? { dateOrderChosen: true } : {}),
    forceDateOrder: choices.forceDateOrder,
    firstRow: snapshot.firstRow,
    dateSystem: snapshot.dateSystem,
    mapping: choices.mapping,
    // Messages write dates as the cards and the findings sheet do: in the user's locale.
    dateLocale: paneLocale(),
    // Every RULES.md parameter the review knows, taken from the settings (one list: DEFAULT_PARAMETERS).
    parameters: Object.fromEntries(
      (Object.keys(DEFAULT_PARAMETERS) as Array<keyof RuleParameters>).map((k) => [
        k,
        settings[k] ?? DEFAULT_PARAMETERS[k],
      ]),
    ) as unknown as RuleParameters,
  };
}

/**
 * The choices for a fresh review of `snapshot`: the mapping corrections the user saved for a report
 * with the same header row, if any (kept with the workbook), else none.
 */
export function savedChoices(
  snapshot: ReportSnapshot,
  settings: PaneSettings,
  today = todaySerial(),
): { key?: string; choices: ReviewChoices } {
  const key = layoutKey(snapshot.values, settings.asOf ? iso(settings.asOf) : today);
  const saved = key ? settings.mappings?.[key] : undefined;
  const order = key ? settings.dateOrders?.[key] : undefined;
  return {
    key,
    choices: {
      mapping: saved ? { ...(saved as ReviewChoices["mapping"]) } : {},
      ...(order ? { savedDateOrder: order } : {}),
    },
  };
}

/** Settings with the date order the user chose kept for the layout `key` (the oldest layouts dropped). */
export function withSavedDateOrder(settings: PaneSettings, key: string, order: DateOrder): PaneSettings {
  const dateOrders = { ...(settings.dateOrders ?? {}) };
  delete dateOrders[key];
  dateOrders[key] = order;
  const keys = Object.keys(dateOrders);
  for (const old of keys.slice(0, Math.max(0, keys.length - MAX_SAVED_MAPPINGS))) delete dateOrders[old];
  return { ...settings, dateOrders };
}

/** Settings with `mapping` kept for the layout `key` (an empty mapping forgets it). */
export function withSavedMapping(settings: PaneSettings, key: string, mapping: ReviewChoices["mapping"]): PaneSettings {
  const mappings = { ...(settings.mappings ?? {}) };
  delete mappings[key];
  if (Object.keys(mapping).length) mappings[key] = { ...mapping };
  const keys = Object.keys(mappings);
  for (const old of keys.slice(0, Math.max(0, keys.length - MAX_SAVED_MAPPINGS))) delete mappings[old];
  return { ...settings, mappings };
}

const STEP_ROWS = 4000;

export async function runReview(
  snapshot: ReportSnapshot,
  options: ReviewOptions,
  onProgress?: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<ReviewResult> {
  const review = new ReportReview(snapshot.values, options);
  while (review.step(STEP_ROWS)) {
    onProgress?.(review.done, review.total);
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (signal?.aborted) throw new DOMException("Cancelled", "AbortError");
  }
  onProgress?.(review.total, review.total);
  return review.result();
}
